#pragma once

#include "cli/exitcode.h"

#include <QObject>

#include <memory>

struct CommandLine;
struct ImportOutcome;
class CredentialStore;
class Database;
class DatabaseLock;
class IntegrationService;
class SignalWatcher;
class TerminalProgress;

// --import-now NAME: one import of one integration through the integration service and its
// import engine (the window's own path, without the window), with progress on standard
// output and an exit code that says how it ended (ExitCode). SIGINT or SIGTERM cancel it;
// the transaction being written finishes first.
class ImportNowCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportNowCommand)
public:
    explicit ImportNowCommand(const CommandLine &options, QObject *parent = nullptr);
    ~ImportNowCommand() override;

    // Runs the event loop until the import has ended and its outcome is saved.
    int run();

    static ExitCode exitCodeFor(const ImportOutcome &outcome);

private:
    ExitCode start();
    void onRunEnded(const QString &id, const ImportOutcome &outcome);
    void onImportFinished(const QString &id);

    const CommandLine &m_options;
    std::unique_ptr<DatabaseLock> m_lock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<IntegrationService> m_service;
    std::unique_ptr<TerminalProgress> m_progress;
    SignalWatcher *m_signals = nullptr;
    QString m_id, m_name;
    ExitCode m_exit = ExitCode::Failure;
    bool m_ended = false;
};
