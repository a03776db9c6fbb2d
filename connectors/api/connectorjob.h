#pragma once

#include "api/connectorresult.h"
#include "api/records.h"

#include <QObject>

// One asynchronous connector operation. Records arrive in batches through the signal that
// fits the operation; finished() is emitted exactly once, then the job deletes itself.
// cancel() is safe at any time and finishes the job with Kind::Cancelled.
//
// Ownership and lifetime, for every connector and every caller:
// - The caller of the Connector method that made a job owns it: the job has no parent, and
//   the connector neither parents nor deletes it; the connector keeps only a QPointer.
// - Nobody deletes a job: it deletes itself (deleteLater) after it emitted finished(). A
//   caller keeps a QPointer<ConnectorJob>, and calls cancel() (or disconnects) when it goes
//   away first; the job then still ends and frees itself.
// - finished() comes exactly once: when the work ends, from cancel(), or, when the connector
//   is destroyed first, with Kind::Cancelled from inside the connector's destructor. A
//   handler of finished() must therefore not call into the connector that made the job.
// - A job never holds its connector (no captured `this` without a guard), so a job that
//   outlives its connector touches nothing of it.
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
    static ConnectorJob *finishedJob(const ConnectorResult &result);
    // What a cancelled job finishes with.
    static ConnectorResult cancelledResult();

private:
    ConnectorResult m_result;
    bool m_finished = false;
};
