#include "five9/five9jobs.h"

#include "five9/five9requests.h"
#include "five9/five9settings.h"

Five9VerifyJob::Five9VerifyJob(QNetworkAccessManager *network, const ConnectionSettings &settings,
    const Five9RetryPolicy &policy)
    : Five9Job(network, settings, policy)
{
    // getVCCConfiguration needs the administrator role and has no side effects.
    call(QStringLiteral("getVCCConfiguration"), Five9Requests::getVCCConfiguration(),
        [this](const Five9Soap::Node &) { finish(ConnectorResult::success()); });
}

Five9ListJob::Five9ListJob(What what, QNetworkAccessManager *network,
    const ConnectionSettings &settings, const Five9RetryPolicy &policy)
    : Five9Job(network, settings, policy)
{
    const QString all = QStringLiteral(".*"); // the name patterns are regular expressions
    switch (what) {
    case What::Skills:
        call(QStringLiteral("getSkills"), Five9Requests::getSkills(all),
            [this](const Five9Soap::Node &response) {
                QList<QueueRecord> queues;
                for (const Five9Soap::Node *skill : response.childrenNamed(u"return")) {
                    const QString name = skill->childText(u"name").trimmed();
                    queues.append({name, name, QStringLiteral("skill")});
                }
                emit queuesReady(queues);
                emit progress(queues.size(), queues.size());
                finish(ConnectorResult::success());
            });
        break;
    case What::Campaigns:
        call(QStringLiteral("getCampaigns"), Five9Requests::getCampaigns(all),
            [this](const Five9Soap::Node &response) {
                QList<QueueRecord> queues;
                for (const Five9Soap::Node *campaign : response.childrenNamed(u"return")) {
                    const QString name = campaign->childText(u"name").trimmed();
                    queues.append({name, name, QStringLiteral("campaign")});
                }
                emit queuesReady(queues);
                emit progress(queues.size(), queues.size());
                finish(ConnectorResult::success());
            });
        break;
    case What::Users:
        call(QStringLiteral("getUsersGeneralInfo"), Five9Requests::getUsersGeneralInfo(all),
            [this](const Five9Soap::Node &response) {
                QList<ExternalUser> users;
                for (const Five9Soap::Node *user : response.childrenNamed(u"return")) {
                    const QString userName = user->childText(u"userName").trimmed();
                    const QString fullName = user->childText(u"fullName").trimmed();
                    users.append({userName, fullName.isEmpty() ? userName : fullName});
                }
                emit usersReady(users);
                emit progress(users.size(), users.size());
                finish(ConnectorResult::success());
            });
        break;
    }
}

Five9RangeJob::Five9RangeJob(QNetworkAccessManager *network, const ConnectionSettings &settings,
    const Five9RetryPolicy &policy, const QString &folder, const QString &report,
    const TimeRange &range, DayHandler onDay, DoneHandler onDone)
    : Five9Job(network, settings, policy)
    , m_folder(folder)
    , m_report(report)
    , m_range(range)
    , m_next(range.fromUtc)
    , m_days(range.isEmpty() ? 0 : (range.toUtc - range.fromUtc + DaySeconds - 1) / DaySeconds)
    , m_onDay(std::move(onDay))
    , m_onDone(std::move(onDone))
{
    QTimer::singleShot(0, this, &Five9RangeJob::runNextDay);
}

void Five9RangeJob::runNextDay()
{
    if (isFinished())
        return;
    if (m_next >= m_range.toUtc) {
        if (m_onDone)
            m_onDone(this);
        finish(ConnectorResult::success());
        return;
    }
    // Five9 reads the report's time criteria in the domain's time zone.
    const QTimeZone zone = Five9Settings::timeZone(settings());
    const TimeRange day {m_next, std::min(m_next + DaySeconds, m_range.toUtc)};
    runReport(m_folder, m_report, QDateTime::fromSecsSinceEpoch(day.fromUtc, zone),
        QDateTime::fromSecsSinceEpoch(day.toUtc, zone), [this, day](const Five9CsvTable &table) {
            const ConnectorResult result = m_onDay(this, table, day);
            if (!result.ok()) {
                fail(result);
                return;
            }
            m_next = day.toUtc;
            emit progress(++m_done, m_days);
            runNextDay();
        });
}
