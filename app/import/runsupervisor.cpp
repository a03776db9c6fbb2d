#include "import/runsupervisor.h"

#include "credentials/credentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRuns, "acd.import.runs")

struct RunSupervisor::Run
{
    enum class Stage { Waiting, ReadingSecrets, Running };
    Integration integration;
    ImportRequest request;
    Stage stage = Stage::Waiting;
    bool cancelRequested = false;
    QPointer<QThread> thread;
    QPointer<ImportRun> run;
};

RunSupervisor::RunSupervisor(const QString &databasePath, ConnectorRegistry registry,
    CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_registry(std::move(registry))
    , m_credentials(credentials)
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportOutcome>();
}

RunSupervisor::~RunSupervisor()
{
    for (auto &[id, run] : m_runs) {
        if (run->run)
            run->run->cancel();
        if (run->thread) {
            run->thread->quit();
            run->thread->wait();
            delete run->thread.data();
        }
    }
    for (const QPointer<QThread> &thread : m_ending) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
}

void RunSupervisor::setTestEndpoint(std::optional<TestEndpoint> endpoint)
{
    m_testEndpoint = std::move(endpoint);
}

int RunSupervisor::activeRuns() const
{
    int active = 0;
    for (const auto &[id, run] : m_runs)
        active += run->stage != Run::Stage::Waiting;
    return active;
}

bool RunSupervisor::isRunning(const QString &id) const
{
    return m_runs.count(id) > 0;
}

void RunSupervisor::start(const Integration &integration, ImportRequest request)
{
    if (isRunning(integration.id))
        return;
    auto run = std::make_unique<Run>();
    run->integration = integration;
    run->request = std::move(request);
    m_runs.emplace(integration.id, std::move(run));
    m_waiting.push_back(integration.id);
    startNext();
}

void RunSupervisor::startNext()
{
    while (!m_waiting.empty() && activeRuns() < m_maximumRuns) {
        const QString id = m_waiting.front();
        m_waiting.pop_front();
        const auto it = m_runs.find(id);
        if (it == m_runs.end())
            continue;
        readSecrets(*it->second);
    }
}

void RunSupervisor::readSecrets(Run &run)
{
    run.stage = Run::Stage::ReadingSecrets;
    const QString id = run.integration.id;
    const std::unique_ptr<Connector> connector = m_registry.create(run.integration.type);
    const QStringList keys = connector ? connector->secretKeys() : QStringList();
    if (keys.isEmpty() || !m_credentials) {
        QTimer::singleShot(0, this, [this, id] {
            if (auto it = m_runs.find(id); it != m_runs.end())
                launch(*it->second);
        });
        return;
    }
    CredentialOperation *read = m_credentials->read(m_credentials->refOf(run.integration), keys);
    connect(read, &CredentialOperation::finished, this,
        [this, read, id](const CredentialResult &result) {
            const auto it = m_runs.find(id);
            if (it == m_runs.end())
                return;
            if (result.kind == CredentialResult::Kind::NotFound)
                return confirmMissing(id, result);
            if (!result.ok())
                return endWithoutSecrets(id, result);
            it->second->request.settings.secrets = read->secrets();
            launch(*it->second);
        });
}

void RunSupervisor::confirmMissing(const QString &id, const CredentialResult &notFound)
{
    // A locked Secret Service answers a read with "no such entry" too (issue 11, defect 3):
    // only a keychain that takes a write can be believed when it says the entry is missing.
    CredentialOperation *probe = m_credentials->probe();
    connect(probe, &CredentialOperation::finished, this,
        [this, id, notFound](const CredentialResult &probed) {
            endWithoutSecrets(id, probed.ok() ? notFound : probed);
        });
}

void RunSupervisor::endWithoutSecrets(const QString &id, const CredentialResult &result)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end())
        return;
    ImportOutcome outcome;
    outcome.status = it->second->cancelRequested ? ImportOutcome::Status::Cancelled
                                                 : ImportOutcome::Status::Failed;
    outcome.source = ImportOutcome::Source::Keychain;
    outcome.keychainEntryMissing = result.kind == CredentialResult::Kind::NotFound;
    outcome.failure
        = ConnectorResult::failure(ConnectorResult::Kind::InvalidSettings, result.message);
    end(id, outcome);
}

void RunSupervisor::launch(Run &run)
{
    const QString id = run.integration.id;
    if (run.cancelRequested) {
        ImportOutcome outcome;
        outcome.status = ImportOutcome::Status::Cancelled;
        return end(id, outcome);
    }
    run.stage = Run::Stage::Running;
    run.request.settings.testEndpoint = m_testEndpoint;
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("import-%1").arg(id.left(8)));
    auto *importRun = new ImportRun(m_databasePath, m_registry, run.request);
    run.request.settings.secrets.clear(); // the run has its copy; keep none here
    importRun->moveToThread(thread);
    connect(thread, &QThread::started, importRun, &ImportRun::start);
    connect(importRun, &ImportRun::progressChanged, this,
        [this, id](const ImportProgress &progress) { emit progressChanged(id, progress); });
    connect(importRun, &ImportRun::finished, this,
        [this, id](const ImportOutcome &outcome) { end(id, outcome); });
    connect(thread, &QThread::finished, importRun, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    run.thread = thread;
    run.run = importRun;
    thread->start();
}

void RunSupervisor::cancel(const QString &id)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end())
        return;
    Run &run = *it->second;
    run.cancelRequested = true;
    switch (run.stage) {
    case Run::Stage::Waiting:
        QTimer::singleShot(0, this, [this, id] {
            if (auto it = m_runs.find(id);
                it != m_runs.end() && it->second->stage == Run::Stage::Waiting) {
                ImportOutcome outcome;
                outcome.status = ImportOutcome::Status::Cancelled;
                end(id, outcome);
            }
        });
        return;
    case Run::Stage::ReadingSecrets:
        return; // ends when the keychain answers
    case Run::Stage::Running:
        if (run.run)
            run.run->cancel();
        return;
    }
}

void RunSupervisor::end(const QString &id, const ImportOutcome &outcome)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end())
        return;
    if (QThread *thread = it->second->thread) {
        thread->quit(); // the thread deletes the run, then itself
        std::erase_if(m_ending, [](const QPointer<QThread> &ended) { return ended.isNull(); });
        m_ending.emplace_back(thread);
    }
    m_runs.erase(it);
    std::erase(m_waiting, id);
    if (outcome.status == ImportOutcome::Status::Failed)
        qCWarning(
            lcRuns, "import of %s failed: %s", qPrintable(id), qPrintable(outcome.failure.message));
    emit finished(id, outcome);
    startNext();
}
