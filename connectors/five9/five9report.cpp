#include "five9/five9report.h"

#include "five9/five9requests.h"

namespace {
// A "still running" that came back sooner than this did not wait on the server.
constexpr qint64 ServerDidNotWaitMs = 1000;
} // namespace

Five9Report::Five9Report(QNetworkAccessManager *network, const Five9Endpoint &endpoint,
    const Five9RetryPolicy &policy, std::shared_ptr<Five9Limiter> limiter, const Spec &spec,
    Done done, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(endpoint)
    , m_policy(policy)
    , m_limiter(std::move(limiter))
    , m_spec(spec)
    , m_done(std::move(done))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto next = std::exchange(m_afterTimer, {}))
            next();
    });
    QTimer::singleShot(
        0, this, [this] { whenAllowed(Five9Limiter::Operation::RunReport, [this] { start(); }); });
}

Five9Report::~Five9Report()
{
    if (m_call)
        m_call->abort();
}

qint64 Five9Report::nowMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

void Five9Report::abort()
{
    m_done = {};
    m_afterTimer = {};
    m_timer.stop();
    if (m_call)
        m_call->abort();
    deleteLater();
}

bool Five9Report::isReportNotFound(const Five9Outcome &outcome)
{
    return outcome.response.fault
        && Five9Soap::faultKind(*outcome.response.fault) == u"ReportNotFound";
}

bool Five9Report::isResultGone(const Five9Outcome &outcome)
{
    // For a report already started, "not found" or an unknown identifier means Five9 dropped
    // its result (results are kept for a limited time): running it again helps.
    if (!outcome.response.fault)
        return false;
    const QString kind = Five9Soap::faultKind(*outcome.response.fault);
    return kind == u"ReportNotFound" || kind == u"UnknownIdentifier";
}

void Five9Report::send(const QString &operation, const QByteArray &body, Five9Call::Handler handler)
{
    m_call
        = new Five9Call(m_network, m_endpoint, m_policy, operation, body, std::move(handler), this);
}

void Five9Report::after(std::chrono::milliseconds delay, std::function<void()> next)
{
    m_afterTimer = std::move(next);
    m_timer.start(delay);
}

void Five9Report::whenAllowed(Five9Limiter::Operation operation, std::function<void()> next)
{
    if (!m_limiter) {
        next();
        return;
    }
    const qint64 wait = m_limiter->delayMs(operation, nowMs());
    if (wait > 0) {
        after(std::chrono::milliseconds(wait),
            [this, operation, next = std::move(next)] { whenAllowed(operation, next); });
        return;
    }
    m_sentMs = nowMs();
    m_limiter->record(operation, m_sentMs);
    next();
}

ConnectorResult Five9Report::tookTooLong()
{
    return ConnectorResult::failure(ConnectorResult::Kind::ServerBusy,
        tr("Five9 did not finish the report in time; the import will try again later."));
}

void Five9Report::finish(const ConnectorResult &result, const QString &csv)
{
    deleteLater();
    if (Done done = std::exchange(m_done, {}))
        done(result, csv);
}

void Five9Report::start()
{
    send(QStringLiteral("runReport"),
        Five9Requests::runReport(m_spec.folder, m_spec.report, m_spec.start, m_spec.end),
        [this](const Five9Outcome &outcome) {
            if (m_limiter)
                m_limiter->answered(Five9Limiter::Operation::RunReport, m_sentMs, nowMs());
            if (isReportNotFound(outcome)) {
                // The folder or report name in the settings, or the report was removed: a
                // setting to fix. Five9's own message names the report.
                ConnectorResult missing = outcome.result.needingAdmin();
                missing.kind = ConnectorResult::Kind::InvalidSettings;
                return finish(missing);
            }
            if (!outcome.result.ok()) {
                if (m_limiter && outcome.result.kind == ConnectorResult::Kind::RateLimited)
                    m_limiter->exceeded(Five9Limiter::Operation::RunReport, nowMs());
                return finish(outcome.result);
            }
            m_identifier = outcome.response.body.childText(u"return").trimmed();
            if (m_identifier.isEmpty()) // a cut-off answer: transient, as ProtocolError is
                return finish(ConnectorResult::failure(ConnectorResult::Kind::ProtocolError,
                    tr("Five9 did not start the report \"%1\".").arg(m_spec.report)));
            poll();
        });
}

void Five9Report::poll()
{
    if (++m_polls > m_policy.maxPolls)
        return finish(tookTooLong());
    const qint64 sentAt = nowMs();
    send(QStringLiteral("isReportRunning"),
        Five9Requests::isReportRunning(m_identifier, ServerWaitSeconds),
        [this, sentAt](const Five9Outcome &outcome) {
            if (!outcome.result.ok()) {
                return finish(isResultGone(outcome) ? outcome.result.transient() : outcome.result);
            }
            if (outcome.response.body.childText(u"return").trimmed() != u"true")
                return whenAllowed(Five9Limiter::Operation::RetrieveReport, [this] { download(); });
            if (nowMs() - sentAt >= ServerDidNotWaitMs)
                return poll();
            after(m_policy.pollDelay(m_polls), [this] { poll(); });
        });
}

void Five9Report::download()
{
    if (m_spec.stream.text && m_spec.stream.restart)
        m_spec.stream.restart(); // an earlier attempt's text, if any, is void
    send(QStringLiteral("getReportResultCsv"), Five9Requests::getReportResultCsv(m_identifier),
        [this](const Five9Outcome &outcome) {
            if (m_limiter)
                m_limiter->answered(Five9Limiter::Operation::RetrieveReport, m_sentMs, nowMs());
            if (outcome.response.fault
                && Five9Soap::faultKind(*outcome.response.fault) == u"ResultIsNotReady") {
                if (++m_polls > m_policy.maxPolls)
                    return finish(tookTooLong());
                // The download was not counted against the limit by Five9? Unknown: counted
                // here again, which errs on the safe side.
                return after(m_policy.pollDelay(m_polls), [this] {
                    whenAllowed(Five9Limiter::Operation::RetrieveReport, [this] { download(); });
                });
            }
            if (!outcome.result.ok()) {
                if (m_limiter && outcome.result.kind == ConnectorResult::Kind::RateLimited)
                    m_limiter->exceeded(Five9Limiter::Operation::RetrieveReport, nowMs());
                return finish(isResultGone(outcome) ? outcome.result.transient() : outcome.result);
            }
            finish(ConnectorResult::success(), outcome.response.body.childText(u"return"));
        });
    if (m_spec.stream.text)
        m_call->streamReturnText(m_spec.stream);
}
