#pragma once

#include "api/connector.h"
#include "api/connectorregistry.h"
#include "import/importprogress.h"
#include "import/retrypolicy.h"
#include "integrations/integration.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class CredentialStore;
class Database;
class IntegrationStore;
struct ImportOutcome;

// Runs every integration's imports: the first import (a backfill), then an incremental one
// every 15 minutes while the program runs. Each run gets its own worker thread and database
// connection; this object lives on the GUI thread and only reads secrets (asynchronously),
// keeps the integration's state in the store and relays progress.
class ImportEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportEngine)
public:
    using Clock = std::function<qint64()>; // UTC seconds since the epoch

    static constexpr int DefaultBackfillDays = 90;
    static constexpr auto BackfillDaysKey = "backfillDays";

    // databasePath must already be migrated (Database::open) by the program.
    ImportEngine(const QString &databasePath, ConnectorRegistry registry,
        CredentialStore *credentials, QObject *parent = nullptr);
    ~ImportEngine() override; // stops workers cleanly (cancel + join)

    void setTestEndpoint(std::optional<TestEndpoint> endpoint); // passed into ConnectionSettings
    void setRetryPolicy(RetryPolicy policy);
    // Where "now" comes from for the range of an import; for tests.
    void setClock(Clock clock);

    void startScheduler(); // incremental imports every 15 min for active integrations
    // When the incremental import after one at afterUtc is due: the next 15-minute boundary
    // plus a minute for the ACD to publish the interval that just closed.
    static qint64 nextScheduledImport(qint64 afterUtc);
    // First import if never imported, else incremental. Ignored while paused or running;
    // clears a stop caused by a failure only the user could fix (they may have fixed it).
    void importNow(const QString &integrationId);
    void pause(const QString &integrationId);
    void resume(const QString &integrationId);
    // Stops a running import (asynchronously: wait for importFinished before deleting the
    // integration) and any planned retry.
    void cancel(const QString &integrationId);
    bool isRunning(const QString &integrationId) const;
    ImportProgress progress(const QString &integrationId) const;

signals:
    void progressChanged(const QString &integrationId, const ImportProgress &progress);
    void integrationChanged(const QString &integrationId); // state/times changed: views reload
    void firstImportCompleted(const QString &integrationId);
    // Every run's end, whatever the outcome (cancelled included).
    void importFinished(const QString &integrationId, bool succeeded);
    // A failed run will be tried again after delayMs; reason is translated.
    void retryScheduled(const QString &integrationId, qint64 delayMs, const QString &reason);

private:
    struct Entry;
    Entry &entry(const QString &integrationId);
    void begin(const QString &integrationId);
    void launch(const Integration &integration, const SecretMap &secrets);
    void onProgress(const QString &integrationId, const ImportProgress &progress);
    void onFinished(const QString &integrationId, const ImportOutcome &outcome);
    void finishCancelled(const QString &integrationId);
    void handleFailure(
        const QString &integrationId, const ConnectorResult &failure, bool retryable);
    void setState(
        const QString &integrationId, Integration::State state, const QString &lastError = {});
    void scheduleAt(const QString &integrationId, qint64 dueUtc);
    void publish(const QString &integrationId, bool force = false);

    QString m_databasePath;
    ConnectorRegistry m_registry;
    CredentialStore *m_credentials;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IntegrationStore> m_store;
    std::optional<TestEndpoint> m_testEndpoint;
    RetryPolicy m_retryPolicy;
    Clock m_clock;
    bool m_schedulerStarted = false;
    std::map<QString, std::unique_ptr<Entry>> m_entries;
};
