#include "mapping/workloadservice.h"

#include "storage/storageworker.h"

#include <QPointer>

#include <optional>

WorkloadService::WorkloadService(StorageWorker *storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{
}

template<typename T>
void WorkloadService::fetch(QObject *context,
    std::function<std::optional<QList<T>>(const WorkloadStore &store)> read,
    std::function<void(const Fetched<T> &)> done)
{
    // std::nullopt also comes back when the worker cannot open the database at all.
    m_storage->query<std::optional<QList<T>>>(
        context,
        [read = std::move(read)](const QSqlDatabase &db) { return read(WorkloadStore(db)); },
        [done = std::move(done)](std::optional<QList<T>> items) {
            Fetched<T> fetched;
            if (items)
                fetched.items = std::move(*items);
            else
                fetched.error = tr("The workloads could not be read from the database.");
            if (done)
                done(fetched);
        });
}

void WorkloadService::fetchWorkloads(
    QObject *context, std::function<void(const Fetched<Workload> &)> done)
{
    fetch<Workload>(
        context, [](const WorkloadStore &store) { return store.list(); }, std::move(done));
}

void WorkloadService::fetchQueues(
    QObject *context, std::function<void(const Fetched<AssignableQueue> &)> done)
{
    fetch<AssignableQueue>(
        context, [](const WorkloadStore &store) { return store.queues(); }, std::move(done));
}

void WorkloadService::fetchLossesIfRemoved(const QString &integrationId, QObject *context,
    std::function<void(const Fetched<WorkloadLoss> &)> done)
{
    fetch<WorkloadLoss>(
        context,
        [integrationId](
            const WorkloadStore &store) { return store.lossesIfRemoved(integrationId); },
        std::move(done));
}

void WorkloadService::write(QObject *context, std::function<Result(WorkloadStore &store)> work,
    std::function<void(const Result &)> done)
{
    // The service is the query's context: workloadsChanged() is emitted even when the
    // asking widget is gone.
    m_storage->query<std::optional<Result>>(
        this,
        [work = std::move(work)](const QSqlDatabase &db) {
            WorkloadStore store(db);
            return std::optional<Result>(work(store));
        },
        [this, context = QPointer<QObject>(context), hasContext = context != nullptr,
            done = std::move(done)](std::optional<Result> result) {
            if (!result)
                result = Result::failed(Result::Kind::DatabaseError,
                    tr("The workloads could not be saved: the database could not be opened."));
            if (result->ok())
                emit workloadsChanged();
            if (done && (!hasContext || context))
                done(*result);
        });
}

void WorkloadService::create(
    const QString &name, QObject *context, std::function<void(const Result &)> done)
{
    write(
        context, [name](WorkloadStore &store) { return store.create(name); }, std::move(done));
}

void WorkloadService::rename(
    qint64 id, const QString &name, QObject *context, std::function<void(const Result &)> done)
{
    write(
        context, [id, name](WorkloadStore &store) { return store.rename(id, name); },
        std::move(done));
}

void WorkloadService::remove(qint64 id, QObject *context, std::function<void(const Result &)> done)
{
    write(
        context, [id](WorkloadStore &store) { return store.remove(id); }, std::move(done));
}

void WorkloadService::assign(qint64 workloadId, const QList<qint64> &queueIds, QObject *context,
    std::function<void(const Result &)> done)
{
    write(
        context,
        [workloadId, queueIds](WorkloadStore &store) { return store.assign(workloadId, queueIds); },
        std::move(done));
}

void WorkloadService::unassign(
    const QList<qint64> &queueIds, QObject *context, std::function<void(const Result &)> done)
{
    write(
        context, [queueIds](WorkloadStore &store) { return store.unassign(queueIds); },
        std::move(done));
}
