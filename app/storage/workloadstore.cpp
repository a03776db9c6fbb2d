#include "storage/workloadstore.h"

#include "integrations/integrationname.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

QString storedName(const QString &name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C);
}

// A read that fails is logged here, so its callers need only say that it failed.
bool execRead(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcStorage, "workloads could not be read: %s", qPrintable(query.lastError().text()));
    return false;
}

} // namespace

WorkloadStore::WorkloadStore(const QSqlDatabase &db)
    : m_db(db)
{
}

WorkloadStore::Result WorkloadStore::databaseError(
    const QString &what, const QSqlQuery &query) const
{
    return Result::failed(Result::Kind::DatabaseError, what.arg(query.lastError().text()));
}

WorkloadStore::Result WorkloadStore::transaction(
    const QString &what, const std::function<Result()> &work)
{
    if (!m_db.transaction())
        return Result::failed(Result::Kind::DatabaseError, what.arg(m_db.lastError().text()));
    Result result = work();
    if (!result.ok()) {
        m_db.rollback();
        return result;
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        return Result::failed(Result::Kind::DatabaseError, what.arg(error));
    }
    return result;
}

std::optional<QList<Workload>> WorkloadStore::list() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT w.id, w.name, w.created_at, count(wq.queue_id) FROM workloads w"
        " LEFT JOIN workload_queues wq ON wq.workload_id = w.id"
        " GROUP BY w.id, w.name, w.name_key, w.created_at ORDER BY w.name_key, w.id"));
    if (!execRead(query))
        return std::nullopt;
    QList<Workload> result;
    while (query.next())
        result.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(3).toInt(),
                QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC)});
    return result;
}

std::optional<QList<AssignableQueue>> WorkloadStore::queues() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT q.id, q.integration_id, i.name, q.name, q.external_id, q.kind, wq.workload_id,"
        " w.name FROM queues q JOIN integrations i ON i.id = q.integration_id"
        " LEFT JOIN workload_queues wq ON wq.queue_id = q.id"
        " LEFT JOIN workloads w ON w.id = wq.workload_id"
        " ORDER BY i.name_key, i.id, q.name, q.external_id"));
    if (!execRead(query))
        return std::nullopt;
    QList<AssignableQueue> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            query.value(5).toString(), query.value(6).toLongLong(), query.value(7).toString()});
    return result;
}

std::optional<QList<WorkloadLoss>> WorkloadStore::lossesIfRemoved(
    const QString &integrationId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT w.id, w.name, count(*) FROM workload_queues wq"
        " JOIN workloads w ON w.id = wq.workload_id JOIN queues q ON q.id = wq.queue_id"
        " WHERE q.integration_id = ? GROUP BY w.id, w.name, w.name_key ORDER BY w.name_key"));
    query.addBindValue(integrationId);
    if (!execRead(query))
        return std::nullopt;
    QList<WorkloadLoss> result;
    while (query.next())
        result.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    return result;
}

QString WorkloadStore::nameProblem(const QString &name, qint64 exceptId) const
{
    if (const QString problem = IntegrationName::problem(name); !problem.isEmpty())
        return problem;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM workloads WHERE name_key = ? AND id <> ?"));
    query.addBindValue(IntegrationName::key(name));
    query.addBindValue(exceptId);
    if (query.exec() && query.next())
        return tr("A workload named \"%1\" already exists. Choose another name.")
            .arg(query.value(0).toString());
    return {};
}

WorkloadStore::Result WorkloadStore::checkName(const QString &name, qint64 exceptId) const
{
    if (const QString problem = IntegrationName::problem(name); !problem.isEmpty())
        return Result::failed(Result::Kind::InvalidName, problem);
    if (const QString problem = nameProblem(name, exceptId); !problem.isEmpty())
        return Result::failed(Result::Kind::DuplicateName, problem);
    return {};
}

WorkloadStore::Result WorkloadStore::create(const QString &name)
{
    if (Result result = checkName(name, 0); !result.ok())
        return result;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO workloads (name, name_key, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(storedName(name));
    query.addBindValue(IntegrationName::key(name));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        // Another connection may have taken the name between the check and the insert.
        if (const QString taken = nameProblem(name); !taken.isEmpty())
            return Result::failed(Result::Kind::DuplicateName, taken);
        return databaseError(tr("The workload could not be saved: %1"), query);
    }
    Result result;
    result.workloadId = query.lastInsertId().toLongLong();
    return result;
}

WorkloadStore::Result WorkloadStore::rename(qint64 id, const QString &name)
{
    if (Result result = checkName(name, id); !result.ok())
        return result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE workloads SET name = ?, name_key = ? WHERE id = ?"));
    query.addBindValue(storedName(name));
    query.addBindValue(IntegrationName::key(name));
    query.addBindValue(id);
    if (!query.exec()) {
        if (const QString taken = nameProblem(name, id); !taken.isEmpty())
            return Result::failed(Result::Kind::DuplicateName, taken);
        return databaseError(tr("The workload could not be renamed: %1"), query);
    }
    if (query.numRowsAffected() == 0)
        return Result::failed(Result::Kind::NotFound, tr("The workload no longer exists."));
    Result result;
    result.workloadId = id;
    return result;
}

WorkloadStore::Result WorkloadStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    // The assignments go by ON DELETE CASCADE.
    query.prepare(QStringLiteral("DELETE FROM workloads WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(tr("The workload could not be deleted: %1"), query);
    if (query.numRowsAffected() == 0)
        return Result::failed(Result::Kind::NotFound, tr("The workload no longer exists."));
    Result result;
    result.workloadId = id;
    return result;
}

WorkloadStore::Result WorkloadStore::assign(qint64 workloadId, const QList<qint64> &queueIds)
{
    const QString what = tr("The queues could not be assigned: %1");
    return transaction(what, [&]() -> Result {
        // A write first: it takes the write lock at once (SQLite: waiting for it, where a
        // read first could not be upgraded after another connection's commit) and locks the
        // workload against a concurrent delete (PostgreSQL); it also says whether it exists.
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE workloads SET name = name WHERE id = ?"));
        query.addBindValue(workloadId);
        if (!query.exec())
            return databaseError(what, query);
        if (query.numRowsAffected() == 0)
            return Result::failed(Result::Kind::NotFound, tr("The workload no longer exists."));

        QSqlQuery current(m_db);
        current.prepare(
            QStringLiteral("SELECT q.id, wq.workload_id, w.name FROM queues q"
                           " LEFT JOIN workload_queues wq ON wq.queue_id = q.id"
                           " LEFT JOIN workloads w ON w.id = wq.workload_id WHERE q.id = ?"));
        QSqlQuery upsert(m_db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO workload_queues (queue_id, workload_id) VALUES (?, ?)"
            " ON CONFLICT (queue_id) DO UPDATE SET workload_id = excluded.workload_id"));
        Result result;
        result.workloadId = workloadId;
        for (const qint64 queueId : queueIds) {
            current.addBindValue(queueId);
            if (!current.exec())
                return databaseError(what, current);
            if (!current.next())
                continue; // deleted with its integration meanwhile
            const qint64 from = current.value(1).toLongLong();
            const QString fromName = current.value(2).toString();
            current.finish();
            if (from == workloadId)
                continue;
            upsert.addBindValue(queueId);
            upsert.addBindValue(workloadId);
            if (!upsert.exec())
                return databaseError(what, upsert);
            ++result.changed;
            if (from != 0)
                result.moved.append({queueId, from, fromName});
        }
        return result;
    });
}

WorkloadStore::Result WorkloadStore::unassign(const QList<qint64> &queueIds)
{
    const QString what = tr("The queues could not be removed from their workload: %1");
    return transaction(what, [&]() -> Result {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM workload_queues WHERE queue_id = ?"));
        Result result;
        for (const qint64 queueId : queueIds) {
            query.addBindValue(queueId);
            if (!query.exec())
                return databaseError(what, query);
            result.changed += query.numRowsAffected();
        }
        return result;
    });
}
