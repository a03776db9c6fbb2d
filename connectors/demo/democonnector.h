#pragma once

#include "api/connector.h"

#include <chrono>

// An ACD that needs no network: any non-empty user name and password sign in, except the
// documented ones that show the error paths (password "wrong"; user "agent", who lacks the
// administrator role). Its data is deterministic and seasonal (see DemoData).
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

    ConnectorJob *verify(const ConnectionSettings &settings) override;
    ConnectorJob *discoverQueues(const ConnectionSettings &settings) override;
    ConnectorJob *fetchIntervals(
        const ConnectionSettings &settings, const TimeRange &range) override;

private:
    ConnectorResult checkCredentials(const ConnectionSettings &settings) const;
    std::chrono::milliseconds m_latency;
};
