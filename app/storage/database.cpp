#include "storage/database.h"

#include "integrations/integrationname.h"
#include "storage/migrations.h"
#include "storage/sqlitehandle.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <memory>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

QAtomicInt connectionCounter;

constexpr int BusyTimeoutMs = 10000;

int waitOneMillisecond(void *, int attempts)
{
    if (attempts >= BusyTimeoutMs)
        return 0; // give up: SQLITE_BUSY, "database is locked"
    QThread::msleep(1);
    return 1;
}

// The files SQLite keeps beside a database while it is open.
QStringList sidecarsOf(const QString &path)
{
    QStringList existing;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            existing.append(path + QLatin1String(suffix));
    return existing;
}

// After a refused open, the files beside the database are those there were before.
void removeSidecarsNotIn(const QString &path, const QStringList &before)
{
    for (const QString &sidecar : sidecarsOf(path))
        if (!before.contains(sidecar))
            QFile::remove(sidecar);
}

// The folders mkpath would make for path, outermost first.
QStringList missingFolders(const QString &path)
{
    QStringList missing;
    for (QFileInfo folder(QFileInfo(path).absolutePath()); !folder.exists();
         folder = QFileInfo(folder.absolutePath()))
        missing.prepend(folder.absoluteFilePath());
    return missing;
}

struct CloseSqlite
{
    void operator()(sqlite3 *handle) const { sqlite3_close_v2(handle); }
};
using SqliteConnection = std::unique_ptr<sqlite3, CloseSqlite>;

// One statement's rows (first column), or SQLite's primary result code and message.
struct Rows
{
    int code = SQLITE_OK;
    QString error;
    QStringList values;
};

Rows query(sqlite3 *handle, const char *sql)
{
    Rows rows;
    sqlite3_stmt *statement = nullptr;
    int code = sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
    while (code == SQLITE_OK || code == SQLITE_ROW) {
        code = sqlite3_step(statement);
        if (code == SQLITE_ROW)
            rows.values.append(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    }
    if (code != SQLITE_DONE) {
        rows.code = code & 0xff;
        rows.error = QString::fromUtf8(sqlite3_errmsg(handle));
    }
    sqlite3_finalize(statement);
    return rows;
}

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("acd-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    // Where it has been since the first release, when the program had no organisation name
    // (AppDataLocation now has one in it, which would move the file and lose the data).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/acdconnect/acdconnect.sqlite");
}

int Database::latestVersion()
{
    return int(Migrations::all().size());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Database::Result Database::openConnection()
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return {Status::CannotOpen,
            tr("Could not open the database %1: %2").arg(m_path, db.lastError().text())};
    return {};
}

void Database::setCheckpointPages(int pages)
{
    QSqlQuery query(connection());
    query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(std::max(0, pages)));
}

void Database::setPromptLockWait()
{
    if (sqlite3 *handle = sqliteHandle(connection()))
        sqlite3_busy_handler(handle, waitOneMillisecond, nullptr);
}

void Database::configure()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

std::shared_future<Database::Examination> Database::lookAhead(const QString &path)
{
    return std::async(std::launch::async, &Database::examine, path).share();
}

void Database::useExamination(std::shared_future<Examination> examination)
{
    m_examination = std::move(examination);
}

Database::Examination Database::examine(const QString &path)
{
    Examination found;
    found.existed = QFileInfo::exists(path);
    if (!found.existed)
        return found;
    const QStringList sidecarsBefore = sidecarsOf(path);
    // immutable=1: SQLite only reads the file: no lock, no -shm or -wal made beside it. That
    // is exact when there is no write-ahead log or journal to read with it (and so no other
    // connection, which would have made one); otherwise the plain read-only mode reads them.
    const bool alone = !QFileInfo::exists(path + QStringLiteral("-wal"))
        && !QFileInfo::exists(path + QStringLiteral("-journal"));
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(alone ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
    sqlite3 *opened = nullptr;
    const int code = sqlite3_open_v2(
        uri.toEncoded().constData(), &opened, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    {
        const SqliteConnection handle(opened);
        const auto failed = [&found](int code, const QString &error) {
            found.code = code;
            found.error = error;
        };
        if (code != SQLITE_OK) {
            failed(code & 0xff, QString::fromUtf8(sqlite3_errstr(code)));
        } else if (const Rows version = query(handle.get(), "PRAGMA user_version");
                   version.code != SQLITE_OK) {
            failed(version.code, version.error);
        } else if (found.schema = version.values.value(0).toInt(); found.schema > latestVersion()) {
            // Newer: its pages are another version's business.
        } else if (const Rows tables = found.schema == 0
                       ? query(handle.get(), "SELECT count(*) FROM sqlite_master")
                       : Rows {};
                   tables.code != SQLITE_OK) {
            failed(tables.code, tables.error);
        } else if (found.tables = tables.values.value(0).toInt();
                   found.schema == 0 && found.tables > 0) {
            // Another program's database: its pages are not ours to judge.
        } else {
            // Reads every page once: damage is found at start, not in the middle of an
            // import. It costs about 0.34 s for a million interval rows (46 MB) in the page
            // cache, 2.7 s from a cold disk (docs/reliability.md,
            // tests/bench/bench_database_open.cpp).
            const Rows check = query(handle.get(), "PRAGMA quick_check(3)");
            if (check.code != SQLITE_OK)
                failed(check.code, check.error);
            found.check = check.values;
        }
    }
    for (const QString &sidecar : sidecarsOf(path))
        if (!sidecarsBefore.contains(sidecar))
            found.sidecarsMade.append(sidecar);
    return found;
}

Database::Result Database::inspect(const Examination &found) const
{
    const auto refused = [this](int code, const QString &error) -> Result {
        switch (code) {
        case SQLITE_NOTADB:
            return {Status::NotADatabase,
                tr("The file %1 is not an ACD Connect database (%2). Start ACD Connect with "
                   "--database and the right file, or restore the database from a backup. "
                   "The file was left unchanged.")
                    .arg(m_path, error)};
        case SQLITE_CORRUPT:
            break;
        default:
            return {Status::CannotOpen,
                tr("ACD Connect cannot read the database %1 (%2). Give your user permission "
                   "to read and write it, then start ACD Connect again. The file was left "
                   "unchanged.")
                    .arg(m_path, error)};
        }
        return {Status::Damaged,
            tr("The database %1 is damaged (%2). Restore it from a backup, or start ACD "
               "Connect with --database and another file. The file was left unchanged.")
                .arg(m_path, error)};
    };
    if (found.code != SQLITE_OK)
        return refused(found.code, found.error);
    if (found.schema > latestVersion())
        return {Status::NewerVersion,
            tr("The database %1 was written by a newer version of ACD Connect (schema "
               "%2; this version knows up to %3). Update ACD Connect to open it; the "
               "file was left unchanged.")
                .arg(m_path)
                .arg(found.schema)
                .arg(latestVersion())};
    // Version 0 is a new, empty database; one with tables is another program's.
    if (found.schema == 0 && found.tables > 0)
        return refused(SQLITE_NOTADB, tr("an SQLite database of another program"));
    if (found.check != QStringList {QStringLiteral("ok")})
        return refused(SQLITE_CORRUPT, found.check.join(QLatin1String("; ")));
    return {};
}

Database::Result Database::checkWritable() const
{
    const QFileInfo file(m_path);
    if (file.exists() && !file.isWritable())
        return {Status::ReadOnly,
            tr("ACD Connect cannot write to the database %1: the file is read-only. Give your "
               "user permission to write to it, then start ACD Connect again. The file was "
               "left unchanged.")
                .arg(m_path)};
    // SQLite makes its write-ahead log beside the database, so the folder is written too.
    QFileInfo folder(file.absolutePath());
    while (!folder.exists() && folder.absoluteFilePath() != folder.absolutePath())
        folder = QFileInfo(folder.absolutePath());
    if (!folder.isWritable())
        return {Status::ReadOnly,
            tr("ACD Connect cannot write to the folder %1, which holds the database %2 and the "
               "files SQLite keeps beside it. Give your user permission to write to the "
               "folder, then start ACD Connect again. Nothing was changed.")
                .arg(folder.absoluteFilePath(), m_path)};
    return {};
}

Database::Result Database::open()
{
    // Looked ahead of time, or now. The file may have appeared or gone since: then again.
    Examination found = m_examination.valid() ? m_examination.get() : examine(m_path);
    if (found.existed != QFileInfo::exists(m_path))
        found = examine(m_path);
    m_examination = {};
    const bool existed = found.existed;
    const QStringList foldersToMake = missingFolders(m_path);
    if (existed) {
        if (Result result = inspect(found); !result.ok()) {
            // mode=ro makes the -shm of a -wal left alone by a crash.
            for (const QString &sidecar : found.sidecarsMade)
                QFile::remove(sidecar);
            return result;
        }
    }
    // What a refused open must leave: the files beside the database before it began.
    QStringList sidecarsBefore = sidecarsOf(m_path);
    for (const QString &sidecar : found.sidecarsMade)
        sidecarsBefore.removeAll(sidecar);
    if (Result result = checkWritable(); !result.ok())
        return result;
    if (!foldersToMake.isEmpty() && !QDir().mkpath(foldersToMake.constLast()))
        return {Status::CannotOpen,
            tr("ACD Connect could not make the folder %1 for its database.")
                .arg(foldersToMake.constLast())};

    Result result = openForWriting();
    if (result.ok())
        result = migrate();
    if (result.ok())
        result = rekeyNames();
    if (!result.ok()) {
        close();
        removeSidecarsNotIn(m_path, sidecarsBefore);
        if (!existed)
            QFile::remove(m_path);
        for (auto folder = foldersToMake.crbegin(); folder != foldersToMake.crend(); ++folder)
            QDir().rmdir(*folder);
    }
    return result;
}

Database::Result Database::openForWriting()
{
    if (Result result = openConnection(); !result.ok())
        return result;
    // SQLite opens a file it may not write read-only without a word; the check above asked
    // the file system, this asks SQLite (an ACL or a read-only mount may say otherwise).
    if (sqlite3 *handle = sqliteHandle(connection());
        handle && sqlite3_db_readonly(handle, "main") == 1)
        return {Status::ReadOnly,
            tr("ACD Connect cannot write to the database %1. Give your user permission to "
               "write to it and its folder, then start ACD Connect again.")
                .arg(m_path)};
    configure();
    return {};
}

Database::Result Database::openWithoutMigrating()
{
    if (Result result = openConnection(); !result.ok())
        return result;
    configure();
    return {};
}

Database::Result Database::migrate()
{
    QSqlDatabase db = connection();
    const auto &migrations = Migrations::all();
    const int current = schemaVersion();
    if (current < 0)
        return {Status::MigrationFailed,
            tr("Could not read the schema version of the database %1: %2")
                .arg(m_path, db.lastError().text())};
    for (int version = current; version < int(migrations.size()); ++version) {
        if (!db.transaction())
            return {Status::MigrationFailed, db.lastError().text()};
        QSqlQuery query(db);
        for (const QString &statement : migrations[version]) {
            if (!query.exec(statement)) {
                const QString error = query.lastError().text();
                db.rollback();
                return {Status::MigrationFailed,
                    tr("Could not update the database to schema %1: %2")
                        .arg(version + 1)
                        .arg(error)};
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))
            || !db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            return {Status::MigrationFailed, error};
        }
    }
    return {};
}

Database::Result Database::rekeyNames()
{
    // The name key is the program's (IntegrationName::key) and its rules can grow (NFKC, full
    // case folding, white space): a key stored under older rules is brought up to date here,
    // at every start, so the UNIQUE rule sees look-alikes. Two names that only now count as
    // the same keep their old keys (a rename of either is refused until one differs), and
    // so does any name whose new key is still held by one of them.
    QSqlDatabase db = connection();
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral("SELECT id, name, name_key FROM integrations")))
        return {Status::MigrationFailed, select.lastError().text()};
    struct Row
    {
        QString id, name, oldKey, newKey;
    };
    QList<Row> rows;
    QHash<QString, int> holders; // new key → how many names have it
    while (select.next()) {
        Row row {select.value(0).toString(), select.value(1).toString(), select.value(2).toString(),
            IntegrationName::key(select.value(1).toString())};
        ++holders[row.newKey];
        rows.append(row);
    }
    select.finish();
    QList<Row> changing;
    QSet<QString> kept; // keys that stay in the table
    for (const Row &row : std::as_const(rows)) {
        if (row.newKey != row.oldKey && holders.value(row.newKey) == 1)
            changing.append(row);
        else
            kept.insert(row.oldKey);
    }
    for (bool settled = false; !settled;) {
        settled = true;
        for (auto row = changing.begin(); row != changing.end(); ++row) {
            if (kept.contains(row->newKey)) {
                kept.insert(row->oldKey);
                changing.erase(row);
                settled = false;
                break;
            }
        }
    }
    for (const Row &row : std::as_const(rows))
        if (row.newKey != row.oldKey && holders.value(row.newKey) > 1)
            qCWarning(lcStorage,
                "The integration \"%s\" keeps its old name key: another "
                "name now counts as the same",
                qUtf8Printable(row.name));
    if (changing.isEmpty())
        return {};

    if (!db.transaction())
        return {Status::MigrationFailed, db.lastError().text()};
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE integrations SET name_key = ? WHERE id = ?"));
    // Two steps, so that no key is ever held twice in between (one name may take another's).
    for (const bool final : {false, true}) {
        for (const Row &row : std::as_const(changing)) {
            update.addBindValue(final ? row.newKey : QStringLiteral("\x01") + row.id);
            update.addBindValue(row.id);
            if (!update.exec()) {
                const QString error = update.lastError().text();
                db.rollback();
                return {Status::MigrationFailed,
                    tr("Could not update the name keys of the integrations: %1").arg(error)};
            }
        }
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return {Status::MigrationFailed, error};
    }
    qCInfo(lcStorage, "Name keys brought up to date: %lld", qlonglong(changing.size()));
    return {};
}
