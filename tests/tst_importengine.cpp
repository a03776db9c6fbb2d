#include "credentials/credentialstore.h"
#include "demo/democonnector.h"
#include "import/importengine.h"
#include "import/retrypolicy.h"
#include "integrations/integrationservice.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "support/demoservice.h"
#include "support/importcheck.h"
#include "support/testcredentialstore.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

// The engine end to end with the Demo connector and the real keychain that
// scripts/with-test-session.sh starts.
class TestImportEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstImportWritesExactlyWhatTheConnectorProduced();
    void storedBackfillIsCappedAtWhatTheConnectorKeeps();
    void reimportingTheSameRangeUpsertsInsteadOfDuplicating();
    void badPasswordStopsWithErrorStateAndNoRetry();
    void pauseCancelsTheRunAndResumeCompletesIt();
    void cancelWhileReadingTheKeychainStillFinishes();
    void pauseWhileReadingTheKeychainStaysPaused();
    void scheduleFollowsIntervalBoundaries_data();
    void scheduleFollowsIntervalBoundaries();
    void schedulerStartsDueImportsAndPlansTheNext();
    void atMostTwoImportsRunAtOnce();
    void aDamagedDatabaseNeedsTheAdminAndIsNotRetried();

private:
    QString createIntegration(const QString &password, int backfillDays, int queueCount);
    bool importAndWait(ImportEngine &engine, const QString &id, int timeoutMs = 60000);
    struct Produced
    {
        qint64 rows = 0;
        qint64 offered = 0;
    };
    Produced produceWithConnector(const TimeRange &range, int queueCount);
    TimeRange lastRunRange(const QString &id);

    // Fixed "now" so that two imports can cover the same range.
    static constexpr qint64 Now = 1'717'171'717; // 2024-05-31, mid-interval
    TestCredentialStore m_credentials;
    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    int m_created = 0; // integrations in this test, for their names
};

void TestImportEngine::initTestCase()
{
    TestCredentialStore::prepareSession();
}

void TestImportEngine::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
}

void TestImportEngine::cleanup()
{
    m_credentials.removeLeftovers();
    m_created = 0;
    delete m_db;
    delete m_dir;
}

QString TestImportEngine::createIntegration(
    const QString &password, int backfillDays, int queueCount)
{
    Integration integration = TestSupport::demoIntegration(
        QStringLiteral("Demo %1").arg(++m_created), queueCount, backfillDays);
    IntegrationStore store(m_db->connection());
    if (!store.create(integration).ok())
        return {};
    return m_credentials.writePassword(integration.id, password) ? integration.id : QString();
}

bool TestImportEngine::importAndWait(ImportEngine &engine, const QString &id, int timeoutMs)
{
    QSignalSpy finished(&engine, &ImportEngine::importFinished);
    engine.importNow(id);
    if (!finished.wait(timeoutMs))
        return false;
    return finished.first().at(1).toBool();
}

TestImportEngine::Produced TestImportEngine::produceWithConnector(
    const TimeRange &range, int queueCount)
{
    DemoConnector connector(std::chrono::milliseconds(0));
    ConnectionSettings settings;
    settings.values = {{QStringLiteral("username"), QStringLiteral("admin")},
        {QStringLiteral("queueCount"), queueCount}};
    settings.secrets = {{QStringLiteral("password"), QStringLiteral("secret")}};
    Produced produced;
    ConnectorJob *job = connector.fetchIntervals(settings, range);
    connect(job, &ConnectorJob::intervalsReady, this, [&](const QList<IntervalRecord> &batch) {
        produced.rows += batch.size();
        for (const IntervalRecord &record : batch)
            produced.offered += record.offered;
    });
    TestSupport::waitFor<ConnectorResult>(job, &ConnectorJob::finished);
    return produced;
}

TimeRange TestImportEngine::lastRunRange(const QString &id)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT range_from, range_to FROM import_runs "
                                 "WHERE integration_id = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return {query.value(0).toLongLong(), query.value(1).toLongLong()};
    return {};
}

void TestImportEngine::firstImportWritesExactlyWhatTheConnectorProduced()
{
    const QString password
        = QStringLiteral("pw-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString id = createIntegration(password, 30, 12);
    QVERIFY(!id.isEmpty());
    IntegrationService service(m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
    ImportEngine &engine = *service.engine();
    engine.setClock([] { return Now; });
    QSignalSpy completed(&engine, &ImportEngine::firstImportCompleted);
    QSignalSpy progress(&engine, &ImportEngine::progressChanged);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(importAndWait(engine, id));
    const qint64 ms = elapsed.elapsed();

    const TimeRange range = lastRunRange(id);
    QCOMPARE(range.toUtc, Now - Now % IntervalSeconds);
    QCOMPARE(range.toUtc - range.fromUtc, 30 * 86400);
    const Produced produced = produceWithConnector(range, 12);
    QCOMPARE(produced.rows, 12 * 30 * 96);
    const ImportCheck::Summary summary = ImportCheck::summarize(m_db->connection(), id);
    QCOMPARE(summary.rows, produced.rows);
    QCOMPARE(summary.offered, produced.offered);
    QCOMPARE(summary.queues, 12);

    QCOMPARE(completed.size(), 1);
    const std::optional<Integration> after = service.find(id);
    QVERIFY(after);
    QCOMPARE(after->state(), Integration::State::Connected);
    QCOMPARE(after->lastImportAt.toSecsSinceEpoch(), Now);
    QVERIFY(after->lastError.isEmpty());

    // Progress was reported as a first import with a countdown, and throttled.
    bool sawCountdown = false;
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        const auto p = signal.at(1).value<ImportProgress>();
        if (p.phase == ImportProgress::Phase::IntervalStatistics && p.firstImport
            && p.remainingSeconds >= 0 && p.remainingSeconds <= 15 * 60)
            sawCountdown = true;
    }
    QVERIFY(sawCountdown);
    QVERIFY2(
        progress.size() <= 10 * (ms / 1000 + 1) + 8, qPrintable(QString::number(progress.size())));
    QCOMPARE(progress.last().at(1).value<ImportProgress>().phase, ImportProgress::Phase::Finished);
    QCOMPARE(progress.last().at(1).value<ImportProgress>().rowsWritten, produced.rows);

    // The secret went to the connector, and nowhere near the database.
    QVERIFY(TestSupport::filesContaining(m_dir->path(), password.toUtf8()).isEmpty());
}

void TestImportEngine::storedBackfillIsCappedAtWhatTheConnectorKeeps()
{
    // 120 days stored (by hand, or by a version that allowed more); the Demo ACD keeps 90.
    const QString id = createIntegration(QStringLiteral("secret"), 120, 1);
    QVERIFY(!id.isEmpty());
    IntegrationService service(m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
    ImportEngine &engine = *service.engine();
    engine.setClock([] { return Now; });
    const int maximum = service.maximumBackfillDays(QStringLiteral("demo"));
    QCOMPARE(maximum, 90);
    QVERIFY(importAndWait(engine, id));
    const TimeRange range = lastRunRange(id);
    QVERIFY2(range.fromUtc >= Now - qint64(maximum) * 86400 - 900,
        qPrintable(QStringLiteral("from %1 days back").arg((Now - range.fromUtc) / 86400.0)));
    QVERIFY(range.fromUtc <= Now - qint64(maximum - 1) * 86400);
}

void TestImportEngine::reimportingTheSameRangeUpsertsInsteadOfDuplicating()
{
    const QString id = createIntegration(QStringLiteral("secret"), 30, 12);
    QVERIFY(!id.isEmpty());
    IntegrationService service(m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
    ImportEngine &engine = *service.engine();
    engine.setClock([] { return Now; });
    QVERIFY(importAndWait(engine, id));
    const ImportCheck::Summary first = ImportCheck::summarize(m_db->connection(), id);
    const TimeRange firstRange = lastRunRange(id);

    // Forget how far the import got: the next one fetches the whole 30 days again.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM import_checkpoints")));
    QVERIFY(importAndWait(engine, id));
    const TimeRange secondRange = lastRunRange(id);
    QCOMPARE(secondRange.fromUtc, firstRange.fromUtc);
    QCOMPARE(secondRange.toUtc, firstRange.toUtc);

    const ImportCheck::Summary second = ImportCheck::summarize(m_db->connection(), id);
    QCOMPARE(second.rows, first.rows);
    QCOMPARE(second.queues, first.queues);
    QCOMPARE(second.hash, first.hash);
    QVERIFY(
        query.exec(QStringLiteral("SELECT rows_written, outcome FROM import_runs ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), first.rows);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), first.rows); // written again, not skipped
    QCOMPARE(query.value(1).toString(), QStringLiteral("ok"));
}

void TestImportEngine::badPasswordStopsWithErrorStateAndNoRetry()
{
    const QString id = createIntegration(QLatin1String(DemoConnector::WrongPassword), 1, 2);
    QVERIFY(!id.isEmpty());
    IntegrationService service(m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
    ImportEngine &engine = *service.engine();
    QSignalSpy retries(&engine, &ImportEngine::retryScheduled);
    QVERIFY(!importAndWait(engine, id));
    QTest::qWait(1000);
    QCOMPARE(retries.size(), 0);
    QVERIFY(!engine.isRunning(id));
    QCOMPARE(engine.progress(id).phase, ImportProgress::Phase::Failed);
    const std::optional<Integration> after = service.find(id);
    QCOMPARE(after->state(), Integration::State::NeedsAdmin);
    QCOMPARE(after->fix, Integration::Fix::Credentials);
    QVERIFY2(after->lastError.contains(QLatin1String("password")), qPrintable(after->lastError));
}

void TestImportEngine::pauseCancelsTheRunAndResumeCompletesIt()
{
    const QString id = createIntegration(QStringLiteral("secret"), 90, 100);
    QVERIFY(!id.isEmpty());
    IntegrationService service(m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
    ImportEngine &engine = *service.engine();
    engine.setClock([] { return Now; });
    QSignalSpy finished(&engine, &ImportEngine::importFinished);
    QSignalSpy progress(&engine, &ImportEngine::progressChanged);
    engine.importNow(id);
    QTRY_VERIFY_WITH_TIMEOUT(
        !progress.isEmpty() && progress.last().at(1).value<ImportProgress>().rowsWritten > 0,
        30000);
    service.pause(id);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000); // it may already have arrived
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(service.find(id)->state(), Integration::State::Paused);
    const qint64 partial = ImportCheck::summarize(m_db->connection(), id).rows;
    QVERIFY(partial < 100 * 90 * 96);

    service.importNow(id); // ignored while paused
    QVERIFY(!engine.isRunning(id));
    progress.clear();
    service.resume(id);
    QVERIFY(finished.wait(120000));
    // The resumed first import continued its bar and countdown from the checkpoint: its first
    // interval report already counts what was imported before the pause.
    ImportProgress resumed;
    for (const QList<QVariant> &signal : std::as_const(progress))
        if (const auto p = signal.at(1).value<ImportProgress>();
            p.phase == ImportProgress::Phase::IntervalStatistics) {
            resumed = p;
            break;
        }
    QVERIFY(resumed.total > 0);
    const qint64 partialIntervals = partial / 100;
    QVERIFY2(resumed.done >= partialIntervals - 2 * 4 * 96 && resumed.done > 0,
        qPrintable(QStringLiteral("resumed at %1 of %2 intervals; %3 were imported")
                       .arg(resumed.done)
                       .arg(resumed.total)
                       .arg(partialIntervals)));
    QVERIFY(resumed.firstImport);
    QVERIFY2(
        resumed.remainingSeconds < 15 * 60, qPrintable(QString::number(resumed.remainingSeconds)));
    QCOMPARE(finished.last().at(1).toBool(), true);
    QCOMPARE(service.find(id)->state(), Integration::State::Connected);
    QCOMPARE(ImportCheck::summarize(m_db->connection(), id).rows, 100 * 90 * 96);
}

void TestImportEngine::cancelWhileReadingTheKeychainStillFinishes()
{
    // Whoever waits for importFinished after a cancel (removing an integration does) must get
    // it even when the cancel lands before the keychain has handed over the password.
    const QString id = createIntegration(QStringLiteral("secret"), 1, 2);
    QVERIFY(!id.isEmpty());
    IntegrationService service(m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
    ImportEngine &engine = *service.engine();
    engine.setClock([] { return Now; });
    QSignalSpy finished(&engine, &ImportEngine::importFinished);
    engine.importNow(id);
    QVERIFY(engine.isRunning(id)); // the keychain read is asynchronous
    engine.cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().at(0).toString(), id);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(!engine.isRunning(id));
    QCOMPARE(ImportCheck::summarize(m_db->connection(), id).rows, 0);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

void TestImportEngine::pauseWhileReadingTheKeychainStaysPaused()
{
    // Paused while the password is on its way, then Import now (ignored while paused): the
    // password's arrival must not start the import nor undo the pause.
    const QString id = createIntegration(QStringLiteral("secret"), 1, 2);
    QVERIFY(!id.isEmpty());
    IntegrationService service(m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
    ImportEngine &engine = *service.engine();
    engine.setClock([] { return Now; });
    QSignalSpy finished(&engine, &ImportEngine::importFinished);
    engine.importNow(id);
    QVERIFY(engine.isRunning(id));
    service.pause(id);
    service.importNow(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QTest::qWait(500);
    QVERIFY(!engine.isRunning(id));
    QCOMPARE(service.find(id)->state(), Integration::State::Paused);
    QCOMPARE(ImportCheck::summarize(m_db->connection(), id).rows, 0);
}

void TestImportEngine::scheduleFollowsIntervalBoundaries_data()
{
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("next");
    // The next 15-minute boundary, plus a minute for the ACD to publish the interval.
    QTest::newRow("on a boundary")
        << QStringLiteral("2026-03-02T12:00:00Z") << QStringLiteral("2026-03-02T12:16:00Z");
    QTest::newRow("just after") << QStringLiteral("2026-03-02T12:00:01Z")
                                << QStringLiteral("2026-03-02T12:16:00Z");
    QTest::newRow("just before") << QStringLiteral("2026-03-02T12:14:59Z")
                                 << QStringLiteral("2026-03-02T12:16:00Z");
    QTest::newRow("in the settle minute")
        << QStringLiteral("2026-03-02T12:15:30Z") << QStringLiteral("2026-03-02T12:31:00Z");
    QTest::newRow("across midnight")
        << QStringLiteral("2026-03-02T23:50:00Z") << QStringLiteral("2026-03-03T00:01:00Z");
}

void TestImportEngine::scheduleFollowsIntervalBoundaries()
{
    QFETCH(QString, after);
    QFETCH(QString, next);
    const qint64 afterUtc = QDateTime::fromString(after, Qt::ISODate).toSecsSinceEpoch();
    QCOMPARE(QDateTime::fromSecsSinceEpoch(ImportEngine::nextScheduledImport(afterUtc), Qt::UTC),
        QDateTime::fromString(next, Qt::ISODate));
}

void TestImportEngine::schedulerStartsDueImportsAndPlansTheNext()
{
    // Three integrations when the program starts: one never imported (starts at once), one
    // imported in the last interval whose next slot is 2 s away on the engine's clock, one
    // paused (never starts).
    const QString fresh = createIntegration(QStringLiteral("secret"), 1, 2);
    const QString recent = createIntegration(QStringLiteral("secret"), 1, 2);
    const QString paused = createIntegration(QStringLiteral("secret"), 1, 2);
    QVERIFY(!fresh.isEmpty() && !recent.isEmpty() && !paused.isEmpty());
    IntegrationStore store(m_db->connection());
    const qint64 lastImport = Now - 300;
    IntegrationStore::Outcome connected;
    connected.outcome = Integration::Outcome::Connected;
    connected.lastImportAt = QDateTime::fromSecsSinceEpoch(lastImport, Qt::UTC);
    QVERIFY(store.recordOutcome(recent, connected).ok());
    QVERIFY(store.setPaused(paused, true).ok());

    IntegrationService service(m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
    ImportEngine &engine = *service.engine();
    const qint64 slot = engine.nextScheduledImport(lastImport);
    const qint64 startedAt = slot - 2; // the engine's "now" when the program starts
    engine.setClock([startedAt] { return startedAt; });
    QSignalSpy finished(&engine, &ImportEngine::importFinished);
    QElapsedTimer timer;
    qint64 recentStartedMs = -1;
    connect(&engine, &ImportEngine::progressChanged, this, [&](const QString &id) {
        if (id == recent && recentStartedMs < 0)
            recentStartedMs = timer.elapsed();
    });
    timer.start();
    engine.startScheduler();
    QVERIFY(engine.isRunning(fresh));
    QVERIFY(!engine.isRunning(recent));
    QVERIFY(!engine.isRunning(paused));

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QStringList done;
    for (const QList<QVariant> &signal : std::as_const(finished)) {
        done << signal.at(0).toString();
        QVERIFY(signal.at(1).toBool());
    }
    QCOMPARE(done.first(), fresh);
    QCOMPARE(done.last(), recent);
    // Not before its slot (the first progress report comes when its run starts).
    QVERIFY2(recentStartedMs >= 2000, qPrintable(QString::number(recentStartedMs)));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 2);
    QVERIFY(!engine.isRunning(paused));
    QCOMPARE(ImportCheck::summarize(m_db->connection(), paused).rows, 0);

    // Each finished import plans the next one at the following slot.
    for (const QString &id : {fresh, recent}) {
        const std::optional<Integration> after = service.find(id);
        QCOMPARE(after->state(), Integration::State::Connected);
        QCOMPARE(after->lastImportAt.toSecsSinceEpoch(), startedAt);
        QCOMPARE(after->nextImportAt.toSecsSinceEpoch(), engine.nextScheduledImport(startedAt));
    }
}

void TestImportEngine::atMostTwoImportsRunAtOnce()
{
    // Four first imports due at start: two run, the others wait their turn, all finish.
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids << createIntegration(QStringLiteral("secret"), 20, 20);
    QVERIFY(!ids.contains(QString()));
    IntegrationService service(m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
    ImportEngine &engine = *service.engine();
    engine.setClock([] { return Now; });
    QSignalSpy finished(&engine, &ImportEngine::importFinished);
    int most = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { most = std::max(most, engine.activeRuns()); });
    sampler.start(1);
    engine.startScheduler();
    most = std::max(most, engine.activeRuns());
    for (const QString &id : ids)
        QVERIFY(engine.isRunning(id)); // running or waiting
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 120000);
    for (const QList<QVariant> &signal : std::as_const(finished))
        QVERIFY(signal.at(1).toBool());
    QVERIFY2(most <= 2, qPrintable(QString::number(most)));
    QVERIFY2(most >= 1, qPrintable(QString::number(most)));
}

// Issue 11, defect 7: "database disk image is malformed" during an import was retried eight
// times as a temporary fault. Only a backup can mend it: the admin is told, nothing retries.
void TestImportEngine::aDamagedDatabaseNeedsTheAdminAndIsNotRetried()
{
    const QString id = createIntegration(QStringLiteral("secret"), 2, 3);
    QVERIFY(!id.isEmpty());
    {
        IntegrationService service(m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
        service.engine()->setClock([] { return Now; });
        QVERIFY(importAndWait(*service.engine(), id));
    }
    // The statistics table's root page is overwritten on disk, after the log was folded in.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
    const qint64 pageSize = query.value(0).toLongLong();
    QVERIFY(query.exec(
                QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'interval_stats'"))
        && query.next());
    const qint64 rootPage = query.value(0).toLongLong();
    QVERIFY(rootPage > 1);
    query.finish();
    {
        QFile file(m_db->path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((rootPage - 1) * pageSize));
        QCOMPARE(file.write(QByteArray(pageSize, char(0xff))), pageSize);
    }

    IntegrationService service(m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
    ImportEngine &engine = *service.engine();
    engine.setClock([] { return Now + 3600; });
    RetryPolicy quick;
    quick.initialDelay = std::chrono::milliseconds(50);
    engine.setRetryPolicy(quick);
    QSignalSpy retries(&engine, &ImportEngine::retryScheduled);
    QVERIFY(!importAndWait(engine, id));
    QTest::qWait(500);
    QCOMPARE(retries.size(), 0);
    QVERIFY(!engine.isRunning(id));
    QVERIFY(!engine.isPlanned(id));
    const std::optional<Integration> after = service.find(id);
    QCOMPARE(after->state(), Integration::State::NeedsAdmin);
    QCOMPARE(after->fix, Integration::Fix::Database);
    QVERIFY2(after->lastError.contains(QLatin1String("malformed")), qPrintable(after->lastError));
}

QTEST_MAIN(TestImportEngine)
#include "tst_importengine.moc"
