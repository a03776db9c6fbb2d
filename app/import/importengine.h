#pragma once

#include "api/connector.h"
#include "api/connectorregistry.h"
#include "import/importprogress.h"
#include "import/retrypolicy.h"
#include "integrations/integration.h"

#include <QObject>

#include <functional>
#include <map>
#include <optional>

class CredentialStore;
class ImportHost;
class ImportScheduler;
class ProgressPublisher;
class RunSupervisor;
struct ImportOutcome;
Q_MOC_INCLUDE("import/importrun.h")

// Every integration's imports: the first import (a backfill), then an incremental one every
// 15 minutes while the program runs, retries with backoff for transient failures, and none
// for a failure that needs the admin until the admin changes something. Composes the
// scheduler (when), the run supervisor (threads, keychain, a cap on parallel runs) and the
// progress publisher (what the window sees). Lives on the GUI thread; reads integrations
// from and reports outcomes to its host, the integration service.
class ImportEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportEngine)
public:
    using Clock = std::function<qint64()>; // UTC seconds since the epoch

    // Program settings kept with the connector's in Integration::settings: how often the
    // incremental import runs (15, 30 or 60 minutes) and how far back the first reaches.
    static constexpr int DefaultBackfillDays = 90;
    static constexpr auto BackfillDaysKey = "backfillDays";
    static constexpr int DefaultImportMinutes = 15;
    static constexpr auto ImportMinutesKey = "importMinutes";
    static int importMinutes(const Integration &integration); // 15, 30 or 60
    static int backfillDays(const Integration &integration);

    // databasePath must already be migrated (Database::open) by the program.
    ImportEngine(ImportHost *host, const QString &databasePath, ConnectorRegistry registry,
        CredentialStore *credentials, QObject *parent = nullptr);
    ~ImportEngine() override;

    void setTestEndpoint(std::optional<TestEndpoint> endpoint);
    void setRetryPolicy(RetryPolicy policy);
    void setClock(Clock clock); // where "now" comes from, for the range and the schedule
    qint64 now() const; // by that clock
    void setMaximumRuns(int runs);

    // Incremental imports every 15, 30 or 60 minutes (importMinutes()) for active integrations.
    void startScheduler();
    bool isSchedulerStarted() const { return m_schedulerStarted; }
    static qint64 nextScheduledImport(qint64 afterUtc, int stepMinutes = DefaultImportMinutes);

    // First import if never imported, else incremental. Ignored while paused, running, or
    // stopped by a failure that needs the admin (the service clears that first).
    void importNow(const QString &integrationId);
    // Stops a running import (asynchronously: importFinished follows) and any planned one.
    void cancel(const QString &integrationId);
    // Cancels, then drops everything kept for the integration once its run has ended.
    void forget(const QString &integrationId);
    bool isRunning(const QString &integrationId) const;
    bool isPlanned(const QString &integrationId) const;
    int activeRuns() const; // reading the keychain or importing; the others wait their turn
    ImportProgress progress(const QString &integrationId) const;

signals:
    void progressChanged(const QString &integrationId, const ImportProgress &progress);
    void firstImportCompleted(const QString &integrationId);
    // Every run's end, whatever the outcome (cancelled included).
    void importFinished(const QString &integrationId, bool succeeded);
    // The same end with what the run reported (rows written, the connector's classification
    // of a failure), just before importFinished: for --import-now's exit code and the
    // --headless log.
    void runEnded(const QString &integrationId, const ImportOutcome &outcome);
    // A failed run will be tried again after delayMs; reason is translated.
    void retryScheduled(const QString &integrationId, qint64 delayMs, const QString &reason);

private:
    void begin(const QString &integrationId);
    void onFinished(const QString &integrationId, const ImportOutcome &outcome);
    void onFailed(const QString &integrationId, const ImportOutcome &outcome, bool firstImport);

    ImportHost *m_host;
    ConnectorRegistry m_registry;
    ImportScheduler *m_scheduler;
    RunSupervisor *m_runs;
    ProgressPublisher *m_publisher;
    RetryPolicy m_retryPolicy;
    bool m_schedulerStarted = false;
    std::map<QString, int> m_failures; // consecutive failed runs, for the backoff
    std::map<QString, bool> m_firstImport; // of the run in progress
};
