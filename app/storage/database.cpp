#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sqlitehandle.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>

#include <sqlite3.h>

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

Database::Result Database::openConnection(bool readOnly)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    else
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

Database::Result Database::open()
{
    // Look at the version read-only first: a newer database must not be touched at all,
    // not even by switching its journal mode.
    if (QFileInfo::exists(m_path)) {
        if (Result result = openConnection(true); !result.ok())
            return result;
        const int version = schemaVersion();
        if (version > latestVersion()) {
            close();
            return {Status::NewerVersion,
                tr("The database %1 was written by a newer version of ACD Connect (schema "
                   "%2; this version knows up to %3). Update ACD Connect to open it; the "
                   "file was left unchanged.")
                    .arg(m_path)
                    .arg(version)
                    .arg(latestVersion())};
        }
    } else {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
    }
    if (Result result = openConnection(false); !result.ok())
        return result;
    configure();
    return migrate();
}

Database::Result Database::openWithoutMigrating()
{
    if (Result result = openConnection(false); !result.ok())
        return result;
    configure();
    return {};
}

Database::Result Database::migrate()
{
    QSqlDatabase db = connection();
    const auto &migrations = Migrations::all();
    for (int version = schemaVersion(); version < int(migrations.size()); ++version) {
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
