#include "five9/five9job.h"

#include "five9/five9requests.h"

namespace {
// How long isReportRunning may wait on Five9's side before it answers "still running".
constexpr int ServerWaitSeconds = 5;
} // namespace

Five9Job::Five9Job(QNetworkAccessManager *network, const ConnectionSettings &settings,
    const Five9RetryPolicy &policy)
    : ConnectorJob()
    , m_network(network)
    , m_settings(settings)
    , m_endpoint(Five9Endpoint::fromSettings(settings))
    , m_policy(policy)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (auto next = std::exchange(m_afterWait, {}))
            next();
    });
}

void Five9Job::abort()
{
    m_pollTimer.stop();
    m_afterWait = {};
    if (m_call)
        m_call->abort();
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

void Five9Job::waitThen(std::function<void()> next)
{
    ++m_polls;
    if (m_polls > m_policy.maxPolls) {
        fail(ConnectorResult::failure(ConnectorResult::Kind::ServerBusy,
            tr("Five9 did not finish the report in time; the "
               "import will try again later.")));
        return;
    }
    m_afterWait = std::move(next);
    m_pollTimer.start(m_policy.pollDelay(m_polls));
}

void Five9Job::runReport(const QString &folder, const QString &report, const QDateTime &start,
    const QDateTime &end, CsvHandler onTable)
{
    m_polls = 0;
    send(QStringLiteral("runReport"), Five9Requests::runReport(folder, report, start, end),
        [this, report, onTable = std::move(onTable)](const Five9Outcome &outcome) {
            if (isReportNotFound(outcome)) {
                // The folder or report name in the settings, or the report was removed: a
                // setting to fix. Five9's own message names the report.
                ConnectorResult missing = outcome.result.needingAdmin();
                missing.kind = ConnectorResult::Kind::InvalidSettings;
                fail(missing);
                return;
            }
            if (!outcome.result.ok()) {
                fail(outcome.result);
                return;
            }
            const QString identifier = outcome.response.body.childText(u"return").trimmed();
            if (identifier.isEmpty()) { // a cut-off answer: transient, as ProtocolError is
                fail(ConnectorResult::failure(ConnectorResult::Kind::ProtocolError,
                    tr("Five9 did not start the report \"%1\".").arg(report)));
                return;
            }
            pollReport(identifier, report, onTable);
        });
}

bool Five9Job::isReportNotFound(const Five9Outcome &outcome)
{
    return outcome.response.fault
        && Five9Soap::faultKind(*outcome.response.fault) == u"ReportNotFound";
}

ConnectorResult Five9Job::resultOf(const Five9Outcome &outcome)
{
    // For a report already started, "not found" means Five9 dropped its result (they are
    // kept for a limited time): running it again helps, unlike a wrong report name.
    if (isReportNotFound(outcome))
        return outcome.result.transient();
    return outcome.result;
}

void Five9Job::pollReport(const QString &identifier, const QString &report, CsvHandler onTable)
{
    send(QStringLiteral("isReportRunning"),
        Five9Requests::isReportRunning(identifier, ServerWaitSeconds),
        [this, identifier, report, onTable](const Five9Outcome &outcome) {
            if (!outcome.result.ok()) {
                fail(resultOf(outcome));
                return;
            }
            if (outcome.response.body.childText(u"return").trimmed() == u"true")
                waitThen([this, identifier, report, onTable] {
                    pollReport(identifier, report, onTable);
                });
            else
                fetchReport(identifier, report, onTable);
        });
}

void Five9Job::fetchReport(const QString &identifier, const QString &report, CsvHandler onTable)
{
    send(QStringLiteral("getReportResultCsv"), Five9Requests::getReportResultCsv(identifier),
        [this, identifier, report, onTable](const Five9Outcome &outcome) {
            if (outcome.response.fault
                && Five9Soap::faultKind(*outcome.response.fault) == u"ResultIsNotReady") {
                waitThen([this, identifier, report, onTable] {
                    fetchReport(identifier, report, onTable);
                });
                return;
            }
            if (!outcome.result.ok()) {
                fail(resultOf(outcome));
                return;
            }
            QString error;
            const auto table = Five9Csv::parse(outcome.response.body.childText(u"return"), &error);
            if (!table) { // cut off or mangled on the way: transient, as ProtocolError is
                fail(ConnectorResult::failure(ConnectorResult::Kind::ProtocolError,
                    tr("The Five9 report \"%1\" could not be read. %2").arg(report, error)));
                return;
            }
            onTable(*table);
        });
}
