#pragma once

#include <QMetaType>
#include <QString>

// The outcome of a connector operation: a kind the program can act on and a message a
// person can read. Never carries a secret.
struct ConnectorResult
{
    enum class Kind {
        Ok,
        BadCredentials,
        MissingPermission,
        Unreachable,
        TlsError,
        RateLimited,
        ServerBusy,
        ProtocolError,
        InvalidSettings,
        Unsupported,
        Cancelled,
    };

    Kind kind = Kind::Ok;
    QString message;
    int retryAfterSeconds = -1; // from the server, when it said so

    bool ok() const { return kind == Kind::Ok; }
    // Worth trying again later without the user changing anything.
    bool isTransient() const
    {
        return kind == Kind::RateLimited || kind == Kind::ServerBusy || kind == Kind::Unreachable;
    }

    static ConnectorResult success() { return {}; }
    static ConnectorResult failure(Kind kind, const QString &message, int retryAfter = -1)
    {
        return {kind, message, retryAfter};
    }
};

Q_DECLARE_METATYPE(ConnectorResult)
