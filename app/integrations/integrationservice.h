#pragma once

#include "api/connectorregistry.h"
#include "credentials/credentialstore.h"
#include "import/importhost.h"
#include "import/importprogress.h"
#include "integrations/integration.h"
#include "integrations/serviceoperation.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class ConnectorJob;
class ImportEngine;
class MappingService;
class StorageWorker;
class WorkloadService;

// The only way anything changes an integration: create, update settings, change credentials,
// pause, resume, import now, remove. Keeps every integration in memory for the window (which
// reads here and never runs SQL), writes through the storage worker (so the GUI thread never
// waits on the database), keeps the secrets in the keychain by generation, and owns the
// import engine, whose outcomes it records without ever touching the admin's choice.
class IntegrationService : public QObject, public ImportHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationService)
public:
    // databasePath must be migrated (Database::open). Loads the integrations, then removes
    // keychain entries left behind by a crash (asynchronously).
    IntegrationService(const QString &databasePath, ConnectorRegistry registry,
        CredentialStore *credentials, QObject *parent = nullptr);
    ~IntegrationService() override;

    ImportEngine *engine() const { return m_engine; }
    // The window's connection, off the GUI thread: the data views and the mapping and
    // workload services read and write through it, in order with the integrations' writes.
    StorageWorker *storage() const { return m_storage; }
    // Workloads and their queues (through storage()).
    WorkloadService *workloads() const { return m_workloads; }
    // The mapping of the ACDs' users and activities to agents and activities.
    MappingService *mapping() const { return m_mapping; }
    const ConnectorRegistry &registry() const { return m_registry; }
    CredentialStore *credentials() const { return m_credentials; }
    void setTestEndpoint(std::optional<TestEndpoint> endpoint);
    std::optional<TestEndpoint> testEndpoint() const { return m_testEndpoint; }

    QList<Integration> integrations() const { return m_integrations; }
    std::optional<Integration> find(const QString &id) const;
    // Why the name cannot be used for integration exceptId (empty for a new one), or empty.
    QString nameProblem(const QString &name, const QString &exceptId = {}) const;
    // base, or "base 2", "base 3"… when taken.
    QString uniqueName(const QString &base) const;
    ConnectorInfo typeInfo(const QString &type) const;
    FieldDescriptors fieldsOf(const QString &type) const;
    // See the Connector methods of the same names.
    QString suggestedName(const QString &type, const QVariantMap &values = {}) const;
    QVariantMap derivedDefaults(const QString &type, const QVariantMap &values) const;
    QString detailsNote(const QString &type, const QVariantMap &values) const;
    // The integrations of this type that import the same ACD account as these values would
    // (Connector::accountKey), but exceptId: a second one would import its queues twice.
    QList<Integration> sameAccount(
        const QString &type, const QVariantMap &values, const QString &exceptId = {}) const;

    // Verifies with the ACD, keeps the secrets in the keychain, stores the integration and
    // starts its first import. Nothing is kept when a step fails or it is cancelled.
    ServiceOperation *create(Integration integration, const SecretMap &secrets);
    // Verifies the new credentials, writes them under a new keychain generation, switches the
    // integration to it and only then removes the old one: a failure leaves the old working.
    // Clears an error that needed the admin and starts an import.
    ServiceOperation *changeCredentials(
        const QString &id, const QVariantMap &values, const SecretMap &secrets);

    // What a settings change would do, so the window can ask before it is made.
    struct SettingsChange
    {
        QStringList connectionFields; // labels; checked with the ACD before saving
        QStringList dataFields; // labels; the data imported so far is replaced
        bool renamed = false;
        bool isEmpty() const
        {
            return connectionFields.isEmpty() && dataFields.isEmpty() && !renamed;
        }
    };
    SettingsChange classify(
        const QString &id, const QString &name, const QVariantMap &values) const;
    // Saves name and settings. Connection fields are verified with the ACD first (with the
    // secrets from the keychain); data fields reset the imported data and checkpoints and
    // start a new first import (the caller has asked the admin).
    ServiceOperation *updateSettings(
        const QString &id, const QString &name, const QVariantMap &values);

    // How often the incremental import runs (15, 30 or 60 minutes) and how far back a first
    // import reaches (1 to the connector's maximum, in days). Takes effect at the next run:
    // the one already planned keeps its time. A backfill change does not refetch data
    // already imported; it applies to the next first import (after a reset).
    void setImportSchedule(const QString &id, int minutes, int backfillDays);
    int maximumBackfillDays(const QString &type) const;

    void pause(const QString &id);
    void resume(const QString &id);
    // An import now, also after an error that needed the admin (they may have fixed it).
    void importNow(const QString &id);
    // Stops the import, deletes the rows in one transaction, then the keychain entries.
    ServiceOperation *remove(const QString &id);

    // Runs the given job after every write queued so far (tests and benchmarks).
    void whenWritten(std::function<void()> done);

    // ImportHost
    std::optional<Integration> integrationForImport(const QString &id) const override;
    QList<Integration> integrationsForImport() const override;
    void importStarted(const QString &id) override;
    void importEnded(const QString &id, const RunEnd &end) override;

signals:
    void integrationsChanged(); // added, removed or renamed: the list is different
    void integrationChanged(const QString &id); // state, times or settings
    void progressChanged(const QString &id, const ImportProgress &progress);
    void firstImportCompleted(const QString &id);
    void storageFailed(const QString &message); // a write could not be saved

private:
    Integration *cached(const QString &id);
    void persistState(const QString &id);
    void verify(ServiceOperation *op, const QString &type, const QVariantMap &values,
        const SecretMap &secrets, std::function<void()> next);
    void writeSecrets(ServiceOperation *op, const CredentialRef &ref, const SecretMap &secrets,
        std::function<void()> next);
    void save(
        ServiceOperation *op, const Integration &integration, const QList<KeychainEntry> &claimed);
    void afterRunEnds(const QString &id, std::function<void()> next);
    void clearAdminBlock(Integration &integration);
    void cleanKeychainGarbage();
    static ServiceOperation *failSoon(ServiceOperation *op, const QString &message);
    static void failed(ServiceOperation *op, ServiceOperation::Result::Kind kind,
        const QString &message, ConnectorResult::Kind verifyKind = ConnectorResult::Kind::Ok);

    QString m_databasePath;
    ConnectorRegistry m_registry;
    CredentialStore *m_credentials;
    std::optional<TestEndpoint> m_testEndpoint;
    QList<Integration> m_integrations;
    StorageWorker *m_storage;
    ImportEngine *m_engine;
    WorkloadService *m_workloads;
    MappingService *m_mapping;
};
