#pragma once

#include "api/connector.h"
#include "five9/five9returntext.h"
#include "five9/five9soap.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcFive9)

// How patiently the connector waits. Tests shorten the delays.
//
// Two layers retry, on purpose and with one rule (ConnectorResult::isTransient()): a Five9Call
// tries one SOAP request again a few times within seconds (maxAttempts, delays up to
// maxDelay), which rides out a dropped connection or a moment of "busy" without redoing the
// whole import. When that short budget is spent, or Five9 asks for a longer wait than
// maxDelay, the transient failure ends the job and the import engine's RetryPolicy takes
// over with backoff in minutes. So one failing request is sent at most maxAttempts times per
// engine attempt: 4 × 8 with the defaults, spread over the engine's backoff.
struct Five9RetryPolicy
{
    int maxAttempts = 4; // of one request: the first and three quick retries
    std::chrono::milliseconds firstDelay {1000};
    std::chrono::milliseconds maxDelay {8000};
    std::chrono::milliseconds firstPoll {1000};
    std::chrono::milliseconds maxPoll {15000};
    int maxPolls = 240;
    // The longest a request may go without a byte moving either way: the connection, TLS,
    // the wait for the answer's first byte and every pause inside it. Five9 holds an
    // isReportRunning for up to 20 s by design (Five9Report::ServerWaitSeconds), so 45 s
    // only ends a server that has gone silent. One silent wait is not tried again within the
    // call: the caller (the wizard's check, or the import with its backoff) decides.
    std::chrono::milliseconds transferTimeout {45000};
    // The longest the wizard's check (sign in, then run the report it reads once) may take:
    // a sign-in and a report that Five9 holds for 20 s per poll finish well within it.
    std::chrono::seconds checkDeadline {120};
    // An answer read whole (every one but a streamed report result) larger than this is
    // refused as it arrives, or at once when its Content-Length says so: never held whole.
    qint64 maxAnswerBytes = 100 * 1024 * 1024;

    // Exponential: firstDelay, 2×, 4×, … capped at maxDelay. attempt counts from 1.
    std::chrono::milliseconds retryDelay(int attempt) const;
    std::chrono::milliseconds pollDelay(int poll) const;
};

// Where and as whom the connector talks to Five9.
struct Five9Endpoint
{
    QUrl url;
    QString userName;
    QString password;
    QList<QSslCertificate> trusted; // only from a TestEndpoint

    static Five9Endpoint fromSettings(const ConnectionSettings &settings);
};

struct Five9Outcome
{
    ConnectorResult result;
    Five9Soap::Response response; // the body when result is ok, or the fault
};

// One SOAP operation, tried again briefly (see Five9RetryPolicy) while its failure is
// transient: Five9 busy or over its request quota, 429/5xx, a dropped connection, a mangled
// answer. Reports once through the handler, then deletes itself.
class Five9Call : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Five9Call)
public:
    using Handler = std::function<void(const Five9Outcome &)>;

    Five9Call(QNetworkAccessManager *network, const Five9Endpoint &endpoint,
        const Five9RetryPolicy &policy, const QString &operation, const QByteArray &body,
        Handler handler, QObject *parent = nullptr);
    // Stops at once; the handler is not called.
    void abort();

    // Hands the text of the response's <return> element to text as it arrives, instead of
    // holding the whole answer: for a report result of many megabytes. restart is called
    // before each attempt after the first, whose text is then void. On success the outcome's
    // body is then empty. Faults and errors are read as usual. Set before the call starts.
    struct Stream
    {
        std::function<void(QStringView text)> text;
        std::function<void()> restart;
    };
    void streamReturnText(Stream stream) { m_stream = std::move(stream); }

private:
    void send();
    void onReadyRead();
    void onFinished();
    // Whether the answer is read as it arrives: a 200 of XML, when a stream is set.
    bool streams() const;
    void checkAnswerSize(qint64 received);
    void refuseLargeAnswer();
    // Retries or reports a network failure of reply; false when there was none.
    bool retryOnNetworkError(QNetworkReply *reply);
    void retryInvalidAnswer(const QString &error);
    void retryOrFail(const Five9Outcome &outcome, int retryAfterSeconds);
    void report(const Five9Outcome &outcome);

    QPointer<QNetworkAccessManager> m_network; // the connector's; see ConnectorJob on lifetimes
    Five9Endpoint m_endpoint;
    Five9RetryPolicy m_policy;
    QString m_operation;
    QByteArray m_body;
    Handler m_handler;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempt = 0;
    Stream m_stream;
    // The streamed attempt's reader, and whether the answer is a 200 being streamed (a
    // fault, 500, is buffered and parsed whole).
    std::unique_ptr<Five9ReturnText> m_returnText;
    bool m_streaming = false;
    // An answer read whole, taken out of the reply as it arrives so it is held once.
    QByteArray m_answer;
};

// What a SOAP fault means to the program: missing role, quota, busy, or just its message.
// A fault that names its exception is Five9 refusing this request on purpose (no access, an
// object not found, a bad argument): asking again gets the same answer, so it needs the
// admin. Only quota, busy and a fault without details are transient.
ConnectorResult five9FaultResult(const Five9Soap::Fault &fault);
