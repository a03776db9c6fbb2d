#pragma once

#include "api/connectorregistry.h"
#include "import/importprogress.h"
#include "import/importrun.h"
#include "integrations/integration.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class CredentialStore;
struct CredentialResult;

// Runs imports: reads an integration's secrets from the keychain (asynchronously), then runs
// the import on a worker thread of its own with its own database connection. At most
// maximumRuns() run at once; the others wait their turn in the order they came.
class RunSupervisor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSupervisor)
public:
    RunSupervisor(const QString &databasePath, ConnectorRegistry registry,
        CredentialStore *credentials, QObject *parent = nullptr);
    ~RunSupervisor() override; // cancels and joins every worker

    void setTestEndpoint(std::optional<TestEndpoint> endpoint);
    void setMaximumRuns(int runs) { m_maximumRuns = std::max(1, runs); }
    int maximumRuns() const { return m_maximumRuns; }
    int activeRuns() const;

    // request carries everything but the secrets, which are read here.
    void start(const Integration &integration, ImportRequest request);
    // Ends a waiting, reading or running import with Status::Cancelled (asynchronously).
    void cancel(const QString &id);
    bool isRunning(const QString &id) const; // waiting, reading the keychain or running

signals:
    void progressChanged(const QString &id, const ImportProgress &progress);
    void finished(const QString &id, const ImportOutcome &outcome);

private:
    struct Run;
    void startNext();
    void readSecrets(Run &run);
    void confirmMissing(const QString &id, const CredentialResult &notFound);
    void endWithoutSecrets(const QString &id, const CredentialResult &result);
    void launch(Run &run);
    void end(const QString &id, const ImportOutcome &outcome);

    QString m_databasePath;
    ConnectorRegistry m_registry;
    CredentialStore *m_credentials;
    std::optional<TestEndpoint> m_testEndpoint;
    int m_maximumRuns = 2;
    std::map<QString, std::unique_ptr<Run>> m_runs;
    std::deque<QString> m_waiting;
    std::vector<QPointer<QThread>> m_ending; // quit, maybe not yet joined
};
