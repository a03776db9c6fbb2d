#pragma once

#include "api/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

// Writes what an import brings into the database, on the worker's own connection: queues,
// interval statistics as upserts keyed (queue, interval start), checkpoints and the record
// of the run. Statements are prepared once and reused; rows accumulate in one open
// transaction until commit(), which can carry the checkpoint the rows complete.
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

    ImportWriter(const QSqlDatabase &db, const QString &integrationId);
    ~ImportWriter();

    Result prepare();

    // Runs left 'running' by a process that died are marked so, then a new run is opened.
    Result startRun(qint64 startedAt, const TimeRange &range);
    Result finishRun(qint64 finishedAt, qint64 rows, const QString &outcome, const QString &error);

    std::optional<qint64> checkpoint(const QString &kind) const;

    Result writeQueues(const QList<QueueRecord> &queues, qint64 seenAt);
    // Adds to the open transaction (opening one when needed); every record is one row.
    Result writeIntervals(const QList<IntervalRecord> &intervals, qint64 seenAt);
    Result commit(const QString &checkpointKind = {}, qint64 coveredUntil = 0);
    void rollback();

private:
    Result begin();
    Result failure(const QString &what, const QSqlQuery &query) const;
    std::optional<qint64> queueId(const QString &externalId, qint64 seenAt);

    QSqlDatabase m_db;
    QString m_integrationId;
    QSqlQuery m_upsertQueue;
    QSqlQuery m_upsertInterval;
    QSqlQuery m_setCheckpoint;
    QHash<QString, qint64> m_queueIds; // external id → queues.id, loaded once per run
    qint64 m_runId = -1;
    bool m_inTransaction = false;
};
