#include "storage/agentstatewriter.h"

#include "storage/sqlerrors.h"
#include "storage/writegate.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <tuple>

AgentStateWriter::AgentStateWriter(const QSqlDatabase &db, const QString &integrationId)
    : m_db(db)
    , m_integrationId(integrationId)
    , m_upsertUser(db)
    , m_upsertActivity(db)
    , m_upsertState(db)
    , m_setCheckpoint(db)
    , m_rowCount(db)
{
}

AgentStateWriter::~AgentStateWriter()
{
    rollback();
}

AgentStateWriter::Result AgentStateWriter::failure(
    const QString &what, const QSqlQuery &query) const
{
    return failure(what, query.lastError());
}

AgentStateWriter::Result AgentStateWriter::failure(
    const QString &what, const QSqlError &error) const
{
    return {false, tr("%1: %2").arg(what, error.text()), meansDamage(error)};
}

AgentStateWriter::Result AgentStateWriter::prepare()
{
    // A name from the ACD replaces the one before; the admin's mapping columns are left alone.
    const QList<std::pair<QSqlQuery *, QString>> statements = {
        {&m_upsertUser,
            QStringLiteral("INSERT INTO external_users (integration_id, external_id, name, email,"
                           " first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (integration_id, external_id) DO UPDATE SET"
                           " name = excluded.name, email = excluded.email,"
                           " last_seen_at = excluded.last_seen_at")},
        {&m_upsertActivity,
            QStringLiteral("INSERT INTO external_activities (integration_id, external_id, name,"
                           " kind, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (integration_id, external_id) DO UPDATE SET"
                           " name = excluded.name, kind = excluded.kind,"
                           " last_seen_at = excluded.last_seen_at")},
        {&m_upsertState,
            QStringLiteral("INSERT INTO agent_states (user_id, start_utc, activity_id,"
                           " duration_seconds) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (user_id, start_utc, activity_id) DO UPDATE SET"
                           " duration_seconds = excluded.duration_seconds")},
        {&m_setCheckpoint,
            QStringLiteral("INSERT INTO import_checkpoints (integration_id, kind, covered_until,"
                           " updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (integration_id, kind)"
                           " DO UPDATE SET covered_until = excluded.covered_until,"
                           " updated_at = excluded.updated_at")},
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql))
            return failure(tr("The import could not prepare its queries"), *query);
    }
    return loadIds();
}

bool AgentStateWriter::hasMappedUser() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM external_users WHERE integration_id = ?"
                                 " AND agent_id IS NOT NULL LIMIT 1"));
    query.addBindValue(m_integrationId);
    return query.exec() && query.next();
}

std::optional<qint64> AgentStateWriter::activitiesSeenAt() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT max(last_seen_at) FROM external_activities WHERE integration_id = ?"));
    query.addBindValue(m_integrationId);
    if (query.exec() && query.next() && !query.value(0).isNull())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> AgentStateWriter::checkpoint() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT covered_until FROM import_checkpoints "
                                 "WHERE integration_id = ? AND kind = ?"));
    query.addBindValue(m_integrationId);
    query.addBindValue(QLatin1String(CheckpointKind));
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

AgentStateWriter::Result AgentStateWriter::begin()
{
    if (m_inTransaction)
        return {};
    if (!m_db.transaction())
        return failure(tr("The import could not write to the database"), m_db.lastError());
    m_inTransaction = true;
    return {};
}

AgentStateWriter::Result AgentStateWriter::commitTransaction()
{
    m_inTransaction = false;
    if (const QString error = m_rowCount.record(); !error.isEmpty()) {
        const QSqlError recorded = m_db.lastError();
        m_db.rollback();
        m_rowCount.rolledBack();
        return {
            false, tr("The import could not be recorded: %1").arg(error), meansDamage(recorded)};
    }
    if (!m_db.commit()) {
        const Result result
            = failure(tr("The import could not write to the database"), m_db.lastError());
        m_db.rollback();
        m_rowCount.rolledBack();
        return result;
    }
    m_rowCount.committed();
    return {};
}

void AgentStateWriter::rollback()
{
    m_states.clear();
    m_rowCount.rolledBack();
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_db.rollback();
}

AgentStateWriter::Result AgentStateWriter::loadIds()
{
    // Read after a commit only, so every id cached exists for other connections too.
    m_userIds.clear();
    m_activityIds.clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    for (auto [table, ids] : {std::pair {"external_users", &m_userIds},
             std::pair {"external_activities", &m_activityIds}}) {
        query.prepare(QStringLiteral("SELECT external_id, id FROM %1 WHERE integration_id = ?")
                          .arg(QLatin1String(table)));
        query.addBindValue(m_integrationId);
        if (!query.exec())
            return failure(tr("The users and activities of the ACD could not be read"), query);
        while (query.next())
            ids->insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return {};
}

AgentStateWriter::Result AgentStateWriter::writeUsers(
    const QList<ExternalUser> &users, qint64 seenAt)
{
    if (Result result = begin(); !result.ok)
        return result;
    for (const ExternalUser &user : users) {
        m_upsertUser.bindValue(0, m_integrationId);
        m_upsertUser.bindValue(1, user.externalId);
        m_upsertUser.bindValue(2, user.name.isEmpty() ? user.externalId : user.name);
        m_upsertUser.bindValue(3, user.email.isNull() ? QStringLiteral("") : user.email);
        m_upsertUser.bindValue(4, seenAt);
        m_upsertUser.bindValue(5, seenAt);
        if (!m_upsertUser.exec()) {
            const Result result
                = failure(tr("The users of the ACD could not be saved"), m_upsertUser);
            rollback();
            return result;
        }
    }
    if (Result result = commitTransaction(); !result.ok)
        return result;
    return loadIds();
}

AgentStateWriter::Result AgentStateWriter::writeActivities(
    const QList<ExternalActivity> &activities, qint64 seenAt)
{
    if (Result result = begin(); !result.ok)
        return result;
    for (const ExternalActivity &activity : activities) {
        m_upsertActivity.bindValue(0, m_integrationId);
        m_upsertActivity.bindValue(1, activity.externalId);
        m_upsertActivity.bindValue(
            2, activity.name.isEmpty() ? activity.externalId : activity.name);
        m_upsertActivity.bindValue(3, activity.kind.isNull() ? QStringLiteral("") : activity.kind);
        m_upsertActivity.bindValue(4, seenAt);
        m_upsertActivity.bindValue(5, seenAt);
        if (!m_upsertActivity.exec()) {
            const Result result
                = failure(tr("The activities of the ACD could not be saved"), m_upsertActivity);
            rollback();
            return result;
        }
    }
    if (Result result = commitTransaction(); !result.ok)
        return result;
    return loadIds();
}

AgentStateWriter::Result AgentStateWriter::addStates(
    const QList<AgentStateRecord> &states, qint64 seenAt)
{
    m_states += states;
    if (m_states.size() >= FlushRows)
        return flush(std::nullopt, seenAt);
    return {};
}

AgentStateWriter::Result AgentStateWriter::commit(qint64 coveredUntil, qint64 seenAt)
{
    return flush(coveredUntil, seenAt);
}

AgentStateWriter::Result AgentStateWriter::resolveIds(qint64 seenAt)
{
    // Users and activities the lists did not name (created or deleted in between): kept under
    // their ids, in a transaction of their own; the next listing gives them their names.
    QList<ExternalUser> users;
    QList<ExternalActivity> activities;
    QSet<QString> seenUsers, seenActivities;
    for (const AgentStateRecord &state : std::as_const(m_states)) {
        if (!m_userIds.contains(state.userExternalId)
            && !seenUsers.contains(state.userExternalId)) {
            seenUsers.insert(state.userExternalId);
            users.append({state.userExternalId, state.userExternalId, {}});
        }
        if (!m_activityIds.contains(state.activityExternalId)
            && !seenActivities.contains(state.activityExternalId)) {
            seenActivities.insert(state.activityExternalId);
            activities.append({state.activityExternalId, state.activityExternalId, {}});
        }
    }
    if (users.isEmpty() && activities.isEmpty())
        return {};
    if (Result result = begin(); !result.ok)
        return result;
    // DO NOTHING: a name the ACD gave in the meantime is not replaced by the id.
    QSqlQuery query(m_db);
    for (const ExternalUser &user : std::as_const(users)) {
        query.prepare(QStringLiteral(
            "INSERT INTO external_users (integration_id, external_id, name, first_seen_at,"
            " last_seen_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (integration_id, external_id)"
            " DO NOTHING"));
        for (const QVariant &value : {QVariant(m_integrationId), QVariant(user.externalId),
                 QVariant(user.name), QVariant(seenAt), QVariant(seenAt)})
            query.addBindValue(value);
        if (!query.exec()) {
            const Result result = failure(tr("The users of the ACD could not be saved"), query);
            m_inTransaction = false;
            m_db.rollback();
            return result;
        }
    }
    for (const ExternalActivity &activity : std::as_const(activities)) {
        query.prepare(QStringLiteral(
            "INSERT INTO external_activities (integration_id, external_id, name, kind,"
            " first_seen_at, last_seen_at) VALUES (?, ?, ?, '', ?, ?)"
            " ON CONFLICT (integration_id, external_id) DO NOTHING"));
        for (const QVariant &value : {QVariant(m_integrationId), QVariant(activity.externalId),
                 QVariant(activity.name), QVariant(seenAt), QVariant(seenAt)})
            query.addBindValue(value);
        if (!query.exec()) {
            const Result result
                = failure(tr("The activities of the ACD could not be saved"), query);
            m_inTransaction = false;
            m_db.rollback();
            return result;
        }
    }
    if (Result result = commitTransaction(); !result.ok)
        return result;
    return loadIds();
}

AgentStateWriter::Result AgentStateWriter::flush(std::optional<qint64> coveredUntil, qint64 seenAt)
{
    const auto forget = [this](const Result &result) {
        rollback();
        return result;
    };
    if (Result result = resolveIds(seenAt); !result.ok)
        return forget(result);
    // In key order, so the rows go into the B-tree touching each page once.
    std::vector<std::tuple<qint64, qint64, qint64, qint64>> rows;
    rows.reserve(size_t(m_states.size()));
    for (const AgentStateRecord &state : std::as_const(m_states))
        rows.emplace_back(m_userIds.value(state.userExternalId), state.startUtc,
            m_activityIds.value(state.activityExternalId), state.durationSeconds);
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return std::tie(std::get<0>(a), std::get<1>(a), std::get<2>(a))
            < std::tie(std::get<0>(b), std::get<1>(b), std::get<2>(b));
    });
    if (rows.empty() && !coveredUntil)
        return {};
    if (Result result = begin(); !result.ok)
        return forget(result);
    for (size_t at = 0; at < rows.size(); ++at) {
        const auto &[user, start, activity, duration] = rows.at(at);
        m_upsertState.bindValue(0, user);
        m_upsertState.bindValue(1, start);
        m_upsertState.bindValue(2, activity);
        m_upsertState.bindValue(3, duration);
        if (!m_upsertState.exec())
            return forget(failure(tr("The agent states could not be saved"), m_upsertState));
        m_rowCount.add(1);
        if ((at + 1) % size_t(SliceRows) == 0 && at + 1 < rows.size()
            && WriteGate::foregroundWaiting()) {
            // Rows without their checkpoint: after a crash they are only fetched again.
            Result result = commitTransaction();
            if (result.ok) {
                WriteGate::waitForForeground(std::chrono::milliseconds(100));
                result = begin();
            }
            if (!result.ok)
                return forget(result);
        }
    }
    if (coveredUntil) {
        m_setCheckpoint.bindValue(0, m_integrationId);
        m_setCheckpoint.bindValue(1, QLatin1String(CheckpointKind));
        m_setCheckpoint.bindValue(2, *coveredUntil);
        m_setCheckpoint.bindValue(3, QDateTime::currentSecsSinceEpoch());
        if (!m_setCheckpoint.exec())
            return forget(failure(tr("The import could not save its progress"), m_setCheckpoint));
    }
    m_states.clear();
    return commitTransaction();
}
