#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// A named set of queues, from any integration, that the workforce planning treats as one.
// A queue is in at most one workload.
struct Workload
{
    qint64 id = 0;
    QString name;
    int queueCount = 0;
    QDateTime createdAt;
};

// One imported queue as the Workloads window lists it: where it comes from and which
// workload, if any, it is in.
struct AssignableQueue
{
    qint64 id = 0;
    QString integrationId;
    QString integrationName;
    QString name;
    QString externalId;
    QString kind;
    qint64 workloadId = 0; // 0: in no workload
    QString workloadName;
};

// A queue that an assignment took from the workload it was in.
struct QueueMove
{
    qint64 queueId = 0;
    qint64 fromWorkloadId = 0;
    QString fromWorkloadName;
};

// How many queues a workload loses (deleting an integration, moving queues elsewhere).
struct WorkloadLoss
{
    qint64 workloadId = 0;
    QString workloadName;
    int queueCount = 0;
};
