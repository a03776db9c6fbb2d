#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseReachesLatestVersion();
    void reopeningKeepsDataAndVersion();
    void refusesNewerDatabaseAndLeavesItsBytesUnchanged();
    void foreignKeysAndWalAreOn();
};

static QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestDatabase::freshDatabaseReachesLatestVersion()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("sub/folder/acd.sqlite")));
    const Database::Result result = db.open();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(Database::latestVersion() >= 2);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM integrations")));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM interval_stats")));
}

void TestDatabase::reopeningKeepsDataAndVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acd.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open().ok());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO integrations (id, name, name_key, type, created_at, updated_at) "
            "VALUES ('a', 'Kept', 'kept', 'demo', 0, 0)")));
    }
    Database again(path);
    QVERIFY(again.open().ok());
    QCOMPARE(again.schemaVersion(), Database::latestVersion());
    QSqlQuery query(again.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM integrations")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Kept"));
}

void TestDatabase::refusesNewerDatabaseAndLeavesItsBytesUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        // Written by "a later version", with the plain C API so the test shares no code
        // with what it checks.
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &handle), SQLITE_OK);
        const QByteArray sql
            = QStringLiteral("CREATE TABLE future (x); INSERT INTO future VALUES (42);"
                             "PRAGMA user_version = %1;")
                  .arg(Database::latestVersion() + 7)
                  .toUtf8();
        QCOMPARE(sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(handle);
    }
    const QByteArray before = digestOf(path);
    QVERIFY(!before.isEmpty());

    Database db(path);
    const Database::Result result = db.open();
    QCOMPARE(result.status, Database::Status::NewerVersion);
    QVERIFY(result.message.contains(QString::number(Database::latestVersion() + 7)));
    QCOMPARE(digestOf(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestDatabase::foreignKeysAndWalAreOn()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(db.open().ok());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
