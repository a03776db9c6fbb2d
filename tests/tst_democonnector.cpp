#include "api/connectorregistry.h"
#include "demo/demoagents.h"
#include "demo/democonnector.h"
#include "demo/demodata.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <tuple>

class TestDemoConnector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void verifyAcceptsAnyNonEmptyPairAndRejectsDocumentedOnes_data();
    void verifyAcceptsAnyNonEmptyPairAndRejectsDocumentedOnes();
    void sameRangeGivesSameDataTwice();
    void dataDoesNotDependOnHowTheRangeIsSplit();
    void dataIsSeasonal();
    void cancelStopsAnImport();
    void jobEndsCancelledWhenItsConnectorGoesFirst_data();
    void jobEndsCancelledWhenItsConnectorGoesFirst();
    void registryOffersDemo();
    void usersAndActivitiesAreAFixedTeam();
    void sameRangeGivesSameAgentStatesTwice();
    void agentStatesDoNotDependOnHowTheRangeIsSplit();
    void eachWorkingDayIsOneUnbrokenShiftPerUser();
    void cancelStopsAnAgentStateImport();

private:
    static QList<IntervalRecord> fetch(DemoConnector &connector, const TimeRange &range);
    static QList<AgentStateRecord> fetchStates(DemoConnector &connector, const TimeRange &range);
    static ConnectionSettings settings(const QString &user, const QString &password)
    {
        ConnectionSettings s;
        s.values = {{QStringLiteral("username"), user}, {QStringLiteral("queueCount"), 5}};
        s.secrets = {{QStringLiteral("password"), password}};
        return s;
    }
};

void TestDemoConnector::initTestCase()
{
    qRegisterMetaType<ConnectorResult>();
}

void TestDemoConnector::verifyAcceptsAnyNonEmptyPairAndRejectsDocumentedOnes_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<ConnectorResult::Kind>("expected");
    QTest::newRow("any pair") << QStringLiteral("maria.rossi") << QStringLiteral("hunter2")
                              << ConnectorResult::Kind::Ok;
    QTest::newRow("wrong password") << QStringLiteral("maria.rossi") << QStringLiteral("wrong")
                                    << ConnectorResult::Kind::BadCredentials;
    QTest::newRow("empty password") << QStringLiteral("maria.rossi") << QStringLiteral("")
                                    << ConnectorResult::Kind::BadCredentials;
    QTest::newRow("empty user") << QStringLiteral("") << QStringLiteral("x")
                                << ConnectorResult::Kind::BadCredentials;
    QTest::newRow("no admin role") << QStringLiteral("agent") << QStringLiteral("x")
                                   << ConnectorResult::Kind::MissingPermission;
}

void TestDemoConnector::verifyAcceptsAnyNonEmptyPairAndRejectsDocumentedOnes()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(ConnectorResult::Kind, expected);
    DemoConnector connector(std::chrono::milliseconds(10));
    ConnectorJob *job = connector.verify(settings(user, password));
    QSignalSpy spy(job, &ConnectorJob::finished);
    QVERIFY(spy.wait(2000));
    const auto result = spy.first().first().value<ConnectorResult>();
    QCOMPARE(result.kind, expected);
    QCOMPARE(result.message.isEmpty(), expected == ConnectorResult::Kind::Ok);
}

QList<IntervalRecord> TestDemoConnector::fetch(DemoConnector &connector, const TimeRange &range)
{
    QList<IntervalRecord> records;
    ConnectorJob *job
        = connector.fetchIntervals(settings(QStringLiteral("admin"), QStringLiteral("pw")), range);
    connect(job, &ConnectorJob::intervalsReady, job,
        [&records](const QList<IntervalRecord> &batch) { records += batch; });
    QSignalSpy spy(job, &ConnectorJob::finished);
    if (!spy.wait(30000) || !spy.first().first().value<ConnectorResult>().ok())
        return {};
    return records;
}

void TestDemoConnector::sameRangeGivesSameDataTwice()
{
    DemoConnector connector(std::chrono::milliseconds(0));
    const qint64 monday = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const TimeRange week {monday, monday + 7 * 86400};
    const QList<IntervalRecord> first = fetch(connector, week);
    const QList<IntervalRecord> second = fetch(connector, week);
    QCOMPARE(first.size(), 7 * 96 * 5);
    QVERIFY(first == second);
    qint64 offered = 0;
    for (const IntervalRecord &r : first) {
        offered += r.offered;
        QVERIFY(r.handled + r.abandoned == r.offered);
        QVERIFY(r.answeredInServiceLevel <= r.handled);
        QCOMPARE(r.startUtc % IntervalSeconds, 0);
    }
    QVERIFY(offered > 1000);
}

void TestDemoConnector::dataDoesNotDependOnHowTheRangeIsSplit()
{
    DemoConnector connector(std::chrono::milliseconds(0));
    const qint64 start = QDateTime(QDate(2026, 3, 28), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const QList<IntervalRecord> whole = fetch(connector, {start, start + 2 * 86400});
    const QList<IntervalRecord> parts = fetch(connector, {start, start + 86400 + 7 * 900})
        + fetch(connector, {start + 86400 + 7 * 900, start + 2 * 86400});
    QVERIFY(!whole.isEmpty());
    QVERIFY(whole == parts);
}

void TestDemoConnector::dataIsSeasonal()
{
    // Monday late morning is busier than Monday at 3 am and than Sunday late morning.
    const qint64 monday = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const auto offered = [](qint64 dayStart, int hour) {
        int total = 0;
        for (int q = 0; q < 20; ++q)
            for (int quarter = 0; quarter < 4; ++quarter)
                total += DemoData::interval(q, dayStart + hour * 3600 + quarter * 900).offered;
        return total;
    };
    QCOMPARE(offered(monday, 3), 0);
    QVERIFY(offered(monday, 10) > 3 * offered(monday + 6 * 86400, 10));
    QVERIFY(offered(monday, 10) > offered(monday, 20));
}

void TestDemoConnector::cancelStopsAnImport()
{
    DemoConnector connector(std::chrono::milliseconds(0));
    ConnectorJob *job = connector.fetchIntervals(
        settings(QStringLiteral("a"), QStringLiteral("b")), {0, 365 * 86400});
    QSignalSpy finished(job, &ConnectorJob::finished);
    QSignalSpy batches(job, &ConnectorJob::intervalsReady);
    QVERIFY(batches.wait(2000));
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(
        finished.first().first().value<ConnectorResult>().kind, ConnectorResult::Kind::Cancelled);
    const int seen = batches.size();
    QTest::qWait(50);
    QCOMPARE(batches.size(), seen);
}

void TestDemoConnector::jobEndsCancelledWhenItsConnectorGoesFirst_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("password");
    QTest::newRow("verify") << QStringLiteral("verify") << QStringLiteral("b");
    QTest::newRow("discoverQueues") << QStringLiteral("discoverQueues") << QStringLiteral("b");
    QTest::newRow("fetchIntervals, producing")
        << QStringLiteral("fetchIntervals") << QStringLiteral("b");
    QTest::newRow("fetchIntervals, refused")
        << QStringLiteral("fetchIntervals") << QString::fromLatin1(DemoConnector::WrongPassword);
    QTest::newRow("discoverUsers") << QStringLiteral("discoverUsers") << QStringLiteral("b");
    QTest::newRow("fetchAgentStates, producing")
        << QStringLiteral("fetchAgentStates") << QStringLiteral("b");
}

void TestDemoConnector::jobEndsCancelledWhenItsConnectorGoesFirst()
{
    // The job belongs to its caller, not to the connector: it outlives it, ends once with
    // Cancelled, touches nothing of the dead connector (its work would have checked the
    // credentials through it), then frees itself.
    QFETCH(QString, operation);
    QFETCH(QString, password);
    auto connector = std::make_unique<DemoConnector>(std::chrono::milliseconds(20));
    const ConnectionSettings s = settings(QStringLiteral("a"), password);
    QPointer<ConnectorJob> job;
    if (operation == u"verify")
        job = connector->verify(s);
    else if (operation == u"discoverQueues")
        job = connector->discoverQueues(s);
    else if (operation == u"fetchAgentStates")
        job = connector->fetchAgentStates(s, {0, 365 * 86400});
    else if (operation == u"discoverUsers")
        job = connector->discoverUsers(s);
    else
        job = connector->fetchIntervals(s, {0, 365 * 86400});
    QVERIFY(job);
    QCOMPARE(job->parent(), nullptr);
    QSignalSpy finished(job.data(), &ConnectorJob::finished);
    QSignalSpy queues(job.data(), &ConnectorJob::queuesReady);

    connector.reset();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(
        finished.first().first().value<ConnectorResult>().kind, ConnectorResult::Kind::Cancelled);
    QTest::qWait(100); // longer than the latency: the work would run now
    QCOMPARE(finished.size(), 1);
    QCOMPARE(queues.size(), 0);
    QVERIFY(job.isNull()); // deleted itself after finished()
}

void TestDemoConnector::registryOffersDemo()
{
    const ConnectorRegistry registry = ConnectorRegistry::builtIn();
    QVERIFY(registry.ids().contains(QStringLiteral("demo")));
    auto connector = registry.create(QStringLiteral("demo"));
    QVERIFY(connector);
    QCOMPARE(connector->info().id, QStringLiteral("demo"));
    QCOMPARE(connector->secretKeys(), QStringList {QStringLiteral("password")});
    QVERIFY(!registry.create(QStringLiteral("nope")));
}

QList<AgentStateRecord> TestDemoConnector::fetchStates(
    DemoConnector &connector, const TimeRange &range)
{
    QList<AgentStateRecord> records;
    ConnectorJob *job = connector.fetchAgentStates(
        settings(QStringLiteral("admin"), QStringLiteral("pw")), range);
    connect(job, &ConnectorJob::agentStatesReady, job,
        [&records](const QList<AgentStateRecord> &batch) { records += batch; });
    QSignalSpy spy(job, &ConnectorJob::finished);
    if (!spy.wait(30000) || !spy.first().first().value<ConnectorResult>().ok())
        return {};
    return records;
}

void TestDemoConnector::usersAndActivitiesAreAFixedTeam()
{
    DemoConnector connector(std::chrono::milliseconds(0));
    QVERIFY(connector.info().capabilities.testFlag(Capability::AgentStates));
    const ConnectionSettings s = settings(QStringLiteral("admin"), QStringLiteral("pw"));

    ConnectorJob *job = connector.discoverUsers(s);
    QSignalSpy users(job, &ConnectorJob::usersReady);
    QSignalSpy finished(job, &ConnectorJob::finished);
    QVERIFY(finished.wait(2000));
    QVERIFY(finished.first().first().value<ConnectorResult>().ok());
    QCOMPARE(users.size(), 1);
    const auto team = users.first().first().value<QList<ExternalUser>>();
    QCOMPARE(team.size(), DemoAgents::UserCount);
    QCOMPARE(team.first().externalId, QStringLiteral("U0001"));
    QSet<QString> ids, names;
    for (const ExternalUser &user : team) {
        ids.insert(user.externalId);
        names.insert(user.name);
        QVERIFY2(user.email.endsWith(QLatin1String("@demo.example")), qPrintable(user.email));
    }
    QCOMPARE(ids.size(), team.size());
    QCOMPARE(names.size(), team.size());

    job = connector.discoverActivities(s);
    QSignalSpy activities(job, &ConnectorJob::activitiesReady);
    QSignalSpy done(job, &ConnectorJob::finished);
    QVERIFY(done.wait(2000));
    QStringList activityIds;
    for (const ExternalActivity &a : activities.first().first().value<QList<ExternalActivity>>())
        activityIds << a.externalId;
    for (const char *expected :
        {"Ready", "On Call", "After Call Work", "Not Ready", "Not Ready/Break", "Not Ready/Lunch",
            "Not Ready/Meeting", "Not Ready/Training", "Logout"})
        QVERIFY2(activityIds.contains(QLatin1String(expected)), expected);

    job = connector.discoverUsers(settings(QStringLiteral("admin"), QStringLiteral("wrong")));
    QSignalSpy refused(job, &ConnectorJob::finished);
    QVERIFY(refused.wait(2000));
    QCOMPARE(refused.first().first().value<ConnectorResult>().kind,
        ConnectorResult::Kind::BadCredentials);
}

void TestDemoConnector::sameRangeGivesSameAgentStatesTwice()
{
    DemoConnector connector(std::chrono::milliseconds(0));
    const qint64 monday = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const TimeRange week {monday, monday + 7 * 86400};
    const QList<AgentStateRecord> first = fetchStates(connector, week);
    QVERIFY(first.size() > 5 * DemoAgents::UserCount * 20);
    QVERIFY(first == fetchStates(connector, week));
    QSet<QString> users, activities;
    for (const AgentStateRecord &state : first) {
        users.insert(state.userExternalId);
        activities.insert(state.activityExternalId);
        QVERIFY(state.startUtc >= week.fromUtc && state.startUtc < week.toUtc);
        QVERIFY(state.durationSeconds > 0);
    }
    QCOMPARE(users.size(), DemoAgents::UserCount);
    QVERIFY(activities.contains(QStringLiteral("Not Ready/Lunch")));
    QVERIFY(activities.contains(QStringLiteral("Not Ready/Meeting")));
    QVERIFY(activities.contains(QStringLiteral("Not Ready/Training")));
}

void TestDemoConnector::agentStatesDoNotDependOnHowTheRangeIsSplit()
{
    DemoConnector connector(std::chrono::milliseconds(0));
    const qint64 start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 cut = start + 86400 + 9 * 3600 + 7 * 60; // mid-shift on Tuesday
    const QList<AgentStateRecord> whole = fetchStates(connector, {start, start + 2 * 86400});
    const QList<AgentStateRecord> parts
        = fetchStates(connector, {start, cut}) + fetchStates(connector, {cut, start + 2 * 86400});
    QVERIFY(!whole.isEmpty());
    const auto byKey = [](QList<AgentStateRecord> list) {
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return std::tie(a.userExternalId, a.startUtc) < std::tie(b.userExternalId, b.startUtc);
        });
        return list;
    };
    QVERIFY(byKey(whole) == byKey(parts));
}

void TestDemoConnector::eachWorkingDayIsOneUnbrokenShiftPerUser()
{
    const qint64 friday = QDateTime(QDate(2026, 3, 6), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (int user = 0; user < DemoAgents::UserCount; ++user) {
        const QList<AgentStateRecord> shift = DemoAgents::shift(user, friday);
        QVERIFY(shift.size() > 20);
        // Each state starts where the one before ended, from sign-in to the end of the day.
        for (qsizetype i = 1; i < shift.size(); ++i)
            QCOMPARE(
                shift.at(i).startUtc, shift.at(i - 1).startUtc + shift.at(i - 1).durationSeconds);
        QCOMPARE(shift.last().activityExternalId, QStringLiteral("Logout"));
        QCOMPARE(shift.last().startUtc + shift.last().durationSeconds, friday + 86400);
        QCOMPARE(shift.last().startUtc - shift.first().startUtc, 8 * 3600);
        QVERIFY(DemoAgents::shift(user, friday + 86400).isEmpty()); // Saturday
        QVERIFY(DemoAgents::shift(user, friday + 2 * 86400).isEmpty()); // Sunday
    }
}

void TestDemoConnector::cancelStopsAnAgentStateImport()
{
    DemoConnector connector(std::chrono::milliseconds(0));
    ConnectorJob *job = connector.fetchAgentStates(
        settings(QStringLiteral("a"), QStringLiteral("b")), {0, 365 * 86400});
    QSignalSpy finished(job, &ConnectorJob::finished);
    QSignalSpy batches(job, &ConnectorJob::agentStatesReady);
    QVERIFY(batches.wait(2000));
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(
        finished.first().first().value<ConnectorResult>().kind, ConnectorResult::Kind::Cancelled);
    const int seen = batches.size();
    QTest::qWait(50);
    QCOMPARE(batches.size(), seen);
}

QTEST_GUILESS_MAIN(TestDemoConnector)
#include "tst_democonnector.moc"
