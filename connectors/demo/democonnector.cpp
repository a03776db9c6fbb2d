#include "demo/democonnector.h"

#include "demo/demoagents.h"
#include "demo/demodata.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDemo, "acd.connector.demo")

namespace {

constexpr auto QueueCountKey = "queueCount";
constexpr int DefaultQueueCount = 12;
constexpr int BatchSize = 4096;

int queueCount(const ConnectionSettings &settings)
{
    bool ok = false;
    const int count = settings.values.value(QLatin1String(QueueCountKey)).toInt(&ok);
    return ok && count > 0 ? count : DefaultQueueCount;
}

// Finishes with a fixed result after the connector's latency, as a network call would.
class DelayedJob : public ConnectorJob
{
public:
    DelayedJob(
        std::chrono::milliseconds latency, std::function<ConnectorResult(ConnectorJob *)> work)
        : m_work(std::move(work))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const ConnectorResult result = m_work(this);
            if (!result.ok())
                qCInfo(lcDemo).nospace()
                    << "job failed as the demo shows it: " << result.kind << ": " << result.message;
            finish(result);
        });
        m_timer.start(latency);
    }

protected:
    void abort() override { m_timer.stop(); }

private:
    QTimer m_timer;
    std::function<ConnectorResult(ConnectorJob *)> m_work;
};

// Produces interval records time-major (every queue of one interval, then the next
// interval), one batch per event-loop turn so the thread stays responsive to cancel().
class IntervalJob : public ConnectorJob
{
public:
    IntervalJob(const TimeRange &range, int queues)
        : m_queues(queues)
        , m_next(DemoData::firstIntervalAtOrAfter(range.fromUtc))
        , m_end(range.toUtc)
        , m_total(DemoData::intervalCount(range))
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &IntervalJob::produce);
        m_timer.start();
    }

protected:
    void abort() override { m_timer.stop(); }

private:
    void produce()
    {
        QList<IntervalRecord> batch;
        batch.reserve(BatchSize + m_queues);
        while (m_next < m_end && batch.size() < BatchSize) {
            for (int q = 0; q < m_queues; ++q)
                batch.append(DemoData::interval(q, m_next));
            m_next += IntervalSeconds;
            ++m_done;
        }
        if (!batch.isEmpty())
            emit intervalsReady(batch);
        emit progress(m_done, m_total);
        if (m_next >= m_end) {
            m_timer.stop();
            finish(ConnectorResult::success());
        }
    }

    QTimer m_timer;
    int m_queues;
    qint64 m_next;
    qint64 m_end;
    qint64 m_total;
    qint64 m_done = 0;
};

// Produces the shifts of every user, day by day (every user of one day, then the next day),
// one batch per event-loop turn; only states that start within the range are delivered.
class AgentStateJob : public ConnectorJob
{
public:
    explicit AgentStateJob(const TimeRange &range)
        : m_range(range)
        , m_days(DemoAgents::daysOf(range))
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &AgentStateJob::produce);
        m_timer.start();
    }

protected:
    void abort() override { m_timer.stop(); }

private:
    void produce()
    {
        QList<AgentStateRecord> batch;
        while (m_day < m_days.size() && batch.size() < BatchSize) {
            for (const AgentStateRecord &state : DemoAgents::shift(m_user, m_days.at(m_day))) {
                if (state.startUtc >= m_range.fromUtc && state.startUtc < m_range.toUtc)
                    batch.append(state);
            }
            if (++m_user == DemoAgents::UserCount) {
                m_user = 0;
                ++m_day;
            }
        }
        if (!batch.isEmpty())
            emit agentStatesReady(batch);
        emit progress(m_day, m_days.size());
        if (m_day >= m_days.size()) {
            m_timer.stop();
            finish(ConnectorResult::success());
        }
    }

    QTimer m_timer;
    TimeRange m_range;
    QList<qint64> m_days;
    qsizetype m_day = 0;
    int m_user = 0;
};

} // namespace

DemoConnector::DemoConnector(std::chrono::milliseconds latency, QObject *parent)
    : Connector(parent)
    , m_latency(latency)
{
}

ConnectorInfo DemoConnector::info() const
{
    return {QStringLiteral("demo"), tr("Demo ACD"),
        tr("Sample queues, 15-minute interval statistics and agent status data, offline, for "
           "trying things out."),
        QStringLiteral(":/icons/connector-demo.svg"),
        Capability::Queues | Capability::IntervalStatistics | Capability::AgentStates};
}

FieldDescriptors DemoConnector::fields() const
{
    FieldDescriptor user;
    user.key = QStringLiteral("username");
    user.label = tr("&User name");
    user.section = FieldDescriptor::Section::Credentials;
    user.placeholder = tr("admin@example.com");
    user.helpText = tr("Any user name works. The user \"agent\" shows what happens when the "
                       "Administrator role is missing.");

    FieldDescriptor password;
    password.key = QStringLiteral("password");
    password.label = tr("&Password");
    password.kind = FieldDescriptor::Kind::Secret;
    password.section = FieldDescriptor::Section::Credentials;
    password.helpText = tr("Any password works except \"wrong\", which shows a failed sign-in.");

    FieldDescriptor queues;
    queues.key = QLatin1String(QueueCountKey);
    queues.label = tr("Number of &queues");
    queues.kind = FieldDescriptor::Kind::Number;
    queues.defaultValue = DefaultQueueCount;
    queues.minimum = 1;
    queues.maximum = 1000;
    queues.helpText = tr("How many sample queues the demo ACD offers.");

    return {user, password, queues};
}

QString DemoConnector::suggestedName(const QVariantMap &) const
{
    return tr("Demo ACD");
}

ConnectorResult DemoConnector::checkCredentials(const ConnectionSettings &settings)
{
    const QString user = settings.value(QStringLiteral("username")).trimmed();
    const QString password = settings.secret(QStringLiteral("password"));
    if (user.isEmpty() || password.isEmpty() || password == QLatin1String(WrongPassword))
        return ConnectorResult::failure(
            ConnectorResult::Kind::BadCredentials, tr("The user name or password is wrong."));
    if (user.compare(QLatin1String(UserWithoutRole), Qt::CaseInsensitive) == 0)
        return ConnectorResult::failure(ConnectorResult::Kind::MissingPermission,
            tr("The user \"%1\" does not have the Administrator role.").arg(user));
    return ConnectorResult::success();
}

ConnectorJob *DemoConnector::startVerify(const ConnectionSettings &settings)
{
    return new DelayedJob(
        m_latency, [settings](ConnectorJob *) { return checkCredentials(settings); });
}

ConnectorJob *DemoConnector::startDiscoverQueues(const ConnectionSettings &settings)
{
    const int count = queueCount(settings);
    return new DelayedJob(std::chrono::milliseconds(0), [settings, count](ConnectorJob *job) {
        const ConnectorResult check = checkCredentials(settings);
        if (!check.ok())
            return check;
        emit job->queuesReady(DemoData::queues(count));
        emit job->progress(count, count);
        return ConnectorResult::success();
    });
}

ConnectorJob *DemoConnector::startFetchIntervals(
    const ConnectionSettings &settings, const TimeRange &range)
{
    const ConnectorResult check = checkCredentials(settings);
    if (!check.ok()) {
        qCInfo(lcDemo).nospace() << "fetchIntervals refused: " << check.kind << ": "
                                 << check.message;
        return ConnectorJob::finishedJob(check);
    }
    return new IntervalJob(range, queueCount(settings));
}

ConnectorJob *DemoConnector::startDiscoverUsers(const ConnectionSettings &settings)
{
    return new DelayedJob(std::chrono::milliseconds(0), [settings](ConnectorJob *job) {
        const ConnectorResult check = checkCredentials(settings);
        if (!check.ok())
            return check;
        emit job->usersReady(DemoAgents::users());
        emit job->progress(DemoAgents::UserCount, DemoAgents::UserCount);
        return ConnectorResult::success();
    });
}

ConnectorJob *DemoConnector::startDiscoverActivities(const ConnectionSettings &settings)
{
    return new DelayedJob(std::chrono::milliseconds(0), [settings](ConnectorJob *job) {
        const ConnectorResult check = checkCredentials(settings);
        if (!check.ok())
            return check;
        const QList<ExternalActivity> activities = DemoAgents::activities();
        emit job->activitiesReady(activities);
        emit job->progress(activities.size(), activities.size());
        return ConnectorResult::success();
    });
}

ConnectorJob *DemoConnector::startFetchAgentStates(
    const ConnectionSettings &settings, const TimeRange &range)
{
    const ConnectorResult check = checkCredentials(settings);
    if (!check.ok()) {
        qCInfo(lcDemo).nospace() << "fetchAgentStates refused: " << check.kind << ": "
                                 << check.message;
        return ConnectorJob::finishedJob(check);
    }
    return new AgentStateJob(range);
}
