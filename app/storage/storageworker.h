#pragma once

#include "storage/integrationstore.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
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

    // Any other work on the worker's connection, reads included, in order with the writes
    // (so a read sees every write asked for before it). The result comes back on this
    // object's thread (context's too) and is dropped when context is gone; when the database
    // cannot be opened, work is not called and done gets T{}. Short statements only: the
    // window's writes wait behind them.
    template<typename T>
    void query(QObject *context, std::function<T(const QSqlDatabase &db)> work,
        std::function<void(T)> done)
    {
        runOnConnection([this, context = QPointer<QObject>(context), work = std::move(work),
                            done = std::move(done)](const QSqlDatabase *db) {
            auto result = std::make_shared<T>(db ? work(*db) : T {});
            // Back through this object (alive until its thread is joined); context is
            // looked at in its own thread, where it can be deleted.
            QMetaObject::invokeMethod(
                this,
                [context, done, result] {
                    if (context && done)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

private:
    // Runs work in the worker's thread with its connection (nullptr when it cannot be opened),
    // holding the write gate (storage/writegate.h).
    void runOnConnection(std::function<void(const QSqlDatabase *db)> work);

    struct Connection;
    QThread m_thread;
    QObject *m_inThread; // lives in m_thread; jobs are queued to it
    std::shared_ptr<Connection> m_connection; // used in m_thread only
};
