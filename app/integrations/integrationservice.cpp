#include "integrations/integrationservice.h"

#include "api/connector.h"
#include "import/importengine.h"
#include "integrations/integrationname.h"
#include "mapping/mappingservice.h"
#include "mapping/workloadservice.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "storage/storageworker.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcIntegrations, "acd.integrations")

using Kind = ServiceOperation::Result::Kind;

IntegrationService::IntegrationService(const QString &databasePath, ConnectorRegistry registry,
    CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_registry(registry)
    , m_credentials(credentials)
    , m_storage(new StorageWorker(databasePath, this))
    , m_engine(new ImportEngine(this, databasePath, std::move(registry), credentials, this))
    , m_workloads(new WorkloadService(m_storage, this))
    , m_mapping(new MappingService(*this, this))
{
    qRegisterMetaType<ServiceOperation::Result>();
    {
        // Once, at start and before any window: a read, which never waits on a writer (WAL).
        Database database(databasePath);
        if (const Database::Result opened = database.openWithoutMigrating(); opened.ok())
            m_integrations = IntegrationStore(database.connection()).list();
        else
            qCWarning(lcIntegrations, "%s", qPrintable(opened.message));
    }
    connect(m_engine, &ImportEngine::progressChanged, this, &IntegrationService::progressChanged);
    connect(m_engine, &ImportEngine::firstImportCompleted, this,
        &IntegrationService::firstImportCompleted);
    cleanKeychainGarbage();
}

IntegrationService::~IntegrationService()
{
    delete m_engine; // its runs end before the storage they report to
    m_engine = nullptr;
}

void IntegrationService::setTestEndpoint(std::optional<TestEndpoint> endpoint)
{
    m_testEndpoint = endpoint;
    m_engine->setTestEndpoint(std::move(endpoint));
}

Integration *IntegrationService::cached(const QString &id)
{
    for (Integration &integration : m_integrations)
        if (integration.id == id)
            return &integration;
    return nullptr;
}

std::optional<Integration> IntegrationService::find(const QString &id) const
{
    for (const Integration &integration : m_integrations)
        if (integration.id == id)
            return integration;
    return std::nullopt;
}

QString IntegrationService::nameProblem(const QString &name, const QString &exceptId) const
{
    if (const QString problem = IntegrationName::problem(name); !problem.isEmpty())
        return problem;
    const QString key = IntegrationName::key(name);
    for (const Integration &integration : m_integrations)
        if (integration.id != exceptId && IntegrationName::key(integration.name) == key)
            return tr("An integration named \"%1\" already exists. Choose another name.")
                .arg(integration.name);
    return {};
}

QString IntegrationService::uniqueName(const QString &base) const
{
    QString candidate = base;
    for (int n = 2; !nameProblem(candidate).isEmpty() && n < 100; ++n)
        candidate = QStringLiteral("%1 %2").arg(base).arg(n);
    return candidate;
}

ConnectorInfo IntegrationService::typeInfo(const QString &type) const
{
    const std::unique_ptr<Connector> connector = m_registry.create(type);
    return connector ? connector->info() : ConnectorInfo {type, type, {}, {}, {}};
}

FieldDescriptors IntegrationService::fieldsOf(const QString &type) const
{
    const std::unique_ptr<Connector> connector = m_registry.create(type);
    return connector ? connector->fields() : FieldDescriptors {};
}

QString IntegrationService::suggestedName(const QString &type, const QVariantMap &values) const
{
    const std::unique_ptr<Connector> connector = m_registry.create(type);
    return connector ? connector->suggestedName(values) : type;
}

QVariantMap IntegrationService::derivedDefaults(
    const QString &type, const QVariantMap &values) const
{
    const std::unique_ptr<Connector> connector = m_registry.create(type);
    return connector ? connector->derivedDefaults(values) : QVariantMap {};
}

QString IntegrationService::detailsNote(const QString &type, const QVariantMap &values) const
{
    const std::unique_ptr<Connector> connector = m_registry.create(type);
    return connector ? connector->detailsNote(values) : QString();
}

QList<Integration> IntegrationService::sameAccount(
    const QString &type, const QVariantMap &values, const QString &exceptId) const
{
    const std::unique_ptr<Connector> connector = m_registry.create(type);
    const QString key
        = connector ? connector->accountKey(connector->withDefaults(values)) : QString();
    if (key.isEmpty())
        return {};
    QList<Integration> result;
    for (const Integration &integration : m_integrations)
        if (integration.type == type && integration.id != exceptId
            && connector->accountKey(connector->withDefaults(integration.settings)) == key)
            result.append(integration);
    return result;
}

ServiceOperation *IntegrationService::failSoon(ServiceOperation *op, const QString &message)
{
    // After the caller has connected to it: a result emitted now would reach no one.
    QMetaObject::invokeMethod(
        op, [op, message] { failed(op, Kind::StoreFailed, message); }, Qt::QueuedConnection);
    return op;
}

void IntegrationService::failed(ServiceOperation *op, ServiceOperation::Result::Kind kind,
    const QString &message, ConnectorResult::Kind verifyKind)
{
    op->finish({kind, verifyKind, message});
}

void IntegrationService::verify(ServiceOperation *op, const QString &type,
    const QVariantMap &values, const SecretMap &secrets, std::function<void()> next)
{
    op->setStep(ServiceOperation::Step::Verifying);
    // Deleted through the event loop: a job may still be on its way out when the last
    // reference goes, and the connector must not die under it.
    std::shared_ptr<Connector> connector(
        m_registry.create(type).release(), [](Connector *c) { c->deleteLater(); });
    if (!connector)
        return failed(op, Kind::VerifyFailed,
            tr("This version of ACD Connect does not know the ACD type \"%1\".").arg(type),
            ConnectorResult::Kind::Unsupported);
    ConnectionSettings settings;
    settings.values = connector->withDefaults(values);
    settings.secrets = secrets;
    settings.testEndpoint = m_testEndpoint;
    const std::chrono::seconds deadline = connector->checkDeadline();
    const QString acd = connector->info().displayName;
    op->m_checkSeconds = int(deadline.count());
    op->setStep(ServiceOperation::Step::Verifying); // again, now with the deadline
    QPointer<ConnectorJob> job = connector->verifySetup(settings);
    connect(op, &ServiceOperation::cancelRequested, job, [op, job] {
        if (job)
            job->cancel();
        failed(op, Kind::Cancelled, tr("Cancelled."), ConnectorResult::Kind::Cancelled);
    });
    // However the ACD behaves (a server that answers slowly forever, polls that never end),
    // the check ends when the wizard said it would (issue 11).
    auto *timer = new QTimer(op);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, op, [op, job, acd, deadline] {
        if (!op->isRunning())
            return;
        failed(op, Kind::VerifyFailed,
            tr("No answer from %1 within %n second(s). %1 or the network may be down; try "
               "again later.",
                "", int(deadline.count()))
                .arg(acd),
            ConnectorResult::Kind::Unreachable);
        if (job)
            job->cancel();
    });
    timer->start(deadline);
    connect(job, &ConnectorJob::finished, op,
        [op, connector, timer, next = std::move(next)](const ConnectorResult &result) {
            if (op->isCancelled() || !op->isRunning())
                return;
            timer->stop(); // the keychain and the database steps have no such deadline
            if (!result.ok())
                return failed(op, Kind::VerifyFailed, result.message, result.kind);
            next();
        });
}

void IntegrationService::writeSecrets(ServiceOperation *op, const CredentialRef &ref,
    const SecretMap &secrets, std::function<void()> next)
{
    op->setStep(ServiceOperation::Step::SavingSecrets);
    if (secrets.isEmpty())
        return next();
    if (!m_credentials)
        return failed(op, Kind::KeychainFailed, tr("No keychain is available."));
    const QList<KeychainEntry> entries = CredentialStore::entries(ref, secrets.keys());
    // Recorded before they exist: if the program dies before the integration is switched to
    // them, the next start removes them.
    m_storage->run([entries](IntegrationStore &store) { return store.addGarbage(entries); },
        [this, op, ref, secrets, entries, next = std::move(next)](
            const IntegrationStore::Result &recorded) {
            if (!recorded.ok())
                return failed(op, Kind::StoreFailed, recorded.message);
            CredentialOperation *write = m_credentials->write(ref, secrets);
            connect(write, &CredentialOperation::finished, op,
                [this, op, entries, next](const CredentialResult &result) {
                    if (!result.ok())
                        return failed(op, Kind::KeychainFailed, result.message);
                    if (op->isCancelled()) {
                        // The write could not be interrupted; take it back.
                        m_credentials->remove(entries);
                        return failed(op, Kind::Cancelled, tr("Cancelled."),
                            ConnectorResult::Kind::Cancelled);
                    }
                    next();
                });
        });
}

ServiceOperation *IntegrationService::create(Integration integration, const SecretMap &secrets)
{
    auto *op = new ServiceOperation(this);
    integration.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op->m_integrationId = integration.id;
    if (const QString problem = nameProblem(integration.name); !problem.isEmpty()) {
        return failSoon(op, problem);
    }
    integration.paused = false;
    integration.outcome = Integration::Outcome::New;
    if (const std::unique_ptr<Connector> connector = m_registry.create(integration.type)) {
        // Every descriptor's value is stored, defaults included; other keys stay as given.
        const QVariantMap defaults = connector->withDefaults(integration.settings);
        for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
            integration.settings.insert(it.key(), it.value());
    }
    integration.credentialService
        = m_credentials ? m_credentials->serviceFor(integration.name.trimmed()) : QString();
    integration.credentialGeneration = 1;
    const CredentialRef ref {integration.credentialService, integration.id, 1};
    const QList<KeychainEntry> entries = CredentialStore::entries(ref, secrets.keys());
    verify(op, integration.type, integration.settings, secrets,
        [this, op, integration, ref, secrets, entries] {
            writeSecrets(op, ref, secrets, [this, op, integration, entries] {
                op->setStep(ServiceOperation::Step::SavingIntegration);
                auto saved = std::make_shared<Integration>(integration);
                m_storage->run(
                    [saved, entries](
                        IntegrationStore &store) { return store.create(*saved, entries); },
                    [this, op, saved, entries](const IntegrationStore::Result &result) {
                        if (!result.ok()) {
                            // Nothing half-kept: the entries just written go again.
                            if (m_credentials && !entries.isEmpty())
                                m_credentials->remove(entries);
                            return failed(op, Kind::StoreFailed, result.message);
                        }
                        m_integrations.append(*saved);
                        emit integrationsChanged();
                        op->finish({});
                        // Saving starts the first import at once (the documented flow).
                        m_engine->importNow(saved->id);
                    });
            });
        });
    return op;
}

void IntegrationService::clearAdminBlock(Integration &integration)
{
    if (integration.outcome == Integration::Outcome::Error) {
        integration.outcome = integration.lastImportAt.isValid() ? Integration::Outcome::Connected
                                                                 : Integration::Outcome::New;
        integration.fix = Integration::Fix::None;
        integration.lastError.clear();
    }
}

ServiceOperation *IntegrationService::changeCredentials(
    const QString &id, const QVariantMap &values, const SecretMap &secrets)
{
    auto *op = new ServiceOperation(this);
    op->m_integrationId = id;
    const std::optional<Integration> current = find(id);
    if (!current) {
        return failSoon(op, tr("The integration no longer exists."));
    }
    Integration updated = *current;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        updated.settings.insert(it.key(), it.value());
    const CredentialRef oldRef = m_credentials ? m_credentials->refOf(*current) : CredentialRef {};
    const CredentialRef newRef {
        m_credentials ? m_credentials->serviceFor(current->name) : QString(), id,
        current->credentialGeneration + 1};
    const QStringList keys = secrets.keys();
    verify(op, updated.type, updated.settings, secrets, [=, this] {
        writeSecrets(op, newRef, secrets, [=, this] {
            op->setStep(ServiceOperation::Step::SavingIntegration);
            const QList<KeychainEntry> claimed = CredentialStore::entries(newRef, keys);
            const QList<KeychainEntry> released = CredentialStore::entries(oldRef, keys);
            auto saved = std::make_shared<Integration>(updated);
            m_storage->run(
                [saved, newRef, claimed, released](IntegrationStore &store) {
                    if (auto r = store.switchCredentials(
                            saved->id, newRef.service, newRef.generation, claimed, released);
                        !r.ok())
                        return r;
                    return store.updateSettings(*saved);
                },
                [this, op, saved, newRef, claimed, released](
                    const IntegrationStore::Result &result) {
                    if (!result.ok()) {
                        m_credentials->remove(claimed); // the old generation stays in use
                        return failed(op, Kind::StoreFailed, result.message);
                    }
                    if (Integration *integration = cached(saved->id)) {
                        integration->settings = saved->settings;
                        integration->credentialService = newRef.service;
                        integration->credentialGeneration = newRef.generation;
                        clearAdminBlock(*integration);
                        persistState(saved->id);
                    }
                    emit integrationChanged(saved->id);
                    op->finish({});
                    // The old generation goes last; if that fails, the next start retries.
                    CredentialOperation *drop = m_credentials->remove(released);
                    connect(drop, &CredentialOperation::finished, this,
                        [this, released](const CredentialResult &dropped) {
                            if (dropped.ok())
                                m_storage->run([released](IntegrationStore &store) {
                                    return store.removeGarbage(released);
                                });
                        });
                    if (const std::optional<Integration> now = find(saved->id); now && !now->paused)
                        m_engine->importNow(saved->id);
                });
        });
    });
    return op;
}

IntegrationService::SettingsChange IntegrationService::classify(
    const QString &id, const QString &name, const QVariantMap &values) const
{
    SettingsChange change;
    const std::optional<Integration> current = find(id);
    if (!current)
        return change;
    change.renamed = IntegrationName::key(name) != IntegrationName::key(current->name)
        || name.trimmed() != current->name;
    const std::unique_ptr<Connector> connector = m_registry.create(current->type);
    if (!connector)
        return change;
    const QVariantMap before = connector->withDefaults(current->settings);
    for (const FieldDescriptor &field : connector->fields()) {
        if (field.isSecret() || !values.contains(field.key))
            continue;
        if (values.value(field.key) == before.value(field.key, field.defaultValue))
            continue;
        (field.affectsConnection() ? change.connectionFields : change.dataFields)
            << field.plainLabel();
    }
    return change;
}

ServiceOperation *IntegrationService::updateSettings(
    const QString &id, const QString &name, const QVariantMap &values)
{
    auto *op = new ServiceOperation(this);
    op->m_integrationId = id;
    const std::optional<Integration> current = find(id);
    const QString problem
        = current ? nameProblem(name, id) : tr("The integration no longer exists.");
    if (!problem.isEmpty()) {
        return failSoon(op, problem);
    }
    const SettingsChange change = classify(id, name, values);
    Integration updated = *current;
    updated.name = name;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        updated.settings.insert(it.key(), it.value());
    const bool resetData = !change.dataFields.isEmpty();

    const auto store = [this, op, updated, resetData] {
        op->setStep(ServiceOperation::Step::SavingIntegration);
        auto saved = std::make_shared<Integration>(updated);
        m_storage->run(
            [saved, resetData](IntegrationStore &store) {
                if (auto r = store.updateSettings(*saved); !r.ok())
                    return r;
                return resetData ? store.resetImportedData(saved->id) : IntegrationStore::Result {};
            },
            [this, op, saved, resetData](const IntegrationStore::Result &result) {
                if (!result.ok())
                    return failed(op, Kind::StoreFailed, result.message);
                if (Integration *integration = cached(saved->id)) {
                    const bool renamed = integration->name != saved->name;
                    integration->name = saved->name;
                    integration->settings = saved->settings;
                    clearAdminBlock(*integration);
                    if (resetData) {
                        integration->lastImportAt = {};
                        integration->nextImportAt = {};
                        integration->outcome = Integration::Outcome::New;
                    }
                    persistState(saved->id);
                    if (renamed)
                        emit integrationsChanged();
                }
                emit integrationChanged(saved->id);
                op->finish({});
                if (const std::optional<Integration> now = find(saved->id); now && !now->paused)
                    m_engine->importNow(saved->id);
            });
    };
    const auto verified = [this, op, updated, change, store] {
        if (change.connectionFields.isEmpty())
            return store();
        // A connection field changed: sign in with the new values and the stored secrets.
        op->setStep(ServiceOperation::Step::ReadingSecrets);
        const std::unique_ptr<Connector> connector = m_registry.create(updated.type);
        const QStringList keys = connector ? connector->secretKeys() : QStringList();
        if (keys.isEmpty() || !m_credentials)
            return verify(op, updated.type, updated.settings, {}, store);
        CredentialOperation *read = m_credentials->read(m_credentials->refOf(updated), keys);
        connect(read, &CredentialOperation::finished, op,
            [this, op, read, updated, store](const CredentialResult &result) {
                if (!result.ok())
                    return failed(op, Kind::KeychainFailed, result.message);
                verify(op, updated.type, updated.settings, read->secrets(), store);
            });
    };
    if (resetData && m_engine->isRunning(id)) {
        // The running import must stop writing before its data is reset.
        op->setStep(ServiceOperation::Step::Waiting);
        afterRunEnds(id, verified);
        m_engine->cancel(id);
    } else {
        if (resetData)
            m_engine->cancel(id);
        verified();
    }
    return op;
}

void IntegrationService::afterRunEnds(const QString &id, std::function<void()> next)
{
    if (!m_engine->isRunning(id))
        return next();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_engine, &ImportEngine::importFinished, this,
        [this, id, connection, next = std::move(next)](const QString &finishedId) {
            if (finishedId != id || m_engine->isRunning(id))
                return;
            disconnect(*connection);
            next();
        });
}

void IntegrationService::persistState(const QString &id)
{
    const Integration *integration = cached(id);
    if (!integration)
        return;
    const bool paused = integration->paused;
    const IntegrationStore::Outcome outcome {integration->outcome, integration->fix,
        integration->lastError, integration->lastImportAt, integration->nextImportAt};
    m_storage->run(
        [id, paused, outcome](IntegrationStore &store) {
            if (auto r = store.setPaused(id, paused); !r.ok())
                return r;
            return store.recordOutcome(id, outcome);
        },
        [this](const IntegrationStore::Result &result) {
            if (!result.ok() && result.kind != IntegrationStore::Result::Kind::NotFound)
                emit storageFailed(result.message);
        });
}

void IntegrationService::setImportSchedule(const QString &id, int minutes, int backfillDays)
{
    Integration *integration = cached(id);
    if (!integration)
        return;
    if (minutes != 15 && minutes != 30 && minutes != 60)
        minutes = ImportEngine::DefaultImportMinutes;
    backfillDays = std::clamp(backfillDays, 1, maximumBackfillDays(integration->type));
    if (ImportEngine::importMinutes(*integration) == minutes
        && ImportEngine::backfillDays(*integration) == backfillDays)
        return;
    integration->settings.insert(QLatin1String(ImportEngine::ImportMinutesKey), minutes);
    integration->settings.insert(QLatin1String(ImportEngine::BackfillDaysKey), backfillDays);
    m_storage->run([saved = *integration](
                       IntegrationStore &store) mutable { return store.updateSettings(saved); },
        [this](const IntegrationStore::Result &result) {
            if (!result.ok() && result.kind != IntegrationStore::Result::Kind::NotFound)
                emit storageFailed(result.message);
        });
    emit integrationChanged(id);
}

int IntegrationService::maximumBackfillDays(const QString &type) const
{
    const std::unique_ptr<Connector> connector = m_registry.create(type);
    return connector ? connector->maximumBackfillDays() : ImportEngine::DefaultBackfillDays;
}

void IntegrationService::pause(const QString &id)
{
    Integration *integration = cached(id);
    if (!integration || integration->paused)
        return;
    integration->paused = true;
    integration->nextImportAt = {};
    persistState(id);
    m_engine->cancel(id);
    emit integrationChanged(id);
}

void IntegrationService::resume(const QString &id)
{
    Integration *integration = cached(id);
    if (!integration || !integration->paused)
        return;
    integration->paused = false;
    persistState(id);
    emit integrationChanged(id);
    m_engine->importNow(id);
}

void IntegrationService::importNow(const QString &id)
{
    Integration *integration = cached(id);
    if (!integration || integration->paused)
        return;
    if (integration->needsAdmin()) {
        // The admin asks again: they may have fixed it outside (unlocked the keychain, given
        // the user the role). The error stays shown until a run succeeds.
        integration->fix = Integration::Fix::None;
        persistState(id);
    }
    m_engine->importNow(id);
}

ServiceOperation *IntegrationService::remove(const QString &id)
{
    auto *op = new ServiceOperation(this);
    op->m_integrationId = id;
    const std::optional<Integration> integration = find(id);
    if (!integration) {
        return failSoon(op, tr("The integration no longer exists."));
    }
    const std::unique_ptr<Connector> connector = m_registry.create(integration->type);
    const QStringList keys = connector ? connector->secretKeys() : QStringList();
    const QList<KeychainEntry> entries = m_credentials
        ? CredentialStore::entries(m_credentials->refOf(*integration), keys)
        : QList<KeychainEntry>();
    op->setStep(ServiceOperation::Step::Waiting);
    // A running import must have stopped writing before its rows go.
    afterRunEnds(id, [this, op, id, entries] {
        op->setStep(ServiceOperation::Step::SavingIntegration);
        // Rows first, in one checked transaction that also records the keychain entries as
        // garbage; the entries after. A failure on the way keeps a working integration, and
        // an entry left over by a crash is removed at the next start.
        m_storage->run([id, entries](IntegrationStore &store) { return store.remove(id, entries); },
            [this, op, id, entries](const IntegrationStore::Result &result) {
                if (!result.ok() && result.kind != IntegrationStore::Result::Kind::NotFound)
                    return failed(op, Kind::StoreFailed,
                        tr("The integration could not be deleted, so it was kept with its "
                           "password. %1")
                            .arg(result.message));
                m_integrations.removeIf([&id](const Integration &i) { return i.id == id; });
                m_engine->forget(id);
                emit integrationsChanged();
                op->finish({});
                if (!m_credentials || entries.isEmpty())
                    return;
                CredentialOperation *drop = m_credentials->remove(entries);
                connect(drop, &CredentialOperation::finished, this,
                    [this, entries](const CredentialResult &dropped) {
                        if (dropped.ok())
                            m_storage->run([entries](IntegrationStore &store) {
                                return store.removeGarbage(entries);
                            });
                        else
                            qCWarning(lcIntegrations,
                                "keychain entries of a deleted integration stay until the "
                                "next start: %s",
                                qPrintable(dropped.message));
                    });
            });
    });
    m_engine->cancel(id);
    return op;
}

void IntegrationService::cleanKeychainGarbage()
{
    if (!m_credentials)
        return;
    auto garbage = std::make_shared<QList<KeychainEntry>>();
    m_storage->run(
        [garbage](IntegrationStore &store) {
            *garbage = store.garbage();
            return IntegrationStore::Result {};
        },
        [this, garbage](const IntegrationStore::Result &) {
            if (garbage->isEmpty())
                return;
            qCInfo(lcIntegrations, "removing %lld keychain entries left behind",
                qlonglong(garbage->size()));
            CredentialOperation *drop = m_credentials->remove(*garbage);
            connect(drop, &CredentialOperation::finished, this,
                [this, garbage](const CredentialResult &dropped) {
                    if (dropped.ok())
                        m_storage->run([garbage](IntegrationStore &store) {
                            return store.removeGarbage(*garbage);
                        });
                });
        });
}

void IntegrationService::whenWritten(std::function<void()> done)
{
    m_storage->run([](IntegrationStore &) { return IntegrationStore::Result {}; },
        [done = std::move(done)](const IntegrationStore::Result &) { done(); });
}

std::optional<Integration> IntegrationService::integrationForImport(const QString &id) const
{
    return find(id);
}

QList<Integration> IntegrationService::integrationsForImport() const
{
    return m_integrations;
}

void IntegrationService::importStarted(const QString &id)
{
    Integration *integration = cached(id);
    if (!integration)
        return;
    integration->outcome = Integration::Outcome::Importing;
    integration->nextImportAt = {};
    persistState(id);
    emit integrationChanged(id);
}

void IntegrationService::importEnded(const QString &id, const RunEnd &end)
{
    Integration *integration = cached(id);
    if (!integration)
        return;
    // The import's outcome only: `paused` is the admin's and stays as it is.
    integration->outcome = end.outcome;
    integration->fix = end.fix;
    integration->lastError = end.error;
    if (end.lastImportAt.isValid())
        integration->lastImportAt = end.lastImportAt;
    integration->nextImportAt = end.nextImportAt;
    persistState(id);
    emit integrationChanged(id);
}
