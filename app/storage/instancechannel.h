#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

class QLocalServer;
class QLocalSocket;

// How a second window on a database reaches the first: the program holding the database's
// lock (DatabaseLock) listens on a local socket named for the database and the user, and a
// second acdconnect asks it to come forward instead of starting. A holder without a window
// (--headless, --import-now) does not listen, so the question goes unanswered and the second
// one says which process has the database.
class InstanceChannel : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceChannel)
public:
    explicit InstanceChannel(const QString &databasePath, QObject *parent = nullptr);
    ~InstanceChannel() override;

    // "acdconnect-" and a hash of the database's canonical path and the user's name.
    static QString serverNameFor(const QString &databasePath);
    QString serverName() const { return m_name; }

    // The lock holder: answers the others. Call only while holding the lock: a socket left by
    // a holder that died is removed first.
    bool listen();
    // A second instance: asks the holder to come forward, trying to reach it until timeoutMs
    // (it may still be starting); answered() follows once, asynchronously.
    void askToComeForward(int timeoutMs);

signals:
    void comeForwardRequested(); // the holder's window should show itself
    void answered(bool cameForward);

private:
    void tryToReach();
    void finishAsking(bool cameForward);

    QString m_name;
    QLocalServer *m_server = nullptr;
    QPointer<QLocalSocket> m_asking;
    QDeadlineTimer m_deadline;
    bool m_answered = false;
};
