#pragma once

#include "api/connector.h"
#include "api/connectorregistry.h"
#include "import/importprogress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class AgentStateWriter;
class Database;
class ImportWriter;

// What one import of one integration is to do. Secrets are in settings, in memory only.
struct ImportRequest
{
    QString integrationId;
    QString connectorId;
    ConnectionSettings settings;
    qint64 nowUtc = 0; // the import covers intervals that ended by this time
    int backfillDays = 90; // how far back an import without a checkpoint reaches
    bool firstImport = false;
    // The range is fetched and checkpointed in steps of this many seconds; 0: as long as
    // the connector prefers (Connector::fetchChunkSeconds()).
    qint64 chunkSeconds = 0;
};

struct ImportOutcome
{
    enum class Status { Succeeded, Failed, Cancelled };
    // Where a failure came from: the ACD (classified by its connector), this machine's
    // database (transient), or the keychain (the admin unlocks it or enters the password).
    enum class Source { Connector, Database, Keychain };
    Status status = Status::Succeeded;
    ConnectorResult failure; // what went wrong; a database failure comes as ProtocolError
    bool databaseFailure = false;
    // The database is damaged (SQLITE_CORRUPT, SQLITE_NOTADB): the admin restores it from a
    // backup; retrying cannot help.
    bool databaseDamaged = false;
    Source source = Source::Connector;
    bool keychainEntryMissing = false; // with Source::Keychain
    qint64 rowsWritten = 0; // as the database keeps them: rolled-back rows are not counted
    TimeRange range;
};

Q_DECLARE_METATYPE(ImportOutcome)

// One import run, start to finish, on the thread it lives in: its own database connection
// and its own connector. Phases: connect, discover queues, interval statistics (in chunks,
// each chunk's last rows committed with its checkpoint), and for a connector with agent
// status data: its users and activities, then, once the admin has mapped a user, the agent
// states of every user (in chunks with their own checkpoint). The engine moves it to a
// worker thread; the crash-test helper and the benchmark run it directly.
class ImportRun : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRun)
public:
    ImportRun(const QString &databasePath, const ConnectorRegistry &registry, ImportRequest request,
        QObject *parent = nullptr);
    ~ImportRun() override;

    // The range an import starting now would cover, given its checkpoint.
    static TimeRange rangeFor(const ImportRequest &request, std::optional<qint64> checkpoint);

public slots:
    void start();
    // Safe from any thread; the run finishes with Status::Cancelled.
    void cancel();

signals:
    void progressChanged(const ImportProgress &progress);
    void finished(const ImportOutcome &outcome);

private:
    void connectToAcd();
    void discoverQueues();
    void fetchNextChunk();
    void importAgentStates();
    void discoverUsers();
    void discoverActivities();
    void startAgentStates();
    void fetchNextStateChunk();
    void succeed();
    void fail(
        const ConnectorResult &failure, bool databaseFailure = false, bool databaseDamaged = false);
    // A failure of this machine's database, classified by what the database said.
    template<typename WriteResult> void failWriting(const WriteResult &result);
    qint64 savedRows() const;
    void enterPhase(ImportProgress::Phase phase, qint64 total, qint64 done = 0);
    void reportProgress(bool force = false);
    ConnectorJob *track(ConnectorJob *job);

    QString m_databasePath;
    ConnectorRegistry m_registry;
    ImportRequest m_request;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Connector> m_connector;
    std::unique_ptr<ImportWriter> m_writer;
    std::unique_ptr<AgentStateWriter> m_agentWriter;
    QPointer<ConnectorJob> m_job;
    std::atomic<bool> m_cancelRequested = false;
    bool m_done = false;

    TimeRange m_range;
    qint64 m_progressFrom = 0; // where the progress counts from: a first import's horizon
    qint64 m_chunkFrom = 0;
    qint64 m_chunkTo = 0;
    TimeRange m_stateRange;
    ImportProgress m_progress;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceReport;
};
