#include "five9/five9job.h"

#include "five9/five9requests.h"

namespace {
// How long isReportRunning may wait on Five9's side before it answers "still running".
constexpr int ServerWaitSeconds = 5;
} // namespace

Five9Job::Five9Job(QNetworkAccessManager *network, const ConnectionSettings &settings,
    const Five9RetryPolicy &policy, std::shared_ptr<Five9Limiter> limiter)
    : ConnectorJob()
    , m_network(network)
    , m_settings(settings)
    , m_endpoint(Five9Endpoint::fromSettings(settings))
    , m_policy(policy)
    , m_limiter(std::move(limiter))
{
}

void Five9Job::abort()
{
    if (m_call)
        m_call->abort();
    for (Five9Report *report : findChildren<Five9Report *>(Qt::FindDirectChildrenOnly))
        report->abort();
}

void Five9Job::send(const QString &operation, const QByteArray &body, Five9Call::Handler handler)
{
    m_call
        = new Five9Call(m_network, m_endpoint, m_policy, operation, body, std::move(handler), this);
}

void Five9Job::fail(const ConnectorResult &failure)
{
    if (isFinished())
        return;
    qCWarning(lcFive9).nospace() << metaObject()->className() << " failed: " << failure.kind << ", "
                                 << failure.disposition << ": " << failure.message;
    finish(failure);
}

void Five9Job::call(const QString &operation, const QByteArray &body, NodeHandler onSuccess)
{
    send(operation, body, [this, onSuccess = std::move(onSuccess)](const Five9Outcome &outcome) {
        if (!outcome.result.ok()) {
            fail(outcome.result);
            return;
        }
        onSuccess(outcome.response.body);
    });
}

ConnectorResult Five9Job::unreadable(const QString &report, const QString &error)
{
    return ConnectorResult::failure(ConnectorResult::Kind::ProtocolError,
        tr("The Five9 report \"%1\" could not be read. %2").arg(report, error));
}

Five9Report *Five9Job::startReport(const Five9Report::Spec &spec, Five9Report::Done done)
{
    return new Five9Report(m_network, m_endpoint, m_policy, m_limiter, spec, std::move(done), this);
}

void Five9Job::runReport(const QString &folder, const QString &report, const QDateTime &start,
    const QDateTime &end, CsvHandler onTable)
{
    startReport({folder, report, start, end, {}},
        [this, report, onTable = std::move(onTable)](
            const ConnectorResult &result, const QString &csv) {
            if (!result.ok())
                return fail(result);
            QString error;
            const auto table = Five9Csv::parse(csv, &error);
            if (!table) // cut off or mangled on the way
                return fail(unreadable(report, error));
            onTable(*table);
        });
}
