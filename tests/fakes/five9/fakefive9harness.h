#pragma once

// What the Five9 test suites share: a running fake, settings that point the connector at it,
// and a way to run a job to its end collecting everything it emits.
#include "api/connector.h"
#include "fakefive9fixtures.h"
#include "fakefive9server.h"
#include "five9/five9connector.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace FakeFive9Harness {

inline Five9RetryPolicy fastPolicy()
{
    Five9RetryPolicy policy;
    policy.firstDelay = std::chrono::milliseconds(5);
    policy.maxDelay = std::chrono::milliseconds(20);
    policy.firstPoll = std::chrono::milliseconds(5);
    policy.maxPoll = std::chrono::milliseconds(20);
    policy.transferTimeout = std::chrono::milliseconds(3000);
    return policy;
}

// A connector with fastPolicy(): the fake answers at once, so nothing needs to wait long.
inline std::unique_ptr<Five9Connector> fastConnector()
{
    auto connector = std::make_unique<Five9Connector>();
    connector->setRetryPolicy(fastPolicy());
    return connector;
}

// The fake serving the fixtures' domain on a loopback port; null when it cannot listen.
inline std::unique_ptr<FakeFive9Server> startFixtureServer()
{
    auto server = std::make_unique<FakeFive9Server>();
    FakeFive9Fixtures::install(*server);
    if (!server->listen())
        return nullptr;
    return server;
}

inline const QString TimeZone = QStringLiteral("Europe/Rome");

inline ConnectionSettings settings(const QUrl &baseUrl,
    const QString &grouping = QStringLiteral("skill"),
    const QString &user = QLatin1String(FakeFive9Fixtures::AdminUser),
    const QString &password = QLatin1String(FakeFive9Fixtures::AdminPassword),
    const QList<QSslCertificate> &trusted = FakeFive9Server::certificates())
{
    ConnectionSettings s;
    s.values
        = {{QStringLiteral("username"), user}, {QStringLiteral("region"), QStringLiteral("eu-uk")},
            {QStringLiteral("queueGrouping"), grouping}, {QStringLiteral("timeZone"), TimeZone},
            {QStringLiteral("serviceLevelSeconds"), 20}};
    s.secrets = {{QStringLiteral("password"), password}};
    s.testEndpoint = TestEndpoint::create(baseUrl, trusted);
    return s;
}

struct Run
{
    bool finished = false;
    ConnectorResult result;
    QList<QueueRecord> queues;
    QList<IntervalRecord> intervals;
    int intervalBatches = 0;
    QList<ExternalUser> users;
    QList<ExternalActivity> activities;
    QList<AgentStateRecord> states;
};

inline Run run(ConnectorJob *job, int timeoutMs = 20000)
{
    Run r;
    QObject::connect(job, &ConnectorJob::queuesReady, job, [&r](const auto &b) { r.queues += b; });
    QObject::connect(job, &ConnectorJob::intervalsReady, job, [&r](const auto &b) {
        r.intervals += b;
        ++r.intervalBatches;
    });
    QObject::connect(job, &ConnectorJob::usersReady, job, [&r](const auto &b) { r.users += b; });
    QObject::connect(
        job, &ConnectorJob::activitiesReady, job, [&r](const auto &b) { r.activities += b; });
    QObject::connect(
        job, &ConnectorJob::agentStatesReady, job, [&r](const auto &b) { r.states += b; });
    QSignalSpy spy(job, &ConnectorJob::finished);
    r.finished = spy.wait(timeoutMs);
    if (r.finished)
        r.result = spy.first().first().value<ConnectorResult>();
    return r;
}

// The UTC range of one local day in the fixtures' time zone.
inline TimeRange localDays(QDate first, int days)
{
    const QTimeZone zone(TimeZone.toUtf8());
    return {QDateTime(first, QTime(0, 0), zone).toSecsSinceEpoch(),
        QDateTime(first.addDays(days), QTime(0, 0), zone).toSecsSinceEpoch()};
}

} // namespace FakeFive9Harness
