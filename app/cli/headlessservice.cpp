#include "cli/headlessservice.h"

#include "cli/signalwatcher.h"
#include "commandline.h"
#include "credentials/credentialstore.h"
#include "import/importengine.h"
#include "import/importrun.h"
#include "integrations/integrationservice.h"
#include "storage/database.h"
#include "storage/databaselock.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

#include <climits>
#include <csignal>

Q_LOGGING_CATEGORY(lcHeadless, "acd.headless")

HeadlessService::HeadlessService(const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

HeadlessService::~HeadlessService() = default;

int HeadlessService::run()
{
    if (const ExitCode failed = prepare(); failed != ExitCode::Ok)
        return exitCode(failed);
    return QCoreApplication::exec();
}

ExitCode HeadlessService::prepare()
{
    m_lock = std::make_unique<DatabaseLock>(m_options.databasePath);
    if (const DatabaseLock::Result locked = m_lock->tryLock(); !locked.ok()) {
        qCCritical(lcHeadless, "%s", qPrintable(locked.message));
        return locked.kind == DatabaseLock::Result::Kind::InUse ? ExitCode::DatabaseInUse
                                                                : ExitCode::Failure;
    }
    m_database = std::make_unique<Database>(m_options.databasePath);
    if (const Database::Result opened = m_database->open(); !opened.ok()) {
        qCCritical(lcHeadless, "%s", qPrintable(opened.message));
        return ExitCode::Failure;
    }
    // SIGTERM while the keychain is being checked stops at once: nothing runs yet.
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::stopRequested, this, &HeadlessService::stop);

    m_credentials = std::make_unique<CredentialStore>(m_options.keychainService);
    CredentialOperation *probe = m_credentials->probe();
    connect(probe, &CredentialOperation::finished, this,
        [this](const CredentialResult &result) { onKeychainProbed(result.ok(), result.message); });
    return ExitCode::Ok;
}

void HeadlessService::onKeychainProbed(bool usable, const QString &message)
{
    if (m_stopping)
        return;
    if (!usable) {
        qCCritical(lcHeadless, "%s",
            qPrintable(tr("The keychain cannot be used, so no import can read its password: "
                          "%1 Without a window nobody can unlock it later: see \"Running on a "
                          "server\" in the README.")
                           .arg(message)));
        QCoreApplication::exit(exitCode(ExitCode::NoKeychain));
        return;
    }
    startImports();
}

void HeadlessService::startImports()
{
    m_service = std::make_unique<IntegrationService>(
        m_options.databasePath, ConnectorRegistry::builtIn(), m_credentials.get());
    m_service->setTestEndpoint(m_options.testEndpoint);
    ImportEngine *engine = m_service->engine();
    connect(engine, &ImportEngine::progressChanged, this, &HeadlessService::onProgress);
    connect(engine, &ImportEngine::runEnded, this, &HeadlessService::onRunEnded);
    connect(engine, &ImportEngine::importFinished, this, &HeadlessService::onImportFinished);
    connect(engine, &ImportEngine::retryScheduled, this,
        [this](const QString &id, qint64 delayMs, const QString &reason) {
            qCInfo(lcHeadless, "%s",
                qPrintable(tr("%1: trying again in %n seconds: %2", nullptr,
                    int(std::min<qint64>((delayMs + 999) / 1000, INT_MAX)))
                               .arg(nameOf(id), reason)));
        });
    connect(m_service.get(), &IntegrationService::storageFailed, this,
        [](const QString &message) { qCCritical(lcHeadless, "%s", qPrintable(message)); });

    const QList<Integration> integrations = m_service->integrations();
    //: %1 the version, %2 a process id, %3 the database file.
    qCInfo(lcHeadless, "%s",
        qPrintable(tr("ACD Connect %1 running without a window (process %2), database %3, %n "
                      "integrations.",
            nullptr, int(integrations.size()))
                       .arg(QCoreApplication::applicationVersion())
                       .arg(QCoreApplication::applicationPid())
                       .arg(QDir::toNativeSeparators(m_options.databasePath))));
    for (const Integration &integration : integrations) {
        if (integration.paused)
            qCInfo(lcHeadless, "%s",
                qPrintable(tr("%1: paused, not imported.").arg(integration.name)));
        else if (integration.needsAdmin())
            qCWarning(lcHeadless, "%s",
                qPrintable(tr("%1: not imported until the admin fixes it in the window: %2")
                               .arg(integration.name, integration.lastError)));
    }
    engine->startScheduler();

    if (m_options.scheduleSeconds > 0) {
        // Tests only (--schedule-seconds): the real slots are quarter hours apart.
        m_testSchedule = new QTimer(this);
        connect(m_testSchedule, &QTimer::timeout, this, [this] {
            for (const Integration &integration : m_service->integrations())
                if (!integration.paused && !integration.needsAdmin())
                    m_service->engine()->importNow(integration.id);
        });
        m_testSchedule->start(m_options.scheduleSeconds * 1000);
    }
}

QString HeadlessService::nameOf(const QString &id) const
{
    const std::optional<Integration> integration = m_service ? m_service->find(id) : std::nullopt;
    return integration ? integration->name : id;
}

void HeadlessService::onProgress(const QString &id, const ImportProgress &progress)
{
    if (progress.phase != ImportProgress::Phase::Connecting || m_started.contains(id))
        return;
    m_started.insert(id);
    qCInfo(lcHeadless, "%s",
        qPrintable(progress.firstImport ? tr("%1: first import started.").arg(nameOf(id))
                                        : tr("%1: import started.").arg(nameOf(id))));
}

void HeadlessService::onRunEnded(const QString &id, const ImportOutcome &outcome)
{
    m_started.remove(id);
    const int rows = int(std::min<qint64>(outcome.rowsWritten, INT_MAX));
    switch (outcome.status) {
    case ImportOutcome::Status::Succeeded:
        qCInfo(lcHeadless, "%s",
            qPrintable(tr("%1: import succeeded, %n rows.", nullptr, rows).arg(nameOf(id))));
        break;
    case ImportOutcome::Status::Cancelled:
        qCInfo(lcHeadless, "%s",
            qPrintable(tr("%1: import cancelled, %n rows saved.", nullptr, rows).arg(nameOf(id))));
        break;
    case ImportOutcome::Status::Failed:
        qCWarning(lcHeadless, "%s",
            qPrintable(tr("%1: import failed after %n rows: %2", nullptr, rows)
                           .arg(nameOf(id), outcome.failure.message)));
        break;
    }
}

void HeadlessService::onImportFinished(const QString &id)
{
    if (!m_stopping)
        return;
    m_stillRunning.erase(id);
    if (m_stillRunning.empty())
        stopped();
}

void HeadlessService::stop(int signalNumber)
{
    if (m_stopping)
        return;
    m_stopping = true;
    const QString signalName
        = signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM");
    if (m_testSchedule)
        m_testSchedule->stop();
    if (!m_service) {
        qCInfo(lcHeadless, "%s", qPrintable(tr("Stopped (%1).").arg(signalName)));
        QCoreApplication::exit(exitCode(ExitCode::Ok));
        return;
    }
    ImportEngine *engine = m_service->engine();
    for (const Integration &integration : m_service->integrations()) {
        if (engine->isRunning(integration.id))
            m_stillRunning.insert(integration.id);
        engine->cancel(integration.id); // the running import and any planned one
    }
    if (m_stillRunning.empty()) {
        qCInfo(lcHeadless, "%s", qPrintable(tr("Stopping (%1).").arg(signalName)));
        stopped();
        return;
    }
    qCInfo(lcHeadless, "%s",
        qPrintable(tr("Stopping (%1): waiting for %n running imports to finish their current "
                      "transaction.",
            nullptr, int(m_stillRunning.size()))
                       .arg(signalName)));
}

void HeadlessService::stopped()
{
    // The outcomes are written by the storage worker: leave only once they are saved.
    m_service->whenWritten([] {
        qCInfo(lcHeadless, "%s", qPrintable(tr("Stopped.")));
        QCoreApplication::exit(exitCode(ExitCode::Ok));
    });
}
