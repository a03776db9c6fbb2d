// The real program, started on a database it must refuse: it says why on stderr, exits
// non-zero without waiting for anyone, and leaves the file and its folder as they were.
#include "support/databasefiles.h"

#include <QProcess>
#include <QTest>

class TestStartBadDatabase : public QObject
{
    Q_OBJECT
private slots:
    void refusesAndLeavesFileAndFolderAsTheyWere_data();
    void refusesAndLeavesFileAndFolderAsTheyWere();
};

void TestStartBadDatabase::refusesAndLeavesFileAndFolderAsTheyWere_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("whatToDo");
    for (const auto &[fault, whatToDo] : {std::pair {"random bytes", "not an ACD Connect database"},
             std::pair {"truncated", "Restore it from a backup"},
             std::pair {"damaged inside", "Restore it from a backup"},
             std::pair {"newer version", "Update ACD Connect"},
             std::pair {"read-only file", "permission to write to it"},
             std::pair {"read-only folder", "permission to write to the folder"}})
        QTest::newRow(fault) << QString::fromLatin1(fault) << QString::fromLatin1(whatToDo);
}

void TestStartBadDatabase::refusesAndLeavesFileAndFolderAsTheyWere()
{
    QFETCH(QString, fault);
    QFETCH(QString, whatToDo);
    const DatabaseFiles::FaultFolder folder(fault);
    const QString path = folder.path();
    if (path.isEmpty())
        return; // the test has failed and says why

    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Nothing may reach the user's keychain or settings, whatever the program does.
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), folder.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder.filePath(QStringLiteral("share")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=/nonexistent/acdconnect-no-bus"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(ACD_APP),
        {QStringLiteral("--database"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(app.waitForFinished(30000), "acdconnect did not exit within 30 s");
    const QString stderrText = QString::fromLocal8Bit(app.readAllStandardError());
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() != 0, qPrintable(stderrText));
    QVERIFY2(stderrText.contains(whatToDo), qPrintable(stderrText));
    QVERIFY2(stderrText.contains(path), qPrintable(stderrText));
    QCOMPARE(folder.snapshot(), folder.before());
}

QTEST_GUILESS_MAIN(TestStartBadDatabase)
#include "tst_startbaddatabase.moc"
