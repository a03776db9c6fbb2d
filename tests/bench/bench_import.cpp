// Benchmark (a) and (b) of issue 5: the import of a year of 15-minute intervals for 200
// queues from the Demo connector, through the engine's worker (ImportRun on its own thread),
// against a raw sqlite3 C-API bulk insert of the same rows into the same schema; and the
// peak resident memory of the import. Prints a Markdown block for docs/benchmarks.md.
//   bench_import [--days 365] [--queues 200] [--dir <folder for the database files>]
#include "demo/democonnector.h"
#include "demo/demodata.h"
#include "import/importengine.h"
#include "import/importrun.h"
#include "storage/database.h"
#include "storage/integrationstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>
#include <sys/resource.h>

#include <cstdio>

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

struct Measured
{
    double seconds = 0;
    qint64 rows = 0;
    bool ok = false;
};

Measured importThroughEngineWorker(const QString &path, int days, int queues)
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
    QObject::connect(run, &ImportRun::finished, qApp, [&](const ImportOutcome &outcome) {
        measured.seconds = double(timer.nsecsElapsed()) / 1e9;
        measured.rows = outcome.rowsWritten;
        measured.ok = outcome.status == ImportOutcome::Status::Succeeded;
        if (!measured.ok)
            std::fprintf(stderr, "import failed: %s\n", qPrintable(outcome.failure.message));
        thread.quit();
    });
    QObject::connect(&thread, &QThread::finished, run, &QObject::deleteLater);
    QObject::connect(&thread, &QThread::finished, qApp, &QCoreApplication::quit);
    timer.start();
    thread.start();
    QCoreApplication::exec();
    thread.wait();
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
Measured rawBulkInsert(const QString &path, int days, int queues)
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
    for (qint64 t = from; t < end && ok; t += IntervalSeconds) {
        for (int q = 0; q < queues; ++q) {
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
    const Measured engine
        = importThroughEngineWorker(dir + QStringLiteral("/engine.sqlite"), days, queues);
    const long peakAfterImport = peakRssKiB();
    const Measured raw = rawBulkInsert(dir + QStringLiteral("/raw.sqlite"), days, queues);
    if (!engine.ok || !raw.ok || engine.rows != raw.rows) {
        std::fprintf(
            stderr, "benchmark failed: engine %lld rows, raw %lld rows\n", engine.rows, raw.rows);
        return 1;
    }
    const double ratio = raw.seconds / engine.seconds;
    std::printf(
        "| rows | engine import | raw sqlite3 | engine/raw throughput | peak RSS (import) |\n"
        "|---:|---:|---:|---:|---:|\n"
        "| %lld | %.2f s (%.0f rows/s) | %.2f s (%.0f rows/s) | %.2f | %.1f MiB (%.1f MiB at "
        "start) |\n",
        engine.rows, engine.seconds, engine.rows / engine.seconds, raw.seconds,
        raw.rows / raw.seconds, ratio, peakAfterImport / 1024.0, rssBefore / 1024.0);
    return 0;
}
