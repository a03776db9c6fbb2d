#pragma once

#include "api/connector.h"

#include <chrono>

// An ACD that needs no network: any non-empty user name and password sign in, except the
// documented ones that show the error paths (password "wrong"; user "agent", who lacks the
// Administrator role). Its data is deterministic: seasonal traffic (DemoData) and a team of
// agents working shifts (DemoAgents).
class DemoConnector : public Connector
{
    Q_OBJECT
public:
    static constexpr auto WrongPassword = "wrong";
    static constexpr auto UserWithoutRole = "agent";

    explicit DemoConnector(std::chrono::milliseconds latency = std::chrono::milliseconds(400),
        QObject *parent = nullptr);

    ConnectorInfo info() const override;
    FieldDescriptors fields() const override;
    QString suggestedName(const QVariantMap &values) const override;

protected:
    ConnectorJob *startVerify(const ConnectionSettings &settings) override;
    ConnectorJob *startDiscoverQueues(const ConnectionSettings &settings) override;
    ConnectorJob *startFetchIntervals(
        const ConnectionSettings &settings, const TimeRange &range) override;
    ConnectorJob *startDiscoverUsers(const ConnectionSettings &settings) override;
    ConnectorJob *startDiscoverActivities(const ConnectionSettings &settings) override;
    ConnectorJob *startFetchAgentStates(
        const ConnectionSettings &settings, const TimeRange &range) override;

private:
    // Static: the jobs call it, and a job must not refer to its connector (see ConnectorJob).
    static ConnectorResult checkCredentials(const ConnectionSettings &settings);
    std::chrono::milliseconds m_latency;
};
