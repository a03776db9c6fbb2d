#include "credentials/credentialstore.h"
#include "demo/democonnector.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "support/demoservice.h"
#include "support/testcredentialstore.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

// The real acdconnect binary, run as a script or a service manager would: --help and
// --version without a display or a session bus, --list for scripts, --import-now and its
// exit codes, --headless on a schedule, stopped by SIGTERM, and one writer per database.
// Integrations are made here through IntegrationService with the Demo connector; the
// program reads them from the same database and the same (test) keychain.
class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpAndVersionNeedNoDisplayNorSessionBus_data();
    void helpAndVersionNeedNoDisplayNorSessionBus();
    void badOptionSaysSoWithTheUsageCode();
    void listJsonMatchesTheStore();
    void listOfAMissingDatabaseIsEmptyAndCreatesNothing();
    void importNowImportsTheRowsThroughTheEngine();
    void importNowWithAWrongPasswordExitsWithTheBadCredentialsCode();
    void importNowOfAnUnknownNameExitsWithTheNotFoundCode();
    void importNowWithALockedKeyringSaysLockedNotMissing();
    void headlessImportsOnScheduleAndStopsCleanlyOnSigterm();
    void sigtermCancelsARunningImportAndExitsZero();
    void headlessWithoutAKeychainSaysSoAndExitsNonZero_data();
    void headlessWithoutAKeychainSaysSoAndExitsNonZero();

private:
    struct Result
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out, err;
    };
    QProcessEnvironment environment() const; // no display, no platform plugin
    QStringList common() const; // database and keychain service
    Result run(const QStringList &arguments, int timeoutMs = 60000,
        const QProcessEnvironment &env = {}) const;
    QString createDemo(const QString &name, const QString &password, bool keepFirstImport,
        int backfillDays = 1, int queueCount = 2);
    qint64 count(const QString &sql, const QString &integrationId = {}) const;
    QList<Integration> stored() const;
    bool waitForOutput(
        QProcess &process, QString &err, const QString &needle, int times, int timeoutMs) const;

    static constexpr int ExitBadCredentials = 3;
    static constexpr int ExitNotFound = 6;
    static constexpr int ExitNoKeychain = 7;
    static constexpr int ExitDatabaseInUse = 8;
    QTemporaryDir *m_dir = nullptr;
    QString m_db;
    std::unique_ptr<TestCredentialStore> m_credentials;
};

void TestCommandLine::initTestCase()
{
    qRegisterMetaType<ServiceOperation::Result>();
    TestCredentialStore::prepareSession();
    QVERIFY2(QFileInfo(QStringLiteral(ACD_BINARY)).isExecutable(), ACD_BINARY);
}

void TestCommandLine::init()
{
    m_dir = new QTemporaryDir;
    m_db = m_dir->filePath(QStringLiteral("acd.sqlite"));
    m_credentials = std::make_unique<TestCredentialStore>();
}

void TestCommandLine::cleanup()
{
    m_credentials.reset();
    delete m_dir;
}

QProcessEnvironment TestCommandLine::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

QStringList TestCommandLine::common() const
{
    return {QStringLiteral("--database"), m_db, QStringLiteral("--keychain-service"),
        m_credentials->service()};
}

TestCommandLine::Result TestCommandLine::run(
    const QStringList &arguments, int timeoutMs, const QProcessEnvironment &env) const
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? environment() : env);
    process.start(QStringLiteral(ACD_BINARY), arguments);
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("<did not finish in %1 ms> ").arg(timeoutMs);
    }
    result.exitCode = process.exitCode();
    result.status = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestCommandLine::createDemo(const QString &name, const QString &password,
    bool keepFirstImport, int backfillDays, int queueCount)
{
    Database database(m_db);
    if (!database.open().ok())
        return {};
    // Latency, so the first import can be cancelled before it writes a row.
    IntegrationService service(
        m_db, TestSupport::demoRegistry(std::chrono::milliseconds(300)), m_credentials.get());
    QSignalSpy finished(service.engine(), &ImportEngine::importFinished);
    ServiceOperation *operation
        = service.create(TestSupport::demoIntegration(name, queueCount, backfillDays),
            {{QStringLiteral("password"), password}});
    const QString id = operation->integrationId();
    if (!TestSupport::waitFor<ServiceOperation::Result>(operation, &ServiceOperation::finished)
             .ok())
        return {};
    // The first import started with the save; the program under test is to do the importing.
    if (!keepFirstImport)
        service.engine()->cancel(id);
    if (!finished.wait(60000))
        return {};
    bool written = false;
    service.whenWritten([&written] { written = true; });
    if (!QTest::qWaitFor([&written] { return written; }, 10000))
        return {};
    return id;
}

qint64 TestCommandLine::count(const QString &sql, const QString &integrationId) const
{
    Database database(m_db);
    if (!database.openWithoutMigrating().ok())
        return -1;
    QSqlQuery query(database.connection());
    query.prepare(sql);
    if (!integrationId.isEmpty())
        query.addBindValue(integrationId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

QList<Integration> TestCommandLine::stored() const
{
    Database database(m_db);
    if (!database.openWithoutMigrating().ok())
        return {};
    return IntegrationStore(database.connection()).list();
}

bool TestCommandLine::waitForOutput(
    QProcess &process, QString &err, const QString &needle, int times, int timeoutMs) const
{
    return QTest::qWaitFor(
               [&] {
                   err += QString::fromUtf8(process.readAllStandardError());
                   return err.count(needle) >= times || process.state() == QProcess::NotRunning;
               },
               timeoutMs)
        && err.count(needle) >= times;
}

void TestCommandLine::helpAndVersionNeedNoDisplayNorSessionBus_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("help") << QStringLiteral("--help")
                          << QStringList {QStringLiteral("--import-now <name>"),
                                 QStringLiteral("--headless"), QStringLiteral("--list"),
                                 QStringLiteral("Exit codes:"),
                                 QStringLiteral("  8  another acdconnect")};
    QTest::newRow("version") << QStringLiteral("--version")
                             << QStringList {QStringLiteral("acdconnect " ACD_VERSION_STRING)};
}

void TestCommandLine::helpAndVersionNeedNoDisplayNorSessionBus()
{
    QFETCH(QString, option);
    QFETCH(QStringList, expected);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=/nonexistent/acdconnect-no-bus"));
    const Result result = run({option}, 30000, env);
    QCOMPARE(result.status, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    for (const QString &text : expected)
        QVERIFY2(result.out.contains(text), qPrintable(result.out));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void TestCommandLine::badOptionSaysSoWithTheUsageCode()
{
    const Result result = run({QStringLiteral("--no-such-option")}, 30000);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("no-such-option")), qPrintable(result.err));
}

void TestCommandLine::listJsonMatchesTheStore()
{
    const QString imported = createDemo(QStringLiteral("Demo Milano"), QStringLiteral("pw"), true);
    QVERIFY(!imported.isEmpty());
    const QString fresh = createDemo(QStringLiteral("Demo Roma"), QStringLiteral("pw"), false);
    QVERIFY(!fresh.isEmpty());

    const Result result = run(common() << QStringLiteral("--list") << QStringLiteral("--json"));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString() + result.out));
    const QJsonArray array = document.array();
    const QList<Integration> integrations = stored();
    QCOMPARE(array.size(), integrations.size());
    QCOMPARE(array.size(), 2);
    for (qsizetype i = 0; i < integrations.size(); ++i) {
        const Integration &integration = integrations[i];
        const QJsonObject object = array[i].toObject();
        QCOMPARE(object[QLatin1String("id")].toString(), integration.id);
        QCOMPARE(object[QLatin1String("name")].toString(), integration.name);
        QCOMPARE(object[QLatin1String("type")].toString(), QStringLiteral("demo"));
        QCOMPARE(object[QLatin1String("paused")].toBool(), false);
        const QJsonValue last = object[QLatin1String("lastImportAt")];
        if (integration.id == imported) {
            QCOMPARE(object[QLatin1String("state")].toString(), QStringLiteral("connected"));
            QVERIFY(integration.lastImportAt.isValid());
            QCOMPARE(QDateTime::fromString(last.toString(), Qt::ISODate), integration.lastImportAt);
        } else {
            QCOMPARE(object[QLatin1String("state")].toString(), QStringLiteral("new"));
            QVERIFY(last.isNull());
        }
    }

    const Result table = run(common() << QStringLiteral("--list"));
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(table.out.contains(QLatin1String("Demo Milano"))
            && table.out.contains(QLatin1String("Connected")),
        qPrintable(table.out));
}

void TestCommandLine::listOfAMissingDatabaseIsEmptyAndCreatesNothing()
{
    const Result result = run(common() << QStringLiteral("--list") << QStringLiteral("--json"));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 0);
    QVERIFY(QJsonDocument::fromJson(result.out.toUtf8()).isArray());
    QVERIFY(!QFileInfo::exists(m_db));
}

void TestCommandLine::importNowImportsTheRowsThroughTheEngine()
{
    const QString id = createDemo(QStringLiteral("Demo Milano"), QStringLiteral("pw"), false);
    QVERIFY(!id.isEmpty());
    const QString rowsSql
        = QStringLiteral("SELECT COUNT(*) FROM interval_stats s JOIN queues q ON q.id = s.queue_id "
                         "WHERE q.integration_id = ?");
    QCOMPARE(count(rowsSql, id), 0);

    // The name as a person types it: case and spaces do not matter, as in the window.
    const Result result
        = run(common() << QStringLiteral("--import-now") << QStringLiteral(" demo milano"));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.out.contains(QLatin1String("Imported")), qPrintable(result.out));
    // Not a terminal: plain lines, no carriage returns redrawing a bar.
    QVERIFY(!result.out.contains(QLatin1Char('\r')));
    QVERIFY2(result.out.contains(QLatin1String("Interval statistics")), qPrintable(result.out));

    const qint64 rows = count(rowsSql, id);
    QVERIFY2(rows >= 96 * 2, qPrintable(QString::number(rows))); // a day of two queues
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE integration_id = ? "
                                  "AND outcome = 'ok'"),
                 id),
        1);
    const QList<Integration> after = stored();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().state(), Integration::State::Connected);
    QVERIFY(after.first().lastImportAt.isValid());
    // The lock was let go: the next writer gets the database.
    QVERIFY(!QFileInfo::exists(m_db + QStringLiteral(".lock")));
}

void TestCommandLine::importNowWithAWrongPasswordExitsWithTheBadCredentialsCode()
{
    const QString id = createDemo(QStringLiteral("Demo"), QStringLiteral("pw"), false);
    QVERIFY(!id.isEmpty());
    // The password changed at the ACD's end: the keychain now holds one it refuses.
    const Integration integration = stored().first();
    const CredentialResult written = TestSupport::waitFor<CredentialResult>(
        m_credentials->write(m_credentials->refOf(integration),
            {{QStringLiteral("password"), QLatin1String(DemoConnector::WrongPassword)}}),
        &CredentialOperation::finished);
    QVERIFY2(written.ok(), qPrintable(written.message));

    const Result result = run(common() << QStringLiteral("--import-now") << QStringLiteral("Demo"));
    QCOMPARE(result.exitCode, ExitBadCredentials);
    QVERIFY2(result.err.contains(QLatin1String("The user name or password is wrong.")),
        qPrintable(result.err));
    QVERIFY(!result.err.contains(QLatin1String(DemoConnector::WrongPassword) + QLatin1Char('"')));
    QCOMPARE(stored().first().state(), Integration::State::NeedsAdmin);
}

void TestCommandLine::importNowWithALockedKeyringSaysLockedNotMissing()
{
    // Issue 11, defect 3: a locked keyring answers a read with "no such entry", as if the
    // password had never been saved; the program said so and advised Change password, which
    // cannot help. The admin is to unlock the keychain, and the integration is not marked as
    // needing new credentials.
    QVERIFY(!createDemo(QStringLiteral("Demo"), QStringLiteral("pw"), false).isEmpty());
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral("bash"),
        QStringList {QStringLiteral(ACD_LOCKED_KEYCHAIN_SCRIPT), QStringLiteral(ACD_BINARY)}
            << common() << QStringLiteral("--import-now") << QStringLiteral("Demo"));
    QVERIFY(process.waitForFinished(90000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), ExitNoKeychain);
    QVERIFY2(err.contains(QLatin1String("locked")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("No saved password")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("Change password")), qPrintable(err));
    const Integration integration = stored().first();
    QCOMPARE(integration.fix, Integration::Fix::Keychain);
}

void TestCommandLine::importNowOfAnUnknownNameExitsWithTheNotFoundCode()
{
    QVERIFY(!createDemo(QStringLiteral("Demo"), QStringLiteral("pw"), true).isEmpty());
    const Result result
        = run(common() << QStringLiteral("--import-now") << QStringLiteral("Five9 EU"));
    QCOMPARE(result.exitCode, ExitNotFound);
    QVERIFY2(result.err.contains(QLatin1String("Five9 EU")), qPrintable(result.err));
}

void TestCommandLine::headlessImportsOnScheduleAndStopsCleanlyOnSigterm()
{
    const QString id = createDemo(QStringLiteral("Demo"), QStringLiteral("pw"), false);
    QVERIFY(!id.isEmpty());
    QProcess service;
    service.setProcessEnvironment(environment());
    service.start(QStringLiteral(ACD_BINARY),
        common() << QStringLiteral("--headless") << QStringLiteral("--schedule-seconds")
                 << QStringLiteral("2"));
    QVERIFY(service.waitForStarted());
    QString err;
    // The first import at start, then one on the (test) schedule.
    QVERIFY2(
        waitForOutput(service, err, QStringLiteral("import succeeded"), 2, 60000), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("running without a window")), qPrintable(err));

    // A reader is welcome while it runs…
    const Result list = run(common() << QStringLiteral("--list") << QStringLiteral("--json"));
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    // …a second writer is not: it names the process that has the database and imports nothing.
    const QString ours = QString::number(service.processId());
    const Result second = run(common() << QStringLiteral("--headless"), 30000);
    QCOMPARE(second.exitCode, ExitDatabaseInUse);
    QVERIFY2(second.err.contains(ours), qPrintable(second.err));
    QVERIFY2(
        !second.err.contains(QLatin1String("running without a window")), qPrintable(second.err));
    const Result importNow
        = run(common() << QStringLiteral("--import-now") << QStringLiteral("Demo"), 30000);
    QCOMPARE(importNow.exitCode, ExitDatabaseInUse);
    QVERIFY2(importNow.err.contains(ours), qPrintable(importNow.err));

    service.terminate(); // SIGTERM
    QVERIFY(service.waitForFinished(60000));
    err += QString::fromUtf8(service.readAllStandardError());
    QCOMPARE(service.exitStatus(), QProcess::NormalExit);
    QVERIFY2(service.exitCode() == 0, qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Stopped.")), qPrintable(err));

    Database database(m_db);
    QVERIFY(database.openWithoutMigrating().ok());
    QSqlQuery check(database.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    // Every run it started has ended; none is left "running".
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE outcome = 'running'")), 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE outcome = 'ok'")) >= 2);
}

void TestCommandLine::sigtermCancelsARunningImportAndExitsZero()
{
    // Long enough to be stopped in the middle: 90 days of 40 queues.
    const QString id = createDemo(QStringLiteral("Demo"), QStringLiteral("pw"), false, 90, 40);
    QVERIFY(!id.isEmpty());
    QProcess service;
    service.setProcessEnvironment(environment());
    service.start(QStringLiteral(ACD_BINARY), common() << QStringLiteral("--headless"));
    QVERIFY(service.waitForStarted());
    QString err;
    QVERIFY2(waitForOutput(service, err, QStringLiteral("first import started"), 1, 30000),
        qPrintable(err));
    const QString rowsSql
        = QStringLiteral("SELECT COUNT(*) FROM interval_stats s JOIN queues q ON q.id = s.queue_id "
                         "WHERE q.integration_id = ?");
    QVERIFY(QTest::qWaitFor([&] { return count(rowsSql, id) > 0; }, 30000));

    service.terminate();
    QVERIFY(service.waitForFinished(60000));
    err += QString::fromUtf8(service.readAllStandardError());
    QCOMPARE(service.exitStatus(), QProcess::NormalExit);
    QVERIFY2(service.exitCode() == 0, qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("import cancelled")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Stopped.")), qPrintable(err));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE outcome = 'running'")), 0);
    Database database(m_db);
    QVERIFY(database.openWithoutMigrating().ok());
    QSqlQuery check(database.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestCommandLine::headlessWithoutAKeychainSaysSoAndExitsNonZero_data()
{
    QTest::addColumn<bool>("locked");
    QTest::newRow("no session bus") << false;
    QTest::newRow("locked keyring") << true;
}

void TestCommandLine::headlessWithoutAKeychainSaysSoAndExitsNonZero()
{
    QFETCH(bool, locked);
    QVERIFY(!createDemo(QStringLiteral("Demo"), QStringLiteral("pw"), true).isEmpty());
    QProcessEnvironment env = environment();
    QProcess process;
    if (locked) {
        // A private session whose Secret Service has no unlocked keyring and no prompter.
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("bash"),
            QStringList {QStringLiteral(ACD_LOCKED_KEYCHAIN_SCRIPT), QStringLiteral(ACD_BINARY)}
                << common() << QStringLiteral("--headless"));
    } else {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=/nonexistent/acdconnect-no-bus"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ACD_BINARY), common() << QStringLiteral("--headless"));
    }
    QVERIFY(process.waitForFinished(90000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), ExitNoKeychain);
    QVERIFY2(err.contains(QLatin1String("keychain")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("running without a window")), qPrintable(err));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM import_runs")), 1); // the test's own
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
