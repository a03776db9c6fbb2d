#pragma once

#include "api/records.h"
#include "storage/intervalrowwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <vector>

// Writes what an import brings into the database, on the worker's own connection: queues,
// interval statistics as upserts keyed (queue, interval start), checkpoints and the record
// of the run. Interval rows are kept in memory and written in short transactions of at most
// FlushRows rows, each opened and committed within one call: no transaction stays open while
// the connector waits on the network, so other connections (the window's) never wait long
// for the write lock.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)
    Q_DISABLE_COPY_MOVE(ImportWriter)
public:
    struct Result
    {
        bool ok = true;
        QString message; // translated
    };

    static constexpr auto IntervalKind = "intervals";
    // Rows per write transaction: a few milliseconds of SQLite work, so that a write from
    // another connection waits well under 50 ms, yet large enough to amortise each commit.
    static constexpr qsizetype FlushRows = 4096;

    ImportWriter(const QSqlDatabase &db, const QString &integrationId);
    ~ImportWriter();

    Result prepare();

    // Runs left 'running' by a process that died are marked so, then a new run is opened.
    Result startRun(qint64 startedAt, const TimeRange &range);
    Result finishRun(qint64 finishedAt, qint64 rows, const QString &outcome, const QString &error);

    std::optional<qint64> checkpoint(const QString &kind) const;

    // Upserts the queues in a transaction of their own (a list of queues is small).
    Result writeQueues(const QList<QueueRecord> &queues, qint64 seenAt);
    // Keeps the rows in memory, writing FlushRows of them whenever that many are waiting;
    // every record is one row. Rows written this way carry no checkpoint: a crash only
    // means fetching them again.
    Result writeIntervals(const QList<IntervalRecord> &intervals, qint64 seenAt);
    // Writes the rows still in memory (fewer than FlushRows) and, in the same transaction,
    // the checkpoint they complete, so an import killed at any point resumes correctly.
    Result commit(const QString &checkpointKind = {}, qint64 coveredUntil = 0);
    // Forgets the rows not yet written (and ends a transaction, should one be open).
    void rollback();

private:
    Result begin();
    Result flush(const QString &checkpointKind, qint64 coveredUntil);
    Result failure(const QString &what, const QSqlQuery &query) const;
    Result upsertQueues(const QList<QueueRecord> &queues, qint64 seenAt);
    std::optional<qint64> queueId(const QString &externalId, qint64 seenAt);

    QSqlDatabase m_db;
    QString m_integrationId;
    QSqlQuery m_upsertQueue;
    QSqlQuery m_setCheckpoint;
    std::unique_ptr<IntervalRowWriter> m_intervalRows;
    std::vector<IntervalRow> m_rows; // in memory, not yet written
    QHash<QString, qint64> m_queueIds; // external id → queues.id, loaded once per run
    qint64 m_runId = -1;
    bool m_inTransaction = false;
};
