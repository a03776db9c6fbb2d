#include "storage/mappingstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

void setError(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
}

} // namespace

MappingStore::MappingStore(const QSqlDatabase &db)
    : m_db(db)
{
}

MappingStore::Result MappingStore::databaseError(const QString &what, const QSqlQuery &query) const
{
    return {false, what.arg(query.lastError().text())};
}

MappingStore::Result MappingStore::transaction(
    const QString &what, const std::function<Result()> &work)
{
    if (!m_db.transaction())
        return {false, what.arg(m_db.lastError().text())};
    Result result = work();
    if (!result.ok) {
        m_db.rollback();
        return result;
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        return {false, what.arg(error)};
    }
    return result;
}

QList<ExternalUserMapping> MappingStore::users(const QString &integrationId, QString *error) const
{
    QList<ExternalUserMapping> users;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The count per user reads the primary key's prefix: no scan of the states.
    query.prepare(
        QStringLiteral("SELECT u.id, u.external_id, u.name, u.email, u.agent_id, a.name, u.ignored,"
                       " (SELECT count(*) FROM agent_states s WHERE s.user_id = u.id)"
                       " FROM external_users u LEFT JOIN agents a ON a.id = u.agent_id"
                       " WHERE u.integration_id = ? ORDER BY u.name, u.external_id"));
    query.addBindValue(integrationId);
    if (!query.exec()) {
        setError(error, query);
        return users;
    }
    while (query.next()) {
        ExternalUserMapping user;
        user.id = query.value(0).toLongLong();
        user.externalId = query.value(1).toString();
        user.name = query.value(2).toString();
        user.email = query.value(3).toString();
        user.agentId = optionalId(query.value(4));
        user.agentName = query.value(5).toString();
        user.ignored = query.value(6).toInt() != 0;
        user.stateCount = query.value(7).toLongLong();
        users.append(user);
    }
    return users;
}

QList<Agent> MappingStore::agents(QString *error) const
{
    QList<Agent> agents;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, email FROM agents ORDER BY name, id"))) {
        setError(error, query);
        return agents;
    }
    while (query.next())
        agents.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return agents;
}

QList<Activity> MappingStore::activities(QString *error) const
{
    QList<Activity> activities;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The default set in the order it was created (present first), then the admin's by name.
    if (!query.exec(QStringLiteral("SELECT id, name, builtin FROM activities ORDER BY"
                                   " CASE WHEN builtin = '' THEN 1 ELSE 0 END,"
                                   " CASE WHEN builtin = '' THEN name ELSE '' END, id"))) {
        setError(error, query);
        return activities;
    }
    while (query.next())
        activities.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return activities;
}

QList<ExternalActivityMapping> MappingStore::externalActivities(
    const QString &integrationId, QString *error) const
{
    QList<ExternalActivityMapping> activities;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT e.id, e.external_id, e.name, e.kind, e.activity_id,"
        " (SELECT count(*) FROM agent_states s WHERE s.activity_id = e.id) AS occurrences"
        " FROM external_activities e WHERE e.integration_id = ?"
        " ORDER BY occurrences DESC, e.name, e.external_id"));
    query.addBindValue(integrationId);
    if (!query.exec()) {
        setError(error, query);
        return activities;
    }
    while (query.next()) {
        ExternalActivityMapping activity;
        activity.id = query.value(0).toLongLong();
        activity.externalId = query.value(1).toString();
        activity.name = query.value(2).toString();
        activity.kind = query.value(3).toString();
        activity.activityId = optionalId(query.value(4));
        activity.occurrences = query.value(5).toLongLong();
        activities.append(activity);
    }
    return activities;
}

UnmappedCounts MappingStore::unmapped(const QString &integrationId) const
{
    UnmappedCounts counts;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM external_users WHERE integration_id = ?"
                       "  AND agent_id IS NULL AND ignored = 0),"
                       " (SELECT count(*) FROM external_activities WHERE integration_id = ?"
                       "  AND activity_id IS NULL)"));
    query.addBindValue(integrationId);
    query.addBindValue(integrationId);
    if (query.exec() && query.next()) {
        counts.users = query.value(0).toInt();
        counts.activities = query.value(1).toInt();
    }
    return counts;
}

bool MappingStore::hasMappedUser(const QString &integrationId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM external_users WHERE integration_id = ?"
                                 " AND agent_id IS NOT NULL LIMIT 1"));
    query.addBindValue(integrationId);
    return query.exec() && query.next();
}

qint64 MappingStore::presentActivityId() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT id FROM activities WHERE builtin = 'present'"))
        && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 MappingStore::storedStateCount(const QString &integrationId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM agent_states s JOIN external_users u"
                                 " ON u.id = s.user_id WHERE u.integration_id = ?"));
    query.addBindValue(integrationId);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<VisibleState> MappingStore::visibleStates(
    const QString &integrationId, const TimeRange &range) const
{
    QList<VisibleState> states;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT u.agent_id, COALESCE(e.activity_id,"
                                 "  (SELECT id FROM activities WHERE builtin = 'present')),"
                                 " s.start_utc, s.duration_seconds, u.external_id, e.external_id"
                                 " FROM agent_states s"
                                 " JOIN external_users u ON u.id = s.user_id"
                                 " JOIN external_activities e ON e.id = s.activity_id"
                                 " WHERE u.integration_id = ? AND u.agent_id IS NOT NULL"
                                 " AND s.start_utc >= ? AND s.start_utc < ?"
                                 " ORDER BY u.agent_id, s.start_utc, u.external_id"));
    query.addBindValue(integrationId);
    query.addBindValue(range.fromUtc);
    query.addBindValue(range.toUtc);
    if (!query.exec())
        return states;
    while (query.next())
        states.append(
            {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toString()});
    return states;
}

MappingStore::Result MappingStore::mapUsers(
    const QString &integrationId, const QList<qint64> &userIds, std::optional<qint64> agentId)
{
    QList<QPair<qint64, qint64>> pairs;
    for (qint64 id : userIds)
        pairs.append({id, agentId.value_or(0)});
    return mapEach(integrationId, pairs);
}

MappingStore::Result MappingStore::mapEach(
    const QString &integrationId, const QList<QPair<qint64, qint64>> &userToAgent)
{
    const QString what = tr("The users could not be mapped: %1");
    return transaction(what, [&]() -> Result {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE external_users SET agent_id = ?, ignored = 0"
                                     " WHERE id = ? AND integration_id = ?"));
        Result result;
        for (const auto &[user, agent] : userToAgent) {
            query.bindValue(
                0, agent > 0 ? QVariant(agent) : QVariant(QMetaType::fromType<qint64>()));
            query.bindValue(1, user);
            query.bindValue(2, integrationId);
            if (!query.exec())
                return databaseError(what, query);
            result.count += query.numRowsAffected();
        }
        return result;
    });
}

MappingStore::Result MappingStore::ignoreUsers(
    const QString &integrationId, const QList<qint64> &userIds, bool ignored)
{
    const QString what = tr("The users could not be changed: %1");
    return transaction(what, [&]() -> Result {
        QSqlQuery query(m_db);
        query.prepare(ignored
                ? QStringLiteral("UPDATE external_users SET ignored = 1,"
                                 " agent_id = NULL WHERE id = ? AND integration_id = ?")
                : QStringLiteral("UPDATE external_users SET ignored = 0"
                                 " WHERE id = ? AND integration_id = ?"));
        Result result;
        for (qint64 user : userIds) {
            query.bindValue(0, user);
            query.bindValue(1, integrationId);
            if (!query.exec())
                return databaseError(what, query);
            result.count += query.numRowsAffected();
        }
        return result;
    });
}

MappingStore::Result MappingStore::createAgents(
    const QString &integrationId, const QList<qint64> &userIds)
{
    const QString what = tr("The agents could not be created: %1");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return transaction(what, [&]() -> Result {
        QSqlQuery read(m_db), insert(m_db), map(m_db);
        read.prepare(QStringLiteral("SELECT name, email FROM external_users"
                                    " WHERE id = ? AND integration_id = ? AND agent_id IS NULL"));
        // RETURNING: SQLite (3.35+) and PostgreSQL both accept it; lastInsertId is not portable.
        insert.prepare(QStringLiteral(
            "INSERT INTO agents (name, email, created_at) VALUES (?, ?, ?) RETURNING id"));
        map.prepare(
            QStringLiteral("UPDATE external_users SET agent_id = ?, ignored = 0 WHERE id = ?"));
        Result result;
        for (qint64 user : userIds) {
            read.bindValue(0, user);
            read.bindValue(1, integrationId);
            if (!read.exec())
                return databaseError(what, read);
            if (!read.next())
                continue; // mapped already, or gone
            const QString name = read.value(0).toString();
            const QString email = read.value(1).toString();
            read.finish();
            insert.bindValue(0, name);
            insert.bindValue(1, email);
            insert.bindValue(2, now);
            if (!insert.exec() || !insert.next())
                return databaseError(what, insert);
            const qint64 agent = insert.value(0).toLongLong();
            insert.finish();
            map.bindValue(0, agent);
            map.bindValue(1, user);
            if (!map.exec())
                return databaseError(what, map);
            ++result.count;
        }
        return result;
    });
}

MappingStore::Result MappingStore::addActivity(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return {false, tr("Enter a name for the activity.")};
    QString error;
    for (const Activity &activity : activities(&error)) {
        if (activity.name.toCaseFolded() == trimmed.toCaseFolded())
            return {false, tr("There is already an activity named \"%1\".").arg(activity.name)};
    }
    const QString what = tr("The activity could not be added: %1");
    if (!error.isEmpty())
        return {false, what.arg(error)};
    return transaction(what, [&]() -> Result {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("INSERT INTO activities (name, created_at) VALUES (?, ?) RETURNING id"));
        query.addBindValue(trimmed);
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!query.exec() || !query.next())
            return databaseError(what, query);
        Result result;
        result.count = query.value(0).toLongLong();
        return result;
    });
}

MappingStore::Result MappingStore::mapActivities(const QString &integrationId,
    const QList<qint64> &externalIds, std::optional<qint64> activityId)
{
    const QString what = tr("The activities could not be mapped: %1");
    return transaction(what, [&]() -> Result {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE external_activities SET activity_id = ?"
                                     " WHERE id = ? AND integration_id = ?"));
        Result result;
        for (qint64 id : externalIds) {
            query.bindValue(
                0, activityId ? QVariant(*activityId) : QVariant(QMetaType::fromType<qint64>()));
            query.bindValue(1, id);
            query.bindValue(2, integrationId);
            if (!query.exec())
                return databaseError(what, query);
            result.count += query.numRowsAffected();
        }
        return result;
    });
}
