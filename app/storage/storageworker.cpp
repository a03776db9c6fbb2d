#include "storage/storageworker.h"

#include "storage/database.h"
#include "storage/writegate.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStorage, "acd.storage")

struct StorageWorker::Connection
{
    QString path;
    std::unique_ptr<Database> database;
    std::unique_ptr<IntegrationStore> store;
    QString error;

    IntegrationStore *open()
    {
        if (store)
            return store.get();
        database = std::make_unique<Database>(path);
        if (const Database::Result opened = database->openWithoutMigrating(); !opened.ok()) {
            error = opened.message;
            qCWarning(lcStorage, "%s", qPrintable(opened.message));
            database.reset();
            return nullptr;
        }
        // Checkpoints are the import's to run (a flush to disk in the middle of a window's
        // write); at the latest SQLite runs one when the last connection closes.
        database->setCheckpointPages(0);
        database->setPromptLockWait();
        store = std::make_unique<IntegrationStore>(database->connection());
        return store.get();
    }

    void close()
    {
        store.reset();
        database.reset();
    }
};

StorageWorker::StorageWorker(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_inThread(new QObject)
    , m_connection(std::make_shared<Connection>())
{
    m_connection->path = databasePath;
    m_thread.setObjectName(QStringLiteral("storage"));
    m_inThread->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inThread, &QObject::deleteLater);
    m_thread.start();
}

StorageWorker::~StorageWorker()
{
    // Blocking: quit() ends the thread's event loop without delivering what is still queued,
    // so a queued close() could be dropped and the connection closed later from this thread
    // ("requested database does not belong to the calling thread"). The jobs queued before
    // it run first.
    QMetaObject::invokeMethod(
        m_inThread, [connection = m_connection] { connection->close(); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StorageWorker::run(Job job, Done done)
{
    QMetaObject::invokeMethod(
        m_inThread,
        [this, connection = m_connection, job = std::move(job), done = std::move(done)] {
            IntegrationStore::Result result;
            if (IntegrationStore *store = connection->open()) {
                // An import writing in this process commits and lets this job through.
                const WriteGate::Foreground foreground;
                result = job(*store);
            } else
                result = {IntegrationStore::Result::Kind::DatabaseError, connection->error};
            if (!result.ok())
                qCWarning(lcStorage, "%s", qPrintable(result.message));
            if (done)
                // Queued to this object's thread; dropped if it is destroyed first.
                QMetaObject::invokeMethod(
                    this, [done, result] { done(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StorageWorker::runOnConnection(std::function<void(const QSqlDatabase *db)> work)
{
    QMetaObject::invokeMethod(
        m_inThread,
        [connection = m_connection, work = std::move(work)] {
            if (!connection->open())
                return work(nullptr);
            const WriteGate::Foreground foreground;
            const QSqlDatabase db = connection->database->connection();
            work(&db);
        },
        Qt::QueuedConnection);
}
