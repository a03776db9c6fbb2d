#pragma once

#include "api/records.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// What an integration imported, as the window's data views read it: counts, the range held,
// its queues with their recent volume, one queue's intervals, and the record of each run.
// Plain reads on the connection given (the storage worker's, off the GUI thread).
namespace ImportedDataStore {

struct Overview
{
    bool ok = false; // false: the database could not be read
    qint64 queues = 0;
    qint64 newQueues = 0; // not yet seen in the Queues tab
    qint64 intervalRows = 0;
    qint64 users = 0;
    qint64 activities = 0;
    qint64 agentStates = 0;
    qint64 firstInterval = -1; // UTC start of the earliest interval held; -1 when none
    qint64 lastInterval = -1;
};

struct Queue
{
    qint64 id = 0;
    QString externalId;
    QString name;
    QString kind;
    qint64 firstInterval = -1;
    qint64 lastInterval = -1;
    qint64 offeredRecently = 0; // contacts offered since the time asked for
    qint64 workloadId = -1;
    QString workloadName;
    bool isNew = false; // imported since the admin last looked at the queues
};

struct IntervalTotals
{
    qint64 startUtc = 0;
    qint64 offered = 0;
    qint64 handled = 0;
};

struct Run
{
    qint64 id = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = -1; // -1 while running
    TimeRange range;
    qint64 rows = 0;
    QString outcome; // running, ok, failed, cancelled, interrupted
    QString error;
};

Overview overview(const QSqlDatabase &db, const QString &integrationId);
// offeredSinceUtc: from when Queue::offeredRecently counts (e.g. 7 days ago).
QList<Queue> queues(const QSqlDatabase &db, const QString &integrationId, qint64 offeredSinceUtc);
// One row per 15-minute interval of the queue in range that has statistics, by start.
QList<IntervalTotals> intervals(const QSqlDatabase &db, qint64 queueId, const TimeRange &range);
// The newest first, at most limit.
QList<Run> runs(const QSqlDatabase &db, const QString &integrationId, int limit);
// The queues now count as seen: none is "new" any more.
bool markQueuesSeen(const QSqlDatabase &db, const QString &integrationId);

} // namespace ImportedDataStore
