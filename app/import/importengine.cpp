#include "import/importengine.h"

#include "import/importhost.h"
#include "import/importrun.h"
#include "import/importscheduler.h"
#include "import/progresspublisher.h"
#include "import/runsupervisor.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcImport, "acd.import")

namespace {

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// What fixes a failure that retrying cannot.
Integration::Fix fixFor(const ImportOutcome &outcome)
{
    if (outcome.source == ImportOutcome::Source::Keychain)
        return outcome.keychainEntryMissing ? Integration::Fix::Credentials
                                            : Integration::Fix::Keychain;
    if (outcome.databaseDamaged)
        return Integration::Fix::Database;
    switch (outcome.failure.kind) {
    case ConnectorResult::Kind::BadCredentials:
    case ConnectorResult::Kind::MissingPermission:
        return Integration::Fix::Credentials;
    case ConnectorResult::Kind::Unsupported:
        return Integration::Fix::Update;
    default:
        return Integration::Fix::Settings;
    }
}

} // namespace

ImportEngine::ImportEngine(ImportHost *host, const QString &databasePath,
    ConnectorRegistry registry, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_registry(registry)
    , m_scheduler(new ImportScheduler(this))
    , m_runs(new RunSupervisor(databasePath, std::move(registry), credentials, this))
    , m_publisher(new ProgressPublisher(this))
{
    connect(m_scheduler, &ImportScheduler::due, this, &ImportEngine::begin);
    connect(m_runs, &RunSupervisor::progressChanged, m_publisher, &ProgressPublisher::update);
    connect(m_runs, &RunSupervisor::finished, this, &ImportEngine::onFinished);
    connect(m_publisher, &ProgressPublisher::progressChanged, this, &ImportEngine::progressChanged);
}

ImportEngine::~ImportEngine() = default;

void ImportEngine::setTestEndpoint(std::optional<TestEndpoint> endpoint)
{
    m_runs->setTestEndpoint(std::move(endpoint));
}

void ImportEngine::setRetryPolicy(RetryPolicy policy)
{
    m_retryPolicy = std::move(policy);
}

void ImportEngine::setClock(Clock clock)
{
    m_scheduler->setClock(std::move(clock));
}

void ImportEngine::setMaximumRuns(int runs)
{
    m_runs->setMaximumRuns(runs);
}

qint64 ImportEngine::now() const
{
    return m_scheduler->now();
}

qint64 ImportEngine::nextScheduledImport(qint64 afterUtc, int stepMinutes)
{
    return ImportScheduler::nextSlot(afterUtc, stepMinutes);
}

int ImportEngine::importMinutes(const Integration &integration)
{
    const int minutes = integration.settings.value(QLatin1String(ImportMinutesKey)).toInt();
    return minutes == 30 || minutes == 60 ? minutes : DefaultImportMinutes;
}

int ImportEngine::backfillDays(const Integration &integration)
{
    bool ok = false;
    const int days = integration.settings.value(QLatin1String(BackfillDaysKey)).toInt(&ok);
    return ok && days > 0 ? days : DefaultBackfillDays;
}

bool ImportEngine::isRunning(const QString &integrationId) const
{
    return m_runs->isRunning(integrationId);
}

int ImportEngine::activeRuns() const
{
    return m_runs->activeRuns();
}

bool ImportEngine::isPlanned(const QString &integrationId) const
{
    return m_scheduler->isPlanned(integrationId);
}

ImportProgress ImportEngine::progress(const QString &integrationId) const
{
    return m_publisher->progress(integrationId);
}

void ImportEngine::startScheduler()
{
    m_schedulerStarted = true;
    const qint64 now = m_scheduler->now();
    for (const Integration &integration : m_host->integrationsForImport()) {
        if (integration.paused || integration.needsAdmin())
            continue;
        // A first import that was interrupted resumes at once from its checkpoint; the others
        // catch up when their slot has passed while the program was not running.
        const int step = importMinutes(integration);
        const qint64 due = integration.lastImportAt.isValid()
            ? nextScheduledImport(integration.lastImportAt.toSecsSinceEpoch(), step)
            : now;
        if (due <= now)
            begin(integration.id);
        else
            m_scheduler->planAt(integration.id, due, step);
    }
}

void ImportEngine::importNow(const QString &integrationId)
{
    m_failures.erase(integrationId);
    begin(integrationId);
}

void ImportEngine::cancel(const QString &integrationId)
{
    m_scheduler->cancel(integrationId);
    m_runs->cancel(integrationId);
}

void ImportEngine::forget(const QString &integrationId)
{
    cancel(integrationId);
    m_scheduler->forget(integrationId);
    m_failures.erase(integrationId);
    if (!m_runs->isRunning(integrationId))
        m_publisher->forget(integrationId);
}

void ImportEngine::begin(const QString &integrationId)
{
    if (m_runs->isRunning(integrationId))
        return;
    const std::optional<Integration> integration = m_host->integrationForImport(integrationId);
    if (!integration || integration->paused || integration->needsAdmin())
        return;
    m_scheduler->cancel(integrationId);

    ImportRequest request;
    request.integrationId = integration->id;
    request.connectorId = integration->type;
    request.backfillDays = backfillDays(*integration);
    if (const std::unique_ptr<Connector> connector = m_registry.create(integration->type)) {
        request.settings.values = connector->withDefaults(integration->settings);
        // The settings tab offers no more than the connector keeps; a value stored by hand or
        // by an older version must not reach further back than the ACD can answer.
        request.backfillDays = std::min(request.backfillDays, connector->maximumBackfillDays());
    }
    request.nowUtc = m_scheduler->now();
    request.firstImport = !integration->lastImportAt.isValid();

    m_firstImport[integrationId] = request.firstImport;
    m_publisher->begin(integrationId, request.firstImport);
    m_host->importStarted(integrationId);
    m_runs->start(*integration, std::move(request));
}

void ImportEngine::onFinished(const QString &integrationId, const ImportOutcome &outcome)
{
    const bool firstImport = m_firstImport[integrationId];
    m_firstImport.erase(integrationId);
    emit runEnded(integrationId, outcome);
    const std::optional<Integration> integration = m_host->integrationForImport(integrationId);
    if (!integration) { // removed meanwhile
        m_publisher->forget(integrationId);
        emit importFinished(integrationId, false);
        return;
    }
    switch (outcome.status) {
    case ImportOutcome::Status::Succeeded: {
        m_failures.erase(integrationId);
        const qint64 now = m_scheduler->now();
        const int step = importMinutes(*integration);
        const qint64 next = nextScheduledImport(now, step);
        // Paused meanwhile: the result is recorded, but nothing is planned.
        const bool plan = m_schedulerStarted && !integration->paused;
        m_host->importEnded(integrationId,
            {Integration::Outcome::Connected, Integration::Fix::None, {}, utc(now),
                plan ? utc(next) : QDateTime()});
        m_publisher->end(integrationId, ImportProgress::Phase::Finished);
        if (plan)
            m_scheduler->planAt(integrationId, next, step);
        if (firstImport)
            emit firstImportCompleted(integrationId);
        emit importFinished(integrationId, true);
        return;
    }
    case ImportOutcome::Status::Cancelled: {
        // The last real outcome stands; only "importing" is taken back.
        const auto before = integration->lastImportAt.isValid() ? Integration::Outcome::Connected
                                                                : Integration::Outcome::New;
        m_host->importEnded(integrationId,
            {integration->lastError.isEmpty() ? before : Integration::Outcome::Error,
                Integration::Fix::None, integration->lastError, {}, {}});
        m_publisher->end(integrationId, ImportProgress::Phase::Idle);
        emit importFinished(integrationId, false);
        return;
    }
    case ImportOutcome::Status::Failed:
        onFailed(integrationId, outcome, firstImport);
        emit importFinished(integrationId, false);
        return;
    }
}

void ImportEngine::onFailed(
    const QString &integrationId, const ImportOutcome &outcome, bool firstImport)
{
    const std::optional<Integration> integration = m_host->integrationForImport(integrationId);
    // A busy or full database is transient; a damaged one needs the admin (a backup).
    const bool transient = !outcome.databaseDamaged
        && (outcome.source == ImportOutcome::Source::Database || outcome.databaseFailure
            || (outcome.source == ImportOutcome::Source::Connector
                && outcome.failure.isTransient())); // the connector classified its failure
    const QString message = outcome.failure.message;
    if (!transient) {
        // Needs the admin: no retry and no schedule until the admin changes something.
        m_failures.erase(integrationId);
        m_host->importEnded(integrationId,
            {Integration::Outcome::Error, fixFor(outcome), message, {}, QDateTime()});
        m_publisher->end(integrationId, ImportProgress::Phase::Failed, message);
        return;
    }
    const int failures = ++m_failures[integrationId];
    const bool plan = integration && !integration->paused;
    if (failures <= m_retryPolicy.maximumAttempts) {
        const qint64 delayMs = m_retryPolicy.delayFor(failures, outcome.failure).count();
        const qint64 retryAt = m_scheduler->now() + (delayMs + 999) / 1000;
        m_host->importEnded(integrationId,
            {Integration::Outcome::Error, Integration::Fix::None, message, {},
                plan ? utc(retryAt) : QDateTime()});
        m_publisher->end(integrationId, ImportProgress::Phase::Waiting, message);
        if (plan) {
            m_scheduler->planIn(integrationId, delayMs);
            emit retryScheduled(integrationId, delayMs, message);
        }
        Q_UNUSED(firstImport)
        return;
    }
    // Out of retries: wait for the next scheduled import.
    m_failures.erase(integrationId);
    const int step = integration ? importMinutes(*integration) : DefaultImportMinutes;
    const qint64 next = nextScheduledImport(m_scheduler->now(), step);
    const bool planNext = plan && m_schedulerStarted;
    m_host->importEnded(integrationId,
        {Integration::Outcome::Error, Integration::Fix::None, message, {},
            planNext ? utc(next) : QDateTime()});
    m_publisher->end(integrationId, ImportProgress::Phase::Failed, message);
    if (planNext)
        m_scheduler->planAt(integrationId, next, step);
}
