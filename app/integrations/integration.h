#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

// One connection to an ACD as the admin set it up. Never holds a secret: the row names the
// keychain entries (service and generation) that hold them.
//
// The admin's choice (paused) is kept apart from the last outcome of the imports, so a
// result that arrives late can never undo Pause: only the admin writes `paused`, only the
// import writes `outcome`.
struct Integration
{
    // The last outcome of the imports.
    enum class Outcome { New, Importing, Connected, Error };
    // What fixes an error that retrying cannot fix; None for a transient error (retried).
    enum class Fix { None, Credentials, Settings, Keychain, Update, Database };
    // What the window shows: the admin's choice first, then the outcome.
    enum class State { New, FirstImport, Importing, Connected, Retrying, NeedsAdmin, Paused };

    QString id; // a UUID without braces
    QString name;
    QString type; // the connector id
    QVariantMap settings;
    bool paused = false;
    Outcome outcome = Outcome::New;
    Fix fix = Fix::None;
    QString lastError; // translated; kept while a failing import is retried
    // The keychain entries of the secrets: service (also the entry's label, naming the
    // integration) and generation (part of each entry's key). A changed secret is written
    // under the next generation before the row is switched to it.
    QString credentialService;
    int credentialGeneration = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastImportAt; // invalid when never
    QDateTime nextImportAt; // invalid when none planned

    State state() const;
    bool needsAdmin() const { return outcome == Outcome::Error && fix != Fix::None; }

    static QString outcomeToString(Outcome outcome);
    static Outcome outcomeFromString(const QString &text);
    static QString fixToString(Fix fix);
    static Fix fixFromString(const QString &text);
};

// A keychain entry, as the store records entries to be removed.
struct KeychainEntry
{
    QString service;
    QString key;
    friend bool operator==(const KeychainEntry &, const KeychainEntry &) = default;
};

Q_DECLARE_METATYPE(Integration)
