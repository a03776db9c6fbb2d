#include "cli/importnowcommand.h"

#include "cli/signalwatcher.h"
#include "cli/terminalprogress.h"
#include "commandline.h"
#include "credentials/credentialstore.h"
#include "import/importengine.h"
#include "import/importrun.h"
#include "integrations/integrationname.h"
#include "integrations/integrationservice.h"
#include "storage/database.h"
#include "storage/databaselock.h"

#include <QCoreApplication>

#include <climits>
#include <cstdio>

namespace {

void printError(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

} // namespace

ImportNowCommand::ImportNowCommand(const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

ImportNowCommand::~ImportNowCommand() = default;

ExitCode ImportNowCommand::exitCodeFor(const ImportOutcome &outcome)
{
    switch (outcome.status) {
    case ImportOutcome::Status::Succeeded:
        return ExitCode::Ok;
    case ImportOutcome::Status::Cancelled:
        return ExitCode::Interrupted;
    case ImportOutcome::Status::Failed:
        break;
    }
    if (outcome.source == ImportOutcome::Source::Keychain)
        return outcome.keychainEntryMissing ? ExitCode::NeedsAdmin : ExitCode::NoKeychain;
    if (outcome.databaseDamaged)
        return ExitCode::NeedsAdmin; // restore the database from a backup
    if (outcome.source == ImportOutcome::Source::Database || outcome.databaseFailure)
        return ExitCode::Unreachable; // busy or full: the engine retries it as transient too
    if (outcome.failure.kind == ConnectorResult::Kind::BadCredentials)
        return ExitCode::BadCredentials;
    return outcome.failure.isTransient() ? ExitCode::Unreachable : ExitCode::NeedsAdmin;
}

int ImportNowCommand::run()
{
    if (const ExitCode failed = start(); failed != ExitCode::Ok)
        return exitCode(failed);
    return QCoreApplication::exec();
}

ExitCode ImportNowCommand::start()
{
    m_lock = std::make_unique<DatabaseLock>(m_options.databasePath);
    if (const DatabaseLock::Result locked = m_lock->tryLock(); !locked.ok()) {
        printError(locked.message);
        return locked.kind == DatabaseLock::Result::Kind::InUse ? ExitCode::DatabaseInUse
                                                                : ExitCode::Failure;
    }
    m_database = std::make_unique<Database>(m_options.databasePath);
    if (const Database::Result opened = m_database->open(); !opened.ok()) {
        printError(opened.message);
        return ExitCode::Failure;
    }
    m_credentials = std::make_unique<CredentialStore>(m_options.keychainService);
    m_service = std::make_unique<IntegrationService>(
        m_options.databasePath, ConnectorRegistry::builtIn(), m_credentials.get());
    m_service->setTestEndpoint(m_options.testEndpoint);

    const QString wanted = IntegrationName::key(m_options.importName);
    for (const Integration &integration : m_service->integrations()) {
        if (IntegrationName::key(integration.name) == wanted
            || integration.id == m_options.importName) {
            m_id = integration.id;
            m_name = integration.name;
            if (integration.paused) {
                printError(tr("%1 is paused. Resume it in the window first.").arg(m_name));
                return ExitCode::NeedsAdmin;
            }
        }
    }
    if (m_id.isEmpty()) {
        printError(tr("No integration is named \"%1\". acdconnect --list shows them.")
                       .arg(m_options.importName));
        return ExitCode::NotFound;
    }

    ImportEngine *engine = m_service->engine();
    m_progress = std::make_unique<TerminalProgress>(stdout);
    connect(engine, &ImportEngine::progressChanged, this,
        [this](const QString &id, const ImportProgress &progress) {
            if (id == m_id && !m_ended)
                m_progress->update(progress);
        });
    connect(engine, &ImportEngine::runEnded, this, &ImportNowCommand::onRunEnded);
    connect(engine, &ImportEngine::importFinished, this, &ImportNowCommand::onImportFinished);
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::stopRequested, this, [this] {
        // The import ends with its current transaction; importFinished follows.
        m_service->engine()->cancel(m_id);
    });

    m_service->importNow(m_id);
    if (!engine->isRunning(m_id)) {
        printError(tr("%1 could not be imported now.").arg(m_name));
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

void ImportNowCommand::onRunEnded(const QString &id, const ImportOutcome &outcome)
{
    if (id != m_id)
        return;
    m_ended = true;
    m_progress->finish();
    m_exit = exitCodeFor(outcome);
    const int rows = int(std::min<qint64>(outcome.rowsWritten, INT_MAX));
    switch (m_exit) {
    case ExitCode::Ok:
        std::fputs((tr("Imported %n rows from %1.", nullptr, rows).arg(m_name) + QLatin1Char('\n'))
                       .toLocal8Bit()
                       .constData(),
            stdout);
        break;
    case ExitCode::Interrupted:
        printError(tr("Stopped: the import of %1 was cancelled; %n rows were saved.", nullptr, rows)
                       .arg(m_name));
        break;
    default:
        //: %1 the integration's name, %2 why its import failed.
        printError(tr("The import of %1 failed: %2").arg(m_name, outcome.failure.message));
        break;
    }
}

void ImportNowCommand::onImportFinished(const QString &id)
{
    if (id != m_id)
        return;
    // The outcome is saved by the storage worker: exit only once it is written.
    m_service->whenWritten([this] { QCoreApplication::exit(exitCode(m_exit)); });
}
