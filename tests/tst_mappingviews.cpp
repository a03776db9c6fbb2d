#include "activitiesmappingview.h"
#include "demo/demoagents.h"
#include "demo/democonnector.h"
#include "integrations/integrationservice.h"
#include "mapping/mappingservice.h"
#include "storage/agentstatewriter.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "storage/mappingstore.h"
#include "support/guitest.h"
#include "support/scriptedconnector.h"
#include "usersmappingview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The two mapping views over a real database, driven by keyboard and mouse. The Demo ACD's
// users, activities and some states are written as an import would; the integration is
// paused, so the first mapping starts no import (and needs no keychain).
class TestMappingViews : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void bannerShowsUntilTwoSelectedUsersBecomeAgentsInOneAction();
    void unmappedOnlyAndSearchFilterTheUsers();
    void suggestionMatchesAnAgentByNameAndIsAccepted();
    void activitiesAreSortedByOccurrencesAndRemapped();
    void addedActivityIsOfferedForTheSelection();
    void anAcdWithoutAgentStatesSaysSo();
    void bothFitIntoASmallWindow();

private:
    QString addIntegration(const QString &type);
    static int rows(QWidget *view, const char *table);
    static QString cell(QWidget *view, const char *table, int row, int column);
    static bool waitLoaded(QObject *view, const std::function<void()> &action);

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    QString m_id;
    std::unique_ptr<IntegrationService> m_service;
};

void TestMappingViews::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
    m_id = addIntegration(QStringLiteral("demo"));
    QVERIFY(!m_id.isEmpty());
    AgentStateWriter writer(m_db->connection(), m_id);
    QVERIFY(writer.prepare().ok);
    QVERIFY(writer.writeUsers(DemoAgents::users(), 1000).ok);
    QVERIFY(writer.writeActivities(DemoAgents::activities(), 1000).ok);
    const qint64 monday = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (int user = 0; user < 4; ++user)
        QVERIFY(writer.addStates(DemoAgents::shift(user, monday), 1000).ok);
    QVERIFY(writer.commit(monday + 86400, 1000).ok);

    ConnectorRegistry registry;
    registry.add(QStringLiteral("demo"),
        [] { return std::make_unique<DemoConnector>(std::chrono::milliseconds(0)); });
    registry.add(QStringLiteral("scripted"), [] {
        return std::make_unique<ScriptedConnector>(std::make_shared<ScriptedConnector::Script>());
    });
    m_service = std::make_unique<IntegrationService>(m_db->path(), registry, nullptr);
}

void TestMappingViews::cleanup()
{
    m_service.reset();
    delete m_db;
    delete m_dir;
}

QString TestMappingViews::addIntegration(const QString &type)
{
    Integration integration;
    integration.name = type + QStringLiteral(" agents");
    integration.type = type;
    integration.paused = true;
    IntegrationStore store(m_db->connection());
    if (!store.create(integration).ok() || !store.setPaused(integration.id, true).ok())
        return {};
    return integration.id;
}

int TestMappingViews::rows(QWidget *view, const char *table)
{
    return view->findChild<QTableView *>(QLatin1String(table))->model()->rowCount();
}

QString TestMappingViews::cell(QWidget *view, const char *table, int row, int column)
{
    const QAbstractItemModel *model = view->findChild<QTableView *>(QLatin1String(table))->model();
    return model->index(row, column).data().toString();
}

bool TestMappingViews::waitLoaded(QObject *view, const std::function<void()> &action)
{
    QSignalSpy loaded(view, SIGNAL(loaded()));
    action();
    return !loaded.isEmpty() || loaded.wait(10000);
}

void TestMappingViews::bannerShowsUntilTwoSelectedUsersBecomeAgentsInOneAction()
{
    UsersMappingView view(*m_service);
    view.resize(800, 600);
    view.show();
    GuiTest::activate(&view);
    QVERIFY(waitLoaded(&view, [&] { view.setIntegration(m_id); }));
    auto *banner = view.findChild<QLabel *>(QStringLiteral("usersBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("only after users are mapped")));
    QCOMPARE(rows(&view, "usersTable"), DemoAgents::UserCount);
    auto *summary = view.findChild<QLabel *>(QStringLiteral("usersUnmappedSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("24 user")), qPrintable(summary->text()));

    // Two users chosen by keyboard: the first row, then Shift+Down.
    auto *table = view.findChild<QTableView *>(QStringLiteral("usersTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    const QString first = cell(&view, "usersTable", 0, UsersMappingView::NameColumn);
    const QString second = cell(&view, "usersTable", 1, UsersMappingView::NameColumn);
    auto *create = view.findChild<QPushButton *>(QStringLiteral("usersCreateAgents"));
    QVERIFY(create->isEnabled());
    QSignalSpy changed(m_service->mapping(), &MappingService::mappingChanged);
    QVERIFY(waitLoaded(&view, [&] { QTest::mouseClick(create, Qt::LeftButton); }));
    QCOMPARE(changed.size(), 1); // one action, one change

    MappingStore store(m_db->connection());
    const QList<Agent> agents = store.agents();
    QCOMPARE(agents.size(), 2);
    QStringList names = {agents.at(0).name, agents.at(1).name};
    names.sort();
    QStringList expected = {first, second};
    expected.sort();
    QCOMPARE(names, expected);
    QVERIFY(store.hasMappedUser(m_id));
    QVERIFY(!banner->isVisible());
    for (int row = 0; row < 2; ++row)
        QCOMPARE(cell(&view, "usersTable", row, UsersMappingView::AgentColumn),
            cell(&view, "usersTable", row, UsersMappingView::NameColumn));
    QVERIFY2(summary->text().contains(QLatin1String("22 user")), qPrintable(summary->text()));
}

void TestMappingViews::unmappedOnlyAndSearchFilterTheUsers()
{
    MappingStore store(m_db->connection());
    const QList<ExternalUserMapping> users = store.users(m_id);
    QVERIFY(store.createAgents(m_id, {users.at(0).id, users.at(1).id, users.at(2).id}).ok);
    QVERIFY(store.ignoreUsers(m_id, {users.at(3).id}, true).ok);

    UsersMappingView view(*m_service);
    view.show();
    GuiTest::activate(&view);
    QVERIFY(waitLoaded(&view, [&] { view.setIntegration(m_id); }));
    QCOMPARE(rows(&view, "usersTable"), DemoAgents::UserCount);
    auto *unmapped = view.findChild<QCheckBox *>(QStringLiteral("usersUnmappedOnly"));
    // Its mnemonic reaches it from the keyboard.
    QTest::keyClick(&view, Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(unmapped->isChecked()); // a mnemonic clicks after a short animation
    QCOMPARE(rows(&view, "usersTable"), DemoAgents::UserCount - 4);

    auto *search = view.findChild<QLineEdit *>(QStringLiteral("usersSearch"));
    QVERIFY(!search->accessibleName().isEmpty());
    QTest::keyClick(&view, Qt::Key_S, Qt::AltModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("LUCIA"));
    for (int row = 0; row < rows(&view, "usersTable"); ++row)
        QVERIFY(cell(&view, "usersTable", row, UsersMappingView::NameColumn)
                    .startsWith(QLatin1String("Lucia")));
    QVERIFY(rows(&view, "usersTable") >= 1);
    unmapped->setChecked(false);
    search->clear();
    QCOMPARE(rows(&view, "usersTable"), DemoAgents::UserCount);
}

void TestMappingViews::suggestionMatchesAnAgentByNameAndIsAccepted()
{
    const ExternalUser maria = DemoAgents::users().first();
    QCOMPARE(maria.name, QStringLiteral("Maria Rossi"));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO agents (name, email, created_at) VALUES"
                                      " ('ROSSI, María', '', 0)")));

    UsersMappingView view(*m_service);
    view.show();
    GuiTest::activate(&view);
    QVERIFY(waitLoaded(&view, [&] { view.setIntegration(m_id); }));
    auto *table = view.findChild<QTableView *>(QStringLiteral("usersTable"));
    int row = -1;
    for (int r = 0; r < rows(&view, "usersTable"); ++r)
        if (cell(&view, "usersTable", r, UsersMappingView::IdColumn) == maria.externalId)
            row = r;
    QVERIFY(row >= 0);
    QVERIFY2(cell(&view, "usersTable", row, UsersMappingView::AgentColumn)
                 .contains(QStringLiteral("ROSSI, María")),
        qPrintable(cell(&view, "usersTable", row, UsersMappingView::AgentColumn)));
    table->selectAll(); // accepting for all maps only those with a suggestion
    QVERIFY(waitLoaded(&view, [&] {
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("usersAcceptSuggestions")),
            Qt::LeftButton);
    }));
    const QList<ExternalUserMapping> users = MappingStore(m_db->connection()).users(m_id);
    int mapped = 0;
    for (const ExternalUserMapping &user : users) {
        if (user.agentId) {
            ++mapped;
            QCOMPARE(user.externalId, maria.externalId);
            QCOMPARE(user.agentName, QStringLiteral("ROSSI, María"));
        }
    }
    QCOMPARE(mapped, 1);
}

void TestMappingViews::activitiesAreSortedByOccurrencesAndRemapped()
{
    ActivitiesMappingView view(*m_service);
    view.resize(800, 600);
    view.show();
    GuiTest::activate(&view);
    QVERIFY(waitLoaded(&view, [&] { view.setIntegration(m_id); }));
    const int count = rows(&view, "activitiesTable");
    QCOMPARE(count, int(DemoAgents::activities().size()));
    for (int row = 1; row < count; ++row)
        QVERIFY(cell(&view, "activitiesTable", row - 1, ActivitiesMappingView::OccurrencesColumn)
                    .toLongLong()
            >= cell(&view, "activitiesTable", row, ActivitiesMappingView::OccurrencesColumn)
                   .toLongLong());
    QVERIFY(cell(&view, "activitiesTable", 0, ActivitiesMappingView::OccurrencesColumn).toLongLong()
        > 0);
    for (int row = 0; row < count; ++row)
        QCOMPARE(cell(&view, "activitiesTable", row, ActivitiesMappingView::ActivityColumn),
            QStringLiteral("Present (default)"));

    // Lunch → Lunch, by keyboard: select its row, choose in the combo (Alt+T), Map (Alt+M).
    int lunch = -1;
    for (int row = 0; row < count; ++row)
        if (cell(&view, "activitiesTable", row, ActivitiesMappingView::NameColumn)
            == u"Not Ready/Lunch")
            lunch = row;
    QVERIFY(lunch >= 0);
    auto *table = view.findChild<QTableView *>(QStringLiteral("activitiesTable"));
    table->selectRow(lunch);
    auto *choice = view.findChild<QComboBox *>(QStringLiteral("activitiesChoice"));
    QTest::keyClick(&view, Qt::Key_N, Qt::AltModifier);
    QVERIFY(choice->hasFocus());
    choice->setCurrentIndex(choice->findText(QStringLiteral("Lunch")));
    QVERIFY(choice->currentIndex() > 0);
    QVERIFY(waitLoaded(&view, [&] { QTest::keyClick(&view, Qt::Key_M, Qt::AltModifier); }));
    for (int row = 0; row < count; ++row) {
        const bool isLunch = cell(&view, "activitiesTable", row, ActivitiesMappingView::NameColumn)
            == u"Not Ready/Lunch";
        QCOMPARE(cell(&view, "activitiesTable", row, ActivitiesMappingView::ActivityColumn),
            isLunch ? QStringLiteral("Lunch") : QStringLiteral("Present (default)"));
    }
    const QList<ExternalActivityMapping> stored
        = MappingStore(m_db->connection()).externalActivities(m_id);
    for (const ExternalActivityMapping &activity : stored)
        QCOMPARE(activity.activityId.has_value(), activity.externalId == u"Not Ready/Lunch");

    auto *unmapped = view.findChild<QCheckBox *>(QStringLiteral("activitiesUnmappedOnly"));
    unmapped->setChecked(true);
    QCOMPARE(rows(&view, "activitiesTable"), count - 1);
    auto *summary = view.findChild<QLabel *>(QStringLiteral("activitiesUnmappedSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("8 activit")), qPrintable(summary->text()));
}

void TestMappingViews::addedActivityIsOfferedForTheSelection()
{
    ActivitiesMappingView view(*m_service);
    view.show();
    GuiTest::activate(&view);
    QVERIFY(waitLoaded(&view, [&] { view.setIntegration(m_id); }));
    auto *choice = view.findChild<QComboBox *>(QStringLiteral("activitiesChoice"));
    QCOMPARE(choice->count(), 9); // the default set, "Present (default)" first
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Coaching"));
        dialog->accept();
    });
    QTest::mouseClick(
        view.findChild<QPushButton *>(QStringLiteral("activitiesAdd")), Qt::LeftButton);
    QTRY_COMPARE(choice->currentText(), QStringLiteral("Coaching"));
    QCOMPARE(choice->count(), 10);
    const QList<Activity> activities = MappingStore(m_db->connection()).activities();
    QCOMPARE(activities.last().name, QStringLiteral("Coaching"));
    QVERIFY(activities.last().builtin.isEmpty());
}

void TestMappingViews::anAcdWithoutAgentStatesSaysSo()
{
    m_service.reset();
    const QString id = addIntegration(QStringLiteral("scripted"));
    ConnectorRegistry registry;
    registry.add(QStringLiteral("scripted"), [] {
        return std::make_unique<ScriptedConnector>(std::make_shared<ScriptedConnector::Script>());
    });
    m_service = std::make_unique<IntegrationService>(m_db->path(), registry, nullptr);
    UsersMappingView users(*m_service);
    ActivitiesMappingView activities(*m_service);
    users.show();
    activities.show();
    QVERIFY(waitLoaded(&users, [&] { users.setIntegration(id); }));
    QVERIFY(waitLoaded(&activities, [&] { activities.setIntegration(id); }));
    QVERIFY(users.findChild<QLabel *>(QStringLiteral("usersUnsupported"))->isVisible());
    QVERIFY(!users.findChild<QLabel *>(QStringLiteral("usersBanner"))->isVisible());
    QVERIFY(activities.findChild<QLabel *>(QStringLiteral("activitiesUnsupported"))->isVisible());
    QCOMPARE(rows(&users, "usersTable"), 0);
}

void TestMappingViews::bothFitIntoASmallWindow()
{
    UsersMappingView users(*m_service);
    ActivitiesMappingView activities(*m_service);
    for (QWidget *view : std::initializer_list<QWidget *> {&users, &activities}) {
        const QSize minimum = view->minimumSizeHint();
        QVERIFY2(minimum.width() <= 760 && minimum.height() <= 480,
            qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
        // Every input has a name for a screen reader.
        for (QWidget *child : view->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(child) || qobject_cast<QComboBox *>(child)
                || qobject_cast<QAbstractButton *>(child) || qobject_cast<QTableView *>(child))
                QVERIFY2(!child->accessibleName().isEmpty() || child->objectName().isEmpty(),
                    qPrintable(child->objectName()));
        }
    }
}

QTEST_MAIN(TestMappingViews)
#include "tst_mappingviews.moc"
