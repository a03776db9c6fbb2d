#pragma once

#include "mapping/workload.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QSqlQuery;

// Workloads and the queues assigned to them, on the connection it is given (one per thread).
// Names are unique by IntegrationName::key (trimmed, NFC, case-folded); a queue's row in
// workload_queues holds its one workload, so assigning it elsewhere moves it.
class WorkloadStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadStore)
public:
    struct Result
    {
        enum class Kind { Ok, InvalidName, DuplicateName, NotFound, DatabaseError };
        Kind kind = Kind::Ok;
        QString message;
        qint64 workloadId = 0; // the workload created, renamed, removed or assigned to
        int changed = 0; // queues assigned or unassigned
        QList<QueueMove> moved; // queues an assignment took from another workload
        bool ok() const { return kind == Kind::Ok; }
        static Result failed(Kind kind, const QString &message)
        {
            Result result;
            result.kind = kind;
            result.message = message;
            return result;
        }
    };

    explicit WorkloadStore(const QSqlDatabase &db);

    // In name order, each with its number of queues. nullopt when the read fails.
    std::optional<QList<Workload>> list() const;
    // Every queue of every integration, by integration and name, with its workload.
    std::optional<QList<AssignableQueue>> queues() const;
    // The workloads that would lose queues if the integration were deleted, and how many.
    std::optional<QList<WorkloadLoss>> lossesIfRemoved(const QString &integrationId) const;

    Result create(const QString &name);
    Result rename(qint64 id, const QString &name);
    // The workload goes with its assignments; the queues stay.
    Result remove(qint64 id);
    // In one transaction. A queue in another workload moves (listed in Result::moved); a
    // queue that no longer exists is skipped.
    Result assign(qint64 workloadId, const QList<qint64> &queueIds);
    Result unassign(const QList<qint64> &queueIds);

    // Why the name cannot be used for workload exceptId (0 for a new one), or empty.
    QString nameProblem(const QString &name, qint64 exceptId = 0) const;

private:
    Result databaseError(const QString &what, const QSqlQuery &query) const;
    Result transaction(const QString &what, const std::function<Result()> &work);
    Result checkName(const QString &name, qint64 exceptId) const;
    QSqlDatabase m_db;
};
