#include "storage/importwriter.h"

#include "storage/sqlerrors.h"
#include "storage/writegate.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

ImportWriter::ImportWriter(const QSqlDatabase &db, const QString &integrationId)
    : m_db(db)
    , m_integrationId(integrationId)
    , m_upsertQueue(db)
    , m_setCheckpoint(db)
    , m_intervalRows(IntervalRowWriter::create(db))
    , m_rowCount(db)
{
    m_rows.reserve(FlushRows);
}

ImportWriter::~ImportWriter()
{
    rollback();
}

ImportWriter::Result ImportWriter::failure(const QString &what, const QSqlQuery &query) const
{
    return failure(what, query.lastError());
}

ImportWriter::Result ImportWriter::failure(const QString &what, const QSqlError &error) const
{
    return {false, tr("%1: %2").arg(what, error.text()), meansDamage(error)};
}

ImportWriter::Result ImportWriter::prepare()
{
    // Both SQLite and PostgreSQL accept this upsert form (see DESIGN.md).
    if (!m_upsertQueue.prepare(QStringLiteral(
            "INSERT INTO queues (integration_id, external_id, name, kind, first_seen_at, "
            "last_seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (integration_id, external_id) DO UPDATE SET"
            " name = excluded.name, kind = excluded.kind, last_seen_at = excluded.last_seen_at")))
        return failure(tr("The import could not prepare its queries"), m_upsertQueue);
    if (const QString error = m_intervalRows->prepare(); !error.isEmpty())
        return {false, tr("%1: %2").arg(tr("The import could not prepare its queries"), error)};
    if (!m_setCheckpoint.prepare(QStringLiteral(
            "INSERT INTO import_checkpoints (integration_id, kind, covered_until, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (integration_id, kind) DO UPDATE SET"
            " covered_until = excluded.covered_until, updated_at = excluded.updated_at")))
        return failure(tr("The import could not prepare its queries"), m_setCheckpoint);
    m_upsertQueue.setForwardOnly(true);
    return {};
}

ImportWriter::Result ImportWriter::startRun(qint64 startedAt, const TimeRange &range)
{
    QSqlQuery query(m_db);
    // Only one import per integration runs at a time, so a 'running' run is a dead one.
    query.prepare(QStringLiteral("UPDATE import_runs SET outcome = 'interrupted' "
                                 "WHERE integration_id = ? AND outcome = 'running'"));
    query.addBindValue(m_integrationId);
    if (!query.exec())
        return failure(tr("The import could not be recorded"), query);
    query.prepare(QStringLiteral("INSERT INTO import_runs (integration_id, started_at, range_from, "
                                 "range_to) VALUES (?, ?, ?, ?)"));
    query.addBindValue(m_integrationId);
    query.addBindValue(startedAt);
    query.addBindValue(range.fromUtc);
    query.addBindValue(range.toUtc);
    if (!query.exec())
        return failure(tr("The import could not be recorded"), query);
    m_runId = query.lastInsertId().toLongLong();
    m_rowCount.setRunId(m_runId);
    return {};
}

ImportWriter::Result ImportWriter::finishRun(
    qint64 finishedAt, const QString &outcome, const QString &error)
{
    if (m_runId < 0)
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE import_runs SET finished_at = ?, outcome = ?, error = ? WHERE id = ?"));
    query.addBindValue(finishedAt);
    query.addBindValue(outcome);
    query.addBindValue(error.isNull() ? QStringLiteral("") : error);
    query.addBindValue(m_runId);
    if (!query.exec())
        return failure(tr("The import could not be recorded"), query);
    return {};
}

std::optional<qint64> ImportWriter::checkpoint(const QString &kind) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT covered_until FROM import_checkpoints "
                                 "WHERE integration_id = ? AND kind = ?"));
    query.addBindValue(m_integrationId);
    query.addBindValue(kind);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

ImportWriter::Result ImportWriter::begin()
{
    if (m_inTransaction)
        return {};
    if (!m_db.transaction())
        return failure(tr("The import could not write to the database"), m_db.lastError());
    m_inTransaction = true;
    return {};
}

ImportWriter::Result ImportWriter::commitTransaction()
{
    m_inTransaction = false;
    if (const QString error = m_rowCount.record(); !error.isEmpty()) {
        const QSqlError recorded = m_db.lastError();
        m_db.rollback();
        m_rowCount.rolledBack();
        return {
            false, tr("The import could not be recorded: %1").arg(error), meansDamage(recorded)};
    }
    if (!m_db.commit()) {
        const Result result
            = failure(tr("The import could not write to the database"), m_db.lastError());
        m_db.rollback();
        m_rowCount.rolledBack();
        return result;
    }
    m_rowCount.committed();
    return {};
}

ImportWriter::Result ImportWriter::commit(const QString &checkpointKind, qint64 coveredUntil)
{
    m_committedRows = qsizetype(m_rows.size());
    if (!checkpointKind.isEmpty()) {
        m_checkpointKind = checkpointKind;
        m_coveredUntil = coveredUntil;
    }
    if (m_committedRows >= FlushRows || !m_sinceWrite.isValid() || m_sinceWrite.elapsed() >= HoldMs)
        return flush();
    return {};
}

ImportWriter::Result ImportWriter::finish()
{
    m_rows.resize(m_committedRows);
    return flush();
}

ImportWriter::Result ImportWriter::flush()
{
    if (m_rows.empty() && m_checkpointKind.isEmpty())
        return {};
    const auto forget = [this] {
        m_rows.clear();
        m_committedRows = 0;
        m_checkpointKind.clear();
        m_rowCount.rolledBack();
        if (m_inTransaction) {
            m_inTransaction = false;
            m_db.rollback();
        }
    };
    // Sorted by the primary key, the rows go into the B-tree in order, touching each page
    // once. Stable, so that of two rows for the same interval the later still wins.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const IntervalRow &a, const IntervalRow &b) {
        return a.queueId != b.queueId ? a.queueId < b.queueId : a.intervalStart < b.intervalStart;
    });
    if (Result result = begin(); !result.ok) {
        forget();
        return result;
    }
    const std::span<const IntervalRow> rows(m_rows);
    for (size_t at = 0; at < rows.size();) {
        const size_t count = std::min(rows.size() - at, size_t(SliceRows));
        if (const QString error = m_intervalRows->write(rows.subspan(at, count));
            !error.isEmpty()) {
            const bool damaged = m_intervalRows->lastErrorMeansDamage();
            forget();
            return {false,
                tr("%1: %2").arg(tr("The interval statistics could not be saved"), error), damaged};
        }
        m_rowCount.add(qint64(count));
        at += count;
        if (at < rows.size() && WriteGate::foregroundWaiting()) {
            // Rows without their checkpoint: after a crash they are only fetched again.
            Result result = commitTransaction();
            if (result.ok) {
                WriteGate::waitForForeground(std::chrono::milliseconds(100));
                result = begin();
            }
            if (!result.ok) {
                forget();
                return result;
            }
        }
    }
    if (!m_checkpointKind.isEmpty()) {
        m_setCheckpoint.bindValue(0, m_integrationId);
        m_setCheckpoint.bindValue(1, m_checkpointKind);
        m_setCheckpoint.bindValue(2, m_coveredUntil);
        m_setCheckpoint.bindValue(3, QDateTime::currentSecsSinceEpoch());
        if (!m_setCheckpoint.exec()) {
            const Result result
                = failure(tr("The import could not save its progress"), m_setCheckpoint);
            forget();
            return result;
        }
    }
    const Result committed = commitTransaction();
    m_rows.clear();
    m_committedRows = 0;
    m_checkpointKind.clear();
    m_sinceWrite.start();
    return committed;
}

void ImportWriter::rollback()
{
    m_rows.resize(m_committedRows);
    m_rowCount.rolledBack();
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_db.rollback();
}

ImportWriter::Result ImportWriter::writeQueues(const QList<QueueRecord> &queues, qint64 seenAt)
{
    if (Result result = begin(); !result.ok)
        return result;
    Result result = upsertQueues(queues, seenAt);
    if (!result.ok) {
        rollback();
        return result;
    }
    if (result = commitTransaction(); !result.ok)
        return result;
    // Read back after the commit: only ids that exist for other connections are cached.
    m_queueIds.clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT external_id, id FROM queues WHERE integration_id = ?"));
    query.addBindValue(m_integrationId);
    if (!query.exec())
        return failure(tr("The queues could not be read"), query);
    while (query.next())
        m_queueIds.insert(query.value(0).toString(), query.value(1).toLongLong());
    return {};
}

ImportWriter::Result ImportWriter::upsertQueues(const QList<QueueRecord> &queues, qint64 seenAt)
{
    for (const QueueRecord &queue : queues) {
        m_upsertQueue.bindValue(0, m_integrationId);
        m_upsertQueue.bindValue(1, queue.externalId);
        m_upsertQueue.bindValue(2, queue.name);
        m_upsertQueue.bindValue(3, queue.kind.isNull() ? QStringLiteral("") : queue.kind);
        m_upsertQueue.bindValue(4, seenAt);
        m_upsertQueue.bindValue(5, seenAt);
        if (!m_upsertQueue.exec())
            return failure(tr("The queues could not be saved"), m_upsertQueue);
    }
    return {};
}

std::optional<qint64> ImportWriter::queueId(const QString &externalId, qint64 seenAt)
{
    if (const auto it = m_queueIds.constFind(externalId); it != m_queueIds.cend())
        return it.value();
    // Statistics for a queue the discovery did not list (created in between): keep the
    // data under a queue named by its id; the next discovery gives it its name.
    if (!writeQueues({{externalId, externalId, {}}}, seenAt).ok)
        return std::nullopt;
    if (const auto it = m_queueIds.constFind(externalId); it != m_queueIds.cend())
        return it.value();
    return std::nullopt;
}

ImportWriter::Result ImportWriter::writeIntervals(
    const QList<IntervalRecord> &intervals, qint64 seenAt)
{
    for (const IntervalRecord &record : intervals) {
        const std::optional<qint64> queue = queueId(record.queueExternalId, seenAt);
        if (!queue)
            return {false, tr("The queue %1 could not be saved.").arg(record.queueExternalId)};
        m_rows.push_back({*queue, record.startUtc, record.offered, record.handled, record.abandoned,
            record.handleSeconds, record.afterCallSeconds, record.answeredInServiceLevel});
        if (qsizetype(m_rows.size()) >= FlushRows) {
            if (Result result = flush(); !result.ok)
                return result;
        }
    }
    return {};
}
