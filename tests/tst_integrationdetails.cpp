#include "credentials/credentialstore.h"
#include "demo/democonnector.h"
#include "demo/demodata.h"
#include "details/historytab.h"
#include "details/integrationdetailsview.h"
#include "details/overviewtab.h"
#include "details/queuestab.h"
#include "details/schedulesettingstab.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "integrationswindow.h"
#include "storage/database.h"
#include "support/demoservice.h"
#include "support/guitest.h"
#include "support/testcredentialstore.h"
#include "support/testsupport.h"

#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

// The details of the selected integration against the real store, after real Demo imports:
// the Queues tab's counts, the chart's totals, the import history and the schedule.
class TestIntegrationDetails : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabsAreBuiltWhenFirstShown();
    void queuesTabListsEveryQueueWithItsCounts();
    void chartTotalsEqualASqlSumOverTheSameIntervals_data();
    void chartTotalsEqualASqlSumOverTheSameIntervals();
    void queuesAreNewUntilSeen();
    void historyListsEveryRunIncludingFailuresNewestFirst();
    void frequencyOf30MinutesSchedulesTheNextImport30MinutesOn();

private:
    // A Demo integration whose first import has completed.
    QString createDemo(const QString &name, const QString &password = QStringLiteral("demo"));
    void importAndWait(const QString &id);
    qint64 sqlSum(const QString &column, qint64 queueId, const TimeRange &range) const;
    void startService();

    // 2026-11-25 10:01:00 UTC: a minute after a scheduled slot of every frequency.
    static constexpr qint64 Now = 1795600860;
    static constexpr int Queues = 12;
    static constexpr int BackfillDays = 9;

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    std::unique_ptr<TestCredentialStore> m_credentials;
    IntegrationService *m_service = nullptr;
    IntegrationsWindow *m_window = nullptr;
};

void TestIntegrationDetails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(Now, Qt::UTC),
        QDateTime(QDate(2026, 11, 25), QTime(10, 1), Qt::UTC));
}

void TestIntegrationDetails::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
    m_credentials = std::make_unique<TestCredentialStore>();
    startService();
}

void TestIntegrationDetails::startService()
{
    m_service
        = new IntegrationService(m_db->path(), TestSupport::demoRegistry(), m_credentials.get());
    m_service->engine()->setClock([] { return Now; });
    m_service->engine()->startScheduler();
    m_window = new IntegrationsWindow(*m_service);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestIntegrationDetails::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_service;
    m_service = nullptr;
    m_credentials.reset(); // and what the test left in the keychain
    delete m_db;
    delete m_dir;
}

QString TestIntegrationDetails::createDemo(const QString &name, const QString &password)
{
    ServiceOperation *op
        = m_service->create(TestSupport::demoIntegration(name, Queues, BackfillDays),
            {{QStringLiteral("password"), password}});
    const QString id = op->integrationId();
    QSignalSpy created(op, &ServiceOperation::finished);
    QSignalSpy imported(m_service->engine(), &ImportEngine::importFinished);
    if (!created.wait(20000) || !imported.wait(60000))
        return {};
    return id;
}

void TestIntegrationDetails::importAndWait(const QString &id)
{
    QSignalSpy imported(m_service->engine(), &ImportEngine::importFinished);
    m_service->importNow(id);
    QVERIFY(imported.wait(60000));
}

qint64 TestIntegrationDetails::sqlSum(
    const QString &column, qint64 queueId, const TimeRange &range) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM interval_stats WHERE queue_id = ?"
                       " AND interval_start >= ? AND interval_start < ?")
            .arg(column));
    query.addBindValue(queueId);
    query.addBindValue(range.fromUtc);
    query.addBindValue(range.toUtc);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestIntegrationDetails::tabsAreBuiltWhenFirstShown()
{
    // The start pays for the Overview only: no queue table, no chart until the admin looks.
    const QString id = createDemo(QStringLiteral("Demo Torino"));
    QVERIFY(!id.isEmpty());
    m_window->select(id);
    IntegrationDetailsView *details = m_window->detailsView();
    QVERIFY(details->isVisible());
    QVERIFY(m_window->findChild<OverviewTab *>());
    QVERIFY(!m_window->findChild<QueuesTab *>());
    QVERIFY(!m_window->findChild<QChartView *>());
    QVERIFY(!m_window->findChild<HistoryTab *>());
    QVERIFY(!m_window->findChild<ScheduleSettingsTab *>());

    // A click on its tab builds it in the same place, under the same title, with its rows.
    const int queuesIndex = 1;
    QCOMPARE(details->tabText(queuesIndex), IntegrationDetailsView::tr("&Queues"));
    details->tabBar()->setCurrentIndex(queuesIndex);
    QTRY_VERIFY(m_window->findChild<QueuesTab *>());
    QueuesTab *tab = m_window->findChild<QueuesTab *>();
    QCOMPARE(details->widget(queuesIndex), tab);
    QCOMPARE(details->currentWidget(), tab);
    QCOMPARE(details->tabText(queuesIndex), IntegrationDetailsView::tr("&Queues"));
    QTRY_COMPARE(tab->proxy()->rowCount(), Queues);
    QVERIFY(m_window->findChild<QChartView *>());
    QCOMPARE(details->queuesTab(), tab); // asked for again: the same tab, not a second one
    QCOMPARE(details->count(), 6);
    QVERIFY(!m_window->findChild<HistoryTab *>());
}

void TestIntegrationDetails::queuesTabListsEveryQueueWithItsCounts()
{
    const QString id = createDemo(QStringLiteral("Demo Milano"));
    QVERIFY(!id.isEmpty());
    m_window->select(id);
    IntegrationDetailsView *details = m_window->detailsView();
    QueuesTab *tab = details->queuesTab();
    QSignalSpy refreshed(tab, &QueuesTab::refreshed);
    details->setCurrentWidget(tab);
    QVERIFY(refreshed.wait());

    // Every queue the connector offers, each once, with its statistics as the connector
    // produced them: the range held and the contacts offered in the last 7 days.
    const QList<QueueRecord> expected = DemoData::queues(Queues);
    QCOMPARE(tab->proxy()->rowCount(), Queues);
    const qint64 end = Now - Now % IntervalSeconds; // the import covers intervals that ended
    const qint64 first = end - qint64(BackfillDays) * 86400;
    const qint64 since = Now - 7 * 86400;
    for (int q = 0; q < Queues; ++q) {
        const auto found = std::find_if(tab->queues().cbegin(), tab->queues().cend(),
            [&](const ImportedDataStore::Queue &queue) {
                return queue.externalId == expected.at(q).externalId;
            });
        QVERIFY2(found != tab->queues().cend(), qPrintable(expected.at(q).externalId));
        QCOMPARE(found->name, expected.at(q).name);
        qint64 offered = 0;
        for (qint64 start = DemoData::firstIntervalAtOrAfter(since); start < end;
             start += IntervalSeconds)
            offered += DemoData::interval(q, start).offered;
        QCOMPARE(found->offeredRecently, offered);
        QCOMPARE(found->firstInterval, first);
        QCOMPARE(found->lastInterval, end - IntervalSeconds);
        QVERIFY(found->workloadName.isEmpty());
    }
    QVERIFY(std::any_of(tab->queues().cbegin(), tab->queues().cend(),
        [](const ImportedDataStore::Queue &queue) { return queue.offeredRecently > 0; }));

    // Search narrows the list by name or ID; clearing it brings every queue back.
    QTest::keyClicks(tab->searchField(), QStringLiteral("billing"));
    QCOMPARE(tab->proxy()->rowCount(), 2); // "Billing Milano", "Billing Berlin"
    tab->searchField()->clear();
    QTest::keyClicks(tab->searchField(), expected.at(5).externalId);
    QCOMPARE(tab->proxy()->rowCount(), 1);
    tab->searchField()->clear();
    QCOMPARE(tab->proxy()->rowCount(), Queues);

    // The overview counts the same.
    OverviewTab *overview = details->overviewTab();
    QSignalSpy overviewRead(overview, &OverviewTab::refreshed);
    details->setCurrentWidget(overview);
    QVERIFY(overviewRead.wait());
    QCOMPARE(overview->overview().queues, qint64(Queues));
    QCOMPARE(overview->overview().intervalRows, qint64(Queues) * (end - first) / IntervalSeconds);
    QCOMPARE(overview->overview().firstInterval, first);
    QCOMPARE(overview->overview().lastInterval, end - IntervalSeconds);
}

void TestIntegrationDetails::chartTotalsEqualASqlSumOverTheSameIntervals_data()
{
    QTest::addColumn<int>("span");
    QTest::addColumn<int>("daysBack");
    QTest::newRow("a whole day") << int(QueuesTab::Span::Day) << 2;
    QTest::newRow("today, still importing") << int(QueuesTab::Span::Day) << 0;
    QTest::newRow("a week") << int(QueuesTab::Span::Week) << 7;
}

void TestIntegrationDetails::chartTotalsEqualASqlSumOverTheSameIntervals()
{
    QFETCH(int, span);
    QFETCH(int, daysBack);
    const QString id = createDemo(QStringLiteral("Demo Berlin"));
    QVERIFY(!id.isEmpty());
    m_window->select(id);
    IntegrationDetailsView *details = m_window->detailsView();
    QueuesTab *tab = details->queuesTab();
    QSignalSpy refreshed(tab, &QueuesTab::refreshed);
    details->setCurrentWidget(tab);
    QVERIFY(refreshed.wait());
    const ImportedDataStore::Queue queue = tab->queues().value(3);
    QVERIFY(tab->selectQueue(queue.id));

    QSignalSpy updated(tab, &QueuesTab::chartUpdated);
    const QDate day = QDateTime::fromSecsSinceEpoch(Now, Qt::UTC).toLocalTime().date();
    tab->showSpan(QueuesTab::Span(span), day.addDays(-daysBack));
    QVERIFY(updated.wait());
    const TimeRange range = tab->chartRange();
    QCOMPARE(range.fromUtc, day.addDays(-daysBack).startOfDay().toSecsSinceEpoch());
    QCOMPARE(tab->offeredTotal(), sqlSum(QStringLiteral("offered"), queue.id, range));
    QCOMPARE(tab->handledTotal(), sqlSum(QStringLiteral("handled"), queue.id, range));
    QVERIFY(tab->offeredTotal() > 0);
    QVERIFY(tab->handledTotal() <= tab->offeredTotal());
    QSqlQuery rows(m_db->connection());
    rows.prepare(QStringLiteral("SELECT COUNT(*) FROM interval_stats WHERE queue_id = ? AND "
                                "interval_start >= ? AND interval_start < ?"));
    rows.addBindValue(queue.id);
    rows.addBindValue(range.fromUtc);
    rows.addBindValue(range.toUtc);
    QVERIFY(rows.exec() && rows.next());
    QCOMPARE(tab->pointCount(), rows.value(0).toInt());
}

void TestIntegrationDetails::queuesAreNewUntilSeen()
{
    const QString id = createDemo(QStringLiteral("Demo Lyon"));
    QVERIFY(!id.isEmpty());
    m_window->select(id);
    IntegrationDetailsView *details = m_window->detailsView();
    OverviewTab *overview = details->overviewTab();
    QSignalSpy overviewRead(overview, &OverviewTab::refreshed);
    details->setCurrentWidget(overview);
    overview->refresh();
    QVERIFY(overviewRead.wait());
    QCOMPARE(overview->overview().newQueues, qint64(Queues));

    QueuesTab *tab = details->queuesTab();
    QSignalSpy refreshed(tab, &QueuesTab::refreshed);
    details->setCurrentWidget(tab); // seen
    QVERIFY(refreshed.wait());
    QVERIFY(tab->proxy()
                ->index(0, QueuesTab::NameColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("(new)")));
    tab->refresh();
    QVERIFY(refreshed.wait());
    for (const ImportedDataStore::Queue &queue : tab->queues())
        QVERIFY(!queue.isNew);
    QVERIFY(!tab->proxy()
                 ->index(0, QueuesTab::NameColumn)
                 .data()
                 .toString()
                 .endsWith(QStringLiteral("(new)")));
}

void TestIntegrationDetails::historyListsEveryRunIncludingFailuresNewestFirst()
{
    const QString id = createDemo(QStringLiteral("Demo Madrid"));
    QVERIFY(!id.isEmpty());
    importAndWait(id); // a second, incremental run
    // The password changed at the ACD: the next run fails with the connector's message.
    const Integration integration = *m_service->find(id);
    CredentialOperation *write = m_credentials->write(m_credentials->refOf(integration),
        {{QStringLiteral("password"), QLatin1String(DemoConnector::WrongPassword)}});
    QSignalSpy written(write, &CredentialOperation::finished);
    QVERIFY(written.wait());
    importAndWait(id);
    QVERIFY(m_service->find(id)->needsAdmin());

    m_window->select(id);
    IntegrationDetailsView *details = m_window->detailsView();
    HistoryTab *history = details->historyTab();
    QSignalSpy refreshed(history, &HistoryTab::refreshed);
    details->setCurrentWidget(history);
    QVERIFY(refreshed.wait());
    QTreeView *view = history->view();
    QCOMPARE(view->model()->rowCount(), 3);
    const auto cell = [view](int row, int column) {
        return view->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, HistoryTab::ResultColumn), HistoryTab::tr("Failed"));
    QCOMPARE(cell(0, HistoryTab::ErrorColumn), m_service->find(id)->lastError);
    QVERIFY(!cell(0, HistoryTab::ErrorColumn).isEmpty());
    QCOMPARE(cell(1, HistoryTab::ResultColumn), HistoryTab::tr("Succeeded"));
    QCOMPARE(cell(2, HistoryTab::ResultColumn), HistoryTab::tr("Succeeded"));
    // The first import wrote the backfill; the second only the intervals fetched again.
    const QList<ImportedDataStore::Run> runs = history->runs();
    QCOMPARE(runs.at(2).rows, qint64(Queues) * BackfillDays * 96);
    QVERIFY(runs.at(1).rows < runs.at(2).rows);
    QCOMPARE(runs.at(0).rows, 0);
    QCOMPARE(cell(2, HistoryTab::RowsColumn), QLocale().toString(runs.at(2).rows));
    QVERIFY(runs.at(0).startedAt >= runs.at(1).startedAt);
}

void TestIntegrationDetails::frequencyOf30MinutesSchedulesTheNextImport30MinutesOn()
{
    const QString id = createDemo(QStringLiteral("Demo Dublin"));
    QVERIFY(!id.isEmpty());
    // The default: every 15 minutes, on the quarter hour plus a minute.
    QCOMPARE(m_service->find(id)->nextImportAt.toSecsSinceEpoch(), Now + 15 * 60);

    m_window->select(id);
    IntegrationDetailsView *details = m_window->detailsView();
    ScheduleSettingsTab *settings = details->settingsTab();
    details->setCurrentWidget(settings);
    QVERIFY(!settings->saveButton()->isEnabled());
    settings->frequency()->setCurrentIndex(settings->frequency()->findData(30));
    QVERIFY(settings->saveButton()->isEnabled());
    // Beyond what the connector allows is not accepted.
    QCOMPARE(
        settings->backfill()->maximum(), m_service->maximumBackfillDays(QStringLiteral("demo")));
    settings->saveButton()->click();
    QVERIFY(!settings->saveButton()->isEnabled());
    QCOMPARE(ImportEngine::importMinutes(*m_service->find(id)), 30);
    // The import already planned keeps its time; the change applies from the next run.
    QCOMPARE(m_service->find(id)->nextImportAt.toSecsSinceEpoch(), Now + 15 * 60);
    importAndWait(id);
    QCOMPARE(m_service->find(id)->nextImportAt.toSecsSinceEpoch(), Now + 30 * 60);
    QVERIFY(m_service->engine()->isPlanned(id));

    // Saved: a restart reads it back and plans by it.
    bool flushed = false;
    m_service->whenWritten([&flushed] { flushed = true; });
    QTRY_VERIFY(flushed);
    delete m_window;
    m_window = nullptr;
    delete m_service;
    m_service = nullptr;
    startService();
    QCOMPARE(ImportEngine::importMinutes(*m_service->find(id)), 30);
    QVERIFY(m_service->engine()->isPlanned(id));
    m_window->select(id);
    QCOMPARE(m_window->detailsView()->settingsTab()->frequency()->currentData().toInt(), 30);
}

QTEST_MAIN(TestIntegrationDetails)
#include "tst_integrationdetails.moc"
