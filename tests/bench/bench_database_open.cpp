// What the checks at start cost (docs/reliability.md): Database::open() of an existing
// database of `rows` interval rows over 200 queues, which looks at it read-only first
// (version, PRAGMA quick_check) and then opens it for writing, against quick_check alone.
// Each is run `runs` times on a warm page cache and the median printed; then once after the
// file is evicted from the cache (posix_fadvise DONTNEED), as on the first start after a boot.
//   bench_database_open [--rows 1000000] [--runs 7] [--dir <folder for the database>]
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>
#include <vector>

namespace {

bool seed(const QString &path, qint64 rows)
{
    Database db(path);
    if (!db.open().ok())
        return false;
    sqlite3 *handle = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &handle) != SQLITE_OK)
        return false;
    constexpr int Queues = 200;
    QByteArray sql = "BEGIN; INSERT INTO integrations (id, name, name_key, type, created_at, "
                     "updated_at) VALUES ('a', 'Five9 EU', 'five9 eu', 'five9', 0, 0);";
    for (int q = 1; q <= Queues; ++q)
        sql += QByteArray("INSERT INTO queues (id, integration_id, external_id, name, "
                          "first_seen_at, last_seen_at) VALUES (")
            + QByteArray::number(q) + ", 'a', 'q" + QByteArray::number(q) + "', 'Skill', 0, 0);";
    bool ok = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_stmt *insert = nullptr;
    ok = ok
        && sqlite3_prepare_v2(handle,
               "INSERT INTO interval_stats VALUES (?, ?, 40, 37, 3, 9000, 1100, 30)", -1, &insert,
               nullptr)
            == SQLITE_OK;
    for (qint64 i = 0; ok && i < rows; ++i) {
        sqlite3_bind_int64(insert, 1, i % Queues + 1);
        sqlite3_bind_int64(insert, 2, 1'700'000'000 + (i / Queues) * 900);
        ok = sqlite3_step(insert) == SQLITE_DONE && sqlite3_reset(insert) == SQLITE_OK;
    }
    sqlite3_finalize(insert);
    ok = ok && sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(handle);
    return ok;
}

double openMs(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Database db(path);
    const Database::Result result = db.open();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!result.ok())
        std::fprintf(stderr, "open failed: %s\n", qPrintable(result.message));
    return result.ok() ? ms : -1;
}

double quickCheckMs(const QString &path)
{
    sqlite3 *handle = nullptr;
    QElapsedTimer timer;
    timer.start();
    sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr);
    const int rc = sqlite3_exec(handle, "PRAGMA quick_check", nullptr, nullptr, nullptr);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    sqlite3_close(handle);
    return rc == SQLITE_OK ? ms : -1;
}

void evict(const QString &path)
{
    const int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY);
    if (fd >= 0) {
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("rows"),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("folder"), QStringLiteral("path"));
    parser.addOptions({rowsOption, runsOption, dirOption});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir temporary(parser.isSet(dirOption)
            ? parser.value(dirOption) + QStringLiteral("/bench-open-XXXXXX")
            : QString());
    const QString path = temporary.filePath(QStringLiteral("acd.sqlite"));
    if (!seed(path, rows)) {
        std::fprintf(stderr, "could not seed %s\n", qPrintable(path));
        return 1;
    }
    std::vector<double> opens, checks;
    for (int i = 0; i < runs; ++i) {
        opens.push_back(openMs(path));
        checks.push_back(quickCheckMs(path));
    }
    evict(path);
    const double coldCheck = quickCheckMs(path);
    evict(path);
    const double coldOpen = openMs(path);
    std::printf("| interval rows | file | Database::open() warm | quick_check warm | "
                "quick_check cold | Database::open() cold |\n|---|---|---|---|---|---|\n"
                "| %lld | %.1f MB | %.0f ms | %.0f ms | %.0f ms | %.0f ms |\n",
        rows, double(QFileInfo(path).size()) / 1e6, median(opens), median(checks), coldCheck,
        coldOpen);
    return *std::min_element(opens.begin(), opens.end()) < 0 ? 1 : 0;
}
