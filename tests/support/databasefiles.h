#pragma once

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

// Database files the program must refuse, made on disk the way a user would meet them, and
// a snapshot of a folder to show that a refused file and its folder were left as they were.
namespace DatabaseFiles {

// Every file and folder under root, with the SHA-256 of each file's bytes and its mode.
using Snapshot = QMap<QString, QString>;

inline Snapshot snapshot(const QString &root)
{
    Snapshot entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        QString value = QStringLiteral("mode %1").arg(int(info.permissions()), 0, 16);
        if (info.isFile()) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                value += QLatin1Char(' ')
                    + QString::fromLatin1(
                        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                            .toHex());
            else
                value += QStringLiteral(" unreadable");
        }
        entries.insert(QDir(root).relativeFilePath(path), value);
    }
    return entries;
}

// A database as the program leaves it: latest schema, one integration, one queue and
// `rows` interval rows (about 60 bytes each), closed, so no -wal or -shm is beside it.
inline bool makeRealDatabase(const QString &path, int rows = 20000)
{
    Database db(path);
    if (!db.open().ok())
        return false;
    QSqlDatabase connection = db.connection();
    QSqlQuery query(connection);
    if (!connection.transaction()
        || !query.exec(QStringLiteral(
            "INSERT INTO integrations (id, name, name_key, type, created_at, updated_at) "
            "VALUES ('a', 'Five9 EU', 'five9 eu', 'demo', 0, 0)"))
        || !query.exec(QStringLiteral("INSERT INTO queues (id, integration_id, external_id, "
                                      "name, first_seen_at, last_seen_at) "
                                      "VALUES (1, 'a', 'q1', 'Sales', 0, 0)")))
        return false;
    query.prepare(QStringLiteral("INSERT INTO interval_stats VALUES (1, ?, 10, 9, 1, 900, 60, 8)"));
    for (int i = 0; i < rows; ++i) {
        query.addBindValue(qint64(i) * 900);
        if (!query.exec())
            return false;
    }
    return connection.commit();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool makeRandomBytes(const QString &path)
{
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(11);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return writeBytes(path, bytes);
}

// A real database cut off half-way, as by a full disk or an interrupted copy.
inline bool makeTruncated(const QString &path)
{
    if (!makeRealDatabase(path))
        return false;
    const QByteArray bytes = readBytes(path);
    return writeBytes(path, bytes.left(bytes.size() / 2));
}

// A real database with one page in its middle overwritten: the header and the schema read
// fine, so only a check of the pages finds it.
inline bool makeDamagedInside(const QString &path)
{
    if (!makeRealDatabase(path))
        return false;
    QByteArray bytes = readBytes(path);
    const qsizetype page = 4096;
    const qsizetype middle = (bytes.size() / 2 / page) * page;
    for (qsizetype i = middle; i < middle + page; ++i)
        bytes[i] = char(0x55);
    return writeBytes(path, bytes);
}

// Written with the plain C API, so these share no code with what they check.
inline bool writeWithSqlite(const QString &path, const QByteArray &sql)
{
    sqlite3 *handle = nullptr;
    const bool ok = sqlite3_open(path.toUtf8().constData(), &handle) == SQLITE_OK
        && sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(handle);
    return ok;
}

inline bool makeNewer(const QString &path)
{
    return writeWithSqlite(path,
        QStringLiteral("CREATE TABLE future (x); INSERT INTO future VALUES (42);"
                       "PRAGMA user_version = %1;")
            .arg(Database::latestVersion() + 7)
            .toUtf8());
}

inline bool makeOtherProgramsDatabase(const QString &path)
{
    return writeWithSqlite(
        path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
}

// Whether this process is held to file permissions: it cannot append to a read-only file
// of its own. Root is not, unless run through tests/support/as-plain-user.sh.
inline bool permissionsApply(const QString &folder)
{
    const QString probe = folder + QStringLiteral("/permission-probe");
    if (!writeBytes(probe, "x")
        || !QFile::setPermissions(probe, QFile::ReadOwner | QFile::ReadUser))
        return false;
    QFile file(probe);
    const bool writable = file.open(QIODevice::WriteOnly | QIODevice::Append);
    file.close();
    QFile::setPermissions(probe, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(probe);
    return !writable;
}

// The faults a user meets, by name, made at path (whose folder exists): "random bytes",
// "another program's database", "truncated", "damaged inside", "newer version",
// "read-only file", "read-only folder", "unreadable file". Permissions are set last.
inline bool makeFault(const QString &fault, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (fault == QLatin1String("random bytes"))
        return makeRandomBytes(path);
    if (fault == QLatin1String("another program's database"))
        return makeOtherProgramsDatabase(path);
    if (fault == QLatin1String("truncated"))
        return makeTruncated(path);
    if (fault == QLatin1String("damaged inside"))
        return makeDamagedInside(path);
    if (fault == QLatin1String("newer version"))
        return makeNewer(path);
    if (fault == QLatin1String("read-only file"))
        return makeRealDatabase(path) && QFile::setPermissions(path, QFile::ReadOwner);
    if (fault == QLatin1String("read-only folder"))
        return makeRealDatabase(path)
            && QFile::setPermissions(
                folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser);
    if (fault == QLatin1String("unreadable file"))
        return makeRealDatabase(path) && QFile::setPermissions(path, QFile::WriteOwner);
    return false;
}

inline bool needsPermissions(const QString &fault)
{
    return fault.startsWith(QLatin1String("read-only"))
        || fault == QLatin1String("unreadable file");
}

// Gives the owner back every right under root, so the temporary folder can be removed.
inline void restorePermissions(const QString &root)
{
    const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    QFile::setPermissions(root, all);
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::setPermissions(it.next(), all);
}

// Why a test of file permissions cannot run as it is.
inline constexpr char PlainUserHint[] = "This process writes to read-only files (root): run it "
                                        "through tests/support/as-plain-user.sh, as ctest does.";

// A temporary folder for a test of a refused database: `fault` made at data/acd.sqlite and
// a snapshot of the folder taken, to show at the end that the refusal changed nothing. The
// owner gets every right back when it goes, so the folder can be removed.
class FaultFolder
{
public:
    explicit FaultFolder(const QString &fault)
    {
        const QString path = m_dir.filePath(QStringLiteral("data/acd.sqlite"));
        if (needsPermissions(fault) && !permissionsApply(m_dir.path()))
            QTest::qFail(PlainUserHint, __FILE__, __LINE__);
        else if (!QDir(m_dir.path()).mkdir(QStringLiteral("data")) || !makeFault(fault, path))
            QTest::qFail(qPrintable(QStringLiteral("Cannot make \"%1\" at %2").arg(fault, path)),
                __FILE__, __LINE__);
        else
            m_path = path;
        m_before = DatabaseFiles::snapshot(m_dir.path());
    }
    ~FaultFolder() { restorePermissions(m_dir.path()); }
    Q_DISABLE_COPY_MOVE(FaultFolder)

    // The database file; empty when it could not be made, and the running test has failed.
    const QString &path() const { return m_path; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    const Snapshot &before() const { return m_before; }
    Snapshot snapshot() const { return DatabaseFiles::snapshot(m_dir.path()); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Snapshot m_before;
};

} // namespace DatabaseFiles
