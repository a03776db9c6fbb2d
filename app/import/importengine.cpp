#include "import/importengine.h"

#include "credentials/credentialstore.h"
#include "import/importcountdown.h"
#include "import/importrun.h"
#include "storage/database.h"
#include "storage/integrationstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace {

// ACDs publish an interval's statistics shortly after it closes; importing right at the
// boundary would mostly fetch the interval again next time.
constexpr qint64 SettleSeconds = 60;
constexpr int PublishEveryMs = 100; // progressChanged at most ~10×/s per integration

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

} // namespace

struct ImportEngine::Entry
{
    QPointer<QThread> thread;
    QPointer<ImportRun> run;
    bool readingSecrets = false;
    bool cancelRequested = false;
    bool firstImport = false;
    int failures = 0; // consecutive failed runs, for the backoff
    bool blocked = false; // stopped by a failure only the user can fix
    QTimer timer; // the next scheduled import or retry
    QTimer ticker; // keeps the countdown moving between progress reports
    QTimer publishTimer; // sends a held-back progress report
    qint64 lastPublishMs = -PublishEveryMs;
    ImportProgress progress;
    std::optional<ImportCountdown> countdown;
};

ImportEngine::ImportEngine(const QString &databasePath, ConnectorRegistry registry,
    CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_registry(std::move(registry))
    , m_credentials(credentials)
    , m_database(std::make_unique<Database>(databasePath))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportOutcome>();
    if (const Database::Result opened = m_database->openWithoutMigrating(); !opened.ok())
        qWarning("ImportEngine: %s", qPrintable(opened.message));
    m_store = std::make_unique<IntegrationStore>(m_database->connection());
}

ImportEngine::~ImportEngine()
{
    for (auto &[id, entry] : m_entries) {
        entry->timer.stop();
        if (entry->run)
            entry->run->cancel();
        if (entry->thread) {
            entry->thread->quit();
            entry->thread->wait();
            delete entry->thread.data();
        }
    }
    m_store.reset();
}

void ImportEngine::setTestEndpoint(std::optional<TestEndpoint> endpoint)
{
    m_testEndpoint = std::move(endpoint);
}

void ImportEngine::setRetryPolicy(RetryPolicy policy)
{
    m_retryPolicy = std::move(policy);
}

void ImportEngine::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

ImportEngine::Entry &ImportEngine::entry(const QString &integrationId)
{
    auto it = m_entries.find(integrationId);
    if (it != m_entries.end())
        return *it->second;
    auto created = std::make_unique<Entry>();
    created->timer.setSingleShot(true);
    created->timer.setTimerType(Qt::PreciseTimer); // a retry must not come before Retry-After
    connect(
        &created->timer, &QTimer::timeout, this, [this, integrationId] { begin(integrationId); });
    created->ticker.setInterval(1000);
    connect(&created->ticker, &QTimer::timeout, this,
        [this, integrationId] { publish(integrationId); });
    created->publishTimer.setSingleShot(true);
    connect(&created->publishTimer, &QTimer::timeout, this,
        [this, integrationId] { publish(integrationId, true); });
    return *m_entries.emplace(integrationId, std::move(created)).first->second;
}

bool ImportEngine::isRunning(const QString &integrationId) const
{
    const auto it = m_entries.find(integrationId);
    return it != m_entries.end() && (it->second->run || it->second->readingSecrets);
}

ImportProgress ImportEngine::progress(const QString &integrationId) const
{
    const auto it = m_entries.find(integrationId);
    return it != m_entries.end() ? it->second->progress : ImportProgress {};
}

qint64 ImportEngine::nextScheduledImport(qint64 afterUtc)
{
    const qint64 boundary = afterUtc - (afterUtc % IntervalSeconds) + IntervalSeconds;
    return boundary + SettleSeconds;
}

void ImportEngine::scheduleAt(const QString &integrationId, qint64 dueUtc)
{
    const qint64 now = m_clock();
    // A last import "in the future" means the clock was set back: go by the clock now rather
    // than wait for a slot that may be days away.
    dueUtc = std::min(dueUtc, nextScheduledImport(now));
    const qint64 delay = std::max<qint64>(0, dueUtc - now);
    entry(integrationId).timer.start(std::chrono::milliseconds(delay * 1000));
}

void ImportEngine::startScheduler()
{
    m_schedulerStarted = true;
    const qint64 now = m_clock();
    for (const Integration &integration : m_store->list()) {
        if (integration.state == Integration::State::Paused)
            continue;
        // A first import that was interrupted resumes at once from its checkpoint; the others
        // catch up when their slot has passed while the program was not running.
        const qint64 due = integration.lastImportAt.isValid()
            ? nextScheduledImport(integration.lastImportAt.toSecsSinceEpoch())
            : now;
        if (due <= now)
            begin(integration.id);
        else
            scheduleAt(integration.id, due);
    }
}

void ImportEngine::importNow(const QString &integrationId)
{
    Entry &e = entry(integrationId);
    e.blocked = false;
    e.failures = 0;
    begin(integrationId);
}

void ImportEngine::pause(const QString &integrationId)
{
    cancel(integrationId);
    setState(integrationId, Integration::State::Paused);
    Entry &e = entry(integrationId);
    e.progress = ImportProgress {};
    e.progress.message = tr("Paused.");
    publish(integrationId, true);
}

void ImportEngine::resume(const QString &integrationId)
{
    const std::optional<Integration> integration = m_store->find(integrationId);
    if (!integration || integration->state != Integration::State::Paused)
        return;
    setState(integrationId,
        integration->lastImportAt.isValid() ? Integration::State::Connected
                                            : Integration::State::New);
    importNow(integrationId);
}

void ImportEngine::cancel(const QString &integrationId)
{
    Entry &e = entry(integrationId);
    e.timer.stop();
    if (e.readingSecrets)
        e.cancelRequested = true;
    if (e.run)
        e.run->cancel();
}

void ImportEngine::begin(const QString &integrationId)
{
    Entry &e = entry(integrationId);
    if (e.run || e.blocked)
        return;
    const std::optional<Integration> integration = m_store->find(integrationId);
    if (!integration || integration->state == Integration::State::Paused)
        return;
    if (e.readingSecrets) {
        e.cancelRequested = false; // asked (again) while the password is on its way: it will start
        return;
    }
    const std::unique_ptr<Connector> connector = m_registry.create(integration->type);
    if (!connector) {
        e.blocked = true;
        return handleFailure(integrationId,
            ConnectorResult::failure(ConnectorResult::Kind::Unsupported,
                tr("This version of ACD Connect does not "
                   "know the ACD type \"%1\".")
                    .arg(integration->type)),
            false);
    }
    const QStringList keys = connector->secretKeys();
    if (keys.isEmpty())
        return launch(*integration, {});
    if (!m_credentials)
        return handleFailure(integrationId,
            ConnectorResult::failure(
                ConnectorResult::Kind::InvalidSettings, tr("No keychain is available.")),
            false);
    e.readingSecrets = true;
    e.cancelRequested = false;
    CredentialOperation *read = m_credentials->read(integrationId, keys);
    connect(read, &CredentialOperation::finished, this,
        [this, read, integrationId](const CredentialResult &result) {
            Entry &e = entry(integrationId);
            e.readingSecrets = false;
            // The integration as it is now: it may have been paused, edited or deleted while
            // the keychain answered.
            const std::optional<Integration> current = m_store->find(integrationId);
            if (e.cancelRequested || !current || current->state == Integration::State::Paused) {
                e.cancelRequested = false;
                // isRunning() was true until now, so someone may be waiting for the end.
                return finishCancelled(integrationId);
            }
            if (!result.ok()) {
                // A missing entry or a locked keychain needs the user, not a retry.
                return handleFailure(integrationId,
                    ConnectorResult::failure(
                        ConnectorResult::Kind::InvalidSettings, result.message),
                    false);
            }
            launch(*current, read->secrets());
        });
}

void ImportEngine::launch(const Integration &integration, const SecretMap &secrets)
{
    Entry &e = entry(integration.id);
    const std::unique_ptr<Connector> connector = m_registry.create(integration.type);
    ImportRequest request;
    request.integrationId = integration.id;
    request.connectorId = integration.type;
    request.settings.values = connector->withDefaults(integration.settings);
    request.settings.secrets = secrets;
    request.settings.testEndpoint = m_testEndpoint;
    request.nowUtc = m_clock();
    bool ok = false;
    const int days = integration.settings.value(QLatin1String(BackfillDaysKey)).toInt(&ok);
    request.backfillDays = ok && days > 0 ? days : DefaultBackfillDays;
    request.firstImport = !integration.lastImportAt.isValid();

    e.firstImport = request.firstImport;
    if (request.firstImport) {
        if (integration.state != Integration::State::FirstImport)
            setState(integration.id, Integration::State::FirstImport);
        // A retry continues the countdown the user already sees.
        if (!e.countdown)
            e.countdown.emplace(monotonicMs);
        e.ticker.start();
    }

    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("import-%1").arg(integration.id.left(8)));
    auto *run = new ImportRun(m_databasePath, m_registry, std::move(request));
    run->moveToThread(thread);
    const QString id = integration.id;
    connect(thread, &QThread::started, run, &ImportRun::start);
    connect(run, &ImportRun::progressChanged, this,
        [this, id](const ImportProgress &progress) { onProgress(id, progress); });
    connect(run, &ImportRun::finished, this,
        [this, id](const ImportOutcome &outcome) { onFinished(id, outcome); });
    connect(thread, &QThread::finished, run, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    e.thread = thread;
    e.run = run;
    thread->start();
}

void ImportEngine::onProgress(const QString &integrationId, const ImportProgress &progress)
{
    Entry &e = entry(integrationId);
    const bool phaseChanged = progress.phase != e.progress.phase;
    e.progress = progress;
    if (e.countdown && progress.phase == ImportProgress::Phase::IntervalStatistics)
        e.countdown->update(progress.done, progress.total);
    publish(integrationId, phaseChanged);
}

void ImportEngine::publish(const QString &integrationId, bool force)
{
    Entry &e = entry(integrationId);
    const qint64 now = monotonicMs();
    if (!force && now - e.lastPublishMs < PublishEveryMs) {
        if (!e.publishTimer.isActive())
            e.publishTimer.start(int(PublishEveryMs - (now - e.lastPublishMs)));
        return;
    }
    e.publishTimer.stop();
    e.lastPublishMs = now;
    e.progress.firstImport = e.firstImport && e.countdown.has_value();
    e.progress.remainingSeconds = e.countdown ? e.countdown->remainingSeconds() : -1;
    emit progressChanged(integrationId, e.progress);
}

void ImportEngine::onFinished(const QString &integrationId, const ImportOutcome &outcome)
{
    Entry &e = entry(integrationId);
    if (e.thread)
        e.thread->quit(); // the thread deletes the run, then itself
    e.thread.clear();
    e.run.clear();

    switch (outcome.status) {
    case ImportOutcome::Status::Succeeded: {
        e.failures = 0;
        const qint64 now = m_clock();
        const qint64 next = nextScheduledImport(now);
        m_store->setImportTimes(integrationId, QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
            m_schedulerStarted ? QDateTime::fromSecsSinceEpoch(next, Qt::UTC) : QDateTime());
        setState(integrationId, Integration::State::Connected);
        const bool wasFirst = e.firstImport;
        if (e.countdown)
            e.countdown->finish();
        e.ticker.stop();
        e.progress.phase = ImportProgress::Phase::Finished;
        publish(integrationId, true);
        e.countdown.reset();
        e.firstImport = false;
        if (m_schedulerStarted)
            scheduleAt(integrationId, next);
        emit integrationChanged(integrationId);
        if (wasFirst)
            emit firstImportCompleted(integrationId);
        emit importFinished(integrationId, true);
        return;
    }
    case ImportOutcome::Status::Cancelled:
        return finishCancelled(integrationId);
    case ImportOutcome::Status::Failed:
        // The connector classified its failure; a database failure (locked, disk full) is
        // worth another try.
        handleFailure(integrationId, outcome.failure,
            outcome.databaseFailure || outcome.failure.isTransient());
        emit importFinished(integrationId, false);
        return;
    }
}

void ImportEngine::finishCancelled(const QString &integrationId)
{
    Entry &e = entry(integrationId);
    e.ticker.stop();
    e.countdown.reset();
    e.progress.phase = ImportProgress::Phase::Idle;
    publish(integrationId, true);
    emit importFinished(integrationId, false);
}

void ImportEngine::handleFailure(
    const QString &integrationId, const ConnectorResult &failure, bool retryable)
{
    Entry &e = entry(integrationId);
    ++e.failures;
    setState(integrationId, Integration::State::Error, failure.message);
    e.progress.message = failure.message;
    if (retryable && e.failures <= m_retryPolicy.maximumAttempts) {
        const qint64 delay = m_retryPolicy.delayFor(e.failures, failure).count();
        e.timer.start(std::chrono::milliseconds(delay));
        e.progress.phase = ImportProgress::Phase::Waiting;
        publish(integrationId, true);
        emit retryScheduled(integrationId, delay, failure.message);
        return;
    }
    // Out of retries, or something only the user can fix: stop here. Retries exhausted wait
    // for the next scheduled import; the others for importNow() or resume().
    e.blocked = !retryable;
    e.failures = 0;
    e.ticker.stop();
    e.countdown.reset();
    e.progress.phase = ImportProgress::Phase::Failed;
    publish(integrationId, true);
    if (retryable && m_schedulerStarted)
        scheduleAt(integrationId, nextScheduledImport(m_clock()));
}

void ImportEngine::setState(
    const QString &integrationId, Integration::State state, const QString &lastError)
{
    // Only changes are written and announced, so a failing import cannot flood the views.
    const std::optional<Integration> current = m_store->find(integrationId);
    if (!current || (current->state == state && current->lastError == lastError))
        return;
    if (const IntegrationStore::Result result = m_store->setState(integrationId, state, lastError);
        !result.ok()) {
        qWarning("ImportEngine: %s", qPrintable(result.message));
        return;
    }
    emit integrationChanged(integrationId);
}
