#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>

// Small helpers shared by the test suites.
namespace TestSupport {

// What the real Secret Service holds for a QtKeychain entry, read by another process.
inline QString secretToolLookup(const QString &service, const QString &key)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    if (!process.waitForFinished(15000))
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The keychain entries (QtKeychain's "server" attribute, then "user", the entry's key) whose
// service starts with servicePrefix, as another process sees them.
inline QList<QPair<QString, QString>> keychainEntries(const QString &servicePrefix)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
        {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("type"),
            QStringLiteral("plaintext")});
    process.waitForFinished(15000);
    const QString text = QString::fromUtf8(
        process.readAllStandardOutput() + '\n' + process.readAllStandardError());
    QList<QPair<QString, QString>> entries;
    QString server, user;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("attribute.server = ")))
            server = line.mid(19);
        else if (line.startsWith(QLatin1String("attribute.user = ")))
            user = line.mid(17);
        if (!server.isEmpty() && !user.isEmpty()) {
            if (server.startsWith(servicePrefix))
                entries.append({server, user});
            server.clear();
            user.clear();
        }
    }
    return entries;
}

// The files below dir (recursively) whose bytes contain needle.
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

inline QStringList allFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// Waits for an object's finished-style signal and returns its first argument. A signal that
// never comes fails the running test: a default Result can read as success (CredentialResult{}
// is ok), so a hung keychain must not pass for a working one.
template<typename Result, typename Object, typename Signal>
Result waitFor(Object *object, Signal signal, int timeoutMs = 20000)
{
    QSignalSpy spy(object, signal);
    if (!spy.wait(timeoutMs)) {
        QTest::qFail(qPrintable(QStringLiteral("no finished signal within %1 ms").arg(timeoutMs)),
            __FILE__, __LINE__);
        return Result {};
    }
    return spy.first().first().template value<Result>();
}

} // namespace TestSupport
