#include "credentials/credentialstore.h"
#include "desktopnotifier.h"
#include "fakefive9fixtures.h"
#include "fakefive9harness.h"
#include "fakefive9server.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "integrationsmodel.h"
#include "integrationswindow.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "support/guitest.h"
#include "support/testsupport.h"
#include "wizard/addintegrationwizard.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTemporaryDir>

// Issue 4, item 6: the whole wizard → first import of a Five9 integration, by keyboard, against
// the fake Five9 on loopback, with the real keychain, store, engine and Five9 connector.
class TestFive9Wizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wizardToFirstImportByKeyboard();
    void saveProblemsNameTheCause_data();
    void saveProblemsNameTheCause();

private:
    void makeContext(const QUrl &endpoint);
    // Type (Five9) → Name → Credentials → Details (grouping by campaign) → Save page.
    AddIntegrationWizard *walkToSavePage(const QString &user, const QString &password);
    void typeText(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    void press(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }
    int count(const QString &sql) const;

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    IntegrationStore *m_store = nullptr;
    CredentialStore *m_credentials = nullptr;
    FakeFive9Server *m_fake = nullptr;
    IntegrationService *m_integrations = nullptr;
    IntegrationsWindow *m_window = nullptr;
};

using GuiTest::activate;

void TestFive9Wizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<CredentialResult>();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the tests through scripts/with-test-session.sh");
}

void TestFive9Wizard::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
    m_store = new IntegrationStore(m_db->connection());
    m_credentials = new CredentialStore(QStringLiteral(ACD_TEST_KEYCHAIN_SERVICE));
    m_fake = new FakeFive9Server;
    FakeFive9Fixtures::install(*m_fake);
    QVERIFY(m_fake->listen());
    makeContext(m_fake->baseUrl());
}

void TestFive9Wizard::makeContext(const QUrl &endpoint)
{
    delete m_window;
    delete m_integrations;
    // The real connector, with Five9's waits shortened so 90 days of reports take seconds.
    ConnectorRegistry registry;
    registry.add(QStringLiteral("demo"),
        [] { return ConnectorRegistry::builtIn().create(QStringLiteral("demo")); });
    registry.add(QStringLiteral("five9"), [] {
        auto connector = std::make_unique<Five9Connector>();
        connector->setRetryPolicy(FakeFive9Harness::fastPolicy());
        return connector;
    });
    const std::optional<TestEndpoint> testEndpoint
        = TestEndpoint::create(endpoint, FakeFive9Server::certificates());
    QVERIFY(testEndpoint);
    m_integrations = new IntegrationService(m_db->path(), registry, m_credentials);
    m_integrations->setTestEndpoint(testEndpoint);
    m_window = new IntegrationsWindow(*m_integrations);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    activate(m_window);
}

void TestFive9Wizard::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_integrations;
    m_integrations = nullptr;
    for (const Integration &integration : m_store->list())
        TestSupport::waitFor<CredentialResult>(
            m_credentials->remove(CredentialStore::entries(
                m_credentials->refOf(integration), {QStringLiteral("password")})),
            &CredentialOperation::finished);
    delete m_fake;
    delete m_credentials;
    delete m_store;
    delete m_db;
    delete m_dir;
}

int TestFive9Wizard::count(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

AddIntegrationWizard *TestFive9Wizard::walkToSavePage(const QString &user, const QString &password)
{
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    auto *wizard = m_window->findChild<AddIntegrationWizard *>();
    if (!wizard || !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    activate(wizard);

    auto *types = wizard->findChild<QListWidget *>(QStringLiteral("typeList"));
    while (types->currentItem()
        && types->currentItem()->data(Qt::UserRole) != QStringLiteral("five9")
        && types->currentRow() < types->count() - 1)
        QTest::keyClick(types, Qt::Key_Down);
    if (types->currentItem()->data(Qt::UserRole) != QStringLiteral("five9"))
        return nullptr;
    press(Qt::Key_Return);
    if (wizard->currentId() != AddIntegrationWizard::NamePageId)
        return nullptr;
    press(Qt::Key_Return); // the suggested name
    if (wizard->currentId() != AddIntegrationWizard::CredentialsPageId)
        return nullptr;
    typeText(user);
    press(Qt::Key_Tab);
    typeText(password);
    press(Qt::Key_Return);
    if (wizard->currentId() != AddIntegrationWizard::DetailsPageId)
        return nullptr;
    // The focus starts on the data centre; the next field is the queue grouping.
    auto *grouping = wizard->findChild<QComboBox *>(QStringLiteral("field_queueGrouping"));
    for (int tabs = 0; tabs < 10 && QApplication::focusWidget() != grouping; ++tabs)
        press(Qt::Key_Tab);
    if (QApplication::focusWidget() != grouping)
        return nullptr;
    press(Qt::Key_Down); // Skill → Campaign
    press(Qt::Key_Return);
    if (wizard->currentId() != AddIntegrationWizard::SavePageId)
        return nullptr;
    QTest::qWait(20); // the page puts the focus on Save integration
    return wizard;
}

void TestFive9Wizard::wizardToFirstImportByKeyboard()
{
    QSignalSpy completed(m_integrations, &IntegrationService::firstImportCompleted);
    QSignalSpy notified(m_window->notifier(), &DesktopNotifier::notified);
    AddIntegrationWizard *wizard = walkToSavePage(QString::fromLatin1(FakeFive9Fixtures::AdminUser),
        QString::fromLatin1(FakeFive9Fixtures::AdminPassword));
    QVERIFY(wizard);
    press(Qt::Key_Return); // Save integration
    QTRY_VERIFY2_WITH_TIMEOUT(wizard->currentId() == AddIntegrationWizard::ImportPageId,
        qPrintable(wizard->findChild<QLabel *>(QStringLiteral("saveProblem"))->text()), 20000);

    const QList<Integration> stored = m_store->list();
    QCOMPARE(stored.size(), 1);
    const Integration integration = stored.first();
    QCOMPARE(integration.type, QStringLiteral("five9"));
    QVERIFY2(integration.name.startsWith(QLatin1String("Five9 (")), qPrintable(integration.name));
    QCOMPARE(integration.settings.value(QStringLiteral("queueGrouping")).toString(),
        QStringLiteral("campaign"));
    QCOMPARE(integration.settings.value(QStringLiteral("username")).toString(),
        QString::fromLatin1(FakeFive9Fixtures::AdminUser));
    QCOMPARE(TestSupport::secretToolLookup(m_credentials->refOf(integration).service,
                 CredentialStore::entryKey(integration.id, QStringLiteral("password"), 1)),
        QString::fromLatin1(FakeFive9Fixtures::AdminPassword));

    // The first import runs to its end: 90 days, one Five9 report per day.
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 120000);
    QCOMPARE(m_integrations->find(integration.id)->state(), Integration::State::Connected);
    QVERIFY2(m_fake->envelopeErrors().isEmpty(), qPrintable(m_fake->envelopeErrors().join(u'\n')));
    const QStringList operations = m_fake->operations();
    QVERIFY(operations.contains(QStringLiteral("getCampaigns")));
    // Five9 gets one report run per day of the horizon.
    QSqlQuery run(m_db->connection());
    QVERIFY(run.exec(QStringLiteral("SELECT range_from, range_to FROM import_runs")) && run.next());
    const qint64 span = run.value(1).toLongLong() - run.value(0).toLongLong();
    QCOMPARE(span, qint64(ImportEngine::DefaultBackfillDays) * 86400);
    QCOMPARE(operations.count(QStringLiteral("runReport")), ImportEngine::DefaultBackfillDays);
    QCOMPARE(
        operations.count(QStringLiteral("getReportResultCsv")), ImportEngine::DefaultBackfillDays);

    // The queues are the fake's campaigns, and the rows lie in the range.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM queues")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM queues WHERE kind = 'campaign'")), 3);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM interval_stats, import_runs "
                             "WHERE interval_start < range_from OR interval_start >= range_to")),
        0);
    QVERIFY(
        count(QStringLiteral("SELECT count(DISTINCT interval_start / 86400) FROM interval_stats"))
        >= ImportEngine::DefaultBackfillDays - 1);
    QVERIFY(count(QStringLiteral("SELECT sum(offered) FROM interval_stats")) > 0);

    // The wizard's last page followed it to the end; Enter closes it, the window shows Connected.
    QVERIFY(wizard->isVisible());
    press(Qt::Key_Return);
    QTRY_VERIFY(!wizard->isVisible());
    const QModelIndex row = m_window->model()->index(0, 0);
    QCOMPARE(row.data().toString(), integration.name);
    bool connectedShown = false;
    for (int column = 0; column < m_window->model()->columnCount(); ++column)
        connectedShown
            |= m_window->model()->index(0, column).data().toString() == QStringLiteral("Connected");
    QVERIFY(connectedShown);

    // And the admin was told, though they may have been looking elsewhere: a desktop
    // notification where there is a tray (none on the offscreen platform), the status bar always.
    QCOMPARE(notified.size(), 1);
    QVERIFY(notified.first().at(1).toString().contains(integration.name));
    QCOMPARE(notified.first().at(2).value<DesktopNotifier::Channel>(),
        QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()
            ? DesktopNotifier::Channel::Tray
            : DesktopNotifier::Channel::StatusBar);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(integration.name),
        qPrintable(m_window->statusBar()->currentMessage()));
}

void TestFive9Wizard::saveProblemsNameTheCause_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong password")
        << QString::fromLatin1(FakeFive9Fixtures::AdminUser) << QStringLiteral("nope") << true
        << QStringLiteral("did not accept the user name or password");
    QTest::newRow("missing role") << QString::fromLatin1(FakeFive9Fixtures::AgentUser)
                                  << QString::fromLatin1(FakeFive9Fixtures::AdminPassword) << true
                                  << QStringLiteral("DomainAdmin");
    QTest::newRow("no network") << QString::fromLatin1(FakeFive9Fixtures::AdminUser)
                                << QString::fromLatin1(FakeFive9Fixtures::AdminPassword) << false
                                << QStringLiteral("region");
}

void TestFive9Wizard::saveProblemsNameTheCause()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, reachable);
    QFETCH(QString, expected);
    if (!reachable) {
        QTcpServer closed; // a port that was free a moment ago and now refuses connections
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QUrl url = m_fake->baseUrl();
        url.setPort(closed.serverPort());
        closed.close();
        makeContext(url);
    }
    AddIntegrationWizard *wizard = walkToSavePage(user, password);
    QVERIFY(wizard);
    press(Qt::Key_Return);
    auto *box = wizard->findChild<QWidget *>(QStringLiteral("saveProblemBox"));
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 20000);
    const QString reason = wizard->findChild<QLabel *>(QStringLiteral("saveProblem"))->text();
    QVERIFY2(reason.contains(expected), qPrintable(reason));
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::SavePageId));
    QVERIFY(m_store->list().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM integrations")), 0);
}

QTEST_MAIN(TestFive9Wizard)
#include "tst_five9wizard.moc"
