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
    enum class Status { Ok, CannotOpen, NewerVersion, MigrationFailed };
    struct Result
    {
        Status status = Status::Ok;
        QString message;
        bool ok() const { return status == Status::Ok; }
    };

    explicit Database(const QString &path);
    ~Database();

    // Opens the file (creating it and its folder when missing) and migrates it. A database
    // written by a newer version of the program is refused and left byte-for-byte as it was.
    Result open();
    // Opens another connection to an already migrated file, for a worker thread.
    Result openWithoutMigrating();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    static int latestVersion();
    static QString defaultPath();

private:
    Result openConnection(bool readOnly);
    Result migrate();
    void configure();
    void close();

    QString m_path;
    QString m_connectionName;
};
