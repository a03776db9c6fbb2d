#include "credentials/credentialstore.h"
#include "integrations/integrationservice.h"
#include "integrationswindow.h"
#include "storage/database.h"
#include "windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The window's place is remembered per screen configuration: a geometry saved under other
// screens or another scale factor is not restored, and the default size fits the screen.
class TestWindowGeometry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void configurationKeyNamesEveryScreenAndItsScale_data();
    void configurationKeyNamesEveryScreenAndItsScale();
    void defaultSizeNeverExceedsTheScreen_data();
    void defaultSizeNeverExceedsTheScreen();
    void windowRestoresOnlyWhatWasSavedUnderTheseScreens();

private:
    QSize openedSize(); // of a new Integrations window

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    CredentialStore *m_credentials = nullptr;
    IntegrationService *m_service = nullptr;
};

void TestWindowGeometry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowGeometry::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
    m_credentials = new CredentialStore(QStringLiteral(ACD_TEST_KEYCHAIN_SERVICE " geometry"));
    m_service = new IntegrationService(m_db->path(), ConnectorRegistry::builtIn(), m_credentials);
}

void TestWindowGeometry::cleanup()
{
    delete m_service;
    delete m_credentials;
    delete m_db;
    delete m_dir;
}

void TestWindowGeometry::configurationKeyNamesEveryScreenAndItsScale_data()
{
    using Screens = QList<WindowGeometry::Screen>;
    QTest::addColumn<Screens>("screens");
    QTest::addColumn<QString>("key");
    QTest::newRow("one") << Screens {{QSize(1920, 1080), 1}} << QStringLiteral("1920x1080@1");
    QTest::newRow("two") << Screens {{QSize(1920, 1080), 1}, {QSize(1280, 1024), 1}}
                         << QStringLiteral("1920x1080@1,1280x1024@1");
    QTest::newRow("scaled") << Screens {{QSize(960, 540), 2}} << QStringLiteral("960x540@2");
    QTest::newRow("fractional") << Screens {{QSize(1536, 864), 1.25}}
                                << QStringLiteral("1536x864@1.25");
    QTest::newRow("primary first") << Screens {{QSize(1280, 1024), 1}, {QSize(1920, 1080), 1}}
                                   << QStringLiteral("1280x1024@1,1920x1080@1");
}

void TestWindowGeometry::configurationKeyNamesEveryScreenAndItsScale()
{
    QFETCH(QList<WindowGeometry::Screen>, screens);
    QFETCH(QString, key);
    QCOMPARE(WindowGeometry::configurationKey(screens), key);
}

void TestWindowGeometry::defaultSizeNeverExceedsTheScreen_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("room enough") << QRect(0, 0, 1920, 1050) << QSize(960, 600);
    QTest::newRow("800x600") << QRect(0, 0, 800, 570) << QSize(720, 513);
    QTest::newRow("narrow") << QRect(0, 0, 1000, 1200) << QSize(900, 600);
    QTest::newRow("unknown") << QRect() << QSize(960, 600);
}

void TestWindowGeometry::defaultSizeNeverExceedsTheScreen()
{
    QFETCH(QRect, available);
    QFETCH(QSize, expected);
    QCOMPARE(WindowGeometry::defaultSize(QSize(960, 600), available), expected);
}

QSize TestWindowGeometry::openedSize()
{
    IntegrationsWindow window(*m_service);
    return window.size();
}

void TestWindowGeometry::windowRestoresOnlyWhatWasSavedUnderTheseScreens()
{
    // The offscreen platform has one screen: the window's settings are named for it.
    const QScreen *screen = QGuiApplication::primaryScreen();
    QCOMPARE(QGuiApplication::screens().size(), 1);
    QCOMPARE(WindowGeometry::currentGroup(),
        QStringLiteral("geometry/")
            + WindowGeometry::configurationKey({{screen->size(), screen->devicePixelRatio()}}));
    const QRect available = screen->availableGeometry();
    const QSize fitting = WindowGeometry::defaultSize(QSize(960, 600), available);
    QCOMPARE(openedSize(), fitting); // nothing saved yet
    QVERIFY(fitting.width() <= available.width() && fitting.height() <= available.height());

    // Placed on this screen configuration: it comes back so.
    {
        IntegrationsWindow window(*m_service);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(fitting - QSize(60, 40));
        QTRY_COMPARE(window.size(), fitting - QSize(60, 40));
        window.hide();
    }
    QCOMPARE(openedSize(), fitting - QSize(60, 40));

    // The same place, saved under other screens (here: this one at scale factor 2), is not
    // used on these.
    QSettings settings;
    const QString here = WindowGeometry::currentGroup();
    const QByteArray saved = settings.value(here + QStringLiteral("/window")).toByteArray();
    QVERIFY(!saved.isEmpty());
    settings.remove(here);
    const QSize size = screen->size();
    const QString other
        = QStringLiteral("geometry/") + WindowGeometry::configurationKey({{size / 2, 2}});
    QVERIFY(other != here);
    settings.setValue(other + QStringLiteral("/window"), saved);
    settings.sync();
    QCOMPARE(openedSize(), fitting);
}

QTEST_MAIN(TestWindowGeometry)
#include "tst_windowgeometry.moc"
