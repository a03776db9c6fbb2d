#pragma once

#include "api/connectorresult.h"
#include "api/records.h"

#include <QObject>

// One asynchronous connector operation. Records arrive in batches through the signal that
// fits the operation; finished() is emitted exactly once, then the job deletes itself.
// cancel() is safe at any time and finishes the job with Kind::Cancelled.
class ConnectorJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorJob)
public:
    explicit ConnectorJob(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    ConnectorResult result() const { return m_result; }

public slots:
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void queuesReady(const QList<QueueRecord> &queues);
    void intervalsReady(const QList<IntervalRecord> &intervals);
    void usersReady(const QList<ExternalUser> &users);
    void activitiesReady(const QList<ExternalActivity> &activities);
    void agentStatesReady(const QList<AgentStateRecord> &states);
    void finished(const ConnectorResult &result);

protected:
    // Emits finished() once; later calls are ignored.
    void finish(const ConnectorResult &result);
    // Stop network work; called once by cancel() before finishing.
    virtual void abort() { }

public:
    // A job that finishes with the given result on the next event loop turn.
    static ConnectorJob *finishedJob(const ConnectorResult &result, QObject *parent = nullptr);

private:
    ConnectorResult m_result;
    bool m_finished = false;
};
