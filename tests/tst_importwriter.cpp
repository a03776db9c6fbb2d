#include "storage/database.h"
#include "storage/importwriter.h"
#include "storage/integrationstore.h"
#include "storage/writegate.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

// The import's writer: large transactions of rows sorted by key, chunks held back and
// written with the checkpoint they complete, and a foreground writer let through between
// slices of a large transaction.
class TestImportWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void committedChunksAreWrittenWithTheirCheckpoint();
    void aForegroundWriterGoesBetweenSlices();

private:
    static QList<IntervalRecord> rows(int queues, qint64 from, int intervals);
    qint64 count(const QString &sql);

    static constexpr auto Kind = ImportWriter::IntervalKind;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db; // the writer's connection
    std::unique_ptr<Database> m_other; // another connection, as the window's
    Integration m_integration;
};

void TestImportWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("acd.sqlite"));
    m_db = std::make_unique<Database>(path);
    QVERIFY(m_db->open().ok());
    m_other = std::make_unique<Database>(path);
    QVERIFY(m_other->openWithoutMigrating().ok());
    m_other->setPromptLockWait();
    m_integration = {};
    m_integration.name = QStringLiteral("Writer");
    m_integration.type = QStringLiteral("demo");
    QVERIFY(IntegrationStore(m_db->connection()).create(m_integration).ok());
}

void TestImportWriter::cleanup()
{
    m_other.reset();
    m_db.reset();
    m_dir.reset();
}

QList<IntervalRecord> TestImportWriter::rows(int queues, qint64 from, int intervals)
{
    QList<IntervalRecord> records;
    for (int i = 0; i < intervals; ++i)
        for (int q = 0; q < queues; ++q)
            records.append({QStringLiteral("q%1").arg(q), from + i * 900, q + 1, q, 1, 60, 10, q});
    return records;
}

qint64 TestImportWriter::count(const QString &sql)
{
    QSqlQuery query(m_other->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestImportWriter::committedChunksAreWrittenWithTheirCheckpoint()
{
    ImportWriter writer(m_db->connection(), m_integration.id);
    QVERIFY(writer.prepare().ok);
    QList<QueueRecord> queues;
    for (int q = 0; q < 3; ++q)
        queues.append({QStringLiteral("q%1").arg(q), QStringLiteral("Queue %1").arg(q), {}});
    QVERIFY(writer.writeQueues(queues, 1).ok);
    const QString checkpoints = QStringLiteral("SELECT covered_until FROM import_checkpoints");
    const QString stats = QStringLiteral("SELECT count(*) FROM interval_stats");

    // The first chunk is written at once, so the window sees data as soon as there is some.
    QVERIFY(writer.writeIntervals(rows(3, 0, 4), 1).ok);
    QVERIFY(writer.commit(QLatin1String(Kind), 3600).ok);
    QCOMPARE(count(stats), 12);
    QCOMPARE(count(checkpoints), 3600);

    // The next, committed well within HoldMs, waits in memory for more rows.
    QVERIFY(writer.writeIntervals(rows(3, 3600, 4), 1).ok);
    QVERIFY(writer.commit(QLatin1String(Kind), 7200).ok);
    QCOMPARE(count(stats), 12);
    QCOMPARE(count(checkpoints), 3600);

    // A chunk that fails half-way is dropped; the committed one is still written, with its
    // checkpoint, so the next import resumes after it.
    QVERIFY(writer.writeIntervals(rows(3, 7200, 2), 1).ok);
    writer.rollback();
    QVERIFY(writer.finish().ok);
    QCOMPARE(count(stats), 24);
    QCOMPARE(count(checkpoints), 7200);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interval_stats WHERE interval_start >= "
                                  "7200")),
        0);
}

void TestImportWriter::aForegroundWriterGoesBetweenSlices()
{
    constexpr int Queues = 64;
    constexpr int Intervals = int(ImportWriter::FlushRows / Queues);
    static_assert(Queues * Intervals > 4 * ImportWriter::SliceRows);
    ImportWriter writer(m_db->connection(), m_integration.id);
    QVERIFY(writer.prepare().ok);
    QList<QueueRecord> queues;
    for (int q = 0; q < Queues; ++q)
        queues.append({QStringLiteral("q%1").arg(q), QStringLiteral("Queue %1").arg(q), {}});
    QVERIFY(writer.writeQueues(queues, 1).ok);
    const QList<IntervalRecord> records = rows(Queues, 0, Intervals);

    std::optional<WriteGate::Foreground> foreground;
    foreground.emplace(); // the window wants to write before the import's flush begins
    std::atomic<bool> flushed = false;
    bool writtenOk = false;
    // FlushRows rows in memory: writeIntervals() writes them all in one flush.
    std::thread import([&] {
        writtenOk = writer.writeIntervals(records, 1).ok && writer.commit().ok;
        flushed = true;
    });

    // The flush has begun: its first slice is committed, since a foreground writer waits.
    qint64 firstSlice = 0;
    QElapsedTimer waited;
    waited.start();
    while ((firstSlice = count(QStringLiteral("SELECT count(*) FROM interval_stats"))) == 0
        && !flushed && waited.elapsed() < 20000)
        std::this_thread::yield();
    QCOMPARE(firstSlice, ImportWriter::SliceRows);

    // The window's write gets the lock while the import's flush is still under way.
    QSqlQuery update(m_other->connection());
    update.prepare(QStringLiteral("UPDATE integrations SET updated_at = 42 WHERE id = ?"));
    update.addBindValue(m_integration.id);
    QVERIFY(m_other->connection().transaction());
    const bool updated = update.exec();
    const bool flushedBeforeUs = flushed;
    const bool committed = m_other->connection().commit();
    const qint64 writtenWhenWeWrote = count(QStringLiteral("SELECT count(*) FROM interval_stats"));
    foreground.reset();
    import.join();

    QVERIFY(updated);
    QVERIFY(committed);
    QVERIFY2(!flushedBeforeUs, "the foreground write waited for the whole flush");
    QVERIFY(writtenWhenWeWrote > 0);
    QVERIFY(writtenWhenWeWrote < Queues * Intervals);
    QVERIFY(writtenOk);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interval_stats")), Queues * Intervals);
    QCOMPARE(count(QStringLiteral("SELECT updated_at FROM integrations")), 42);
}

QTEST_GUILESS_MAIN(TestImportWriter)
#include "tst_importwriter.moc"
