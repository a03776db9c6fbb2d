#include "import/importrun.h"

#include "storage/agentstatewriter.h"
#include "storage/database.h"
#include "storage/importwriter.h"

#include <QDateTime>

#include <algorithm>

namespace {

// Statistics of the last intervals can still change at the ACD (late wrap-up, corrections):
// each import fetches these again and upserts them.
constexpr qint64 RefetchSeconds = 2 * IntervalSeconds;
constexpr qint64 ReportEveryMs = 100; // progress at most ~10×/s
// Until a user is mapped the states do not bring the activities: they are listed at most this
// often (for Five9 that runs the agent state report of the last days).
constexpr qint64 ActivitiesFreshSeconds = 24 * 3600;

qint64 alignDown(qint64 utc)
{
    return utc - (((utc % IntervalSeconds) + IntervalSeconds) % IntervalSeconds);
}

qint64 intervalsIn(qint64 from, qint64 to)
{
    return to > from ? (to - from + IntervalSeconds - 1) / IntervalSeconds : 0;
}

bool damagedIn(const Database::Result &result)
{
    return result.status == Database::Status::Damaged;
}

template<typename WriteResult> bool damagedIn(const WriteResult &result)
{
    return result.damaged;
}

} // namespace

template<typename WriteResult> void ImportRun::failWriting(const WriteResult &result)
{
    fail(ConnectorResult::failure(ConnectorResult::Kind::ProtocolError, result.message), true,
        damagedIn(result));
}

ImportRun::ImportRun(const QString &databasePath, const ConnectorRegistry &registry,
    ImportRequest request, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_registry(registry)
    , m_request(std::move(request))
{
    m_progress.firstImport = m_request.firstImport;
}

ImportRun::~ImportRun()
{
    // Destroyed while running (the engine quit its thread): record the run as cancelled
    // rather than leave it 'running', and stop the job's network work.
    if (!m_done && m_writer)
        fail(ConnectorResult::failure(ConnectorResult::Kind::Cancelled, tr("Cancelled.")));
    if (m_job) {
        m_job->cancel();
        // Its deleteLater() would come too late: this runs while the thread ends, when the
        // thread's deferred deletions have already been processed.
        delete m_job.data();
    }
    m_agentWriter.reset(); // their queries before the connection they use
    m_writer.reset();
}

TimeRange ImportRun::rangeFor(const ImportRequest &request, std::optional<qint64> checkpoint)
{
    const qint64 end = alignDown(request.nowUtc);
    const qint64 horizon = alignDown(request.nowUtc - qint64(request.backfillDays) * 86400);
    qint64 from = horizon;
    if (checkpoint)
        from = std::clamp(*checkpoint - RefetchSeconds, horizon, end);
    return {from, end};
}

void ImportRun::start()
{
    m_clock.start();
    m_sinceReport.start();
    enterPhase(ImportProgress::Phase::Connecting, 0);

    m_database = std::make_unique<Database>(m_databasePath);
    if (const Database::Result opened = m_database->openWithoutMigrating(); !opened.ok())
        return failWriting(opened);
    m_database->setCheckpointPages(Database::ImportCheckpointPages);
    m_writer = std::make_unique<ImportWriter>(m_database->connection(), m_request.integrationId);
    if (const ImportWriter::Result prepared = m_writer->prepare(); !prepared.ok)
        return failWriting(prepared);
    m_agentWriter
        = std::make_unique<AgentStateWriter>(m_database->connection(), m_request.integrationId);
    if (const AgentStateWriter::Result prepared = m_agentWriter->prepare(); !prepared.ok)
        return failWriting(prepared);
    m_range = rangeFor(m_request, m_writer->checkpoint(QLatin1String(ImportWriter::IntervalKind)));
    if (const ImportWriter::Result recorded
        = m_writer->startRun(QDateTime::currentSecsSinceEpoch(), m_range);
        !recorded.ok)
        return failWriting(recorded);
    m_agentWriter->setRunId(m_writer->runId());

    m_connector = m_registry.create(m_request.connectorId);
    if (!m_connector)
        return fail(ConnectorResult::failure(ConnectorResult::Kind::Unsupported,
            tr("This version of ACD Connect does not know the ACD type \"%1\".")
                .arg(m_request.connectorId)));
    connectToAcd();
}

void ImportRun::cancel()
{
    m_cancelRequested = true;
    // Queued into this object's thread, where the job lives.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_job)
                m_job->cancel();
        },
        Qt::QueuedConnection);
}

ConnectorJob *ImportRun::track(ConnectorJob *job)
{
    m_job = job;
    // Cancelled in the meantime: cancel the job once the caller has connected to it. A
    // synchronous cancel() would emit its finished() before anyone listens, and the run
    // would never end.
    if (m_cancelRequested)
        QMetaObject::invokeMethod(job, &ConnectorJob::cancel, Qt::QueuedConnection);
    return job;
}

void ImportRun::connectToAcd()
{
    ConnectorJob *job = track(m_connector->verify(m_request.settings));
    connect(job, &ConnectorJob::finished, this, [this](const ConnectorResult &result) {
        if (!result.ok())
            return fail(result);
        discoverQueues();
    });
}

void ImportRun::discoverQueues()
{
    enterPhase(ImportProgress::Phase::DiscoveringQueues, 0);
    const qint64 seenAt = QDateTime::currentSecsSinceEpoch();
    ConnectorJob *job = track(m_connector->discoverQueues(m_request.settings));
    connect(job, &ConnectorJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress.done = done;
        m_progress.total = total;
        reportProgress();
    });
    auto written = std::make_shared<ImportWriter::Result>();
    connect(job, &ConnectorJob::queuesReady, this,
        [this, seenAt, written](const QList<QueueRecord> &queues) {
            if (written->ok)
                *written = m_writer->writeQueues(queues, seenAt);
        });
    connect(job, &ConnectorJob::finished, this, [this, written](const ConnectorResult &result) {
        if (!result.ok())
            return fail(result);
        if (!written->ok)
            return failWriting(*written);
        // A first import that resumes from its checkpoint counts from where it began, so the
        // window continues its bar and countdown rather than starting again at 0 %.
        m_progressFrom = m_request.firstImport
            ? std::min(m_range.fromUtc, rangeFor(m_request, std::nullopt).fromUtc)
            : m_range.fromUtc;
        enterPhase(ImportProgress::Phase::IntervalStatistics,
            intervalsIn(m_progressFrom, m_range.toUtc),
            intervalsIn(m_progressFrom, m_range.fromUtc));
        m_chunkFrom = m_range.fromUtc;
        fetchNextChunk();
    });
}

void ImportRun::fetchNextChunk()
{
    const qint64 chunkSeconds
        = m_request.chunkSeconds > 0 ? m_request.chunkSeconds : m_connector->fetchChunkSeconds();
    if (m_chunkFrom >= m_range.toUtc)
        return importAgentStates();
    m_chunkTo = std::min(m_range.toUtc, m_chunkFrom + std::max(IntervalSeconds, chunkSeconds));
    const qint64 doneBefore = intervalsIn(m_progressFrom, m_chunkFrom);
    const qint64 chunkIntervals = intervalsIn(m_chunkFrom, m_chunkTo);
    const qint64 seenAt = QDateTime::currentSecsSinceEpoch();
    ConnectorJob *job
        = track(m_connector->fetchIntervals(m_request.settings, {m_chunkFrom, m_chunkTo}));
    // Progress units differ between connectors; scale the job's fraction to intervals.
    connect(job, &ConnectorJob::progress, this,
        [this, doneBefore, chunkIntervals](qint64 done, qint64 total) {
            if (total > 0)
                m_progress.done = doneBefore + chunkIntervals * std::min(done, total) / total;
            reportProgress();
        });
    auto written = std::make_shared<ImportWriter::Result>();
    // The writer keeps the rows in memory and writes them in short transactions of its own:
    // nothing stays open while the job waits for its next page.
    connect(job, &ConnectorJob::intervalsReady, this,
        [this, seenAt, written](const QList<IntervalRecord> &intervals) {
            if (!written->ok || m_cancelRequested)
                return;
            *written = m_writer->writeIntervals(intervals, seenAt);
            if (!written->ok)
                return;
            m_progress.rowsWritten += intervals.size();
            reportProgress();
        });
    connect(job, &ConnectorJob::finished, this, [this, written](const ConnectorResult &result) {
        if (!result.ok())
            return fail(result);
        if (m_cancelRequested)
            return fail(
                ConnectorResult::failure(ConnectorResult::Kind::Cancelled, tr("Cancelled.")));
        if (!written->ok)
            return failWriting(*written);
        // The checkpoint goes in the same transaction as the chunk's last rows (those the
        // writer still holds in memory).
        if (const ImportWriter::Result committed
            = m_writer->commit(QLatin1String(ImportWriter::IntervalKind), m_chunkTo);
            !committed.ok)
            return failWriting(committed);
        m_chunkFrom = m_chunkTo;
        m_progress.done = intervalsIn(m_progressFrom, m_chunkFrom);
        reportProgress();
        fetchNextChunk();
    });
}

void ImportRun::importAgentStates()
{
    // Agent status data needs Capability::AgentStates and the admin's mapping (DESIGN.md,
    // step 5): the ACD's users are listed on every import so the admin can map them; once one
    // is mapped, the states of every user are imported and kept as they came.
    if (!m_connector->info().capabilities.testFlag(Capability::AgentStates))
        return succeed();
    // The statistics are complete: the window shows them while the rest comes.
    if (const ImportWriter::Result written = m_writer->finish(); !written.ok)
        return failWriting(written);
    discoverUsers();
}

void ImportRun::discoverUsers()
{
    enterPhase(ImportProgress::Phase::DiscoveringUsers, 0);
    const qint64 seenAt = QDateTime::currentSecsSinceEpoch();
    ConnectorJob *job = track(m_connector->discoverUsers(m_request.settings));
    auto written = std::make_shared<AgentStateWriter::Result>();
    connect(job, &ConnectorJob::usersReady, this,
        [this, seenAt, written](const QList<ExternalUser> &users) {
            if (written->ok)
                *written = m_agentWriter->writeUsers(users, seenAt);
        });
    connect(
        job, &ConnectorJob::finished, this, [this, seenAt, written](const ConnectorResult &result) {
            if (!result.ok())
                return fail(result);
            if (!written->ok)
                return failWriting(*written);
            if (m_agentWriter->hasMappedUser())
                return startAgentStates();
            const std::optional<qint64> listed = m_agentWriter->activitiesSeenAt();
            if (!listed || seenAt - *listed >= ActivitiesFreshSeconds)
                return discoverActivities();
            succeed();
        });
}

void ImportRun::discoverActivities()
{
    const qint64 seenAt = QDateTime::currentSecsSinceEpoch();
    ConnectorJob *job = track(m_connector->discoverActivities(m_request.settings));
    auto written = std::make_shared<AgentStateWriter::Result>();
    connect(job, &ConnectorJob::activitiesReady, this,
        [this, seenAt, written](const QList<ExternalActivity> &activities) {
            if (written->ok)
                *written = m_agentWriter->writeActivities(activities, seenAt);
        });
    connect(job, &ConnectorJob::finished, this, [this, written](const ConnectorResult &result) {
        if (!result.ok())
            return fail(result);
        if (!written->ok)
            return failWriting(*written);
        succeed();
    });
}

void ImportRun::startAgentStates()
{
    // From the states' own checkpoint: the first time from the backfill horizon, so mapping
    // users brings their past too.
    m_stateRange = rangeFor(m_request, m_agentWriter->checkpoint());
    enterPhase(
        ImportProgress::Phase::AgentStates, intervalsIn(m_stateRange.fromUtc, m_stateRange.toUtc));
    m_chunkFrom = m_stateRange.fromUtc;
    fetchNextStateChunk();
}

void ImportRun::fetchNextStateChunk()
{
    const qint64 chunkSeconds
        = m_request.chunkSeconds > 0 ? m_request.chunkSeconds : m_connector->fetchChunkSeconds();
    if (m_chunkFrom >= m_stateRange.toUtc)
        return succeed();
    m_chunkTo = std::min(m_stateRange.toUtc, m_chunkFrom + std::max(IntervalSeconds, chunkSeconds));
    const qint64 doneBefore = intervalsIn(m_stateRange.fromUtc, m_chunkFrom);
    const qint64 chunkIntervals = intervalsIn(m_chunkFrom, m_chunkTo);
    const qint64 seenAt = QDateTime::currentSecsSinceEpoch();
    ConnectorJob *job
        = track(m_connector->fetchAgentStates(m_request.settings, {m_chunkFrom, m_chunkTo}));
    connect(job, &ConnectorJob::progress, this,
        [this, doneBefore, chunkIntervals](qint64 done, qint64 total) {
            if (total > 0)
                m_progress.done = doneBefore + chunkIntervals * std::min(done, total) / total;
            reportProgress();
        });
    auto written = std::make_shared<AgentStateWriter::Result>();
    connect(job, &ConnectorJob::agentStatesReady, this,
        [this, seenAt, written](const QList<AgentStateRecord> &states) {
            if (!written->ok || m_cancelRequested)
                return;
            *written = m_agentWriter->addStates(states, seenAt);
            if (!written->ok)
                return;
            m_progress.rowsWritten += states.size();
            reportProgress();
        });
    connect(
        job, &ConnectorJob::finished, this, [this, seenAt, written](const ConnectorResult &result) {
            if (!result.ok())
                return fail(result);
            if (m_cancelRequested)
                return fail(
                    ConnectorResult::failure(ConnectorResult::Kind::Cancelled, tr("Cancelled.")));
            if (!written->ok)
                return failWriting(*written);
            if (const AgentStateWriter::Result committed = m_agentWriter->commit(m_chunkTo, seenAt);
                !committed.ok)
                return failWriting(committed);
            m_chunkFrom = m_chunkTo;
            m_progress.done = intervalsIn(m_stateRange.fromUtc, m_chunkFrom);
            reportProgress();
            fetchNextStateChunk();
        });
}

void ImportRun::succeed()
{
    if (m_done)
        return;
    if (const ImportWriter::Result written = m_writer->finish(); !written.ok)
        return failWriting(written);
    m_done = true;
    if (const ImportWriter::Result recorded
        = m_writer->finishRun(QDateTime::currentSecsSinceEpoch(), QStringLiteral("ok"), {});
        !recorded.ok)
        qWarning("ImportRun: %s", qPrintable(recorded.message));
    m_progress.phase = ImportProgress::Phase::Finished;
    m_progress.done = m_progress.total;
    reportProgress(true);
    ImportOutcome outcome;
    outcome.rowsWritten = savedRows();
    outcome.range = m_range;
    emit finished(outcome);
}

qint64 ImportRun::savedRows() const
{
    return (m_writer ? m_writer->savedRows() : 0)
        + (m_agentWriter ? m_agentWriter->savedRows() : 0);
}

void ImportRun::fail(const ConnectorResult &failure, bool databaseFailure, bool databaseDamaged)
{
    if (m_done)
        return;
    m_done = true;
    const bool cancelled = failure.kind == ConnectorResult::Kind::Cancelled;
    if (m_writer) {
        // The chunk in flight is dropped; those completed before it are kept.
        m_writer->rollback();
        if (m_agentWriter)
            m_agentWriter->rollback();
        if (!databaseFailure)
            m_writer->finish();
        m_writer->finishRun(QDateTime::currentSecsSinceEpoch(),
            cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"), failure.message);
    }
    enterPhase(cancelled ? ImportProgress::Phase::Idle : ImportProgress::Phase::Failed, 0);
    m_progress.message = failure.message;
    reportProgress(true);
    ImportOutcome outcome;
    outcome.status = cancelled ? ImportOutcome::Status::Cancelled : ImportOutcome::Status::Failed;
    outcome.failure = failure;
    outcome.databaseFailure = databaseFailure;
    outcome.databaseDamaged = databaseDamaged;
    outcome.rowsWritten = savedRows();
    outcome.range = m_range;
    emit finished(outcome);
}

void ImportRun::enterPhase(ImportProgress::Phase phase, qint64 total, qint64 done)
{
    m_progress.phase = phase;
    m_progress.done = done;
    m_progress.total = total;
    reportProgress(true);
}

void ImportRun::reportProgress(bool force)
{
    if (!force && m_sinceReport.elapsed() < ReportEveryMs)
        return;
    m_sinceReport.restart();
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    m_progress.rowsPerSecond = seconds > 0 ? double(m_progress.rowsWritten) / seconds : 0;
    emit progressChanged(m_progress);
}
