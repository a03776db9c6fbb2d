#include "five9/five9connector.h"

#include "five9/five9agentstates.h"
#include "five9/five9calllog.h"
#include "five9/five9jobs.h"
#include "five9/five9regions.h"
#include "five9/five9settings.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSet>

using namespace Five9Settings;

namespace {

TimeRange recentDays(qint64 days)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 end = now - now % IntervalSeconds;
    return {end - days * Five9RangeJob::DaySeconds, end};
}

QString folderSetting(const ConnectionSettings &settings, const char *key, const char *fallback)
{
    return valueOr(settings, key, fallback);
}

} // namespace

Five9Connector::Five9Connector(QObject *parent)
    : Connector(parent)
{
}

Five9Connector::~Five9Connector() = default;

ConnectorInfo Five9Connector::info() const
{
    return {QStringLiteral("five9"), tr("Five9"),
        tr("Skills or campaigns as queues, 15-minute interval statistics and agent status data."),
        QStringLiteral(":/icons/connector-five9.svg"),
        Capability::Queues | Capability::IntervalStatistics | Capability::AgentStates};
}

QNetworkAccessManager *Five9Connector::network()
{
    // Created on first use, so it lives in the thread that runs this connector's jobs.
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

ConnectorResult Five9Connector::check(const ConnectionSettings &settings) const
{
    if (settings.value(QLatin1String(UserName)).trimmed().isEmpty()
        || settings.secret(QLatin1String(Password)).isEmpty())
        return ConnectorResult::failure(ConnectorResult::Kind::BadCredentials,
            tr("Enter the user name and password of a Five9 user."));
    if (!Five9Settings::timeZone(settings).isValid())
        return ConnectorResult::failure(ConnectorResult::Kind::InvalidSettings,
            tr("The time zone \"%1\" is not known. Choose the time "
               "zone of the Five9 domain.")
                .arg(settings.value(QLatin1String(TimeZone))));
    return ConnectorResult::success();
}

ConnectorJob *Five9Connector::startVerify(const ConnectionSettings &settings)
{
    if (const ConnectorResult problem = check(settings); !problem.ok())
        return ConnectorJob::finishedJob(problem);
    return new Five9VerifyJob(network(), settings, m_policy);
}

ConnectorJob *Five9Connector::startVerifySetup(const ConnectionSettings &settings)
{
    if (const ConnectorResult problem = check(settings); !problem.ok())
        return ConnectorJob::finishedJob(problem);
    return new Five9SetupCheckJob(network(), settings, m_policy, m_limiter);
}

ConnectorJob *Five9Connector::startDiscoverQueues(const ConnectionSettings &settings)
{
    if (const ConnectorResult problem = check(settings); !problem.ok())
        return ConnectorJob::finishedJob(problem);
    const Grouping mode = grouping(settings);
    if (mode == Grouping::Skill)
        return new Five9ListJob(Five9ListJob::What::Skills, network(), settings, m_policy);
    if (mode == Grouping::Campaign)
        return new Five9ListJob(Five9ListJob::What::Campaigns, network(), settings, m_policy);

    // Five9 has no list of which skills serve which campaign, so the pairs come from the
    // calls of the last days.
    auto keys = std::make_shared<QStringList>();
    return new Five9RangeJob(
        network(), settings, m_policy, m_limiter,
        folderSetting(settings, CallLogFolder, DefaultCallLogFolder),
        folderSetting(settings, CallLogReport, DefaultCallLogReport), recentDays(DiscoveryDays),
        [keys](Five9RangeJob *, const Five9CsvTable &table, const TimeRange &) {
            const int campaign = table.column(QStringLiteral("CAMPAIGN"));
            const int skill = table.column(QStringLiteral("SKILL"));
            // A missing column is the report's definition: only the admin can change it.
            if (campaign < 0 || skill < 0)
                return ConnectorResult::failure(ConnectorResult::Kind::ProtocolError,
                    tr("The call log report needs the columns CAMPAIGN and SKILL."))
                    .needingAdmin();
            for (const QStringList &row : table.rows) {
                const QString key = Five9CallLog::queueKey(
                    Grouping::CampaignAndSkill, row.at(campaign), row.at(skill));
                if (!key.isEmpty() && !keys->contains(key))
                    keys->append(key);
            }
            return ConnectorResult::success();
        },
        [keys](Five9RangeJob *job) {
            QList<QueueRecord> queues;
            for (const QString &key : std::as_const(*keys))
                queues.append({key, key, QStringLiteral("campaign+skill")});
            emit job->queuesReady(queues);
        });
}

ConnectorJob *Five9Connector::startFetchIntervals(
    const ConnectionSettings &settings, const TimeRange &range)
{
    if (const ConnectorResult problem = check(settings); !problem.ok())
        return ConnectorJob::finishedJob(problem);
    return new Five9IntervalsJob(network(), settings, m_policy, m_limiter,
        folderSetting(settings, CallLogFolder, DefaultCallLogFolder),
        folderSetting(settings, CallLogReport, DefaultCallLogReport), range,
        Five9CallLog::optionsFor(settings), m_resultCap);
}

ConnectorJob *Five9Connector::startDiscoverUsers(const ConnectionSettings &settings)
{
    if (const ConnectorResult problem = check(settings); !problem.ok())
        return ConnectorJob::finishedJob(problem);
    return new Five9ListJob(Five9ListJob::What::Users, network(), settings, m_policy);
}

ConnectorJob *Five9Connector::startDiscoverActivities(const ConnectionSettings &settings)
{
    if (const ConnectorResult problem = check(settings); !problem.ok())
        return ConnectorJob::finishedJob(problem);
    // The Admin web service has no call that lists reason codes (only getReasonCode by
    // name), so the states and reason codes come from the agent state report of the last days.
    auto found = std::make_shared<QList<ExternalActivity>>();
    return new Five9RangeJob(
        network(), settings, m_policy, m_limiter,
        folderSetting(settings, AgentStateFolder, DefaultAgentStateFolder),
        folderSetting(settings, AgentStateReport, DefaultAgentStateReport),
        recentDays(DiscoveryDays),
        [found](Five9RangeJob *, const Five9CsvTable &table, const TimeRange &) {
            for (const ExternalActivity &activity : Five9AgentStates::activities(table)) {
                const bool known = std::any_of(found->cbegin(), found->cend(),
                    [&](const ExternalActivity &a) { return a.externalId == activity.externalId; });
                if (!known)
                    found->append(activity);
            }
            return ConnectorResult::success();
        },
        [found](Five9RangeJob *job) { emit job->activitiesReady(*found); });
}

ConnectorJob *Five9Connector::startFetchAgentStates(
    const ConnectionSettings &settings, const TimeRange &range)
{
    if (const ConnectorResult problem = check(settings); !problem.ok())
        return ConnectorJob::finishedJob(problem);
    const QTimeZone zone = Five9Settings::timeZone(settings);
    const QString report = folderSetting(settings, AgentStateReport, DefaultAgentStateReport);
    return new Five9RangeJob(network(), settings, m_policy, m_limiter,
        folderSetting(settings, AgentStateFolder, DefaultAgentStateFolder), report, range,
        [zone, report](Five9RangeJob *job, const Five9CsvTable &table, const TimeRange &day) {
            QString error;
            const auto states = Five9AgentStates::read(table, zone, day, &error);
            if (!states) // as for the call log: the report's definition
                return Five9Job::unreadable(report, error).needingAdmin();
            if (!states->isEmpty())
                emit job->agentStatesReady(*states);
            return ConnectorResult::success();
        },
        {});
}
