#pragma once

#include "api/connector.h"
#include "five9/five9soap.h"

#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

// How patiently the connector waits. Tests shorten the delays.
struct Five9RetryPolicy
{
    int maxAttempts = 6;
    std::chrono::milliseconds firstDelay {2000};
    std::chrono::milliseconds maxDelay {60000};
    std::chrono::milliseconds firstPoll {1000};
    std::chrono::milliseconds maxPoll {15000};
    int maxPolls = 240;
    std::chrono::milliseconds transferTimeout {120000};

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

// One SOAP operation, retried with backoff while Five9 says it is busy or over its
// request quota, or answers 429/5xx. Reports once through the handler, then deletes itself.
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

private:
    void send();
    void onFinished();
    void retryOrFail(const Five9Outcome &outcome, int retryAfterSeconds);
    void report(const Five9Outcome &outcome);

    QNetworkAccessManager *m_network;
    Five9Endpoint m_endpoint;
    Five9RetryPolicy m_policy;
    QString m_operation;
    QByteArray m_body;
    Handler m_handler;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempt = 0;
};

// What a SOAP fault means to the program: missing role, quota, busy, or just its message.
ConnectorResult five9FaultResult(const Five9Soap::Fault &fault);
