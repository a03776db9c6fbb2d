#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <future>

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
    // What open() reads of an existing file before it writes anything (readable, a database,
    // its version, PRAGMA quick_check), read on another thread while the program does other
    // start-up work: quick_check reads every page, the largest cost of a start on a large
    // file. open() then waits for it instead of reading again. Made by lookAhead(), any
    // thread, before the application object; it names nothing for the user (no tr()).
    struct Examination
    {
        bool existed = false;
        int code = 0; // SQLite's primary result code of the first read that failed, or 0
        QString error;
        int schema = 0;
        int tables = 0;
        QStringList check; // quick_check's lines; {"ok"} when the file is sound
        QStringList sidecarsMade; // -shm a read-only open of a crash's -wal made
    };
    static std::shared_future<Examination> lookAhead(const QString &path);
    void useExamination(std::shared_future<Examination> examination);

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
    static Examination examine(const QString &path);
    Result inspect(const Examination &found) const;
    Result checkWritable() const;
    Result openConnection();
    Result openForWriting();
    Result migrate();
    Result rekeyNames();
    void configure();
    void close();

    QString m_path;
    QString m_connectionName;
    std::shared_future<Examination> m_examination;
};
