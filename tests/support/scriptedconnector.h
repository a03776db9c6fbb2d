#pragma once

#include "api/connector.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTimer>

#include <functional>
#include <memory>

// A connector whose interval fetches fail or succeed as a test scripts them (ServerBusy,
// RateLimited with Retry-After, BadCredentials, …), recording when each fetch came. It has
// no secret fields, so the engine needs no keychain for it. Thread-safe: the engine creates
// one per worker thread, all sharing the script.
class ScriptedConnector : public Connector
{
public:
    struct Script
    {
        QMutex mutex;
        QList<ConnectorResult> results; // taken one per fetch; success when empty
        QList<qint64> fetchTimesMs; // on clock
        // A failing fetch first delivers its rows, as a transfer cut off near its end would.
        bool rowsBeforeFailure = false;
        QElapsedTimer clock;
        Script() { clock.start(); }
    };

    explicit ScriptedConnector(std::shared_ptr<Script> script)
        : m_script(std::move(script))
    {
    }

    ConnectorInfo info() const override
    {
        return {QStringLiteral("scripted"), QStringLiteral("Scripted ACD"), {}, {},
            Capability::Queues | Capability::IntervalStatistics};
    }
    FieldDescriptors fields() const override { return {}; }

protected:
    ConnectorJob *startVerify(const ConnectionSettings &) override
    {
        return ConnectorJob::finishedJob(ConnectorResult::success());
    }

    ConnectorJob *startDiscoverQueues(const ConnectionSettings &) override
    {
        return new Job([](ConnectorJob *job) {
            emit job->queuesReady({{QStringLiteral("S1"), QStringLiteral("Scripted"), {}}});
            return ConnectorResult::success();
        });
    }

    ConnectorJob *startFetchIntervals(const ConnectionSettings &, const TimeRange &range) override
    {
        ConnectorResult result;
        bool rowsBeforeFailure = false;
        {
            QMutexLocker locker(&m_script->mutex);
            m_script->fetchTimesMs << m_script->clock.elapsed();
            if (!m_script->results.isEmpty())
                result = m_script->results.takeFirst();
            rowsBeforeFailure = m_script->rowsBeforeFailure;
        }
        if (!result.ok() && !rowsBeforeFailure)
            return ConnectorJob::finishedJob(result);
        return new Job([range, result](ConnectorJob *job) {
            QList<IntervalRecord> batch;
            for (qint64 t = range.fromUtc; t < range.toUtc; t += IntervalSeconds)
                batch.append({QStringLiteral("S1"), t, 10, 9, 1, 900, 90, 8});
            emit job->intervalsReady(batch);
            return result;
        });
    }

private:
    // Runs its work on the next event-loop turn, as a network reply would arrive.
    class Job : public ConnectorJob
    {
    public:
        explicit Job(std::function<ConnectorResult(ConnectorJob *)> work)
        {
            QTimer::singleShot(0, this, [this, work] { finish(work(this)); });
        }
    };

    std::shared_ptr<Script> m_script;
};
