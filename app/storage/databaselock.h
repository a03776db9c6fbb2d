#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

// One writer per database: a lock file beside it ("<database>.lock") that the window,
// --headless and --import-now hold while they run. A lock left by a process that no longer
// runs is taken over (QLockFile checks the process id); a live one is never broken, however
// old. Readers (--list) do not take it.
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)
    Q_DISABLE_COPY_MOVE(DatabaseLock)
public:
    struct Result
    {
        enum class Kind { Ok, InUse, Error };
        Kind kind = Kind::Ok;
        QString message; // names the process holding the lock
        qint64 holderPid = 0; // with InUse
        bool ok() const { return kind == Kind::Ok; }
    };

    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock(); // releases the lock

    static QString lockPathFor(const QString &databasePath);
    QString lockPath() const { return m_file.fileName(); }

    // Does not wait: a second instance says at once who has the database.
    Result tryLock();

private:
    QString m_databasePath;
    QLockFile m_file;
};
