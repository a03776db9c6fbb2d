#pragma once

#include "storage/integrationstore.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

class Database;

// Writes to the integrations, off the GUI thread: one thread with its own connection runs the
// jobs in the order given, and each job's result comes back on the thread that asked. So the
// window never waits on SQLite's lock, whatever an import is writing at the moment.
class StorageWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageWorker)
public:
    using Job = std::function<IntegrationStore::Result(IntegrationStore &store)>;
    using Done = std::function<void(const IntegrationStore::Result &result)>;

    // databasePath must already be migrated (Database::open).
    explicit StorageWorker(const QString &databasePath, QObject *parent = nullptr);
    // Runs the jobs already given, then joins the thread; their done callbacks are dropped.
    ~StorageWorker() override;

    void run(Job job, Done done = {});

private:
    struct Connection;
    QThread m_thread;
    QObject *m_inThread; // lives in m_thread; jobs are queued to it
    std::shared_ptr<Connection> m_connection; // used in m_thread only
};
