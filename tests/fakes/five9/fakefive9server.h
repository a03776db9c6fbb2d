#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <functional>

class QSslServer;
class QSslSocket;
class QTcpSocket;

// A Five9 Admin web service on 127.0.0.1 over HTTPS, for tests and for trying the program
// by hand: checks Basic auth and the SOAP envelope it gets, answers from fixture data, and
// produces Five9's faults and network trouble on demand. Written independently of the
// connector, so it checks the connector rather than echoing it.
class FakeFive9Server : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeFive9Server)
public:
    enum class Fault {
        Slow, // answers after slowDelay
        Reset, // drops the connection without an answer
        MalformedXml, // 200 with broken XML
        Http500, // 500 with an HTML page, not SOAP
        LimitExceeded, // OperationsLimitExceededFault
        ServiceUnavailable, // ServiceUnavailableFault
        TooManyRequests, // 429 with Retry-After (setRetryAfter, 0 unless set)
        AccessDisallowed, // AccessDisallowedFault, a fault the client cannot retry away
    };

    struct User
    {
        QString password;
        QStringList roles; // DomainAdmin, Reporting, Agent, Supervisor
        QString fullName;
    };

    struct Request
    {
        QString operation;
        QByteArray body;
        QString user;
        qint64 receivedMs = 0; // on a monotonic clock shared by all requests
    };

    // Makes the CSV of a report for a time range (in the domain's time zone as sent).
    using ReportSource = std::function<QString(const QString &folder, const QString &report,
        const QDateTime &start, const QDateTime &end)>;

    explicit FakeFive9Server(QObject *parent = nullptr);
    ~FakeFive9Server() override;

    bool listen(quint16 port = 0);
    QUrl baseUrl() const;
    static QString certificatePath();
    static QList<QSslCertificate> certificates();

    // Fixture data.
    void addUser(const QString &name, const User &user);
    void setSkills(const QStringList &skills) { m_skills = skills; }
    void setCampaigns(const QStringList &campaigns) { m_campaigns = campaigns; }
    void setReportSource(ReportSource source) { m_reportSource = std::move(source); }
    // runReport answers ReportNotFoundFault for these report names, as for a renamed report.
    void setMissingReports(const QStringList &names) { m_missingReports = names; }
    // isReportRunning says true this many times per report before it says false.
    void setRunningPolls(int polls) { m_runningPolls = polls; }
    // getReportResultCsv answers ResultIsNotReadyFault this many times per report.
    void setNotReadyAnswers(int answers) { m_notReadyAnswers = answers; }

    // The next `times` requests for operation (any operation when empty) get fault.
    void injectFault(Fault fault, int times = 1, const QString &operation = {});
    void setSlowDelay(int milliseconds) { m_slowDelayMs = milliseconds; }
    void setRetryAfter(int seconds) { m_retryAfterSeconds = seconds; }

    QList<Request> requests() const { return m_requests; }
    QStringList operations() const;
    // Envelopes that broke the WSDL's element names, order or namespaces, with the reason.
    QStringList envelopeErrors() const { return m_envelopeErrors; }
    // The (start, end) xs:dateTime texts of every runReport, in order.
    QList<QPair<QString, QString>> reportRuns() const { return m_reportRuns; }

private:
    struct Connection
    {
        QByteArray buffer;
    };
    struct PlannedFault
    {
        Fault fault;
        int remaining;
        QString operation;
    };
    struct Report
    {
        QString csv;
        int runningPolls;
        int notReadyAnswers;
    };

    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &headers, const QByteArray &body);
    void respond(QTcpSocket *socket, int status, const QByteArray &body,
        const QByteArray &extraHeaders = {});
    std::optional<Fault> takeFault(const QString &operation);
    void applyFault(QTcpSocket *socket, Fault fault, const std::function<void()> &normal);
    QByteArray answer(const QString &operation, const QMap<QString, QString> &args,
        const QString &user, int *status);

    QSslServer *m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    QMap<QString, User> m_users;
    QStringList m_skills;
    QStringList m_campaigns;
    ReportSource m_reportSource;
    QStringList m_missingReports;
    QMap<QString, Report> m_reports;
    int m_nextReport = 1;
    int m_runningPolls = 1;
    int m_notReadyAnswers = 0;
    int m_slowDelayMs = 2000;
    int m_retryAfterSeconds = 0;
    QElapsedTimer m_clock;
    QList<PlannedFault> m_faults;
    QList<Request> m_requests;
    QStringList m_envelopeErrors;
    QList<QPair<QString, QString>> m_reportRuns;
};
