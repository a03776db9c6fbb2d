#pragma once

#include "api/connector.h"

#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>

// A connector like a paged REST API: each interval fetch delivers one page (every interval of
// the range for each queue) at once, then waits a while, as for the next page over the
// network, before it finishes. The shared State tells a test when the wait has begun.
class PageWaitConnector : public Connector
{
public:
    struct State
    {
        std::atomic<bool> waiting = false; // a page was delivered and the job has not finished
        std::atomic<int> pagesDelivered = 0;
    };

    PageWaitConnector(std::shared_ptr<State> state, int queueCount, std::chrono::milliseconds wait)
        : m_state(std::move(state))
        , m_queueCount(queueCount)
        , m_wait(wait)
    {
    }

    ConnectorInfo info() const override
    {
        return {QStringLiteral("pagewait"), QStringLiteral("Page-wait ACD"), {}, {},
            Capability::Queues | Capability::IntervalStatistics};
    }
    FieldDescriptors fields() const override { return {}; }

protected:
    ConnectorJob *startVerify(const ConnectionSettings &) override
    {
        return ConnectorJob::finishedJob(ConnectorResult::success());
    }

    static QString queueId(int q) { return QStringLiteral("P%1").arg(q); }

    ConnectorJob *startDiscoverQueues(const ConnectionSettings &) override
    {
        auto *job = new Job;
        const int count = m_queueCount;
        QTimer::singleShot(0, job, [job, count] {
            QList<QueueRecord> queues;
            for (int q = 0; q < count; ++q)
                queues.append({queueId(q), QStringLiteral("Queue %1").arg(q), {}});
            emit job->queuesReady(queues);
            job->done(ConnectorResult::success());
        });
        return job;
    }

    ConnectorJob *startFetchIntervals(const ConnectionSettings &, const TimeRange &range) override
    {
        auto *job = new Job;
        const int count = m_queueCount;
        const auto wait = m_wait;
        const std::shared_ptr<State> state = m_state;
        QTimer::singleShot(0, job, [job, count, range, wait, state] {
            QList<IntervalRecord> page;
            for (qint64 t = range.fromUtc; t < range.toUtc; t += IntervalSeconds)
                for (int q = 0; q < count; ++q)
                    page.append({queueId(q), t, 10, 9, 1, 900, 90, 8});
            emit job->intervalsReady(page);
            ++state->pagesDelivered;
            state->waiting = true;
            // The "next page" request: nothing arrives until the wait is over.
            QTimer::singleShot(wait, job, [job, state] {
                state->waiting = false;
                job->done(ConnectorResult::success());
            });
        });
        return job;
    }

private:
    class Job : public ConnectorJob
    {
    public:
        void done(const ConnectorResult &result) { finish(result); }
    };

    std::shared_ptr<State> m_state;
    int m_queueCount = 0;
    std::chrono::milliseconds m_wait;
};
