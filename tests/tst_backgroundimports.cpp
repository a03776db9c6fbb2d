#include "backgroundimports.h"
#include "credentials/credentialstore.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "integrationswindow.h"
#include "storage/database.h"
#include "support/demoservice.h"
#include "support/guitest.h"
#include "support/testcredentialstore.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

// Closing the window while imports are scheduled: to the system tray where there is one (the
// imports go on, and it says so once), a question where there is none; Quit during an import
// asks, and a cancelled import resumes from its checkpoint in the next program. The real
// window, service, import engine (Demo connector) and keychain; the offscreen platform has no
// tray, so the tests say whether there is one.
class TestBackgroundImports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void toolTipSaysWhatTheImportsAreDoing_data();
    void toolTipSaysWhatTheImportsAreDoing();
    void closeWithATrayKeepsImportingAndSaysSoOnce();
    void closeWithoutATrayAsks_data();
    void closeWithoutATrayAsks();
    void closeWithNothingScheduledQuitsAtOnce();
    void quitDuringAnImportAsksAndTheNextStartResumesFromTheCheckpoint();

private:
    void startService(int latencyMs = 0);
    // A Demo integration whose first import has completed at Now (keepImporting: still running).
    QString createDemo(int queues, int backfillDays, bool waitForFirstImport = true);
    QMessageBox *waitForQuestion(const QString &objectName);
    static QAbstractButton *buttonOf(QMessageBox *box, const QString &text);
    qint64 number(const QString &sql) const;

    // 2026-11-25 10:01:00 UTC, a minute after a scheduled slot; the next is at 10:16:00.
    static constexpr qint64 Now = 1795600860;
    static constexpr qint64 NextSlot = Now + 900;

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    std::unique_ptr<TestCredentialStore> m_credentials;
    IntegrationService *m_service = nullptr;
    IntegrationsWindow *m_window = nullptr;
};

using GuiTest::activate;

void TestBackgroundImports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationDisplayName(QStringLiteral("ACD Connect"));
    qRegisterMetaType<ServiceOperation::Result>();
}

void TestBackgroundImports::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
    m_credentials = std::make_unique<TestCredentialStore>();
}

void TestBackgroundImports::startService(int latencyMs)
{
    m_service = new IntegrationService(m_db->path(),
        TestSupport::demoRegistry(std::chrono::milliseconds(latencyMs)), m_credentials.get());
    m_service->engine()->setClock([] { return Now; });
    m_window = new IntegrationsWindow(*m_service);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    activate(m_window);
}

void TestBackgroundImports::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_service;
    m_service = nullptr;
    m_credentials.reset(); // and what the test left in the keychain
    delete m_db;
    delete m_dir;
}

QString TestBackgroundImports::createDemo(int queues, int backfillDays, bool waitForFirstImport)
{
    ServiceOperation *op = m_service->create(
        TestSupport::demoIntegration(QStringLiteral("Demo"), queues, backfillDays),
        {{QStringLiteral("password"), QStringLiteral("pw")}});
    const QString id = op->integrationId();
    QSignalSpy created(op, &ServiceOperation::finished);
    QSignalSpy imported(m_service->engine(), &ImportEngine::importFinished);
    if (!created.wait(20000) || !created.first().first().value<ServiceOperation::Result>().ok())
        return {};
    if (waitForFirstImport && !imported.wait(60000))
        return {};
    return id;
}

QMessageBox *TestBackgroundImports::waitForQuestion(const QString &objectName)
{
    QMessageBox *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(widget);
                box && box->isVisible() && box->objectName() == objectName)
                found = box;
        return found != nullptr;
    });
    if (found)
        activate(found);
    return found;
}

QAbstractButton *TestBackgroundImports::buttonOf(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons())
        if (button->text() == text)
            return button;
    return nullptr;
}

qint64 TestBackgroundImports::number(const QString &sql) const
{
    Database database(m_db->path());
    if (!database.openWithoutMigrating().ok())
        return -1;
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestBackgroundImports::toolTipSaysWhatTheImportsAreDoing_data()
{
    QTest::addColumn<bool>("running");
    QTest::addColumn<int>("needAdmin");
    QTest::addColumn<QString>("expected");
    const QDateTime nextAt = QDateTime::fromSecsSinceEpoch(NextSlot, Qt::UTC).toLocalTime();
    const QString next = nextAt.date() == QDate::currentDate()
        ? QLocale().toString(nextAt.time(), QLocale::ShortFormat)
        : QLocale().toString(nextAt, QLocale::ShortFormat);
    QTest::newRow("importing") << true << 0
                               << QStringLiteral("ACD Connect — importing Five9 EU, 42%");
    QTest::newRow("waiting") << false << 0 << QStringLiteral("ACD Connect — next import ") + next;
    // (Plurals: the singular comes from translations/acdconnect_en.ts, not loaded here.)
    QTest::newRow("three need the admin") << false << 3
                                          << QStringLiteral("ACD Connect — next import ") + next
            + QStringLiteral("\n3 integrations need attention");
    QTest::newRow("two need the admin")
        << true << 2
        << QStringLiteral("ACD Connect — importing Five9 EU, 42%\n2 integrations need attention");
}

void TestBackgroundImports::toolTipSaysWhatTheImportsAreDoing()
{
    QFETCH(bool, running);
    QFETCH(int, needAdmin);
    QFETCH(QString, expected);
    QList<Integration> integrations;
    Integration five9;
    five9.id = QStringLiteral("a");
    five9.name = QStringLiteral("Five9 EU");
    five9.nextImportAt = QDateTime::fromSecsSinceEpoch(NextSlot, Qt::UTC);
    integrations << five9;
    for (int i = 0; i < needAdmin; ++i) {
        Integration broken;
        broken.id = QStringLiteral("broken %1").arg(i);
        broken.name = broken.id;
        broken.outcome = Integration::Outcome::Error;
        broken.fix = Integration::Fix::Credentials;
        integrations << broken;
    }
    const QString toolTip = BackgroundImports::toolTip(
        integrations, [running](const QString &id) -> std::optional<ImportProgress> {
            if (!running || id != QLatin1String("a"))
                return std::nullopt;
            ImportProgress progress;
            progress.phase = ImportProgress::Phase::IntervalStatistics;
            progress.done = 42;
            progress.total = 100;
            return progress;
        });
    QCOMPARE(toolTip, expected);
}

void TestBackgroundImports::closeWithATrayKeepsImportingAndSaysSoOnce()
{
    startService();
    const QString id = createDemo(2, 1);
    QVERIFY(!id.isEmpty());
    // The next slot comes two seconds from now (the clock runs from just before it).
    QElapsedTimer elapsed;
    elapsed.start();
    m_service->engine()->setClock([elapsed] { return NextSlot - 2 + elapsed.elapsed() / 1000; });
    m_service->engine()->startScheduler();
    QVERIFY(m_service->engine()->isPlanned(id));

    BackgroundImports *background = m_window->backgroundImports();
    background->setTrayAvailable([] { return true; });
    QSignalSpy hidden(background, &BackgroundImports::hiddenToTray);
    QSignalSpy quitReady(background, &BackgroundImports::quitReady);
    QSignalSpy finished(m_service->engine(), &ImportEngine::importFinished);
    QVERIFY(m_window->close() == false); // the close is the tray's: the window is not closed
    QVERIFY(!m_window->isVisible());
    QVERIFY(background->trayIcon());
    QVERIFY(background->trayIcon()->isVisible());
    QCOMPARE(hidden.size(), 1);
    QCOMPARE(hidden.first().first().toBool(), true); // said the first time
    QVERIFY(QSettings().value(QStringLiteral("tray/explained")).toBool());

    // The scheduled import runs with the window hidden.
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toString(), id);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE outcome = 'ok'")), 2);
    QCOMPARE(quitReady.size(), 0);
    // The icon's tooltip follows: the next import is planned.
    QTRY_VERIFY2(
        background->trayIcon()->toolTip().startsWith(QStringLiteral("ACD Connect — next import ")),
        qPrintable(background->trayIcon()->toolTip()));

    // Open from the tray, close again: the tray again, without saying it a second time.
    background->showWindow();
    QVERIFY(m_window->isVisible());
    QVERIFY(!background->trayIcon()->isVisible());
    m_window->close();
    QVERIFY(!m_window->isVisible());
    QCOMPARE(hidden.size(), 2);
    QCOMPARE(hidden.last().first().toBool(), false);
    QCOMPARE(quitReady.size(), 0);
}

void TestBackgroundImports::closeWithoutATrayAsks_data()
{
    QTest::addColumn<QString>("answer"); // a button's text, or empty for Escape
    QTest::addColumn<bool>("quits");
    QTest::addColumn<bool>("minimised");
    QTest::newRow("stop imports and quit")
        << QStringLiteral("&Stop imports and quit") << true << false;
    QTest::newRow("keep importing")
        << QStringLiteral("&Keep importing, minimise the window") << false << true;
    QTest::newRow("cancel") << QStringLiteral("Cancel") << false << false;
    QTest::newRow("escape") << QString() << false << false;
}

void TestBackgroundImports::closeWithoutATrayAsks()
{
    QFETCH(QString, answer);
    QFETCH(bool, quits);
    QFETCH(bool, minimised);
    startService();
    const QString id = createDemo(2, 1);
    QVERIFY(!id.isEmpty());
    m_service->engine()->startScheduler();
    QVERIFY(m_service->engine()->isPlanned(id));
    BackgroundImports *background = m_window->backgroundImports();
    background->setTrayAvailable([] { return false; });
    QSignalSpy quitReady(background, &BackgroundImports::quitReady);
    QSignalSpy hidden(background, &BackgroundImports::hiddenToTray);

    m_window->close();
    QMessageBox *box = waitForQuestion(QStringLiteral("stopImportsQuestion"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("no system tray")));
    if (answer.isEmpty()) {
        QTest::keyClick(box, Qt::Key_Escape);
    } else {
        QAbstractButton *button = answer == QLatin1String("Cancel")
            ? box->button(QMessageBox::Cancel)
            : buttonOf(box, answer);
        QVERIFY2(button, qPrintable(answer));
        button->click();
    }
    QTRY_VERIFY(!box->isVisible());
    if (quits) {
        QTRY_COMPARE(quitReady.size(), 1);
        QVERIFY(!m_window->isVisible());
        QVERIFY(!m_service->engine()->isPlanned(id)); // nothing left to start
    } else {
        QTest::qWait(100); // a quit would have been said by now (one storage round trip)
        QCOMPARE(quitReady.size(), 0);
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->isMinimized(), minimised);
        QVERIFY(m_service->engine()->isPlanned(id));
    }
    QCOMPARE(hidden.size(), 0);
    QVERIFY(!background->trayIcon());
}

void TestBackgroundImports::closeWithNothingScheduledQuitsAtOnce()
{
    startService();
    const QString id = createDemo(2, 1);
    QVERIFY(!id.isEmpty());
    m_service->pause(id);
    BackgroundImports *background = m_window->backgroundImports();
    background->setTrayAvailable([] { return true; });
    QSignalSpy quitReady(background, &BackgroundImports::quitReady);
    QSignalSpy hidden(background, &BackgroundImports::hiddenToTray);
    m_window->close();
    QVERIFY(quitReady.wait(10000));
    QCOMPARE(hidden.size(), 0);
    QVERIFY(!m_window->isVisible());
}

void TestBackgroundImports::quitDuringAnImportAsksAndTheNextStartResumesFromTheCheckpoint()
{
    // 90 days of 40 queues with some latency: long enough to be stopped in the middle.
    startService(20);
    const QString id = createDemo(40, 90, false);
    QVERIFY(!id.isEmpty());
    const QString checkpointSql = QStringLiteral("SELECT COALESCE(MAX(covered_until), 0) FROM "
                                                 "import_checkpoints WHERE kind = 'intervals'");
    const QString fromSql = QStringLiteral("SELECT MIN(range_from) FROM import_runs");
    // Past the half hour a resumed import fetches again (the ACD may still amend it).
    QTRY_VERIFY_WITH_TIMEOUT(
        number(fromSql) > 0 && number(checkpointSql) > number(fromSql) + 3600, 30000);
    QVERIFY(m_service->engine()->isRunning(id));
    BackgroundImports *background = m_window->backgroundImports();
    QSignalSpy quitReady(background, &BackgroundImports::quitReady);

    // Ctrl+Q asks; Keep running (Escape) keeps the import going.
    activate(m_window);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier);
    QMessageBox *box = waitForQuestion(QStringLiteral("quitDuringImportQuestion"));
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QLatin1String("An import of Demo is running (")),
        qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("%). Quit anyway? It resumes from where it "
                                                "stopped at the next start.")),
        qPrintable(box->text()));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!box->isVisible());
    QTest::qWait(100);
    QVERIFY(m_service->engine()->isRunning(id));
    QCOMPARE(quitReady.size(), 0);
    QVERIFY(m_window->isVisible());

    // Quit cancels the import after its current transaction, then says the program may end.
    activate(m_window);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier);
    box = waitForQuestion(QStringLiteral("quitDuringImportQuestion"));
    QVERIFY(box);
    QAbstractButton *quit = buttonOf(box, QStringLiteral("&Quit"));
    QVERIFY(quit);
    quit->click();
    QVERIFY(quitReady.wait(60000));
    QVERIFY(!m_service->engine()->isRunning(id));
    QVERIFY(!m_window->isVisible());
    QCOMPARE(
        number(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE outcome = 'cancelled'")), 1);
    QCOMPARE(
        number(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE outcome = 'running'")), 0);
    const qint64 checkpoint = number(checkpointSql);
    const qint64 firstFrom = number(fromSql);
    QVERIFY(checkpoint > firstFrom);

    // The next program on the same database resumes the first import from the checkpoint.
    delete m_window;
    m_window = nullptr;
    delete m_service;
    m_service = nullptr;
    startService(20);
    m_service->engine()->startScheduler();
    QVERIFY(m_service->engine()->isRunning(id));
    const QString resumedSql = QStringLiteral("SELECT range_from FROM import_runs ORDER BY id DESC "
                                              "LIMIT 1");
    QTRY_VERIFY_WITH_TIMEOUT(
        number(QStringLiteral("SELECT COUNT(*) FROM import_runs")) == 2, 30000);
    const qint64 resumedFrom = number(resumedSql);
    QVERIFY2(resumedFrom > firstFrom && resumedFrom <= checkpoint,
        qPrintable(QStringLiteral("%1 %2 %3").arg(firstFrom).arg(resumedFrom).arg(checkpoint)));
    QSignalSpy finished(m_service->engine(), &ImportEngine::importFinished);
    m_service->engine()->cancel(id);
    QVERIFY(finished.wait(60000));
}

QTEST_MAIN(TestBackgroundImports)
#include "tst_backgroundimports.moc"
