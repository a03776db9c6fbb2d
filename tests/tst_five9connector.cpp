// The Five9 connector against the fake Five9: sign-in checks, discovery, retries, cancel.
#include "api/connectorregistry.h"
#include "fakefive9harness.h"

#include <QTcpServer>

using namespace FakeFive9Harness;
using Kind = ConnectorResult::Kind;
using Fault = FakeFive9Server::Fault;

class TestFive9Connector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void silentServerEndsWithNoAnswerWithinTheDeadline();
    void verifyTellsWhatIsWrong_data();
    void verifyTellsWhatIsWrong();
    void verifyNamesTheMissingRole();
    void verifyReportsUnreachableHostAndPointsToRegion();
    void verifyReportsUntrustedCertificateAsTlsError();
    void testEndpointRefusesNonLoopbackHosts();
    void otherSoapFaultGivesFive9sMessage();
    void malformedAnswerIsATransientProtocolError();
    void discoverQueuesFollowsGrouping_data();
    void discoverQueuesFollowsGrouping();
    void discoverUsersListsUserNamesWithFullNames();
    void discoverActivitiesFindsStatesAndReasonCodes();
    void transientTroubleIsRetriedAndImportCompletes_data();
    void transientTroubleIsRetriedAndImportCompletes();
    void retryingStopsAfterTheLastAttempt();
    void cancelStopsASlowCallPromptly();
    void jobEndsCancelledWhenItsConnectorGoesFirst_data();
    void jobEndsCancelledWhenItsConnectorGoesFirst();
    void everyRequestMatchesTheWsdl();
    void registryOffersFive9WithRegionInName();

private:
    Run fetchFixtureDay(const QString &grouping = QStringLiteral("skill"));
    std::unique_ptr<FakeFive9Server> m_server;
    std::unique_ptr<Five9Connector> m_connector;
};

void TestFive9Connector::initTestCase()
{
    qRegisterMetaType<ConnectorResult>();
}

void TestFive9Connector::init()
{
    m_server = startFixtureServer();
    QVERIFY(m_server);
    m_connector = fastConnector();
}

void TestFive9Connector::cleanup()
{
    m_connector.reset();
    m_server.reset();
}

Run TestFive9Connector::fetchFixtureDay(const QString &grouping)
{
    return run(m_connector->fetchIntervals(
        settings(m_server->baseUrl(), grouping), localDays(QDate(2026, 3, 2), 1)));
}

void TestFive9Connector::verifyTellsWhatIsWrong_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<Kind>("expected");
    const QString admin = QLatin1String(FakeFive9Fixtures::AdminUser);
    const QString password = QLatin1String(FakeFive9Fixtures::AdminPassword);
    QTest::newRow("right user and password") << admin << password << Kind::Ok;
    QTest::newRow("wrong password") << admin << QStringLiteral("not-it") << Kind::BadCredentials;
    QTest::newRow("unknown user") << QStringLiteral("nobody") << password << Kind::BadCredentials;
    QTest::newRow("user without administrator role")
        << QString::fromLatin1(FakeFive9Fixtures::AgentUser) << password << Kind::MissingPermission;
}

void TestFive9Connector::verifyTellsWhatIsWrong()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(Kind, expected);
    const Run r = run(m_connector->verify(
        settings(m_server->baseUrl(), QStringLiteral("skill"), user, password)));
    QVERIFY(r.finished);
    QCOMPARE(r.result.kind, expected);
    QCOMPARE(r.result.message.isEmpty(), expected == Kind::Ok);
    QVERIFY(!r.result.message.contains(password));
    QCOMPARE(m_server->operations(), QStringList {QStringLiteral("getVCCConfiguration")});
}

void TestFive9Connector::silentServerEndsWithNoAnswerWithinTheDeadline()
{
    // A server that takes the request and never answers: one wait of the transfer timeout,
    // then a transient "no answer" that names the host; no quick retries that would
    // multiply the wait.
    Five9RetryPolicy policy = fastPolicy();
    policy.transferTimeout = std::chrono::milliseconds(700);
    m_connector->setRetryPolicy(policy);
    m_server->injectFault(Fault::Silent, -1);
    QElapsedTimer clock;
    clock.start();
    const Run r = run(m_connector->verify(settings(m_server->baseUrl())));
    const qint64 elapsed = clock.elapsed();
    QVERIFY(r.finished);
    QCOMPARE(r.result.kind, Kind::Unreachable);
    QVERIFY(r.result.isTransient());
    QVERIFY2(r.result.message.startsWith(QLatin1String("No answer from Five9 at 127.0.0.1")),
        qPrintable(r.result.message));
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY2(elapsed >= 600 && elapsed < 2500, qPrintable(QString::number(elapsed)));
}

void TestFive9Connector::verifyNamesTheMissingRole()
{
    const Run r = run(m_connector->verify(settings(m_server->baseUrl(), QStringLiteral("skill"),
        QLatin1String(FakeFive9Fixtures::AgentUser))));
    QCOMPARE(r.result.kind, Kind::MissingPermission);
    QVERIFY2(r.result.message.contains(u"DomainAdmin"), qPrintable(r.result.message));
    QVERIFY2(r.result.message.contains(QLatin1String(FakeFive9Fixtures::AgentUser)),
        qPrintable(r.result.message));
}

void TestFive9Connector::verifyReportsUnreachableHostAndPointsToRegion()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl url = m_server->baseUrl();
    url.setPort(closed.serverPort());
    closed.close(); // nothing listens there any more
    const Run r = run(m_connector->verify(settings(url)));
    QCOMPARE(r.result.kind, Kind::Unreachable);
    QVERIFY2(r.result.message.contains(u"region"), qPrintable(r.result.message));
}

void TestFive9Connector::verifyReportsUntrustedCertificateAsTlsError()
{
    const Run r = run(m_connector->verify(settings(m_server->baseUrl(), QStringLiteral("skill"),
        QLatin1String(FakeFive9Fixtures::AdminUser),
        QLatin1String(FakeFive9Fixtures::AdminPassword), {})));
    QCOMPARE(r.result.kind, Kind::TlsError);
    QVERIFY(m_server->requests().isEmpty()); // the password never left the client
}

void TestFive9Connector::testEndpointRefusesNonLoopbackHosts()
{
    QVERIFY(!TestEndpoint::create(
        QUrl(QStringLiteral("https://api.five9.com")), FakeFive9Server::certificates()));
    QVERIFY(!TestEndpoint::create(QUrl(QStringLiteral("http://10.0.0.8:8080"))));
    QVERIFY(TestEndpoint::create(m_server->baseUrl()));
}

void TestFive9Connector::otherSoapFaultGivesFive9sMessage()
{
    m_server->injectFault(Fault::AccessDisallowed);
    const Run r = run(m_connector->verify(settings(m_server->baseUrl())));
    QCOMPARE(r.result.kind, Kind::ProtocolError);
    QVERIFY2(r.result.message.contains(u"Access to web services is disallowed"),
        qPrintable(r.result.message));
    // A refusal on purpose: asking again gets the same answer.
    QCOMPARE(r.result.disposition, ConnectorResult::Disposition::NeedsAdmin);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestFive9Connector::malformedAnswerIsATransientProtocolError()
{
    // A cut-off or mangled answer: the call tries again within its short budget, then leaves
    // it to the engine's backoff.
    m_server->injectFault(Fault::MalformedXml, -1);
    const Run r = run(m_connector->verify(settings(m_server->baseUrl())));
    QCOMPARE(r.result.kind, Kind::ProtocolError);
    QVERIFY(r.result.isTransient());
    QCOMPARE(m_server->requests().size(), fastPolicy().maxAttempts);
}

void TestFive9Connector::discoverQueuesFollowsGrouping_data()
{
    QTest::addColumn<QString>("grouping");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("skill") << QStringLiteral("skill")
                           << QStringList {QStringLiteral("Sales EN"), QStringLiteral("Sales IT"),
                                  QStringLiteral("Support, Tier 1"), QStringLiteral("Billing")};
    QTest::newRow("campaign") << QStringLiteral("campaign")
                              << QStringList {QStringLiteral("Inbound Sales"),
                                     QStringLiteral("Inbound Support"),
                                     QStringLiteral("Outbound Renewals")};
    // The pairs the fixture call log has; Outbound Renewals has no skill, so no pair.
    QTest::newRow("campaign and skill") << QStringLiteral("campaign+skill")
                                        << QStringList {QStringLiteral("Inbound Sales / Sales EN"),
                                               QStringLiteral("Inbound Sales / Sales IT"),
                                               QStringLiteral("Inbound Support / Billing"),
                                               QStringLiteral("Inbound Support / Support, Tier 1")};
}

void TestFive9Connector::discoverQueuesFollowsGrouping()
{
    QFETCH(QString, grouping);
    QFETCH(QStringList, expected);
    const Run r = run(m_connector->discoverQueues(settings(m_server->baseUrl(), grouping)));
    QCOMPARE(r.result.kind, Kind::Ok);
    QStringList ids;
    for (const QueueRecord &queue : r.queues) {
        ids << queue.externalId;
        QCOMPARE(queue.kind, grouping);
    }
    ids.sort();
    expected.sort();
    QCOMPARE(ids, expected);
}

void TestFive9Connector::discoverUsersListsUserNamesWithFullNames()
{
    const Run r = run(m_connector->discoverUsers(settings(m_server->baseUrl())));
    QCOMPARE(r.result.kind, Kind::Ok);
    QCOMPARE(r.users.size(), 4);
    const auto maria = std::find_if(r.users.cbegin(), r.users.cend(),
        [](const ExternalUser &u) { return u.externalId == u"maria.rossi"; });
    QVERIFY(maria != r.users.cend());
    QCOMPARE(maria->name, QStringLiteral("Maria Rossi"));
}

void TestFive9Connector::discoverActivitiesFindsStatesAndReasonCodes()
{
    const Run r = run(m_connector->discoverActivities(settings(m_server->baseUrl())));
    QCOMPARE(r.result.kind, Kind::Ok);
    QStringList ids;
    for (const ExternalActivity &activity : r.activities)
        ids << activity.externalId;
    for (const auto *id : {"Ready", "On Call", "Not Ready/Lunch", "Not Ready/Training, product",
             "Logout/End of Shift"})
        QVERIFY2(ids.contains(QString::fromUtf8(id)), id);
    QCOMPARE(ids.removeDuplicates(), 0);
}

void TestFive9Connector::transientTroubleIsRetriedAndImportCompletes_data()
{
    QTest::addColumn<int>("fault"); // a Fault, or -1 for "result not ready"
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("times");
    QTest::newRow("limit exceeded on runReport")
        << int(Fault::LimitExceeded) << QStringLiteral("runReport") << 3;
    QTest::newRow("limit exceeded on getReportResultCsv")
        << int(Fault::LimitExceeded) << QStringLiteral("getReportResultCsv") << 2;
    QTest::newRow("service unavailable") << int(Fault::ServiceUnavailable) << QString() << 2;
    QTest::newRow("HTTP 429") << int(Fault::TooManyRequests) << QStringLiteral("isReportRunning")
                              << 2;
    QTest::newRow("HTTP 500 without SOAP")
        << int(Fault::Http500) << QStringLiteral("runReport") << 2;
    QTest::newRow("connection reset")
        << int(Fault::Reset) << QStringLiteral("getReportResultCsv") << 1;
    QTest::newRow("result not ready") << -1 << QStringLiteral("getReportResultCsv") << 3;
    // Part of the CSV has been read when the answer breaks off: the retry starts over.
    QTest::newRow("result cut off")
        << int(Fault::Truncated) << QStringLiteral("getReportResultCsv") << 1;
}

void TestFive9Connector::transientTroubleIsRetriedAndImportCompletes()
{
    QFETCH(int, fault);
    QFETCH(QString, operation);
    QFETCH(int, times);
    const Run baseline = fetchFixtureDay();
    QCOMPARE(baseline.result.kind, Kind::Ok);
    QVERIFY(!baseline.intervals.isEmpty());
    const qsizetype before = m_server->operations().count(operation);

    if (fault < 0)
        m_server->setNotReadyAnswers(times);
    else
        m_server->injectFault(Fault(fault), times, operation);
    const Run r = fetchFixtureDay();
    QCOMPARE(r.result.kind, Kind::Ok);
    QCOMPARE(r.intervals, baseline.intervals);
    // Each planned fault cost one extra request for the operation.
    if (!operation.isEmpty())
        QCOMPARE(m_server->operations().count(operation) - before, before + times);
}

void TestFive9Connector::retryingStopsAfterTheLastAttempt()
{
    m_server->injectFault(Fault::LimitExceeded, -1, QStringLiteral("runReport"));
    const Run r = fetchFixtureDay();
    QCOMPARE(r.result.kind, Kind::RateLimited);
    QCOMPARE(m_server->operations().count(QStringLiteral("runReport")), fastPolicy().maxAttempts);
    QCOMPARE(r.intervalBatches, 0);
}

void TestFive9Connector::cancelStopsASlowCallPromptly()
{
    m_server->setSlowDelay(5000);
    m_server->injectFault(Fault::Slow, -1);
    ConnectorJob *job = m_connector->fetchIntervals(
        settings(m_server->baseUrl()), localDays(QDate(2026, 3, 2), 3));
    QSignalSpy finished(job, &ConnectorJob::finished);
    QSignalSpy batches(job, &ConnectorJob::intervalsReady);
    QTRY_COMPARE(m_server->requests().size(), 1);
    QElapsedTimer clock;
    clock.start();
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ConnectorResult>().kind, Kind::Cancelled);
    QVERIFY(clock.elapsed() < 500);
    QTest::qWait(100);
    QCOMPARE(batches.size(), 0);
    QCOMPARE(finished.size(), 1);
}

void TestFive9Connector::jobEndsCancelledWhenItsConnectorGoesFirst_data()
{
    QTest::addColumn<bool>("inFlight"); // a request sent and unanswered, or not sent yet
    QTest::addColumn<QString>("password"); // empty: refused before any request
    QTest::newRow("request in flight")
        << true << QString::fromLatin1(FakeFive9Fixtures::AdminPassword);
    QTest::newRow("not sent yet") << false << QString::fromLatin1(FakeFive9Fixtures::AdminPassword);
    QTest::newRow("refused settings, result pending") << false << QString();
}

void TestFive9Connector::jobEndsCancelledWhenItsConnectorGoesFirst()
{
    // The job belongs to its caller, not to the connector: it outlives it, ends once with
    // Cancelled, touches nothing of the dead connector, then frees itself.
    QFETCH(bool, inFlight);
    QFETCH(QString, password);
    m_server->setSlowDelay(5000);
    m_server->injectFault(Fault::Slow, -1);
    QPointer<ConnectorJob> job
        = m_connector->fetchIntervals(settings(m_server->baseUrl(), QStringLiteral("skill"),
                                          QLatin1String(FakeFive9Fixtures::AdminUser), password),
            localDays(QDate(2026, 3, 2), 3));
    QVERIFY(job);
    QCOMPARE(job->parent(), nullptr);
    QSignalSpy finished(job.data(), &ConnectorJob::finished);
    QSignalSpy batches(job.data(), &ConnectorJob::intervalsReady);
    if (inFlight)
        QTRY_COMPARE(m_server->requests().size(), 1);

    m_connector.reset();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ConnectorResult>().kind, Kind::Cancelled);
    QTest::qWait(100); // pending timers and replies, had they survived, would fire now
    QCOMPARE(finished.size(), 1);
    QCOMPARE(batches.size(), 0);
    QVERIFY(job.isNull()); // deleted itself after finished()
}

void TestFive9Connector::everyRequestMatchesTheWsdl()
{
    run(m_connector->verify(settings(m_server->baseUrl())));
    for (const QString &grouping : {QStringLiteral("skill"), QStringLiteral("campaign")})
        run(m_connector->discoverQueues(settings(m_server->baseUrl(), grouping)));
    run(m_connector->discoverUsers(settings(m_server->baseUrl())));
    m_server->setRunningPolls(2);
    run(m_connector->fetchAgentStates(
        settings(m_server->baseUrl()), localDays(QDate(2026, 3, 2), 1)));
    QStringList seen = m_server->operations();
    seen.removeDuplicates();
    seen.sort();
    QCOMPARE(seen,
        (QStringList {QStringLiteral("getCampaigns"), QStringLiteral("getReportResultCsv"),
            QStringLiteral("getSkills"), QStringLiteral("getUsersGeneralInfo"),
            QStringLiteral("getVCCConfiguration"), QStringLiteral("isReportRunning"),
            QStringLiteral("runReport")}));
    QCOMPARE(m_server->envelopeErrors(), QStringList {});
}

void TestFive9Connector::registryOffersFive9WithRegionInName()
{
    const ConnectorRegistry registry = ConnectorRegistry::builtIn();
    QCOMPARE(
        registry.ids().mid(0, 2), (QStringList {QStringLiteral("demo"), QStringLiteral("five9")}));
    auto connector = registry.create(QStringLiteral("five9"));
    QVERIFY(connector);
    QCOMPARE(connector->secretKeys(), QStringList {QStringLiteral("password")});
    QCOMPARE(connector->suggestedName({{QStringLiteral("region"), QStringLiteral("eu-uk")}}),
        QStringLiteral("Five9 (Europe, UK)"));
    const QVariantMap defaults = connector->withDefaults({});
    QCOMPARE(defaults.value(QStringLiteral("callLogFolder")).toString(),
        QStringLiteral("Call Log Reports"));
    QCOMPARE(defaults.value(QStringLiteral("agentStateReport")).toString(),
        QStringLiteral("Agent State Details"));
    QVERIFY(connector->validate(defaults, {{QStringLiteral("password"), QStringLiteral("x")}})
                .contains(QStringLiteral("username")));
    const auto caps = connector->info().capabilities;
    QVERIFY(caps.testFlag(Capability::Queues) && caps.testFlag(Capability::IntervalStatistics)
        && caps.testFlag(Capability::AgentStates));
}

QTEST_GUILESS_MAIN(TestFive9Connector)
#include "tst_five9connector.moc"
