#include "credentials/credentialstore.h"
#include "demo/demoagents.h"
#include "demo/democonnector.h"
#include "import/importengine.h"
#include "import/importrun.h"
#include "integrations/integrationservice.h"
#include "mapping/mappingservice.h"
#include "storage/agentstatewriter.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "storage/mappingstore.h"
#include "support/demoservice.h"
#include "support/testcredentialstore.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

using TestSupport::waitForImport;

// The agent status import end to end: the Demo connector, the engine, the real SQLite store
// and keychain (scripts/with-test-session.sh). States wait for the admin's first mapped user,
// then come for every user, kept raw, with the mapping applied when they are read.
class TestAgentStates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void noStatesAreStoredBeforeAUserIsMapped();
    void mappingTheFirstUserImportsTheStatesOfEveryUser();
    void aUserMappedLaterSeesStatesImportedBefore();
    void importingAgainNeitherLosesNorDoubles();
    void aStateOfAnUnknownUserOrActivityIsKept();
    void resettingTheDataKeepsTheMapping();

private:
    QString create(IntegrationService &service);
    bool waitForMapping(IntegrationService &service, const std::function<void()> &change);
    UsersMapping users(IntegrationService &service, const QString &id);
    // What the connector delivers for the range, per user external id.
    QHash<QString, qint64> produced(const TimeRange &range);
    QByteArray statesHash(const QString &id);
    TimeRange stateRange() const;
    qint64 stored(const QString &id)
    {
        return MappingStore(m_db->connection()).storedStateCount(id);
    }

    static constexpr qint64 Now = 1'717'171'717; // Friday 2024-05-31, 16:08 UTC
    static constexpr int BackfillDays = 3;
    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    std::unique_ptr<TestCredentialStore> m_credentials;
    std::unique_ptr<IntegrationService> m_integrations;
};

void TestAgentStates::initTestCase()
{
    qRegisterMetaType<ServiceOperation::Result>();
    TestCredentialStore::prepareSession();
}

void TestAgentStates::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
    m_credentials = std::make_unique<TestCredentialStore>();
    m_integrations = std::make_unique<IntegrationService>(
        m_db->path(), TestSupport::demoRegistry(), m_credentials.get());
    m_integrations->engine()->setClock([] { return Now; });
}

void TestAgentStates::cleanup()
{
    m_integrations.reset();
    m_credentials.reset();
    delete m_db;
    delete m_dir;
}

QString TestAgentStates::create(IntegrationService &service)
{
    const Integration integration
        = TestSupport::demoIntegration(QStringLiteral("Demo agents"), 2, BackfillDays);
    QSignalSpy finished(service.engine(), &ImportEngine::importFinished);
    ServiceOperation *operation
        = service.create(integration, {{QStringLiteral("password"), QStringLiteral("pw")}});
    const QString id = operation->integrationId();
    if (!TestSupport::waitFor<ServiceOperation::Result>(operation, &ServiceOperation::finished)
             .ok())
        return {};
    // The first import starts by itself.
    if (!finished.wait(60000) && finished.isEmpty())
        return {};
    return finished.first().at(1).toBool() ? id : QString();
}

bool TestAgentStates::waitForMapping(
    IntegrationService &service, const std::function<void()> &change)
{
    QSignalSpy changed(service.mapping(), &MappingService::mappingChanged);
    QSignalSpy failed(service.mapping(), &MappingService::failed);
    change();
    return changed.wait(10000) && failed.isEmpty();
}

UsersMapping TestAgentStates::users(IntegrationService &service, const QString &id)
{
    std::optional<UsersMapping> result;
    service.mapping()->loadUsers(id, this, [&](const UsersMapping &m) { result = m; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qWarning("the users were not loaded");
    return result.value_or(UsersMapping {});
}

TimeRange TestAgentStates::stateRange() const
{
    ImportRequest request;
    request.nowUtc = Now;
    request.backfillDays = BackfillDays;
    return ImportRun::rangeFor(request, std::nullopt);
}

QHash<QString, qint64> TestAgentStates::produced(const TimeRange &range)
{
    DemoConnector connector(std::chrono::milliseconds(0));
    ConnectionSettings settings;
    settings.values = {{QStringLiteral("username"), QStringLiteral("admin")}};
    settings.secrets = {{QStringLiteral("password"), QStringLiteral("pw")}};
    QHash<QString, qint64> counts;
    ConnectorJob *job = connector.fetchAgentStates(settings, range);
    connect(job, &ConnectorJob::agentStatesReady, this, [&](const QList<AgentStateRecord> &batch) {
        for (const AgentStateRecord &state : batch)
            ++counts[state.userExternalId];
    });
    TestSupport::waitFor<ConnectorResult>(job, &ConnectorJob::finished);
    return counts;
}

QByteArray TestAgentStates::statesHash(const QString &id)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral(
        "SELECT u.external_id, s.start_utc, e.external_id, s.duration_seconds FROM agent_states s"
        " JOIN external_users u ON u.id = s.user_id JOIN external_activities e"
        " ON e.id = s.activity_id WHERE u.integration_id = ?"
        " ORDER BY u.external_id, s.start_utc, e.external_id"));
    query.addBindValue(id);
    query.exec();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next())
        for (int i = 0; i < 4; ++i)
            hash.addData(query.value(i).toString().toUtf8() + ',');
    return hash.result().toHex();
}

static qint64 sum(const QHash<QString, qint64> &counts)
{
    qint64 total = 0;
    for (qint64 count : counts)
        total += count;
    return total;
}

void TestAgentStates::noStatesAreStoredBeforeAUserIsMapped()
{
    const QString id = create(*m_integrations);
    QVERIFY(!id.isEmpty());
    // The users and activities were listed, for the admin to map; no state was stored.
    const UsersMapping mapping = users(*m_integrations, id);
    QVERIFY(mapping.loaded);
    QCOMPARE(mapping.users.size(), DemoAgents::UserCount);
    QVERIFY(!mapping.anyMapped);
    QCOMPARE(mapping.unmapped.users, DemoAgents::UserCount);
    QCOMPARE(mapping.unmapped.activities, int(DemoAgents::activities().size()));
    QCOMPARE(stored(id), 0);
    QCOMPARE(mapping.users.first().email.endsWith(QLatin1String("@demo.example")), true);

    // A second import still stores none.
    m_integrations->importNow(id);
    QVERIFY(waitForImport(*m_integrations, id));
    QCOMPARE(stored(id), 0);
    QVERIFY(!AgentStateWriter(m_db->connection(), id).checkpoint());
}

void TestAgentStates::mappingTheFirstUserImportsTheStatesOfEveryUser()
{
    const QString id = create(*m_integrations);
    QVERIFY(!id.isEmpty());
    const UsersMapping before = users(*m_integrations, id);
    const ExternalUserMapping first = before.users.first();

    // Creating the agent maps the user; that first mapping starts an import by itself.
    QVERIFY(waitForMapping(
        *m_integrations, [&] { m_integrations->mapping()->createAgents(id, {first.id}); }));
    QVERIFY(waitForImport(*m_integrations, id));

    const QHash<QString, qint64> expected = produced(stateRange());
    QCOMPARE(expected.size(), DemoAgents::UserCount);
    QVERIFY(sum(expected) > DemoAgents::UserCount * 3 * 20);
    QCOMPARE(stored(id), sum(expected)); // every user's, not only the mapped one's
    qInfo("%lld states of %lld users stored, as the connector delivered", sum(expected),
        qint64(expected.size()));
    const UsersMapping after = users(*m_integrations, id);
    QVERIFY(after.anyMapped);
    for (const ExternalUserMapping &user : after.users)
        QCOMPARE(user.stateCount, expected.value(user.externalId));

    // Only the mapped user's states are visible, each counted as an activity.
    std::optional<QList<VisibleState>> visible;
    m_integrations->mapping()->loadVisibleStates(
        id, stateRange(), this, [&](const QList<VisibleState> &s) { visible = s; });
    QTRY_VERIFY(visible.has_value());
    QCOMPARE(visible->size(), expected.value(first.externalId));
    const qint64 present = MappingStore(m_db->connection()).presentActivityId();
    for (const VisibleState &state : *visible) {
        QCOMPARE(state.userExternalId, first.externalId);
        QCOMPARE(state.activityId, present); // none chosen yet: "present"
    }
    QVERIFY(AgentStateWriter(m_db->connection(), id).checkpoint() == stateRange().toUtc);
}

void TestAgentStates::aUserMappedLaterSeesStatesImportedBefore()
{
    const QString id = create(*m_integrations);
    QVERIFY(!id.isEmpty());
    const QList<ExternalUserMapping> list = users(*m_integrations, id).users;
    QVERIFY(waitForMapping(
        *m_integrations, [&] { m_integrations->mapping()->createAgents(id, {list.at(0).id}); }));
    QVERIFY(waitForImport(*m_integrations, id));
    const qint64 storedBefore = stored(id);
    const QHash<QString, qint64> expected = produced(stateRange());

    // Mapped later, with no import in between: its past states count at once.
    QSignalSpy imports(m_integrations->engine(), &ImportEngine::importFinished);
    QVERIFY(waitForMapping(
        *m_integrations, [&] { m_integrations->mapping()->createAgents(id, {list.at(1).id}); }));
    // A break mapped to "Break" applies to the past too.
    MappingStore store(m_db->connection());
    qint64 breakId = 0;
    for (const Activity &activity : store.activities())
        if (activity.builtin == u"break")
            breakId = activity.id;
    qint64 breakExternal = 0;
    for (const ExternalActivityMapping &activity : store.externalActivities(id))
        if (activity.externalId == u"Not Ready/Break")
            breakExternal = activity.id;
    QVERIFY(breakId && breakExternal);
    QVERIFY(waitForMapping(*m_integrations,
        [&] { m_integrations->mapping()->mapActivities(id, {breakExternal}, breakId); }));

    const QList<VisibleState> visible = store.visibleStates(id, stateRange());
    qint64 second = 0, breaks = 0;
    for (const VisibleState &state : visible) {
        second += state.userExternalId == list.at(1).externalId;
        if (state.activityExternalId == u"Not Ready/Break") {
            QCOMPARE(state.activityId, breakId);
            ++breaks;
        }
    }
    QCOMPARE(second, expected.value(list.at(1).externalId));
    QCOMPARE(visible.size(),
        expected.value(list.at(0).externalId) + expected.value(list.at(1).externalId));
    QVERIFY(breaks > 0);
    QCOMPARE(stored(id), storedBefore);
    QTest::qWait(300);
    QVERIFY(!m_integrations->engine()->isRunning(id)); // not the first mapping: no import
    QCOMPARE(imports.size(), 0);
}

void TestAgentStates::importingAgainNeitherLosesNorDoubles()
{
    const QString id = create(*m_integrations);
    QVERIFY(!id.isEmpty());
    const QList<ExternalUserMapping> list = users(*m_integrations, id).users;
    QVERIFY(waitForMapping(
        *m_integrations, [&] { m_integrations->mapping()->createAgents(id, {list.at(0).id}); }));
    QVERIFY(waitForImport(*m_integrations, id));
    const qint64 first = stored(id);
    const QByteArray hash = statesHash(id);

    // An import from the checkpoint fetches the last half hour again, and upserts it.
    m_integrations->importNow(id);
    QVERIFY(waitForImport(*m_integrations, id));
    QCOMPARE(stored(id), first);
    QCOMPARE(statesHash(id), hash);

    // Without checkpoints, the whole range again: still each state once.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM import_checkpoints")));
    m_integrations->importNow(id);
    QVERIFY(waitForImport(*m_integrations, id));
    QCOMPARE(stored(id), first);
    QCOMPARE(stored(id), sum(produced(stateRange())));
    QCOMPARE(statesHash(id), hash);
    QVERIFY(query.exec(QStringLiteral("SELECT rows_written FROM import_runs ORDER BY id DESC")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toLongLong() >= first); // states count as rows written
}

void TestAgentStates::aStateOfAnUnknownUserOrActivityIsKept()
{
    const QString id = create(*m_integrations);
    QVERIFY(!id.isEmpty());
    AgentStateWriter writer(m_db->connection(), id);
    QVERIFY(writer.prepare().ok);
    const qint64 at = stateRange().fromUtc;
    QVERIFY(
        writer
            .addStates({{QStringLiteral("U0001"), QStringLiteral("Ready"), at, 60},
                           {QStringLiteral("gone.user"), QStringLiteral("Ready"), at, 60},
                           {QStringLiteral("U0002"), QStringLiteral("Not Ready/Coaching"), at, 90}},
                at)
            .ok);
    QVERIFY(writer.commit(at + 900, at).ok);
    QCOMPARE(stored(id), 3);
    MappingStore store(m_db->connection());
    const QList<ExternalUserMapping> list = store.users(id);
    QVERIFY(std::any_of(list.cbegin(), list.cend(), [](const ExternalUserMapping &u) {
        return u.externalId == u"gone.user" && u.name == u"gone.user" && u.stateCount == 1;
    }));
    const QList<ExternalActivityMapping> activities = store.externalActivities(id);
    QVERIFY(std::any_of(activities.cbegin(), activities.cend(), [](const auto &a) {
        return a.externalId == u"Not Ready/Coaching" && a.occurrences == 1 && !a.activityId;
    }));
    // Sorted by how often each occurred.
    for (qsizetype i = 1; i < activities.size(); ++i)
        QVERIFY(activities.at(i - 1).occurrences >= activities.at(i).occurrences);
    QCOMPARE(activities.first().externalId, QStringLiteral("Ready"));
    QCOMPARE(store.unmapped(id).users, DemoAgents::UserCount + 1);
}

void TestAgentStates::resettingTheDataKeepsTheMapping()
{
    const QString id = create(*m_integrations);
    QVERIFY(!id.isEmpty());
    const QList<ExternalUserMapping> list = users(*m_integrations, id).users;
    QVERIFY(waitForMapping(
        *m_integrations, [&] { m_integrations->mapping()->createAgents(id, {list.at(0).id}); }));
    QVERIFY(waitForImport(*m_integrations, id));
    QVERIFY(stored(id) > 0);
    // A data setting changed (a time zone moves every start): the states go, the mapping stays.
    QVERIFY(IntegrationStore(m_db->connection()).resetImportedData(id).ok());
    QCOMPARE(stored(id), 0);
    QVERIFY(MappingStore(m_db->connection()).hasMappedUser(id));
}

QTEST_GUILESS_MAIN(TestAgentStates)
#include "tst_agentstates.moc"
