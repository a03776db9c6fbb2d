// NOT BUILT (not in tests/CMakeLists.txt): the fault suite's cases for defects of issue 11
// that are being fixed elsewhere (app/import/importengine.*, importrun.*, importwriter.*,
// app/integrations/integrationservice.*). Each states the behaviour expected once fixed;
// register it with the suite when the fix lands:
//   acd_add_test(tst_faultsuite_pending SOURCES pending/tst_faultsuite_pending.cpp
//                LIBS acd_core LABELS keychain)
// and, for lockedKeyringOnImportNowAsksToUnlockIt, a second entry that runs it through
// support/with-locked-keychain.sh with ACD_TEST_LOCKED_KEYCHAIN=1 (as tst_credentialstore_locked).
#include "credentials/credentialstore.h"
#include "demo/democonnector.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "support/importcheck.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestFaultSuitePending : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    // (a) A locked keyring on Import now: "unlock the keychain", not "the password is missing".
    void lockedKeyringOnImportNowAsksToUnlockIt();
    // (b) A deleted keychain entry, fixed with Change password: Connected, and scheduled
    // imports run again without Import now.
    void passwordEnteredAgainAfterItsEntryWasDeletedResumesTheSchedule();
    // (c) A database found corrupt during an import needs the admin (restore a backup).
    void databaseCorruptDuringAnImportNeedsTheAdmin();
    // (d) A failed run records the rows it kept (its whole chunks), not those rolled back.
    void failedRunRecordsTheRowsItKept();

private:
    QString createDemo(const QString &password, int backfillDays, int queueCount);
    std::unique_ptr<IntegrationService> makeService();

    static constexpr qint64 Now = 1'717'171'717;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    CredentialStore m_credentials {QStringLiteral(ACD_TEST_KEYCHAIN_SERVICE)};
    QStringList m_created;
};

void TestFaultSuitePending::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<CredentialResult>();
}

void TestFaultSuitePending::init()
{
    m_db = std::make_unique<Database>(
        m_dir.filePath(QStringLiteral("acd-%1.sqlite").arg(QTest::currentTestFunction())));
    QVERIFY(m_db->open().ok());
}

void TestFaultSuitePending::cleanup()
{
    for (const QString &id : std::as_const(m_created))
        TestSupport::waitFor<CredentialResult>(
            m_credentials.remove(id, {QStringLiteral("password")}), &CredentialOperation::finished);
    m_created.clear();
    m_db.reset();
}

QString TestFaultSuitePending::createDemo(const QString &password, int backfillDays, int queueCount)
{
    Integration integration;
    integration.name = QStringLiteral("Demo");
    integration.type = QStringLiteral("demo");
    integration.settings = {{QStringLiteral("username"), QStringLiteral("admin")},
        {QStringLiteral("queueCount"), queueCount},
        {QLatin1String(ImportEngine::BackfillDaysKey), backfillDays}};
    if (!IntegrationStore(m_db->connection()).create(integration).ok())
        return {};
    m_created << integration.id;
    if (password.isEmpty()) // no keychain entry: deleted, or a locked keyring
        return integration.id;
    const CredentialResult written = TestSupport::waitFor<CredentialResult>(
        m_credentials.write(integration.id, {{QStringLiteral("password"), password}}),
        &CredentialOperation::finished);
    return written.ok() ? integration.id : QString();
}

std::unique_ptr<IntegrationService> TestFaultSuitePending::makeService()
{
    auto service = std::make_unique<IntegrationService>(
        m_db->path(), ConnectorRegistry::builtIn(), &m_credentials);
    service->engine()->setClock([] { return Now; });
    RetryPolicy retry;
    retry.initialDelay = std::chrono::hours(1);
    service->engine()->setRetryPolicy(retry);
    return service;
}

void TestFaultSuitePending::lockedKeyringOnImportNowAsksToUnlockIt()
{
    // Run through support/with-locked-keychain.sh: the Secret Service has no unlocked
    // keyring and no prompter.
    if (!qEnvironmentVariableIsSet("ACD_TEST_LOCKED_KEYCHAIN"))
        QFAIL("run through tests/support/with-locked-keychain.sh with ACD_TEST_LOCKED_KEYCHAIN=1");
    const QString id = createDemo({}, 1, 2);
    QVERIFY(!id.isEmpty());
    auto service = makeService();
    QSignalSpy finished(service->engine(), &ImportEngine::importFinished);
    QSignalSpy retries(service->engine(), &ImportEngine::retryScheduled);
    service->importNow(id);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    const Integration after = *service->find(id);
    QCOMPARE(after.state(), Integration::State::NeedsAdmin);
    QCOMPARE(after.fix, Integration::Fix::Keychain); // was: Fix::Credentials
    QVERIFY2(after.lastError.contains(QLatin1String("locked"), Qt::CaseInsensitive),
        qPrintable(after.lastError));
    QVERIFY2(
        !after.lastError.contains(QLatin1String("Change password")), qPrintable(after.lastError));
    QCOMPARE(retries.size(), 0);
}

void TestFaultSuitePending::passwordEnteredAgainAfterItsEntryWasDeletedResumesTheSchedule()
{
    const QString id = createDemo({}, 1, 2); // the entry is gone from the keychain
    QVERIFY(!id.isEmpty());
    auto service = makeService();
    service->engine()->startScheduler();
    QSignalSpy finished(service->engine(), &ImportEngine::importFinished);
    service->importNow(id);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(service->find(id)->state(), Integration::State::NeedsAdmin);
    QCOMPARE(service->find(id)->fix, Integration::Fix::Credentials);

    ServiceOperation *change = service->changeCredentials(
        id, {}, {{QStringLiteral("password"), QStringLiteral("entered again")}});
    QSignalSpy changed(change, &ServiceOperation::finished);
    QVERIFY(changed.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.last().at(1).toBool(), true);
    const Integration after = *service->find(id);
    QCOMPARE(after.state(), Integration::State::Connected); // was: stayed in Error
    QVERIFY(after.lastError.isEmpty());
    QVERIFY(after.nextImportAt.isValid()); // the schedule runs without Import now
}

void TestFaultSuitePending::databaseCorruptDuringAnImportNeedsTheAdmin()
{
    const QString id = createDemo(QStringLiteral("pw"), 2, 5);
    QVERIFY(!id.isEmpty());
    auto service = makeService();
    QSignalSpy finished(service->engine(), &ImportEngine::importFinished);
    QSignalSpy retries(service->engine(), &ImportEngine::retryScheduled);
    service->importNow(id);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(1).toBool());

    // Damage the interval table's pages in the file, then import the range again.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
    const qint64 pageSize = query.value(0).toLongLong();
    QVERIFY(query.exec(
                QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'interval_stats'"))
        && query.next());
    const qint64 root = query.value(0).toLongLong();
    QVERIFY(query.exec(QStringLiteral("DELETE FROM import_checkpoints")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QFile file(m_db->path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((root - 1) * pageSize));
    file.write(QByteArray(pageSize, '\xA5'));
    file.close();

    service->importNow(id);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(1).toBool(), false);
    QTest::qWait(500);
    QCOMPARE(retries.size(), 0); // was: retried eight times as a temporary fault
    const Integration after = *service->find(id);
    QCOMPARE(after.state(), Integration::State::NeedsAdmin);
    QVERIFY2(after.lastError.contains(QLatin1String("backup")), qPrintable(after.lastError));
}

void TestFaultSuitePending::failedRunRecordsTheRowsItKept()
{
    // A run that fails after its first chunk: import_runs says the rows that stayed.
    // (tst_faultsuite::faultMidImportKeepsOnlyWholeChunks makes such a run against the fake
    // Five9; add there, once fixed: rows_written of the failed run ==
    // m_uninterruptedFirstChunk.rows.) Here with a password that breaks mid-way is not
    // possible with the demo connector, so a killed run stands in: its record, marked
    // interrupted by the next run, keeps the rows its committed chunks wrote.
    const QString id = createDemo(QStringLiteral("pw"), 60, 40);
    QVERIFY(!id.isEmpty());
    auto service = makeService();
    QSignalSpy finished(service->engine(), &ImportEngine::importFinished);
    QSignalSpy progress(service->engine(), &ImportEngine::progressChanged);
    service->importNow(id);
    QTRY_VERIFY_WITH_TIMEOUT(
        !progress.isEmpty() && progress.last().at(1).value<ImportProgress>().rowsWritten > 0,
        60000);
    service->pause(id);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const qint64 kept = ImportCheck::summarize(m_db->connection(), id).rows;
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT rows_written FROM import_runs ORDER BY id DESC"))
        && query.next());
    QCOMPARE(query.value(0).toLongLong(), kept); // was: 0, or rows rolled back
}

QTEST_MAIN(TestFaultSuitePending)
#include "tst_faultsuite_pending.moc"
