#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The program's database: opens it, brings its schema to the latest version and hands out
// the connection. One Database per thread; each owns a named Qt SQL connection.
// SQLite-only details (PRAGMAs, file paths) live here and nowhere else.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)
public:
    // Each refusal has its own sentence with what to do; the program does not start on one.
    enum class Status {
        Ok,
        CannotOpen, // the file cannot be read, or its folder cannot be made
        NotADatabase, // random bytes, or an SQLite database of another program
        Damaged, // SQLite reports it corrupt, or PRAGMA quick_check finds a fault
        ReadOnly, // the file or its folder cannot be written by this user
        NewerVersion,
        MigrationFailed,
    };
    struct Result
    {
        Status status = Status::Ok;
        QString message;
        bool ok() const { return status == Status::Ok; }
    };

    explicit Database(const QString &path);
    ~Database();

    // Opens the file (creating it and its folder when missing) and migrates it. An existing
    // file is looked at read-only first (readable, a database, its version, quick_check) and
    // its file and folder must be writable; one that fails is refused and left as it was:
    // the same bytes, no -wal, -shm or -journal beside it, no folder made.
    Result open();
    // Opens another connection to an already migrated file, for a worker thread.
    Result openWithoutMigrating();

    // After how many pages of write-ahead log a commit on this connection copies the log back
    // into the database (a checkpoint: a disk flush that can take tens of milliseconds); 0
    // never. The window's writer leaves checkpoints to the import's connection, so its own
    // small writes stay fast, and the import checkpoints less often than SQLite's default
    // (1000 pages), so its many short transactions do not each pay for one.
    void setCheckpointPages(int pages);
    static constexpr int ImportCheckpointPages = 16000;
    // Waits for another connection's write lock in 1 ms steps instead of SQLite's default
    // back-off (which sleeps up to 100 ms at a time, so a lock freed after 35 ms is noticed at
    // 53 ms): for the window's writer, whose writes are small and should follow at once.
    void setPromptLockWait();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    static int latestVersion();
    static QString defaultPath();

private:
    Result inspect() const;
    Result checkWritable() const;
    Result openConnection();
    Result openForWriting();
    Result migrate();
    Result rekeyNames();
    void configure();
    void close();

    QString m_path;
    QString m_connectionName;
};
