#pragma once

#include "api/records.h"
#include "storage/intervalrowwriter.h"
#include "storage/runrowcount.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <vector>

// Writes what an import brings into the database, on the worker's own connection: queues,
// interval statistics as upserts keyed (queue, interval start), checkpoints and the record
// of the run.
//
// Interval rows are kept in memory and written, sorted by key, in transactions of up to
// FlushRows rows, each opened and committed within one call: no transaction stays open
// while the connector waits on the network. Few large commits keep the import close to a
// raw bulk insert (each commit rewrites every index page it touched); a foreground writer
// in this process never waits for a whole one, because the writer commits between slices
// of SliceRows rows whenever one is waiting (storage/writegate.h).
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)
    Q_DISABLE_COPY_MOVE(ImportWriter)
public:
    struct Result
    {
        bool ok = true;
        QString message; // translated
        bool damaged = false; // the database is damaged: restore it, retrying cannot help
    };

    static constexpr auto IntervalKind = "intervals";
    // Rows held in memory before they are written (64 bytes each: 4 MiB).
    static constexpr qsizetype FlushRows = 65536;
    // Rows written between two looks for a waiting foreground writer: a few milliseconds.
    static constexpr qsizetype SliceRows = 2048;
    // Completed chunks are written at the latest this long after the last write, so the
    // window sees a slow import's data come in.
    static constexpr int HoldMs = 1000;

    ImportWriter(const QSqlDatabase &db, const QString &integrationId);
    ~ImportWriter();

    Result prepare();

    // Runs left 'running' by a process that died are marked so, then a new run is opened.
    Result startRun(qint64 startedAt, const TimeRange &range);
    // Records the end of the run. Its row count is kept by the writers as they commit (see
    // storage/runrowcount.h), so it is never more than what the database keeps.
    Result finishRun(qint64 finishedAt, const QString &outcome, const QString &error);
    qint64 runId() const { return m_runId; }
    // Interval rows of the transactions committed in this run.
    qint64 savedRows() const { return m_rowCount.saved(); }

    std::optional<qint64> checkpoint(const QString &kind) const;

    // Upserts the queues in a transaction of their own (a list of queues is small).
    Result writeQueues(const QList<QueueRecord> &queues, qint64 seenAt);
    // Keeps the rows in memory, writing them whenever FlushRows are waiting; every record
    // is one row. A crash before their chunk is committed only means fetching them again.
    Result writeIntervals(const QList<IntervalRecord> &intervals, qint64 seenAt);
    // Ends a chunk: its rows and the checkpoint they complete are written together, in one
    // transaction, so an import killed at any point resumes correctly. That happens now if
    // FlushRows are waiting or HoldMs have passed since the last write, else with later rows.
    Result commit(const QString &checkpointKind = {}, qint64 coveredUntil = 0);
    // Writes every committed chunk still in memory, with its checkpoint. Call before
    // finishRun(), also after a failure (what was complete is kept).
    Result finish();
    // Forgets the rows of the chunk not yet committed (and ends a transaction, should one be
    // open); committed chunks stay for finish().
    void rollback();

private:
    Result begin();
    Result flush();
    Result commitTransaction();
    Result failure(const QString &what, const QSqlQuery &query) const;
    Result failure(const QString &what, const QSqlError &error) const;
    Result upsertQueues(const QList<QueueRecord> &queues, qint64 seenAt);
    std::optional<qint64> queueId(const QString &externalId, qint64 seenAt);

    QSqlDatabase m_db;
    QString m_integrationId;
    QSqlQuery m_upsertQueue;
    QSqlQuery m_setCheckpoint;
    std::unique_ptr<IntervalRowWriter> m_intervalRows;
    std::vector<IntervalRow> m_rows; // in memory, not yet written
    qsizetype m_committedRows = 0; // the first rows of m_rows, those of committed chunks
    QString m_checkpointKind; // the checkpoint the committed rows complete, if any
    qint64 m_coveredUntil = 0;
    QElapsedTimer m_sinceWrite;
    QHash<QString, qint64> m_queueIds; // external id → queues.id, loaded once per run
    qint64 m_runId = -1;
    RunRowCount m_rowCount;
    bool m_inTransaction = false;
};
