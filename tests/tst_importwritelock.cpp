#include "import/importrun.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "support/pagewaitconnector.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// An import whose connector waits on the network between pages must not hold the database's
// write lock meanwhile: a write from another connection (the window's: saving a new
// integration, changing a state) has to go through at once, not after the wait.
class TestImportWriteLock : public QObject
{
    Q_OBJECT
private slots:
    void writesFromAnotherConnectionDoNotWaitForTheConnector();

private:
    static constexpr qint64 Now = 1'717'171'717;
    // More rows than the writer keeps in memory, so the page is partly written before the
    // wait and partly held back for the chunk's end.
    static constexpr int QueueCount = 50;
    static constexpr qint64 WriteBoundMs = 50;
};

void TestImportWriteLock::writesFromAnotherConnectionDoNotWaitForTheConnector()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(dir.filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(db.open().ok());
    Integration integration;
    integration.name = QStringLiteral("Paged");
    integration.type = QStringLiteral("pagewait");
    QVERIFY(IntegrationStore(db.connection()).create(integration).ok());

    const auto state = std::make_shared<PageWaitConnector::State>();
    ConnectorRegistry registry;
    registry.add(QStringLiteral("pagewait"), [state] {
        return std::make_unique<PageWaitConnector>(state, QueueCount, std::chrono::seconds(3));
    });
    ImportRequest request;
    request.integrationId = integration.id;
    request.connectorId = integration.type;
    request.nowUtc = Now;
    request.backfillDays = 1; // one chunk, one page

    QThread thread;
    auto *run = new ImportRun(db.path(), registry, request);
    run->moveToThread(&thread);
    connect(&thread, &QThread::started, run, &ImportRun::start);
    connect(&thread, &QThread::finished, run, &QObject::deleteLater);
    std::optional<ImportOutcome> outcome;
    connect(run, &ImportRun::finished, this, [&](const ImportOutcome &o) { outcome = o; });
    thread.start();
    const auto stopThread = qScopeGuard([&] {
        QMetaObject::invokeMethod(run, &ImportRun::cancel);
        thread.quit();
        thread.wait();
    });

    QTRY_VERIFY_WITH_TIMEOUT(state->waiting, 20000);

    // The window's connection, while the connector waits for its next page.
    QElapsedTimer timer;
    timer.start();
    Integration other;
    other.name = QStringLiteral("Saved meanwhile");
    other.type = QStringLiteral("demo");
    const bool created = IntegrationStore(db.connection()).create(other).ok();
    const qint64 createMs = timer.elapsed();
    timer.restart();
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE integrations SET updated_at = ? WHERE id = ?"));
    update.addBindValue(Now);
    update.addBindValue(integration.id);
    const bool updated = update.exec();
    const qint64 updateMs = timer.elapsed();
    const bool stillWaiting = state->waiting;
    qInfo("during the connector's wait: create %lld ms, update %lld ms", createMs, updateMs);

    QVERIFY2(createMs < WriteBoundMs,
        qPrintable(QStringLiteral("saving an integration waited %1 ms for the import's write "
                                  "lock (bound %2 ms)")
                       .arg(createMs)
                       .arg(WriteBoundMs)));
    QVERIFY2(updateMs < WriteBoundMs,
        qPrintable(QStringLiteral("updating an integration waited %1 ms for the import's write "
                                  "lock (bound %2 ms)")
                       .arg(updateMs)
                       .arg(WriteBoundMs)));

    QVERIFY(created);
    QVERIFY(updated);
    QVERIFY2(stillWaiting, "the connector stopped waiting before the writes were measured");

    // Rows still in memory are not covered by a checkpoint until the chunk ends.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM import_checkpoints")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 0);

    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QCOMPARE(outcome->status, ImportOutcome::Status::Succeeded);
    const qint64 expectedRows = qint64(QueueCount) * 96;
    QCOMPARE(outcome->rowsWritten, expectedRows);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM interval_stats")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), expectedRows);
    QVERIFY(
        query.exec(QStringLiteral("SELECT covered_until FROM import_checkpoints")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), outcome->range.toUtc);
    QCOMPARE(state->pagesDelivered.load(), 1);
}

QTEST_GUILESS_MAIN(TestImportWriteLock)
#include "tst_importwritelock.moc"
