#pragma once

#include "five9/five9call.h"
#include "five9/five9limiter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

// Runs one Five9 report over [start, end) in the domain's time zone: runReport, then
// isReportRunning until it is done, then getReportResultCsv, each call through the shared
// limiter. isReportRunning waits on Five9's side (up to ServerWaitSeconds) before it says
// "still running", so it is asked again at once; only an answer that came back at once (a
// server that does not wait) is followed by a pause.
class Five9Report : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Five9Report)
public:
    struct Spec
    {
        QString folder;
        QString report;
        QDateTime start; // in the domain's time zone
        QDateTime end;
        // Set: the result's CSV text goes here as it arrives (see Five9Call::Stream), and
        // done gets an empty csv.
        Five9Call::Stream stream;
    };
    // The result's CSV text, or the failure. A failure whose fault is ReportNotFound on
    // runReport needs the admin (a wrong folder or name); after the start it is transient.
    using Done = std::function<void(const ConnectorResult &result, const QString &csv)>;

    static constexpr int ServerWaitSeconds = 20;

    Five9Report(QNetworkAccessManager *network, const Five9Endpoint &endpoint,
        const Five9RetryPolicy &policy, std::shared_ptr<Five9Limiter> limiter, const Spec &spec,
        Done done, QObject *parent = nullptr);
    ~Five9Report() override;

    // Stops at once; done is not called. Either way the report deletes itself later.
    void abort();

    static bool isReportNotFound(const Five9Outcome &outcome);
    // ReportNotFound or UnknownIdentifier for a report already started.
    static bool isResultGone(const Five9Outcome &outcome);
    // Milliseconds on the monotonic clock the limiter uses.
    static qint64 nowMs();

private:
    void send(const QString &operation, const QByteArray &body, Five9Call::Handler handler);
    void whenAllowed(Five9Limiter::Operation operation, std::function<void()> next);
    void after(std::chrono::milliseconds delay, std::function<void()> next);
    void start();
    void poll();
    void download();
    void finish(const ConnectorResult &result, const QString &csv = {});
    static ConnectorResult tookTooLong();

    QPointer<QNetworkAccessManager> m_network;
    Five9Endpoint m_endpoint;
    Five9RetryPolicy m_policy;
    std::shared_ptr<Five9Limiter> m_limiter;
    Spec m_spec;
    Done m_done;
    QPointer<Five9Call> m_call;
    QTimer m_timer;
    std::function<void()> m_afterTimer;
    QString m_identifier;
    qint64 m_sentMs = 0; // when the limiter let the last limited request go
    int m_polls = 0;
};
