#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// One writer per database, for windows: a second acdconnect window on the same database
// brings the first forward and exits 0; beside a holder without a window (--headless) it
// names the process that has the database and exits with code 8. The real binary, twice,
// on the offscreen platform.
class TestSecondWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void secondWindowBringsTheFirstForwardAndExits();
    void secondWindowBesideAHeadlessOneSaysWhoHasTheDatabase();

private:
    QProcess *start(const QStringList &arguments);
    bool waitForOutput(QProcess *process, QString &err, const QString &needle);

    static constexpr int ExitDatabaseInUse = 8;
    QTemporaryDir *m_dir = nullptr;
    QStringList m_common;
    QList<QProcess *> m_processes;
};

void TestSecondWindow::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the tests through scripts/with-test-session.sh");
}

void TestSecondWindow::init()
{
    m_dir = new QTemporaryDir;
    m_common = {QStringLiteral("--database"), m_dir->filePath(QStringLiteral("acd.sqlite")),
        QStringLiteral("--keychain-service"),
        QStringLiteral(ACD_TEST_KEYCHAIN_SERVICE " %1")
            .arg(QUuid::createUuid().toString(QUuid::Id128))};
}

void TestSecondWindow::cleanup()
{
    for (QProcess *process : std::as_const(m_processes)) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(10000);
        }
        delete process;
    }
    m_processes.clear();
    delete m_dir;
}

QProcess *TestSecondWindow::start(const QStringList &arguments)
{
    auto *process = new QProcess;
    m_processes << process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // The instance channel's own log lines: listening, and coming forward when asked.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("acd.instance.debug=true"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(ACD_BINARY), m_common + arguments);
    process->waitForStarted();
    return process;
}

bool TestSecondWindow::waitForOutput(QProcess *process, QString &err, const QString &needle)
{
    return QTest::qWaitFor(
               [&] {
                   err += QString::fromUtf8(process->readAllStandardError());
                   return err.contains(needle) || process->state() == QProcess::NotRunning;
               },
               30000)
        && err.contains(needle);
}

void TestSecondWindow::secondWindowBringsTheFirstForwardAndExits()
{
    QProcess *first = start({});
    QString firstErr;
    QVERIFY2(waitForOutput(first, firstErr, QStringLiteral("Listening for other windows")),
        qPrintable(firstErr));

    QProcess *second = start({});
    QVERIFY(second->waitForFinished(30000));
    const QString secondErr = QString::fromUtf8(second->readAllStandardError());
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second->exitCode() == 0, qPrintable(secondErr));
    QVERIFY2(!secondErr.contains(QLatin1String("in use")), qPrintable(secondErr));

    QVERIFY2(waitForOutput(first, firstErr,
                 QStringLiteral("Another window was started on this database: coming forward.")),
        qPrintable(firstErr));
    QCOMPARE(first->state(), QProcess::Running); // the first goes on
}

void TestSecondWindow::secondWindowBesideAHeadlessOneSaysWhoHasTheDatabase()
{
    QProcess *headless = start({QStringLiteral("--headless")});
    QString headlessErr;
    QVERIFY2(waitForOutput(headless, headlessErr, QStringLiteral("running without a window")),
        qPrintable(headlessErr));

    QElapsedTimer waited;
    waited.start();
    QProcess *second = start({});
    QVERIFY(second->waitForFinished(30000));
    const QString secondErr = QString::fromUtf8(second->readAllStandardError());
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second->exitCode() == ExitDatabaseInUse, qPrintable(secondErr));
    QVERIFY2(secondErr.contains(QStringLiteral("in use by process %1").arg(headless->processId())),
        qPrintable(secondErr));
    // It gave the holder time to answer first.
    QVERIFY2(waited.elapsed() >= 1900, qPrintable(QString::number(waited.elapsed())));

    headless->terminate();
    QVERIFY(headless->waitForFinished(30000));
    QCOMPARE(headless->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSecondWindow)
#include "tst_secondwindow.moc"
