#include "credentials/credentialstore.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

// Runs against the real Secret Service that scripts/with-test-session.sh starts.
class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writtenSecretIsInTheRealKeychainAndNowhereElse();
    void readsBackWhatItWrote();
    void readingAMissingEntryIsNotFound();
    void removeDeletesEveryEntryAndToleratesMissingOnes();
    void lockedKeychainRefusesWithAReason();

private:
    CredentialResult run(CredentialOperation *operation)
    {
        return TestSupport::waitFor<CredentialResult>(operation, &CredentialOperation::finished);
    }
    CredentialStore m_store {QStringLiteral(ACD_TEST_KEYCHAIN_SERVICE)};
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<CredentialResult>();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the tests through scripts/with-test-session.sh");
}

void TestCredentialStore::writtenSecretIsInTheRealKeychainAndNowhereElse()
{
    QTemporaryDir dir;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString password = QStringLiteral("s3cr3t-%1").arg(QUuid::createUuid().toString());
    {
        Database db(dir.filePath(QStringLiteral("acd.sqlite")));
        QVERIFY(db.open().ok());
        IntegrationStore integrations(db.connection());
        Integration integration;
        integration.id = id;
        integration.name = QStringLiteral("Keychain test");
        integration.type = QStringLiteral("demo");
        integration.settings = {{QStringLiteral("username"), QStringLiteral("admin")}};
        QVERIFY(integrations.create(integration).ok());

        const CredentialResult result
            = run(m_store.write(id, {{QStringLiteral("password"), password}}));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(QFile::exists(db.path() + QStringLiteral("-wal")));
    }
    // Another process reads it from the Secret Service.
    QCOMPARE(TestSupport::secretToolLookup(
                 m_store.service(), CredentialStore::entryKey(id, QStringLiteral("password"))),
        password);
    // Not in the database, its WAL, or anything else the program wrote.
    QCOMPARE(TestSupport::filesContaining(dir.path(), password.toUtf8()), QStringList());
    QCOMPARE(TestSupport::filesContaining(dir.path(),
                 QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2)),
        QStringList());
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString appConfig
        = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QCOMPARE(
        TestSupport::filesContaining(appData + QStringLiteral("/ACD Connect"), password.toUtf8()),
        QStringList());
    QCOMPARE(TestSupport::filesContaining(appConfig, password.toUtf8()), QStringList());

    QVERIFY(run(m_store.remove(id, {QStringLiteral("password")})).ok());
}

void TestCredentialStore::readsBackWhatItWrote()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SecretMap secrets = {{QStringLiteral("password"), QStringLiteral("pässwörd ✓")},
        {QStringLiteral("clientSecret"), QStringLiteral("abc:def")}};
    QVERIFY(run(m_store.write(id, secrets)).ok());

    CredentialOperation *read = m_store.read(id, secrets.keys());
    QSignalSpy spy(read, &CredentialOperation::finished);
    QVERIFY(spy.wait(20000));
    QVERIFY(spy.first().first().value<CredentialResult>().ok());
    QCOMPARE(read->secrets(), secrets);

    QVERIFY(run(m_store.remove(id, secrets.keys())).ok());
}

void TestCredentialStore::readingAMissingEntryIsNotFound()
{
    const CredentialResult result
        = run(m_store.read(QStringLiteral("no-such-integration"), {QStringLiteral("password")}));
    QCOMPARE(result.kind, CredentialResult::Kind::NotFound);
    QVERIFY(!result.message.isEmpty());
}

void TestCredentialStore::removeDeletesEveryEntryAndToleratesMissingOnes()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(run(m_store.write(id,
                    {{QStringLiteral("a"), QStringLiteral("1")},
                        {QStringLiteral("b"), QStringLiteral("2")}}))
                .ok());
    QCOMPARE(TestSupport::secretToolLookup(
                 m_store.service(), CredentialStore::entryKey(id, QStringLiteral("b"))),
        QStringLiteral("2"));
    QVERIFY(
        run(m_store.remove(id, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("never")}))
            .ok());
    QCOMPARE(TestSupport::secretToolLookup(
                 m_store.service(), CredentialStore::entryKey(id, QStringLiteral("a"))),
        QString());
    QCOMPARE(TestSupport::secretToolLookup(
                 m_store.service(), CredentialStore::entryKey(id, QStringLiteral("b"))),
        QString());
}

void TestCredentialStore::lockedKeychainRefusesWithAReason()
{
    if (!qEnvironmentVariableIsSet("ACD_TEST_LOCKED_KEYCHAIN"))
        QSKIP("Runs as its own CTest entry in a session with a locked keychain "
              "(tst_credentialstore_locked)");
    // A locked keychain that cannot ask for its password: the write ends (no hang) with a
    // result that is not ok and a sentence that says what to do.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QElapsedTimer timer;
    timer.start();
    const CredentialResult written
        = run(m_store.write(id, {{QStringLiteral("password"), QStringLiteral("pw")}}));
    qInfo("locked keychain answered in %lld ms: %s", timer.elapsed(), qPrintable(written.message));
    QVERIFY(!written.ok());
    QVERIFY(written.kind != CredentialResult::Kind::NotFound);
    QVERIFY2(written.message.contains(QLatin1String("nlock")), qPrintable(written.message));
    const CredentialResult read = run(m_store.read(id, {QStringLiteral("password")}));
    QVERIFY(!read.ok());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
