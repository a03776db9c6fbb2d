#include "storage/databaselock.h"

#include <QDir>
#include <QFileInfo>

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_file(lockPathFor(databasePath))
{
    // An instance runs for days: only a dead holder makes the lock stale, never its age.
    m_file.setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

QString DatabaseLock::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

DatabaseLock::Result DatabaseLock::tryLock()
{
    QDir().mkpath(QFileInfo(m_file.fileName()).absolutePath());
    if (m_file.tryLock(0))
        return {};
    switch (m_file.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, program;
        if (!m_file.getLockInfo(&pid, &host, &program))
            return {Result::Kind::InUse,
                tr("The database %1 is in use by another ACD Connect (the lock file %2 could "
                   "not be read). Only one program writes a database at a time.")
                    .arg(QDir::toNativeSeparators(m_databasePath),
                        QDir::toNativeSeparators(m_file.fileName())),
                0};
        //: %1 the database file, %2 a process id, %3 the program's name, %4 a host name.
        return {Result::Kind::InUse,
            tr("The database %1 is in use by process %2 (%3) on %4. Only one program writes "
               "a database at a time: use that one, or stop it first.")
                .arg(QDir::toNativeSeparators(m_databasePath))
                .arg(pid)
                .arg(program.isEmpty() ? QStringLiteral("acdconnect") : program,
                    host.isEmpty() ? tr("this computer") : host),
            pid};
    }
    case QLockFile::PermissionError:
        return {Result::Kind::Error,
            tr("Could not create the lock file %1: permission denied.")
                .arg(QDir::toNativeSeparators(m_file.fileName())),
            0};
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return {Result::Kind::Error,
        tr("Could not create the lock file %1.").arg(QDir::toNativeSeparators(m_file.fileName())),
        0};
}
