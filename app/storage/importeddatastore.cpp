#include "storage/importeddatastore.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcImportedData, "acd.storage.data")

namespace ImportedDataStore {
namespace {

bool run(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcImportedData, "%s: %s", what, qPrintable(query.lastError().text()));
    return false;
}

qint64 orNone(const QVariant &value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

} // namespace

Overview overview(const QSqlDatabase &db, const QString &integrationId)
{
    Overview result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Each count and bound through an index: the queues of one integration, then per queue
    // its interval rows' primary key (queue_id, interval_start).
    query.prepare(QStringLiteral(
        "SELECT"
        " (SELECT COUNT(*) FROM queues WHERE integration_id = :id),"
        " (SELECT COUNT(*) FROM queues WHERE integration_id = :id AND seen = 0),"
        " (SELECT COUNT(*) FROM interval_stats s JOIN queues q ON q.id = s.queue_id"
        "   WHERE q.integration_id = :id),"
        " (SELECT MIN((SELECT MIN(interval_start) FROM interval_stats WHERE queue_id = q.id))"
        "   FROM queues q WHERE q.integration_id = :id),"
        " (SELECT MAX((SELECT MAX(interval_start) FROM interval_stats WHERE queue_id = q.id))"
        "   FROM queues q WHERE q.integration_id = :id),"
        " (SELECT COUNT(*) FROM external_users WHERE integration_id = :id),"
        " (SELECT COUNT(*) FROM external_activities WHERE integration_id = :id),"
        " (SELECT COUNT(*) FROM agent_states a JOIN external_users u ON u.id = a.user_id"
        "   WHERE u.integration_id = :id)"));
    query.bindValue(QStringLiteral(":id"), integrationId);
    if (!run(query, "overview") || !query.next())
        return result;
    result.queues = query.value(0).toLongLong();
    result.newQueues = query.value(1).toLongLong();
    result.intervalRows = query.value(2).toLongLong();
    result.firstInterval = orNone(query.value(3));
    result.lastInterval = orNone(query.value(4));
    result.users = query.value(5).toLongLong();
    result.activities = query.value(6).toLongLong();
    result.agentStates = query.value(7).toLongLong();
    result.ok = true;
    return result;
}

QList<Queue> queues(const QSqlDatabase &db, const QString &integrationId, qint64 offeredSinceUtc)
{
    QList<Queue> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Correlated subqueries, so each bound is one index lookup and the recent sum one short
    // range of the primary key, however many years the table holds.
    query.prepare(
        QStringLiteral("SELECT q.id, q.external_id, q.name, q.kind,"
                       " (SELECT MIN(interval_start) FROM interval_stats WHERE queue_id = q.id),"
                       " (SELECT MAX(interval_start) FROM interval_stats WHERE queue_id = q.id),"
                       " (SELECT COALESCE(SUM(offered), 0) FROM interval_stats"
                       "   WHERE queue_id = q.id AND interval_start >= :since),"
                       " w.id, w.name, q.seen"
                       " FROM queues q"
                       " LEFT JOIN workload_queues wq ON wq.queue_id = q.id"
                       " LEFT JOIN workloads w ON w.id = wq.workload_id"
                       " WHERE q.integration_id = :id"
                       " ORDER BY q.name, q.external_id"));
    query.bindValue(QStringLiteral(":since"), offeredSinceUtc);
    query.bindValue(QStringLiteral(":id"), integrationId);
    if (!run(query, "queues"))
        return result;
    while (query.next()) {
        Queue queue;
        queue.id = query.value(0).toLongLong();
        queue.externalId = query.value(1).toString();
        queue.name = query.value(2).toString();
        queue.kind = query.value(3).toString();
        queue.firstInterval = orNone(query.value(4));
        queue.lastInterval = orNone(query.value(5));
        queue.offeredRecently = query.value(6).toLongLong();
        queue.workloadId = orNone(query.value(7));
        queue.workloadName = query.value(8).toString();
        queue.isNew = query.value(9).toInt() == 0;
        result.append(queue);
    }
    return result;
}

QList<IntervalTotals> intervals(const QSqlDatabase &db, qint64 queueId, const TimeRange &range)
{
    QList<IntervalTotals> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT interval_start, offered, handled FROM interval_stats"
                       " WHERE queue_id = ? AND interval_start >= ? AND interval_start < ?"
                       " ORDER BY interval_start"));
    query.addBindValue(queueId);
    query.addBindValue(range.fromUtc);
    query.addBindValue(range.toUtc);
    if (!run(query, "intervals"))
        return result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
            query.value(2).toLongLong()});
    return result;
}

QList<Run> runs(const QSqlDatabase &db, const QString &integrationId, int limit)
{
    QList<Run> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, started_at, finished_at, range_from, range_to, rows_written, outcome, error"
        " FROM import_runs WHERE integration_id = ? ORDER BY started_at DESC, id DESC LIMIT ?"));
    query.addBindValue(integrationId);
    query.addBindValue(limit);
    if (!run(query, "runs"))
        return result;
    while (query.next()) {
        Run item;
        item.id = query.value(0).toLongLong();
        item.startedAt = query.value(1).toLongLong();
        item.finishedAt = orNone(query.value(2));
        item.range = {query.value(3).toLongLong(), query.value(4).toLongLong()};
        item.rows = query.value(5).toLongLong();
        item.outcome = query.value(6).toString();
        item.error = query.value(7).toString();
        result.append(item);
    }
    return result;
}

bool markQueuesSeen(const QSqlDatabase &db, const QString &integrationId)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE queues SET seen = 1 WHERE integration_id = ? AND seen = 0"));
    query.addBindValue(integrationId);
    return run(query, "mark queues seen");
}

} // namespace ImportedDataStore
