#pragma once

#include <QMetaType>
#include <QString>

// The outcome of a connector operation: a kind the program can act on, whether trying again
// can help, and a message a person can read. Never carries a secret.
struct ConnectorResult
{
    Q_GADGET
public:
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
    Q_ENUM(Kind)

    // The one classification of failures (DESIGN.md, "Integration state"); the connector owns
    // it, everyone else asks the result. Transient: tried again with backoff, honouring
    // Retry-After. NeedsAdmin: never retried; shown with its fix until the admin changes
    // something (password, role, a report or its columns, a setting, a certificate).
    enum class Disposition { Transient, NeedsAdmin };
    Q_ENUM(Disposition)

    Kind kind = Kind::Ok;
    QString message;
    int retryAfterSeconds = -1; // from the server, when it said so
    Disposition disposition = Disposition::NeedsAdmin;

    bool ok() const { return kind == Kind::Ok; }
    // A failure worth trying again later without the admin changing anything.
    bool isTransient() const { return !ok() && disposition == Disposition::Transient; }

    // What a failure of this kind usually is. A connector that knows better (a ProtocolError
    // that is a missing report, say) overrides it with needingAdmin() or transient().
    static constexpr Disposition defaultDisposition(Kind kind)
    {
        switch (kind) {
        case Kind::Unreachable:
        case Kind::RateLimited:
        case Kind::ServerBusy:
        case Kind::ProtocolError: // usually a truncated or mangled answer (proxy, dropped line)
            return Disposition::Transient;
        case Kind::Ok:
        case Kind::BadCredentials:
        case Kind::MissingPermission:
        case Kind::TlsError:
        case Kind::InvalidSettings:
        case Kind::Unsupported:
        case Kind::Cancelled: // the user's own choice: nothing to retry
            return Disposition::NeedsAdmin;
        }
        return Disposition::NeedsAdmin;
    }

    static ConnectorResult success() { return {}; }
    static ConnectorResult failure(Kind kind, const QString &message, int retryAfter = -1)
    {
        return {kind, message, retryAfter, defaultDisposition(kind)};
    }

    // The same failure, classified otherwise by a connector that knows what it means.
    ConnectorResult needingAdmin() const
    {
        ConnectorResult result = *this;
        result.disposition = Disposition::NeedsAdmin;
        return result;
    }
    ConnectorResult transient() const
    {
        ConnectorResult result = *this;
        result.disposition = Disposition::Transient;
        return result;
    }
};

Q_DECLARE_METATYPE(ConnectorResult)
