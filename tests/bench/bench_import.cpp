// Benchmark (a) and (b) of issue 5: the import of a year of 15-minute intervals for 200
// queues from the Demo connector, through the engine's worker (ImportRun on its own thread),
// against a raw sqlite3 C-API bulk insert of the same rows into the same schema; and the
// peak resident memory of the import. Prints a Markdown block for docs/benchmarks.md.
//   bench_import [--days 365] [--queues 200] [--dir <folder for the database files>] [--probe]
// --probe adds a writer on another connection during the import and reports how long its
// writes waited (it costs the import some throughput: leave it off for the throughput figure).
#include "demo/democonnector.h"
#include "demo/demodata.h"
#include "import/importengine.h"
#include "import/importrun.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "storage/writegate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

constexpr qint64 Now = 1'717'171'717; // fixed, so runs are comparable

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

long currentRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// CPU seconds of the whole process (every thread), user and system: unlike the wall clock,
// hardly affected by other work on a shared machine.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Measured
{
    double seconds = 0;
    double cpu = 0;
    qint64 rows = 0;
    bool ok = false;
};

// --probe: while the import runs, another connection writes a small row change every 20 ms
// (as the window does when the admin saves something) and records how long each write took:
// the longest is the longest anyone waited for the import's write lock.
class WriteProbe
{
public:
    WriteProbe(const QString &path, const QString &integrationId)
    {
        m_thread = std::thread([this, path, integrationId] {
            // The storage worker's connection setup (StorageWorker), on a thread of its own,
            // as the window's writes are made.
            Database db(path);
            if (!db.openWithoutMigrating().ok()) {
                ++m_failures;
                return;
            }
            db.setCheckpointPages(0);
            db.setPromptLockWait();
            QSqlQuery update(db.connection());
            update.prepare(QStringLiteral("UPDATE integrations SET updated_at = ? WHERE id = ?"));
            while (!m_stop) {
                QElapsedTimer timer;
                timer.start();
                update.bindValue(0, QDateTime::currentSecsSinceEpoch());
                update.bindValue(1, integrationId);
                {
                    const WriteGate::Foreground foreground; // as StorageWorker holds it
                    if (!update.exec() && ++m_failures == 1)
                        std::fprintf(
                            stderr, "write probe: %s\n", qPrintable(update.lastError().text()));
                }
                m_waitsMs.push_back(double(timer.nsecsElapsed()) / 1e6);
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
    }
    // Stops the probe; returns the writes' durations, sorted.
    std::vector<double> stop()
    {
        m_stop = true;
        m_thread.join();
        std::sort(m_waitsMs.begin(), m_waitsMs.end());
        return m_waitsMs;
    }
    int failures() const { return m_failures; }

private:
    std::thread m_thread;
    std::atomic<bool> m_stop = false;
    std::vector<double> m_waitsMs;
    int m_failures = 0;
};

Measured importThroughEngineWorker(const QString &path, int days, int queues, bool probe)
{
    Integration integration;
    {
        Database db(path);
        if (!db.open().ok())
            return {};
        integration.name = QStringLiteral("Demo");
        integration.type = QStringLiteral("demo");
        integration.settings = {{QStringLiteral("username"), QStringLiteral("bench")},
            {QStringLiteral("queueCount"), queues}};
        if (!IntegrationStore(db.connection()).create(integration).ok())
            return {};
    }
    // The Demo connector without its simulated sign-in latency: only the import is timed.
    ConnectorRegistry registry;
    registry.add(QStringLiteral("demo"),
        [] { return std::make_unique<DemoConnector>(std::chrono::milliseconds(0)); });
    ImportRequest request;
    request.integrationId = integration.id;
    request.connectorId = integration.type;
    request.settings.values = integration.settings;
    request.settings.secrets = {{QStringLiteral("password"), QStringLiteral("bench")}};
    request.nowUtc = Now;
    request.backfillDays = days;
    request.firstImport = true;

    QThread thread;
    auto *run = new ImportRun(path, registry, request);
    run->moveToThread(&thread);
    Measured measured;
    QElapsedTimer timer;
    QObject::connect(&thread, &QThread::started, run, &ImportRun::start);
    double cpuAtStart = 0;
    QObject::connect(run, &ImportRun::finished, qApp, [&](const ImportOutcome &outcome) {
        measured.seconds = double(timer.nsecsElapsed()) / 1e9;
        measured.cpu = cpuSeconds() - cpuAtStart;
        measured.rows = outcome.rowsWritten;
        measured.ok = outcome.status == ImportOutcome::Status::Succeeded;
        if (!measured.ok)
            std::fprintf(stderr, "import failed: %s\n", qPrintable(outcome.failure.message));
        thread.quit();
    });
    QObject::connect(&thread, &QThread::finished, run, &QObject::deleteLater);
    QObject::connect(&thread, &QThread::finished, qApp, &QCoreApplication::quit);
    std::unique_ptr<WriteProbe> writeProbe;
    if (probe)
        writeProbe = std::make_unique<WriteProbe>(path, integration.id);
    cpuAtStart = cpuSeconds();
    timer.start();
    thread.start();
    QCoreApplication::exec();
    thread.wait();
    if (writeProbe) {
        const std::vector<double> waits = writeProbe->stop();
        if (!waits.empty())
            std::printf("write probe: %zu writes from another connection during the import, "
                        "median %.2f ms, p99 %.2f ms, longest %.2f ms, %d failed\n\n",
                waits.size(), waits[waits.size() / 2], waits[waits.size() * 99 / 100], waits.back(),
                writeProbe->failures());
    }
    return measured;
}

bool exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s\n", error);
        sqlite3_free(error);
        return false;
    }
    return true;
}

// The same rows, generated the same way, in one transaction with one prepared statement:
// the fastest this schema can be filled from this process.
Measured rawBulkInsert(const QString &path, int days, int queues, bool keyOrder)
{
    {
        Database schema(path);
        if (!schema.open().ok())
            return {};
        QSqlQuery query(schema.connection());
        query.exec(QStringLiteral("INSERT INTO integrations (id, name, name_key, type, created_at, "
                                  "updated_at) VALUES ('raw', 'Raw', 'raw', 'demo', 0, 0)"));
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return {};
    Measured measured;
    QElapsedTimer timer;
    const double cpuAtStart = cpuSeconds();
    timer.start();
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "PRAGMA synchronous = NORMAL");
    exec(db, "PRAGMA foreign_keys = ON");
    exec(db, "BEGIN");
    sqlite3_stmt *queue = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO queues (id, integration_id, external_id, name, kind, "
        "first_seen_at, last_seen_at) VALUES (?, 'raw', ?, ?, 'queue', 0, 0)",
        -1, &queue, nullptr);
    const QList<QueueRecord> records = DemoData::queues(queues);
    for (int q = 0; q < queues; ++q) {
        const QByteArray id = records[q].externalId.toUtf8();
        const QByteArray name = records[q].name.toUtf8();
        sqlite3_bind_int64(queue, 1, q + 1);
        sqlite3_bind_text(queue, 2, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(queue, 3, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_step(queue);
        sqlite3_reset(queue);
    }
    sqlite3_finalize(queue);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO interval_stats (queue_id, interval_start, offered, handled, "
        "abandoned, handle_seconds, acw_seconds, answered_in_sl) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        -1, &insert, nullptr);
    const qint64 end = Now - Now % IntervalSeconds;
    const qint64 from = end - qint64(days) * 86400;
    bool ok = true;
    // In arrival order (interval by interval, as a connector delivers them), or in key
    // order (queue by queue): the floor of what this schema costs.
    const qint64 outerCount = keyOrder ? queues : (end - from) / IntervalSeconds;
    const qint64 innerCount = keyOrder ? (end - from) / IntervalSeconds : queues;
    for (qint64 outer = 0; outer < outerCount && ok; ++outer) {
        for (qint64 inner = 0; inner < innerCount; ++inner) {
            const int q = int(keyOrder ? outer : inner);
            const qint64 t = from + (keyOrder ? inner : outer) * IntervalSeconds;
            const IntervalRecord r = DemoData::interval(q, t);
            sqlite3_bind_int64(insert, 1, q + 1);
            sqlite3_bind_int64(insert, 2, r.startUtc);
            sqlite3_bind_int64(insert, 3, r.offered);
            sqlite3_bind_int64(insert, 4, r.handled);
            sqlite3_bind_int64(insert, 5, r.abandoned);
            sqlite3_bind_int64(insert, 6, r.handleSeconds);
            sqlite3_bind_int64(insert, 7, r.afterCallSeconds);
            sqlite3_bind_int64(insert, 8, r.answeredInServiceLevel);
            ok = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
            ++measured.rows;
        }
    }
    sqlite3_finalize(insert);
    measured.ok = ok && exec(db, "COMMIT");
    measured.seconds = double(timer.nsecsElapsed()) / 1e9;
    measured.cpu = cpuSeconds() - cpuAtStart;
    sqlite3_close(db);
    return measured;
}

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int days = argument(args, QStringLiteral("--days"), 365);
    const int queues = argument(args, QStringLiteral("--queues"), 200);
    QTemporaryDir temporary;
    const qsizetype dirAt = args.indexOf(QStringLiteral("--dir"));
    const QString dir = dirAt >= 0 && dirAt + 1 < args.size() ? args[dirAt + 1] : temporary.path();

    const long rssBefore = currentRssKiB();
    // The import first, so the process's peak RSS afterwards is the import's.
    const bool probe = args.contains(QStringLiteral("--probe"));
    const Measured engine
        = importThroughEngineWorker(dir + QStringLiteral("/engine.sqlite"), days, queues, probe);
    const long peakAfterImport = peakRssKiB();
    const Measured raw = rawBulkInsert(dir + QStringLiteral("/raw.sqlite"), days, queues, false);
    const Measured sorted
        = rawBulkInsert(dir + QStringLiteral("/raw-sorted.sqlite"), days, queues, true);
    if (!engine.ok || !raw.ok || !sorted.ok || engine.rows != raw.rows
        || engine.rows != sorted.rows) {
        std::fprintf(
            stderr, "benchmark failed: engine %lld rows, raw %lld rows\n", engine.rows, raw.rows);
        return 1;
    }
    std::printf("| rows | engine import | raw sqlite3, arrival order | engine/raw (wall) | "
                "engine/raw (CPU) | raw sqlite3, key order | engine/key-order raw (wall) | "
                "peak RSS (import) |\n"
                "|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                "| %lld | %.2f s (%.0f rows/s), CPU %.2f s | %.2f s (%.0f rows/s), CPU %.2f s | "
                "%.2f | %.2f | %.2f s (%.0f rows/s) | %.2f | %.1f MiB (%.1f MiB at start) |\n",
        engine.rows, engine.seconds, engine.rows / engine.seconds, engine.cpu, raw.seconds,
        raw.rows / raw.seconds, raw.cpu, raw.seconds / engine.seconds, raw.cpu / engine.cpu,
        sorted.seconds, sorted.rows / sorted.seconds, sorted.seconds / engine.seconds,
        peakAfterImport / 1024.0, rssBefore / 1024.0);
    return 0;
}
