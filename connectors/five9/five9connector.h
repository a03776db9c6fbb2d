#pragma once

#include "api/connector.h"
#include "five9/five9call.h"
#include "five9/five9limiter.h"

#include <memory>

class QNetworkAccessManager;

// Five9 through its Configuration (Admin) SOAP web service: skills or campaigns as queues,
// the Call Log report as 15-minute interval statistics, the agent state report as agent
// status data.
class Five9Connector : public Connector
{
    Q_OBJECT
public:
    explicit Five9Connector(QObject *parent = nullptr);
    ~Five9Connector() override;

    ConnectorInfo info() const override;
    FieldDescriptors fields() const override;
    QString suggestedName(const QVariantMap &values) const override;
    QVariantMap derivedDefaults(const QVariantMap &values) const override;
    QString detailsNote(const QVariantMap &values) const override;
    QString accountKey(const QVariantMap &values) const override;

    // Tests shorten the waits between retries and polls.
    void setRetryPolicy(const Five9RetryPolicy &policy) { m_policy = policy; }

    // Reports cover several days each and run in parallel (Five9IntervalsJob): two weeks per
    // step keep several in flight and checkpoint often enough.
    qint64 fetchChunkSeconds() const override { return 14 * 86400; }
    // Five9 keeps report data for years; a year of call log within its report limits takes
    // about 20 minutes (docs/benchmarks.md), which is as far as a first import should go.
    int maximumBackfillDays() const override { return 365; }
    std::chrono::seconds checkDeadline() const override { return m_policy.checkDeadline; }
    // The domain's limits as this connector has used them (tests set their own).
    const std::shared_ptr<Five9Limiter> &limiter() const { return m_limiter; }
    // Five9's cap on the records of one report result; tests lower it.
    void setResultCap(int records) { m_resultCap = records; }

    // How far back discovery looks for the campaign-and-skill pairs and reason codes in use.
    static constexpr qint64 DiscoveryDays = 7;

protected:
    ConnectorJob *startVerify(const ConnectionSettings &settings) override;
    ConnectorJob *startVerifySetup(const ConnectionSettings &settings) override;
    ConnectorJob *startDiscoverQueues(const ConnectionSettings &settings) override;
    ConnectorJob *startFetchIntervals(
        const ConnectionSettings &settings, const TimeRange &range) override;
    ConnectorJob *startDiscoverUsers(const ConnectionSettings &settings) override;
    ConnectorJob *startDiscoverActivities(const ConnectionSettings &settings) override;
    ConnectorJob *startFetchAgentStates(
        const ConnectionSettings &settings, const TimeRange &range) override;

private:
    QNetworkAccessManager *network();
    // InvalidSettings with a message, or Ok.
    ConnectorResult check(const ConnectionSettings &settings) const;

    QNetworkAccessManager *m_network = nullptr;
    Five9RetryPolicy m_policy;
    std::shared_ptr<Five9Limiter> m_limiter = std::make_shared<Five9Limiter>();
    int m_resultCap = 50000;
};
