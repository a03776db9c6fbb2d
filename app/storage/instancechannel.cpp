#include "storage/instancechannel.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcInstance, "acd.instance", QtInfoMsg)

namespace {
const QByteArray ComeForward = QByteArrayLiteral("come-forward\n");
const QByteArray CameForward = QByteArrayLiteral("ok\n");
constexpr int RetryMs = 100;
} // namespace

InstanceChannel::InstanceChannel(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(databasePath))
{
}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverNameFor(const QString &databasePath)
{
    // The same database however it was named (relative, through a symbolic link).
    const QFileInfo file(databasePath);
    QString canonical = file.canonicalFilePath();
    if (canonical.isEmpty()) {
        const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
        canonical = (folder.isEmpty() ? file.absolutePath() : folder) + QLatin1Char('/')
            + file.fileName();
    }
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    // Named sockets share one folder (the temporary one) between users: the user is part of
    // the name, and the socket is open to its user only (listen()).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(canonical.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(user.toUtf8());
    return QStringLiteral("acdconnect-") + QString::fromLatin1(hash.result().toHex().left(32));
}

bool InstanceChannel::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        qCWarning(lcInstance, "A second window on this database cannot reach this one: %s",
            qPrintable(m_server->errorString()));
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == ComeForward) {
                    qCDebug(lcInstance,
                        "Another window was started on this database: coming "
                        "forward.");
                    emit comeForwardRequested();
                    socket->write(CameForward);
                }
                socket->disconnectFromServer();
            });
        }
    });
    qCDebug(
        lcInstance, "Listening for other windows on %s.", qPrintable(m_server->fullServerName()));
    return true;
}

void InstanceChannel::askToComeForward(int timeoutMs)
{
    m_deadline = QDeadlineTimer(timeoutMs);
    m_answered = false;
    QTimer::singleShot(timeoutMs, this, [this] { finishAsking(false); });
    tryToReach();
}

void InstanceChannel::tryToReach()
{
    if (m_answered)
        return;
    auto *socket = new QLocalSocket(this);
    m_asking = socket;
    connect(socket, &QLocalSocket::connected, socket, [socket] { socket->write(ComeForward); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (socket->canReadLine() && socket->readLine() == CameForward)
            finishAsking(true);
    });
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket] {
        socket->deleteLater();
        // Not listening yet (still starting), or a holder without a window: try again until
        // the deadline.
        if (!m_answered && !m_deadline.hasExpired())
            QTimer::singleShot(RetryMs, this, &InstanceChannel::tryToReach);
    });
    socket->connectToServer(m_name);
}

void InstanceChannel::finishAsking(bool cameForward)
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_asking)
        m_asking->abort();
    emit answered(cameForward);
}
