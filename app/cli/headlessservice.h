#pragma once

#include "cli/exitcode.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <set>

struct CommandLine;
struct ImportOutcome;
struct ImportProgress;
class CredentialStore;
class Database;
class DatabaseLock;
class IntegrationService;
class QTimer;
class SignalWatcher;

// --headless: the scheduled imports without a window, for a server (a systemd user service).
// Holds the database's lock, checks at start that the keychain can be used (no one is
// there to unlock it later), logs one line per event to standard error, and on SIGTERM or
// SIGINT cancels the running imports, waits for their current transaction and exits 0.
class HeadlessService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessService)
public:
    explicit HeadlessService(const CommandLine &options, QObject *parent = nullptr);
    ~HeadlessService() override;

    // Runs the event loop until stopped; returns the exit code.
    int run();

private:
    ExitCode prepare();
    void onKeychainProbed(bool usable, const QString &message);
    void startImports();
    void onProgress(const QString &id, const ImportProgress &progress);
    void onRunEnded(const QString &id, const ImportOutcome &outcome);
    void onImportFinished(const QString &id);
    void stop(int signalNumber);
    void stopped();
    QString nameOf(const QString &id) const;

    const CommandLine &m_options;
    std::unique_ptr<DatabaseLock> m_lock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<IntegrationService> m_service;
    SignalWatcher *m_signals = nullptr;
    QTimer *m_testSchedule = nullptr;
    bool m_stopping = false;
    std::set<QString> m_stillRunning; // after stop(), until their runs have ended
    QSet<QString> m_started; // runs whose start was logged
};
