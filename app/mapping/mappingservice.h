#pragma once

#include "api/records.h"
#include "mapping/mappingdata.h"

#include <QObject>

#include <functional>
#include <optional>

class IntegrationService;
class QSqlDatabase;

// The admin's mapping of each ACD's users to agents and of its activities (states, reason
// codes) to activities: reads and changes, all through the integration service's storage
// worker, so the GUI thread never runs SQL. Results come back on the GUI thread; a change
// announces itself with mappingChanged(). When the first user of an integration is mapped,
// an import starts, which then brings its agent status data.
class MappingService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingService)
public:
    explicit MappingService(IntegrationService &integrations, QObject *parent = nullptr);

    // done runs on the GUI thread, unless context is gone by then.
    void loadUsers(const QString &integrationId, QObject *context,
        std::function<void(const UsersMapping &)> done);
    void loadActivities(const QString &integrationId, QObject *context,
        std::function<void(const ActivitiesMapping &)> done);
    // The states of mapped users starting within range, the mapping applied (for the views).
    void loadVisibleStates(const QString &integrationId, const TimeRange &range, QObject *context,
        std::function<void(const QList<VisibleState> &)> done);

    // userIds are external_users ids. agentId none: the users become unmapped.
    void mapUsers(
        const QString &integrationId, const QList<qint64> &userIds, std::optional<qint64> agentId);
    // Each user to the agent suggested for it (same name or e-mail), as the database is now.
    void acceptSuggestions(const QString &integrationId, const QList<qint64> &userIds);
    void ignoreUsers(
        const QString &integrationId, const QList<qint64> &userIds, bool ignored = true);
    // One agent per selected unmapped user, each mapped to it, in one transaction.
    void createAgents(const QString &integrationId, const QList<qint64> &userIds);
    // externalIds are external_activities ids; activityId none: back to "present".
    void mapActivities(const QString &integrationId, const QList<qint64> &externalIds,
        std::optional<qint64> activityId);
    // A new activity for every integration; done gets its id, or 0 and why not.
    void addActivity(const QString &name, QObject *context = nullptr,
        std::function<void(qint64 id, const QString &problem)> done = {});

    // The name to show: a built-in activity's translated, the others as the admin typed them.
    static QString displayName(const Activity &activity);
    // "3 users and 2 activities are not mapped yet", or empty when all are.
    static QString unmappedText(const UnmappedCounts &counts);

signals:
    void mappingChanged(const QString &integrationId);
    void activitiesChanged(); // the set of activities itself
    void failed(const QString &message); // a change could not be saved

private:
    struct Change
    {
        bool ok = true;
        QString message;
        qint64 count = 0;
        bool firstMapped = false; // no user was mapped before, one is now
    };
    void change(const QString &integrationId, std::function<Change(const QSqlDatabase &db)> work);

    IntegrationService &m_integrations;
};
