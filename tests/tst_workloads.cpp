#include "credentials/credentialstore.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "integrationsmodel.h"
#include "integrationswindow.h"
#include "mapping/workloadservice.h"
#include "queueassignmenttree.h"
#include "storage/database.h"
#include "storage/workloadstore.h"
#include "support/demoservice.h"
#include "support/guitest.h"
#include "support/testcredentialstore.h"
#include "support/testsupport.h"
#include "workloadswindow.h"

#include <QAbstractButton>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <optional>

using GuiTest::activate;

// Workloads against the real store, after real Demo imports (keychain and all, through
// scripts/with-test-session.sh): the store's rules, the service across a restart, the
// Workloads window driven by keyboard and its buttons, and what deleting an integration
// says and does to its queues' workloads.
class TestWorkloads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Store
    void listsWorkloadsWithTheirQueueCounts();
    void queueAssignedElsewhereMovesAndTheStoreSaysFromWhere();
    void schemaRefusesASecondWorkloadForAQueue();
    void duplicateNameIsRefusedWithAMessage_data();
    void duplicateNameIsRefusedWithAMessage();
    void renameAndDeleteKeepTheQueues();
    void unassignTakesQueuesOutOfTheirWorkload();

    // Service
    void assignmentsPersistAcrossARestart();

    // Window
    void searchFiltersQueuesAndKeepsTheirGroups_data();
    void searchFiltersQueuesAndKeepsTheirGroups();
    void multiSelectAssignsThroughTheButtonsAndTheColumnSaysWhere();
    void movingQueuesAsksFirstAndNamesTheWorkloadTheyLeave();
    void newWorkloadByKeyboardAndADuplicateIsRefusedInTheDialog();
    void deleteKeyOnAWorkloadAsksFirst();
    void showQueueSelectsAndScrollsToItPastTheSearch();
    void fitsIn800By600WithALongWorkloadName();
    void deletingAnIntegrationSaysWhatWorkloadsLoseAndTakesItsQueues();

private:
    std::unique_ptr<IntegrationService> makeService();
    // A Demo integration with its first import done; its id.
    QString importDemo(IntegrationService &service, const QString &name, int queueCount);
    qint64 queueId(const QString &integrationId, const QString &externalId) const;
    int rowsOf(const QString &table) const;
    QString workloadOf(qint64 queueId) const;
    WorkloadService::Result wait(
        std::function<void(QObject *context, std::function<void(const WorkloadService::Result &)>)>
            write);
    // Two imports: "Demo Milano" (12 queues: 8 in Milano, 4 in Berlin) and "Demo Lyon" (3).
    void importTwo();
    WorkloadsWindow *openWindow();

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    std::unique_ptr<TestCredentialStore> m_credentials;
    std::unique_ptr<IntegrationService> m_integrations;
    IntegrationsWindow *m_window = nullptr;
    QString m_milano;
    QString m_lyon;
};

void TestWorkloads::initTestCase()
{
    TestCredentialStore::prepareSession();
}

void TestWorkloads::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
    m_credentials = std::make_unique<TestCredentialStore>();
    m_integrations = makeService();
}

void TestWorkloads::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_integrations.reset();
    m_credentials.reset();
    delete m_db;
    delete m_dir;
}

std::unique_ptr<IntegrationService> TestWorkloads::makeService()
{
    return std::make_unique<IntegrationService>(
        m_db->path(), TestSupport::demoRegistry(), m_credentials.get());
}

QString TestWorkloads::importDemo(IntegrationService &service, const QString &name, int queueCount)
{
    QSignalSpy finished(service.engine(), &ImportEngine::importFinished);
    ServiceOperation *operation = service.create(TestSupport::demoIntegration(name, queueCount, 1),
        {{QStringLiteral("password"), QStringLiteral("secret")}});
    const QString id = operation->integrationId();
    if (!TestSupport::waitFor<ServiceOperation::Result>(operation, &ServiceOperation::finished)
             .ok())
        return {};
    for (int waited = 0; waited < 600; ++waited) {
        for (const QList<QVariant> &signal : finished)
            if (signal.at(0).toString() == id)
                return signal.at(1).toBool() ? id : QString();
        finished.wait(100);
    }
    return {};
}

void TestWorkloads::importTwo()
{
    m_milano = importDemo(*m_integrations, QStringLiteral("Demo Milano"), 12);
    QVERIFY(!m_milano.isEmpty());
    m_lyon = importDemo(*m_integrations, QStringLiteral("Demo Lyon"), 3);
    QVERIFY(!m_lyon.isEmpty());
    QCOMPARE(rowsOf(QStringLiteral("queues")), 15);
    // The service records the imports' outcomes after they end: done before the tests write.
    bool written = false;
    m_integrations->whenWritten([&written] { written = true; });
    QTRY_VERIFY(written);
}

qint64 TestWorkloads::queueId(const QString &integrationId, const QString &externalId) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("SELECT id FROM queues WHERE integration_id = ? AND external_id = ?"));
    query.addBindValue(integrationId);
    query.addBindValue(externalId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

int TestWorkloads::rowsOf(const QString &table) const
{
    QSqlQuery query(m_db->connection());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}

QString TestWorkloads::workloadOf(qint64 queueId) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT w.name FROM workload_queues wq JOIN workloads w"
                                 " ON w.id = wq.workload_id WHERE wq.queue_id = ?"));
    query.addBindValue(queueId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

WorkloadService::Result TestWorkloads::wait(
    std::function<void(QObject *, std::function<void(const WorkloadService::Result &)>)> write)
{
    std::optional<WorkloadService::Result> result;
    QObject context;
    write(&context, [&result](const WorkloadService::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
        QTest::qFail("the workload service did not answer", __FILE__, __LINE__);
        return WorkloadService::Result::failed(WorkloadService::Result::Kind::DatabaseError, {});
    }
    return *result;
}

WorkloadsWindow *TestWorkloads::openWindow()
{
    m_window = new IntegrationsWindow(*m_integrations);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window))
        return nullptr;
    m_window->showWorkloads();
    WorkloadsWindow *window = m_window->workloadsWindow();
    if (!window || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    activate(window);
    // The queues are read off the GUI thread; wait until they are listed.
    if (!QTest::qWaitFor([window] { return !window->queueTree()->queues().isEmpty(); }, 10000))
        return nullptr;
    return window;
}

static QMessageBox *visibleMessageBox()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
            activate(box);
            return box;
        }
    return nullptr;
}

static QAbstractButton *buttonOfRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == role)
            return button;
    return nullptr;
}

static QTreeWidgetItem *queueItem(QTreeWidget *tree, const char *group, const char *name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == QLatin1String(group))
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                if (tree->topLevelItem(i)->child(j)->text(0) == QLatin1String(name))
                    return tree->topLevelItem(i)->child(j);
    return nullptr;
}

// The queues the tree shows, as "group/queue".
static QStringList shownQueues(QTreeWidget *tree)
{
    QStringList shown;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            if (!group->isHidden() && !group->child(j)->isHidden())
                shown << group->text(0) + u'/' + group->child(j)->text(0);
    }
    return shown;
}

// ---- Store ----

void TestWorkloads::listsWorkloadsWithTheirQueueCounts()
{
    importTwo();
    WorkloadStore store(m_db->connection());
    const WorkloadStore::Result sales = store.create(QStringLiteral("  Sales  "));
    QVERIFY2(sales.ok(), qPrintable(sales.message));
    const WorkloadStore::Result support = store.create(QStringLiteral("Support"));
    QVERIFY(support.ok());
    const QList<qint64> queues = {queueId(m_milano, QStringLiteral("Q0001")),
        queueId(m_milano, QStringLiteral("Q0009")), queueId(m_lyon, QStringLiteral("Q0001"))};
    QVERIFY(!queues.contains(0));
    const WorkloadStore::Result assigned = store.assign(sales.workloadId, queues);
    QVERIFY2(assigned.ok(), qPrintable(assigned.message));
    QCOMPARE(assigned.changed, 3);
    QVERIFY(assigned.moved.isEmpty());

    const QList<Workload> workloads = store.list().value();
    QCOMPARE(workloads.size(), 2);
    QCOMPARE(workloads.at(0).name, QStringLiteral("Sales")); // stored trimmed
    QCOMPARE(workloads.at(0).queueCount, 3);
    QCOMPARE(workloads.at(1).name, QStringLiteral("Support"));
    QCOMPARE(workloads.at(1).queueCount, 0);

    // Every queue of every integration, with its integration and workload.
    const QList<AssignableQueue> all = store.queues().value();
    QCOMPARE(all.size(), 15);
    int inSales = 0;
    for (const AssignableQueue &queue : all) {
        QCOMPARE(queue.integrationName,
            queue.integrationId == m_milano ? QStringLiteral("Demo Milano")
                                            : QStringLiteral("Demo Lyon"));
        QCOMPARE(queue.workloadName.isEmpty(), queue.workloadId == 0);
        if (queues.contains(queue.id)) {
            ++inSales;
            QCOMPARE(queue.workloadId, sales.workloadId);
            QCOMPARE(queue.workloadName, QStringLiteral("Sales"));
        }
    }
    QCOMPARE(inSales, 3);
}

void TestWorkloads::queueAssignedElsewhereMovesAndTheStoreSaysFromWhere()
{
    importTwo();
    WorkloadStore store(m_db->connection());
    const qint64 a = store.create(QStringLiteral("A")).workloadId;
    const qint64 b = store.create(QStringLiteral("B")).workloadId;
    const qint64 q1 = queueId(m_milano, QStringLiteral("Q0001"));
    const qint64 q2 = queueId(m_milano, QStringLiteral("Q0002"));
    const qint64 q3 = queueId(m_lyon, QStringLiteral("Q0003"));
    QVERIFY(store.assign(a, {q1, q2}).ok());

    const WorkloadStore::Result moved = store.assign(b, {q2, q3});
    QVERIFY2(moved.ok(), qPrintable(moved.message));
    QCOMPARE(moved.changed, 2);
    QCOMPARE(moved.moved.size(), 1);
    QCOMPARE(moved.moved.first().queueId, q2);
    QCOMPARE(moved.moved.first().fromWorkloadId, a);
    QCOMPARE(moved.moved.first().fromWorkloadName, QStringLiteral("A"));
    QCOMPARE(workloadOf(q1), QStringLiteral("A"));
    QCOMPARE(workloadOf(q2), QStringLiteral("B"));
    QCOMPARE(workloadOf(q3), QStringLiteral("B"));
    QCOMPARE(rowsOf(QStringLiteral("workload_queues")), 3);

    // Assigning again to the same workload changes nothing; a workload that is gone is refused.
    QCOMPARE(store.assign(b, {q2}).changed, 0);
    QCOMPARE(store.assign(b + a + 100, {q1}).kind, WorkloadStore::Result::Kind::NotFound);
    QCOMPARE(workloadOf(q1), QStringLiteral("A"));
}

void TestWorkloads::schemaRefusesASecondWorkloadForAQueue()
{
    importTwo();
    WorkloadStore store(m_db->connection());
    const qint64 a = store.create(QStringLiteral("A")).workloadId;
    const qint64 b = store.create(QStringLiteral("B")).workloadId;
    const qint64 q1 = queueId(m_milano, QStringLiteral("Q0001"));
    QVERIFY(store.assign(a, {q1}).ok());
    QSqlQuery insert(m_db->connection());
    insert.prepare(
        QStringLiteral("INSERT INTO workload_queues (queue_id, workload_id) VALUES (?, ?)"));
    insert.addBindValue(q1);
    insert.addBindValue(b);
    QVERIFY2(!insert.exec(), "a queue was put into a second workload");
    QCOMPARE(workloadOf(q1), QStringLiteral("A"));
    QCOMPARE(rowsOf(QStringLiteral("workload_queues")), 1);
}

void TestWorkloads::duplicateNameIsRefusedWithAMessage_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("candidate");
    QTest::newRow("same") << QStringLiteral("Sales Milano") << QStringLiteral("Sales Milano");
    QTest::newRow("case") << QStringLiteral("Sales Milano") << QStringLiteral("SALES milano");
    QTest::newRow("spaces") << QStringLiteral("Sales Milano") << QStringLiteral("  Sales Milano ");
    QTest::newRow("NFC") << QStringLiteral("Caf\u00e9") << QStringLiteral("Cafe\u0301");
}

void TestWorkloads::duplicateNameIsRefusedWithAMessage()
{
    QFETCH(QString, existing);
    QFETCH(QString, candidate);
    WorkloadStore store(m_db->connection());
    QVERIFY(store.create(existing).ok());
    const WorkloadStore::Result created = store.create(candidate);
    QCOMPARE(created.kind, WorkloadStore::Result::Kind::DuplicateName);
    QVERIFY2(created.message.contains(QLatin1String("already exists"))
            && created.message.contains(existing),
        qPrintable(created.message));
    // Renaming another one to it is refused the same way; the existing one keeps its name.
    const qint64 other = store.create(QStringLiteral("Other")).workloadId;
    QCOMPARE(store.rename(other, candidate).kind, WorkloadStore::Result::Kind::DuplicateName);
    QCOMPARE(store.list()->size(), 2);
    QCOMPARE(store.list()->first().name == existing || store.list()->last().name == existing, true);
    QCOMPARE(store.create(QString()).kind, WorkloadStore::Result::Kind::InvalidName);
    QCOMPARE(store.create(QString(101, u'x')).kind, WorkloadStore::Result::Kind::InvalidName);
}

void TestWorkloads::renameAndDeleteKeepTheQueues()
{
    importTwo();
    WorkloadStore store(m_db->connection());
    const qint64 sales = store.create(QStringLiteral("Sales")).workloadId;
    const qint64 q1 = queueId(m_milano, QStringLiteral("Q0001"));
    const qint64 q2 = queueId(m_lyon, QStringLiteral("Q0001"));
    QVERIFY(store.assign(sales, {q1, q2}).ok());

    // Its own name in another case is not a duplicate.
    QVERIFY(store.rename(sales, QStringLiteral("SALES")).ok());
    const WorkloadStore::Result renamed = store.rename(sales, QStringLiteral("Sales Europe"));
    QVERIFY2(renamed.ok(), qPrintable(renamed.message));
    QCOMPARE(workloadOf(q1), QStringLiteral("Sales Europe"));

    QVERIFY(store.remove(sales).ok());
    QVERIFY(store.list()->isEmpty());
    QCOMPARE(rowsOf(QStringLiteral("workload_queues")), 0);
    QCOMPARE(rowsOf(QStringLiteral("queues")), 15);
    QCOMPARE(store.remove(sales).kind, WorkloadStore::Result::Kind::NotFound);
    QCOMPARE(store.rename(sales, QStringLiteral("X")).kind, WorkloadStore::Result::Kind::NotFound);
}

void TestWorkloads::unassignTakesQueuesOutOfTheirWorkload()
{
    importTwo();
    WorkloadStore store(m_db->connection());
    const qint64 sales = store.create(QStringLiteral("Sales")).workloadId;
    const qint64 q1 = queueId(m_milano, QStringLiteral("Q0001"));
    const qint64 q2 = queueId(m_milano, QStringLiteral("Q0002"));
    QVERIFY(store.assign(sales, {q1, q2}).ok());
    const WorkloadStore::Result removed
        = store.unassign({q1, queueId(m_lyon, QStringLiteral("Q0002"))});
    QVERIFY(removed.ok());
    QCOMPARE(removed.changed, 1);
    QCOMPARE(workloadOf(q1), QString());
    QCOMPARE(workloadOf(q2), QStringLiteral("Sales"));
    QCOMPARE(store.list()->first().queueCount, 1);
}

// ---- Service ----

void TestWorkloads::assignmentsPersistAcrossARestart()
{
    importTwo();
    WorkloadService *workloads = m_integrations->workloads();
    QVERIFY(workloads);
    QSignalSpy changed(workloads, &WorkloadService::workloadsChanged);
    const WorkloadService::Result created = wait([&](QObject *context, auto done) {
        workloads->create(QStringLiteral("Support"), context, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.message));
    const QList<qint64> queues
        = {queueId(m_milano, QStringLiteral("Q0002")), queueId(m_lyon, QStringLiteral("Q0002"))};
    const WorkloadService::Result assigned = wait([&](QObject *context, auto done) {
        workloads->assign(created.workloadId, queues, context, done);
    });
    QVERIFY2(assigned.ok(), qPrintable(assigned.message));
    QCOMPARE(changed.size(), 2);
    const WorkloadService::Result duplicate = wait([&](QObject *context, auto done) {
        workloads->create(QStringLiteral("support"), context, done);
    });
    QCOMPARE(duplicate.kind, WorkloadService::Result::Kind::DuplicateName);
    QCOMPARE(changed.size(), 2); // a refused write changes nothing

    // A new service on the same file: what the window reads after a restart.
    m_integrations.reset();
    m_integrations = makeService();
    std::optional<WorkloadService::Fetched<Workload>> listed;
    std::optional<WorkloadService::Fetched<AssignableQueue>> queued;
    QObject context;
    m_integrations->workloads()->fetchWorkloads(&context, [&](const auto &w) { listed = w; });
    m_integrations->workloads()->fetchQueues(&context, [&](const auto &q) { queued = q; });
    QTRY_VERIFY(listed && queued);
    QVERIFY(listed->ok() && queued->ok());
    QCOMPARE(listed->items.size(), 1);
    QCOMPARE(listed->items.first().name, QStringLiteral("Support"));
    QCOMPARE(listed->items.first().queueCount, 2);
    QStringList assignedQueues;
    for (const AssignableQueue &queue : queued->items)
        if (queue.workloadId == created.workloadId)
            assignedQueues << queue.integrationName + u'/' + queue.name;
    assignedQueues.sort();
    QCOMPARE(assignedQueues,
        QStringList({QStringLiteral("Demo Lyon/Support Milano"),
            QStringLiteral("Demo Milano/Support Milano")}));
}

// ---- Window ----

void TestWorkloads::searchFiltersQueuesAndKeepsTheirGroups_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("a site in one integration")
        << QStringLiteral("berlin")
        << QStringList({QStringLiteral("Demo Milano/Billing Berlin"),
               QStringLiteral("Demo Milano/Retention Berlin"),
               QStringLiteral("Demo Milano/Sales Berlin"),
               QStringLiteral("Demo Milano/Support Berlin")});
    QTest::newRow("a name in both") << QStringLiteral("Billing Mil")
                                    << QStringList({QStringLiteral("Demo Lyon/Billing Milano"),
                                           QStringLiteral("Demo Milano/Billing Milano")});
    QTest::newRow("an id") << QStringLiteral("q0011")
                           << QStringList({QStringLiteral("Demo Milano/Billing Berlin")});
    QTest::newRow("an integration") << QStringLiteral("demo lyon")
                                    << QStringList({QStringLiteral("Demo Lyon/Billing Milano"),
                                           QStringLiteral("Demo Lyon/Sales Milano"),
                                           QStringLiteral("Demo Lyon/Support Milano")});
    QTest::newRow("nothing") << QStringLiteral("Tokyo") << QStringList();
}

void TestWorkloads::searchFiltersQueuesAndKeepsTheirGroups()
{
    QFETCH(QString, search);
    QFETCH(QStringList, shown);
    importTwo();
    WorkloadsWindow *window = openWindow();
    QVERIFY(window);
    QCOMPARE(shownQueues(window->queueTree()).size(), 15);

    // Alt+S reaches the search field; what is typed filters.
    QTest::keyClick(window, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), window->searchField());
    QTest::keyClicks(window->searchField(), search);
    QCOMPARE(shownQueues(window->queueTree()), shown);
    for (int i = 0; i < window->queueTree()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = window->queueTree()->topLevelItem(i);
        const bool anyShown = std::any_of(shown.cbegin(), shown.cend(),
            [&](const QString &q) { return q.startsWith(group->text(0) + u'/'); });
        QCOMPARE(!group->isHidden(), anyShown);
    }

    window->searchField()->clear();
    QCOMPARE(shownQueues(window->queueTree()).size(), 15);
}

void TestWorkloads::multiSelectAssignsThroughTheButtonsAndTheColumnSaysWhere()
{
    importTwo();
    WorkloadStore store(m_db->connection());
    const qint64 sales = store.create(QStringLiteral("Sales")).workloadId;
    QVERIFY(sales);
    WorkloadsWindow *window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->workloadList()->topLevelItemCount(), 1);
    QCOMPARE(window->selectedWorkloadId(), sales);
    QCOMPARE(QApplication::focusWidget(), window->workloadList()); // focus starts there
    QVERIFY(!window->assignButton()->isEnabled()); // no queue selected yet

    // Three queues from two integrations, by Ctrl+click.
    QTreeWidget *tree = window->queueTree();
    QList<QTreeWidgetItem *> picked = {queueItem(tree, "Demo Milano", "Sales Milano"),
        queueItem(tree, "Demo Milano", "Sales Berlin"),
        queueItem(tree, "Demo Lyon", "Sales Milano")};
    QVERIFY(!picked.contains(nullptr));
    for (QTreeWidgetItem *item : picked) {
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier,
            tree->visualItemRect(item).center());
    }
    QCOMPARE(window->queueTree()->selectedQueueIds().size(), 3);
    QVERIFY(window->assignButton()->isEnabled());
    QCOMPARE(window->assignButton()->text(), QStringLiteral("&Assign to Sales"));
    QVERIFY(!window->unassignButton()->isEnabled()); // none is in a workload

    QTest::mouseClick(window->assignButton(), Qt::LeftButton);
    QTRY_COMPARE(rowsOf(QStringLiteral("workload_queues")), 3);
    QCOMPARE(workloadOf(queueId(m_milano, QStringLiteral("Q0009"))), QStringLiteral("Sales"));
    QCOMPARE(workloadOf(queueId(m_lyon, QStringLiteral("Q0001"))), QStringLiteral("Sales"));
    // The column shows the workload, and the list the count, once read again.
    QTRY_COMPARE(
        queueItem(tree, "Demo Lyon", "Sales Milano")->text(QueueAssignmentTree::WorkloadColumn),
        QStringLiteral("Sales"));
    QCOMPARE(
        queueItem(tree, "Demo Milano", "Support Milano")->text(QueueAssignmentTree::WorkloadColumn),
        QString());
    QCOMPARE(window->workloadList()->topLevelItem(0)->text(1), QStringLiteral("3"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("workloadsStatus"))
                ->text()
                .contains(QLatin1String("assigned to \"Sales\"")));
    // The selection survived the reload, so Remove from workload applies to the same three.
    QCOMPARE(tree->selectedItems().size(), 3);
    QVERIFY(window->unassignButton()->isEnabled());

    // Remove from workload, with the Delete key on the queues.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    QTRY_COMPARE(rowsOf(QStringLiteral("workload_queues")), 0);
    QTRY_COMPARE(
        queueItem(tree, "Demo Lyon", "Sales Milano")->text(QueueAssignmentTree::WorkloadColumn),
        QString());
}

void TestWorkloads::movingQueuesAsksFirstAndNamesTheWorkloadTheyLeave()
{
    importTwo();
    WorkloadStore store(m_db->connection());
    const qint64 support = store.create(QStringLiteral("Support")).workloadId;
    const qint64 europe = store.create(QStringLiteral("Europe")).workloadId;
    const qint64 q2 = queueId(m_milano, QStringLiteral("Q0002"));
    const qint64 q10 = queueId(m_milano, QStringLiteral("Q0010"));
    QVERIFY(store.assign(support, {q2, q10}).ok());
    WorkloadsWindow *window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->workloadList()->topLevelItemCount(), 2);
    window->selectWorkload(europe);

    // The whole Demo Milano group: its 12 queues, 2 of them in Support.
    QTreeWidget *tree = window->queueTree();
    tree->clearSelection();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == QStringLiteral("Demo Milano"))
            tree->topLevelItem(i)->setSelected(true);
    QCOMPARE(window->queueTree()->selectedQueueIds().size(), 12);

    QTest::mouseClick(window->assignButton(), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleMessageBox()));
    QVERIFY2(
        box->text().contains(QLatin1String("12")) && box->text().contains(QLatin1String("Europe")),
        qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QLatin1String("2 queue"))
            && box->informativeText().contains(QLatin1String("\"Support\"")),
        qPrintable(box->informativeText()));
    // Cancel moves nothing.
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!visibleMessageBox());
    QTest::qWait(200);
    QCOMPARE(rowsOf(QStringLiteral("workload_queues")), 2);
    QCOMPARE(workloadOf(q2), QStringLiteral("Support"));

    activate(window);
    QTest::mouseClick(window->assignButton(), Qt::LeftButton);
    QTRY_VERIFY((box = visibleMessageBox()));
    QAbstractButton *assign = buttonOfRole(box, QMessageBox::AcceptRole);
    QVERIFY(assign);
    assign->click();
    QTRY_COMPARE(rowsOf(QStringLiteral("workload_queues")), 12);
    QCOMPARE(workloadOf(q2), QStringLiteral("Europe"));
    QCOMPARE(workloadOf(q10), QStringLiteral("Europe"));
    QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("workloadsStatus"))
                    ->text()
                    .contains(QLatin1String("2 of them moved")));
}

void TestWorkloads::newWorkloadByKeyboardAndADuplicateIsRefusedInTheDialog()
{
    importTwo();
    WorkloadsWindow *window = openWindow();
    QVERIFY(window);
    const auto typeNewWorkload = [window](const QString &name) -> QInputDialog * {
        QTest::keyClick(window, Qt::Key_N, Qt::AltModifier);
        QInputDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = window->findChild<QInputDialog *>(QStringLiteral("workloadNameDialog"));
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        activate(dialog);
        QTest::keyClicks(QApplication::focusWidget(), name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        return dialog;
    };
    QVERIFY(typeNewWorkload(QStringLiteral("Sales Milano")));
    QTRY_COMPARE(window->workloadList()->topLevelItemCount(), 1);
    QCOMPARE(window->workloadList()->topLevelItem(0)->text(0), QStringLiteral("Sales Milano"));
    QVERIFY(window->selectedWorkloadId() != 0);

    // The same name again: asked again, with the reason and the name typed.
    activate(window);
    QPointer<QInputDialog> first = typeNewWorkload(QStringLiteral("sales milano"));
    QVERIFY(first);
    QInputDialog *again = nullptr;
    QTRY_VERIFY((again = window->findChild<QInputDialog *>(QStringLiteral("workloadNameDialog")))
        && again != first && again->isVisible());
    QVERIFY2(again->labelText().contains(QLatin1String("already exists")),
        qPrintable(again->labelText()));
    QCOMPARE(again->textValue(), QStringLiteral("sales milano"));
    again->reject();
    QTest::qWait(200);
    QCOMPARE(rowsOf(QStringLiteral("workloads")), 1);
}

void TestWorkloads::deleteKeyOnAWorkloadAsksFirst()
{
    importTwo();
    WorkloadStore store(m_db->connection());
    const qint64 sales = store.create(QStringLiteral("Sales")).workloadId;
    QVERIFY(store.assign(sales, {queueId(m_milano, QStringLiteral("Q0001"))}).ok());
    WorkloadsWindow *window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->workloadList()->topLevelItemCount(), 1);
    window->workloadList()->setFocus();

    QTest::keyClick(window->workloadList(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleMessageBox()));
    QVERIFY(box->text().contains(QLatin1String("\"Sales\"")));
    QTest::keyClick(box, Qt::Key_Return); // Cancel is the default
    QTRY_VERIFY(!visibleMessageBox());
    QTest::qWait(200);
    QCOMPARE(rowsOf(QStringLiteral("workloads")), 1);

    activate(window);
    QTest::keyClick(window->workloadList(), Qt::Key_Delete);
    QTRY_VERIFY((box = visibleMessageBox()));
    buttonOfRole(box, QMessageBox::DestructiveRole)->click();
    QTRY_COMPARE(window->workloadList()->topLevelItemCount(), 0);
    QCOMPARE(rowsOf(QStringLiteral("workloads")), 0);
    QCOMPARE(rowsOf(QStringLiteral("workload_queues")), 0);
    QCOMPARE(rowsOf(QStringLiteral("queues")), 15);
}

void TestWorkloads::showQueueSelectsAndScrollsToItPastTheSearch()
{
    importTwo();
    // More queues than fit, so the last must be scrolled to.
    const QString big = importDemo(*m_integrations, QStringLiteral("Demo Zurich"), 60);
    QVERIFY(!big.isEmpty());
    WorkloadsWindow *window = openWindow();
    QVERIFY(window);
    window->resize(800, 600);
    QTRY_COMPARE(window->queueTree()->queues().size(), 75);
    QTest::keyClicks(window->searchField(), QStringLiteral("Berlin"));
    const qint64 last = queueId(big, QStringLiteral("Q0060"));
    QVERIFY(!window->queueTree()->isShown(last));

    window->showQueue(last);
    QCOMPARE(window->searchField()->text(), QString());
    QTreeWidget *tree = window->queueTree();
    QTreeWidgetItem *current = tree->currentItem();
    QVERIFY(current);
    QCOMPARE(current->text(QueueAssignmentTree::ExternalIdColumn), QStringLiteral("Q0060"));
    QCOMPARE(current->parent()->text(0), QStringLiteral("Demo Zurich"));
    QCOMPARE(tree->selectedItems(), QList<QTreeWidgetItem *>({current}));
    QVERIFY(tree->viewport()->rect().contains(tree->visualItemRect(current)));
    QVERIFY(tree->verticalScrollBar()->value() > 0);

    // Through the integrations window, as its queue tab does; the window is already open.
    const qint64 first = queueId(m_lyon, QStringLiteral("Q0001"));
    m_window->showWorkloads(first);
    QCOMPARE(tree->currentItem()->parent()->text(0), QStringLiteral("Demo Lyon"));
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Sales Milano"));
}

void TestWorkloads::fitsIn800By600WithALongWorkloadName()
{
    importTwo();
    WorkloadStore store(m_db->connection());
    const QString longName = QString(100, u'W');
    QVERIFY(store.create(longName).ok());
    WorkloadsWindow *window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->workloadList()->topLevelItemCount(), 1);
    window->queueTree()->topLevelItem(0)->child(0)->setSelected(true);
    QVERIFY(window->assignButton()->isEnabled());
    window->resize(800, 600);
    QTRY_COMPARE(window->size(), QSize(800, 600));
    QVERIFY2(window->minimumSizeHint().width() <= 800 && window->minimumSizeHint().height() <= 600,
        qPrintable(QStringLiteral("%1×%2")
                       .arg(window->minimumSizeHint().width())
                       .arg(window->minimumSizeHint().height())));
    const QRect inside = window->rect();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->window() != window
            || !(qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                || qobject_cast<QLabel *>(widget)))
            continue;
        const QRect where(widget->mapTo(window, QPoint(0, 0)), widget->size());
        QVERIFY2(inside.contains(where),
            qPrintable(
                widget->objectName() + u' ' + QLatin1String(widget->metaObject()->className())));
        if (auto *button = qobject_cast<QPushButton *>(widget))
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }
    // The long name is cut short in the button and whole in its tooltip.
    QVERIFY(window->assignButton()->toolTip().contains(longName));
    QVERIFY(!window->assignButton()->text().contains(longName));
}

void TestWorkloads::deletingAnIntegrationSaysWhatWorkloadsLoseAndTakesItsQueues()
{
    importTwo();
    WorkloadStore store(m_db->connection());
    const qint64 salesMilano = store.create(QStringLiteral("Sales Milano")).workloadId;
    const qint64 support = store.create(QStringLiteral("Support")).workloadId;
    QVERIFY(store
                .assign(salesMilano,
                    {queueId(m_milano, QStringLiteral("Q0001")),
                        queueId(m_milano, QStringLiteral("Q0003")),
                        queueId(m_milano, QStringLiteral("Q0005"))})
                .ok());
    QVERIFY(store
                .assign(support,
                    {queueId(m_milano, QStringLiteral("Q0002")),
                        queueId(m_lyon, QStringLiteral("Q0002"))})
                .ok());
    WorkloadsWindow *workloads = openWindow();
    QVERIFY(workloads);
    QTRY_COMPARE(workloads->workloadList()->topLevelItemCount(), 2);

    activate(m_window);
    m_window->select(m_milano);
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleMessageBox()));
    const QString text = box->informativeText();
    // Each count with its own workload, whatever the plural reads like.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b3 queue\\S* leave\\S* the "
                                                             "workload \"Sales Milano\"\\."))),
        qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(
                 QStringLiteral("\\b1 queue\\S* leave\\S* the workload \"Support\"\\."))),
        qPrintable(text));
    buttonOfRole(box, QMessageBox::DestructiveRole)->click();

    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 1, 20000);
    QCOMPARE(rowsOf(QStringLiteral("queues")), 3);
    QCOMPARE(rowsOf(QStringLiteral("workload_queues")), 1);
    QCOMPARE(workloadOf(queueId(m_lyon, QStringLiteral("Q0002"))), QStringLiteral("Support"));
    QCOMPARE(rowsOf(QStringLiteral("workloads")), 2); // the workloads stay, emptier
    // The open Workloads window follows.
    QTRY_COMPARE(workloads->queueTree()->queues().size(), 3);
    QTRY_COMPARE(workloads->workloadList()->topLevelItem(0)->text(1), QStringLiteral("0"));

    // An integration whose queues are in no workload says nothing of workloads.
    activate(m_window);
    m_window->select(m_lyon);
    QVERIFY(store.unassign({queueId(m_lyon, QStringLiteral("Q0002"))}).ok());
    QTest::keyClick(m_window->table(), Qt::Key_Delete);
    QTRY_VERIFY((box = visibleMessageBox()));
    QVERIFY2(!box->informativeText().contains(QLatin1String("workload")),
        qPrintable(box->informativeText()));
    QTest::keyClick(box, Qt::Key_Escape);
}

QTEST_MAIN(TestWorkloads)
#include "tst_workloads.moc"
