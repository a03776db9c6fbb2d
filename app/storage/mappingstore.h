#pragma once

#include "api/records.h"
#include "mapping/mappingdata.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

// The agents, the activities and the admin's mapping of the ACD's users and activities to
// them, on the connection it is given (one per thread). The raw agent states are never
// rewritten by a mapping: visibleStates() applies it when reading, so a user or activity
// mapped later counts for the states imported before too.
class MappingStore
{
    Q_DECLARE_TR_FUNCTIONS(MappingStore)
public:
    struct Result
    {
        bool ok = true;
        QString message; // translated
        qint64 count = 0; // rows changed; for addActivity the new activity's id
    };

    explicit MappingStore(const QSqlDatabase &db);

    // Reads leave *error empty when they worked.
    QList<ExternalUserMapping> users(const QString &integrationId, QString *error = nullptr) const;
    QList<Agent> agents(QString *error = nullptr) const;
    QList<Activity> activities(QString *error = nullptr) const;
    QList<ExternalActivityMapping> externalActivities(
        const QString &integrationId, QString *error = nullptr) const;
    UnmappedCounts unmapped(const QString &integrationId) const;
    bool hasMappedUser(const QString &integrationId) const;
    qint64 presentActivityId() const;
    // The raw states of the integration, mapped or not.
    qint64 storedStateCount(const QString &integrationId) const;
    // States of mapped users that start within range, by agent and start, each with the
    // activity it counts as ("present" when none was chosen).
    QList<VisibleState> visibleStates(const QString &integrationId, const TimeRange &range) const;

    // The users (external_users.id) of this integration map to agentId, or to nobody; a
    // mapped user is no longer ignored.
    Result mapUsers(
        const QString &integrationId, const QList<qint64> &userIds, std::optional<qint64> agentId);
    // Several users, each to its own agent, in one transaction (accepting suggestions).
    Result mapEach(const QString &integrationId, const QList<QPair<qint64, qint64>> &userToAgent);
    // Ignored users are listed apart from the unmapped ones and lose their agent.
    Result ignoreUsers(const QString &integrationId, const QList<qint64> &userIds, bool ignored);
    // A new agent for each selected user not mapped yet (its name and e-mail), each user
    // mapped to its agent: one transaction. count = agents created.
    Result createAgents(const QString &integrationId, const QList<qint64> &userIds);
    // A new activity for the admin's set; count = its id. The name must be new.
    Result addActivity(const QString &name);
    // The external activities of this integration count as activityId; none: as "present".
    Result mapActivities(const QString &integrationId, const QList<qint64> &externalIds,
        std::optional<qint64> activityId);

private:
    Result transaction(const QString &what, const std::function<Result()> &work);
    Result databaseError(const QString &what, const QSqlQuery &query) const;

    QSqlDatabase m_db;
};
