#include "storage/database.h"
#include "support/databasefiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

Q_DECLARE_METATYPE(Database::Status)

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseReachesLatestVersion();
    void reopeningKeepsDataAndVersion();
    void refusesNewerDatabaseAndLeavesItsBytesUnchanged();
    void foreignKeysAndWalAreOn();
    void refusesAndLeavesFileAndFolderAsTheyWere_data();
    void refusesAndLeavesFileAndFolderAsTheyWere();
    void makesNoFolderWhereItCannotWrite();
    void opensDatabaseLeftWithItsLogByACrash();
    void refusesDatabaseLeftWithItsLogAndLeavesBoth();
    void examinationAheadOfAChangedFileIsNotTrusted();
    void bringsNameKeysOfOlderRulesUpToDate();
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

void TestDatabase::refusesAndLeavesFileAndFolderAsTheyWere_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<Database::Status>("status");
    QTest::addColumn<QString>("whatToDo");
    const QString backup = QStringLiteral("Restore it from a backup");
    QTest::newRow("random bytes") << QStringLiteral("random bytes")
                                  << Database::Status::NotADatabase
                                  << QStringLiteral("not an ACD Connect database");
    QTest::newRow("another program's database")
        << QStringLiteral("another program's database") << Database::Status::NotADatabase
        << QStringLiteral("not an ACD Connect database");
    QTest::newRow("truncated") << QStringLiteral("truncated") << Database::Status::Damaged
                               << backup;
    QTest::newRow("damaged inside")
        << QStringLiteral("damaged inside") << Database::Status::Damaged << backup;
    QTest::newRow("newer version")
        << QStringLiteral("newer version") << Database::Status::NewerVersion
        << QStringLiteral("Update ACD Connect");
    QTest::newRow("read-only file")
        << QStringLiteral("read-only file") << Database::Status::ReadOnly
        << QStringLiteral("permission to write to it");
    QTest::newRow("read-only folder")
        << QStringLiteral("read-only folder") << Database::Status::ReadOnly
        << QStringLiteral("permission to write to the folder");
    QTest::newRow("unreadable file")
        << QStringLiteral("unreadable file") << Database::Status::CannotOpen
        << QStringLiteral("permission to read");
}

void TestDatabase::refusesAndLeavesFileAndFolderAsTheyWere()
{
    QFETCH(QString, fault);
    QFETCH(Database::Status, status);
    QFETCH(QString, whatToDo);
    const DatabaseFiles::FaultFolder folder(fault);
    const QString path = folder.path();
    if (path.isEmpty())
        return; // the test has failed and says why
    QVERIFY(folder.before().contains(QStringLiteral("data/acd.sqlite")));

    // Looked at by open() itself, and ahead of time on another thread as the program does
    // at start: the same verdict, and nothing left either way.
    for (const bool ahead : {false, true}) {
        Database::Result result;
        {
            Database db(path);
            if (ahead)
                db.useExamination(Database::lookAhead(path));
            result = db.open();
            QVERIFY(!db.connection().isOpen());
        }
        QCOMPARE(result.status, status);
        QVERIFY2(result.message.contains(whatToDo), qPrintable(result.message));
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
        QCOMPARE(folder.snapshot(), folder.before());
    }
}

void TestDatabase::makesNoFolderWhereItCannotWrite()
{
    QTemporaryDir dir;
    const auto restore = qScopeGuard([&] { DatabaseFiles::restorePermissions(dir.path()); });
    QVERIFY2(DatabaseFiles::permissionsApply(dir.path()), DatabaseFiles::PlainUserHint);
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
    QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("locked")),
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser));
    const DatabaseFiles::Snapshot before = DatabaseFiles::snapshot(dir.path());

    Database db(dir.filePath(QStringLiteral("locked/a/b/acd.sqlite")));
    const Database::Result result = db.open();
    QCOMPARE(result.status, Database::Status::ReadOnly);
    QVERIFY2(result.message.contains(dir.filePath(QStringLiteral("locked"))),
        qPrintable(result.message));
    QCOMPARE(DatabaseFiles::snapshot(dir.path()), before);
}

void TestDatabase::opensDatabaseLeftWithItsLogByACrash()
{
    // A process that dies leaves its write-ahead log beside the database, with commits in it
    // that the file itself does not have yet: that is a good database, not a damaged one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acd.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open().ok());
        db.setCheckpointPages(0);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO integrations (id, name, name_key, type, created_at, updated_at) "
            "VALUES ('a', 'In the log', 'in the log', 'demo', 0, 0)")));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    Database db(copy);
    const Database::Result result = db.open();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM integrations")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("In the log"));
}

void TestDatabase::refusesDatabaseLeftWithItsLogAndLeavesBoth()
{
    // A newer version's database left with its write-ahead log (and no -shm) by a crash: the
    // read-only look reads the log, which makes a -shm; that must not stay behind.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("data/copy.sqlite"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("data")));
    {
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &handle), SQLITE_OK);
        const QByteArray sql = QStringLiteral("PRAGMA journal_mode = WAL; "
                                              "PRAGMA wal_autocheckpoint = 0; CREATE TABLE f (x);"
                                              "PRAGMA user_version = %1;")
                                   .arg(Database::latestVersion() + 1)
                                   .toUtf8();
        QCOMPARE(sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        sqlite3_close(handle);
    }
    const DatabaseFiles::Snapshot before
        = DatabaseFiles::snapshot(dir.filePath(QStringLiteral("data")));
    for (const bool ahead : {false, true}) {
        Database db(copy);
        if (ahead)
            db.useExamination(Database::lookAhead(copy));
        QCOMPARE(db.open().status, Database::Status::NewerVersion);
        QCOMPARE(DatabaseFiles::snapshot(dir.filePath(QStringLiteral("data"))), before);
    }
}

void TestDatabase::examinationAheadOfAChangedFileIsNotTrusted()
{
    // Looked at before the file existed, opened after another program put random bytes
    // there: open() looks again and refuses the bytes instead of writing a schema over them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acd.sqlite"));
    Database db(path);
    const std::shared_future<Database::Examination> ahead = Database::lookAhead(path);
    ahead.wait();
    QVERIFY(!ahead.get().existed);
    db.useExamination(ahead);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    QCOMPARE(db.open().status, Database::Status::NotADatabase);
    QVERIFY(file.open(QIODevice::ReadOnly)); // and left as it was, not removed as one it made
    QCOMPARE(file.readAll(), QByteArray(8192, 'x'));
}

void TestDatabase::bringsNameKeysOfOlderRulesUpToDate()
{
    // Keys as the rules before NFKC and full case folding made them (trimmed, NFC, simple
    // folding). "MASSE" and "Maße" now count as the same: the key of "Maße" cannot change
    // without breaking UNIQUE, so it stays; the store refuses a look-alike of either.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acd.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open().ok());
        QSqlQuery query(db.connection());
        for (const auto &[id, name, key] : {std::tuple {"a", u"Stra\u00dfe", u"stra\u00dfe"},
                 std::tuple {"b", u"Five9\u00a0EU", u"five9\u00a0eu"},
                 std::tuple {"c", u"MASSE", u"masse"}, std::tuple {"d", u"Ma\u00dfe", u"ma\u00dfe"},
                 std::tuple {"e", u"\u1e9eTRASSE", u"\u00dftrasse"}}) {
            query.prepare(QStringLiteral("INSERT INTO integrations (id, name, name_key, type, "
                                         "created_at, updated_at) VALUES (?, ?, ?, 'demo', 0, 0)"));
            query.addBindValue(QString::fromLatin1(id));
            query.addBindValue(QString::fromUtf16(name));
            query.addBindValue(QString::fromUtf16(key));
            QVERIFY(query.exec());
        }
    }
    Database db(path);
    const Database::Result result = db.open();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, name_key FROM integrations ORDER BY id")));
    QStringList keys;
    while (query.next())
        keys << query.value(0).toString() + QLatin1Char('=') + query.value(1).toString();
    QCOMPARE(keys,
        QStringList(
            {QStringLiteral("a=strasse"), QStringLiteral("b=five9 eu"), QStringLiteral("c=masse"),
                QString::fromUtf16(u"d=ma\u00dfe"), QStringLiteral("e=sstrasse")}));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
