#include "credentials/credentialstore.h"
#include "support/testsupport.h"

#include <QTemporaryDir>

// Started by CTest with a D-Bus address that leads nowhere: no Secret Service at all.
class TestNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void savingFailsWithNoKeychainAndWritesNoFile();
};

void TestNoKeychain::savingFailsWithNoKeychainAndWritesNoFile()
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());

    CredentialStore store(QStringLiteral(ACD_TEST_KEYCHAIN_SERVICE));
    const QString password = QStringLiteral("plaintext-must-not-appear");
    CredentialOperation *operation
        = store.write(QStringLiteral("id-1"), {{QStringLiteral("password"), password}});
    QSignalSpy spy(operation, &CredentialOperation::finished);
    QVERIFY(spy.wait(30000));
    const auto result = spy.first().first().value<CredentialResult>();
    QVERIFY2(result.kind == CredentialResult::Kind::NoKeychain, qPrintable(result.message));
    QVERIFY(result.message.contains(QLatin1String("keychain")));
    QCOMPARE(TestSupport::filesContaining(home.path(), password.toUtf8()), QStringList());
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
