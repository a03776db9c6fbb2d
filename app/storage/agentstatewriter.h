#pragma once

#include "api/records.h"
#include "storage/runrowcount.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

// Writes what the agent status import brings, on the import's own connection: the ACD's
// users and activities (upserted; the admin's mapping of them is never touched) and the
// state records as they came, keyed by external ids, so that a mapping made later applies
// to them too. A state whose user or activity is not known yet gets one (named by its id)
// rather than being dropped.
//
// States are held in memory and written when their chunk ends, with the chunk's checkpoint
// in the same transaction; more than FlushRows are written early without it (after a crash
// they are only fetched again). Between slices of SliceRows rows the writer lets a waiting
// foreground writer through (storage/writegate.h), as ImportWriter does.
class AgentStateWriter
{
    Q_DECLARE_TR_FUNCTIONS(AgentStateWriter)
    Q_DISABLE_COPY_MOVE(AgentStateWriter)
public:
    struct Result
    {
        bool ok = true;
        QString message; // translated
        bool damaged = false; // the database is damaged: restore it, retrying cannot help
    };

    static constexpr auto CheckpointKind = "agent-states";
    static constexpr qsizetype FlushRows = 65536;
    static constexpr qsizetype SliceRows = 2048;

    AgentStateWriter(const QSqlDatabase &db, const QString &integrationId);
    ~AgentStateWriter();

    Result prepare();
    // The run whose row count the states committed add to (storage/runrowcount.h).
    void setRunId(qint64 runId) { m_rowCount.setRunId(runId); }
    // States of the transactions committed so far.
    qint64 savedRows() const { return m_rowCount.saved(); }

    // Whether the admin has mapped at least one user of this integration to an agent: the
    // agent status import waits for that.
    bool hasMappedUser() const;
    // When the ACD's activities were last listed (the latest last_seen_at), if ever.
    std::optional<qint64> activitiesSeenAt() const;
    std::optional<qint64> checkpoint() const;

    // Each in a short transaction of its own (the lists are small).
    Result writeUsers(const QList<ExternalUser> &users, qint64 seenAt);
    Result writeActivities(const QList<ExternalActivity> &activities, qint64 seenAt);

    // Keeps the states in memory (writing early when FlushRows are waiting).
    Result addStates(const QList<AgentStateRecord> &states, qint64 seenAt);
    // Writes the states held and the checkpoint they complete, in one transaction.
    Result commit(qint64 coveredUntil, qint64 seenAt);
    // Forgets the states held (and ends a transaction, should one be open).
    void rollback();

private:
    Result flush(std::optional<qint64> coveredUntil, qint64 seenAt);
    Result resolveIds(qint64 seenAt);
    Result loadIds();
    Result begin();
    Result commitTransaction();
    Result failure(const QString &what, const QSqlQuery &query) const;
    Result failure(const QString &what, const QSqlError &error) const;

    QSqlDatabase m_db;
    QString m_integrationId;
    QSqlQuery m_upsertUser;
    QSqlQuery m_upsertActivity;
    QSqlQuery m_upsertState;
    QSqlQuery m_setCheckpoint;
    QList<AgentStateRecord> m_states; // held, not yet written
    QHash<QString, qint64> m_userIds; // external id → external_users.id
    QHash<QString, qint64> m_activityIds; // external id → external_activities.id
    RunRowCount m_rowCount;
    bool m_inTransaction = false;
};
