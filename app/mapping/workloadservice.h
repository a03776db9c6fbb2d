#pragma once

#include "mapping/workload.h"
#include "storage/workloadstore.h"

#include <QObject>

#include <functional>

class StorageWorker;

// Workloads for the window: every read and write goes through the storage worker, so the
// GUI thread never runs SQL; results come back on the GUI thread, and are dropped when the
// context object asking for them is gone. Owned by IntegrationService.
class WorkloadService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadService)
public:
    using Result = WorkloadStore::Result;

    // What a read returns: the items, or why they could not be read.
    template<typename T> struct Fetched
    {
        QList<T> items;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    explicit WorkloadService(StorageWorker *storage, QObject *parent = nullptr);

    void fetchWorkloads(QObject *context, std::function<void(const Fetched<Workload> &)> done);
    void fetchQueues(QObject *context, std::function<void(const Fetched<AssignableQueue> &)> done);
    // The workloads that lose queues if the integration is deleted (to say so before).
    void fetchLossesIfRemoved(const QString &integrationId, QObject *context,
        std::function<void(const Fetched<WorkloadLoss> &)> done);

    // Each write emits workloadsChanged() when it succeeds, then calls done (unless a
    // context was given and is gone).
    void create(const QString &name, QObject *context = nullptr,
        std::function<void(const Result &)> done = {});
    void rename(qint64 id, const QString &name, QObject *context = nullptr,
        std::function<void(const Result &)> done = {});
    void remove(
        qint64 id, QObject *context = nullptr, std::function<void(const Result &)> done = {});
    void assign(qint64 workloadId, const QList<qint64> &queueIds, QObject *context = nullptr,
        std::function<void(const Result &)> done = {});
    void unassign(const QList<qint64> &queueIds, QObject *context = nullptr,
        std::function<void(const Result &)> done = {});

signals:
    // A workload was created, renamed or deleted, or queues were assigned or unassigned.
    // (Queues that come and go with integrations: IntegrationService's signals.)
    void workloadsChanged();

private:
    template<typename T>
    void fetch(QObject *context,
        std::function<std::optional<QList<T>>(const WorkloadStore &store)> read,
        std::function<void(const Fetched<T> &)> done);
    void write(QObject *context, std::function<Result(WorkloadStore &store)> work,
        std::function<void(const Result &)> done);

    StorageWorker *m_storage;
};
