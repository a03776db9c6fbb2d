#pragma once

#include "fakefive9calllog.h"
#include "fakefive9limits.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <functional>

class QSslServer;
class QSslSocket;
class QTcpSocket;

// A Five9 Admin web service on 127.0.0.1 over HTTPS, for tests and for trying the program
// by hand: checks Basic auth and the SOAP envelope it gets against Five9's schema, answers
// as a Five9 domain does (reports that take time, the 50,000-record result cap, the
// domain's request limits), and produces Five9's faults and network trouble on demand.
// Written from Five9's documents, independently of the connector, so it checks the
// connector rather than echoing it.
class FakeFive9Server : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeFive9Server)
public:
    enum class Fault {
        Slow, // answers after slowDelay
        Reset, // drops the connection without an answer
        Silent, // keeps the connection open and never answers
        MalformedXml, // 200 with broken XML
        Truncated, // 200 with the real answer cut off after 60 % (Content-Length to match)
        Http500, // 500 with an HTML page, not SOAP
        LimitExceeded, // OperationsLimitExceededFault
        ServiceUnavailable, // ServiceUnavailableFault
        TooManyRequests, // 429 with Retry-After (setRetryAfter, 0 unless set)
        AccessDisallowed, // AccessDisallowedFault, a fault the client cannot retry away
        // What a proxy, a load balancer or a maintenance window makes of an answer:
        ResetMidBody, // the real answer's headers and half its body, then the connection drops
        HttpStatus, // an HTML page with the status of setFaultStatus (and Retry-After if set)
        HtmlPage, // 200 with a text/html maintenance page instead of SOAP
        OversizedDeclared, // 200 whose Content-Length says 150 MB; then nothing more is sent
        Endless, // 200 text/xml without a length, its <return> elements never ending
    };

    struct User
    {
        QString password;
        QStringList roles; // DomainAdmin, Reporting, Agent, Supervisor
        QString fullName;
    };

    // Decides a fault from what is asked (e.g. a runReport from a given day on); consulted
    // when no injected fault applies.
    using FaultRule = std::function<std::optional<Fault>(
        const QString &operation, const QMap<QString, QString> &args)>;

    struct Request
    {
        QString operation;
        QByteArray body;
        QString user;
        qint64 receivedMs = 0; // on a monotonic clock shared by all requests
    };

    // Makes the CSV of a report for a time range (in the domain's time zone as sent). Unset,
    // the fake serves its own: the generated Call Log in both layouts, and the agent state
    // fixture for "Agent State Details".
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
    void setSkills(const QStringList &skills);
    void setCampaigns(const QStringList &campaigns);
    void setReportSource(ReportSource source) { m_reportSource = std::move(source); }
    // What the fake serves when no source is set: for a source that alters it.
    QString builtInReport(const QString &folder, const QString &report, const QDateTime &start,
        const QDateTime &end) const;

    // Reports the domain has, by folder. runReport answers ReportNotFoundFault for any other
    // folder or name. At first: "Call Log Reports"/"Call Log", "Agent Reports"/"Agent State
    // Details" and the skill report.
    void addReport(const QString &folder, const QString &report);
    QMap<QString, QStringList> reports() const { return m_catalogue; }
    // Where the customised call log with SKILL is; "Shared Reports"/"Call Log with Skills"
    // unless set. Moves it in the catalogue.
    void setSkillReport(const QString &folder, const QString &report);
    // runReport answers ReportNotFoundFault for these report names, as for a renamed report.
    void setMissingReports(const QStringList &names) { m_missingReports = names; }

    // The generated call log (seed, calls per day, agents): what the fake's own source
    // serves, and what a test computes its expectations from.
    FakeFive9CallLog &callLog() { return m_callLog; }
    const FakeFive9CallLog &callLog() const { return m_callLog; }
    void setCallsPerDay(int calls) { m_callLog.setCallsPerDay(calls); }
    void setCallsOnDay(QDate day, int calls) { m_callLog.setCallsOnDay(day, calls); }
    // The zone of the report's TIMESTAMPs. Unset (the default), the offset of the request's
    // criteria start, as Five9 reports in the zone the criteria are given in.
    void setDomainTimeZone(const QTimeZone &zone) { m_domainZone = zone; }
    QTimeZone reportZone(const QDateTime &criteriaStart) const;

    // How long a report runs from runReport until it is done (default 0.02 s).
    // isReportRunning waits up to its timeout for it on the server; getReportResultCsv
    // before then answers ResultIsNotReadyFault.
    void setReportSeconds(double seconds) { m_reportMs = qint64(seconds * 1000); }
    // isReportRunning says true this many more times per report, at once, even when it is
    // done (default 0).
    void setRunningPolls(int polls) { m_runningPolls = polls; }
    // getReportResultCsv answers ResultIsNotReadyFault this many times per report.
    void setNotReadyAnswers(int answers) { m_notReadyAnswers = answers; }
    // A report result holds at most this many data rows (default 50,000, as Five9's); the
    // rest is left out without a word.
    void setResultCap(int records) { m_resultCap = records; }

    // The domain's request limits: off unless enforced (the suites' long imports would
    // outrun Five9's 16 reports a minute). getCallCountersState answers either way.
    void setLimitsEnforced(bool enforced) { m_limitsEnforced = enforced; }
    FakeFive9Limits &limits() { return m_limits; }
    // Moves the fake's clock on, for the limits' windows and the reports' run times.
    void advanceClock(qint64 milliseconds) { m_clockOffsetMs += milliseconds; }

    // The next `times` requests for operation (any operation when empty) get fault.
    void injectFault(Fault fault, int times = 1, const QString &operation = {});
    void setSlowDelay(int milliseconds) { m_slowDelayMs = milliseconds; }
    void setRetryAfter(int seconds) { m_retryAfterSeconds = seconds; }
    void setFaultStatus(int status) { m_faultStatus = status; }
    void setFaultRule(FaultRule rule) { m_faultRule = std::move(rule); }
    // Serves this certificate (for the private key in test-key.pem) instead of test-cert.pem.
    void setCertificate(const QSslCertificate &certificate);
    // Bytes of requests that reached the server (after TLS), and bytes of answers of
    // Fault::Endless sent so far.
    qint64 bytesReceived() const { return m_bytesReceived; }
    qint64 endlessBytesSent() const { return m_endlessBytesSent; }

    QList<Request> requests() const { return m_requests; }
    QStringList operations() const;
    // How many requests for operation arrived (refused ones too), e.g. "runReport".
    qsizetype requestCount(const QString &operation) const;
    // How many OperationsLimitExceededFaults the fake sent: refusals of the enforced limits
    // and injected ones alike.
    int limitFaultsSent() const { return m_limitFaultsSent; }
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
        qint64 doneAtMs;
        int runningPolls;
        int notReadyAnswers;
    };

    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &headers, const QByteArray &body);
    void respond(QTcpSocket *socket, int status, const QByteArray &body,
        const QByteArray &extraHeaders = {},
        const QByteArray &contentType = QByteArrayLiteral("text/xml; charset=utf-8"));
    void sendEndless(QTcpSocket *socket);
    std::optional<Fault> takeFault(const QString &operation, const QMap<QString, QString> &args);
    void applyFault(QTcpSocket *socket, Fault fault, const std::function<void()> &normal);
    QByteArray answer(const QString &operation, const QMap<QString, QString> &args,
        const QString &user, int *status);
    QByteArray answerReport(
        const QString &operation, const QMap<QString, QString> &args, int *status);
    // How long isReportRunning waits before it answers: until the report is done, or its
    // timeout, whichever is first.
    qint64 serverWaitMs(const QString &operation, const QMap<QString, QString> &args) const;
    qint64 now() const { return m_clock.elapsed() + m_clockOffsetMs; }

    QSslServer *m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    QMap<QString, User> m_users;
    QStringList m_skills;
    QStringList m_campaigns;
    ReportSource m_reportSource;
    QMap<QString, QStringList> m_catalogue;
    std::pair<QString, QString> m_skillReport;
    QStringList m_missingReports;
    FakeFive9CallLog m_callLog;
    QTimeZone m_domainZone;
    QMap<QString, Report> m_reports;
    int m_nextReport = 1;
    qint64 m_reportMs = 20;
    int m_runningPolls = 0;
    int m_notReadyAnswers = 0;
    int m_resultCap = 50000;
    bool m_limitsEnforced = false;
    FakeFive9Limits m_limits;
    qint64 m_clockOffsetMs = 0;
    int m_slowDelayMs = 2000;
    int m_retryAfterSeconds = 0;
    int m_limitFaultsSent = 0;
    int m_faultStatus = 503;
    FaultRule m_faultRule;
    qint64 m_bytesReceived = 0;
    qint64 m_endlessBytesSent = 0;
    QElapsedTimer m_clock;
    QList<PlannedFault> m_faults;
    QSet<QTcpSocket *> m_truncate; // answers to cut off (Fault::Truncated)
    QSet<QTcpSocket *> m_resetMidBody; // answers to drop half-way (Fault::ResetMidBody)
    QList<Request> m_requests;
    QStringList m_envelopeErrors;
    QList<QPair<QString, QString>> m_reportRuns;
};
