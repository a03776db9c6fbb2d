#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

// One connection to an ACD as the admin set it up. Never holds a secret: those live in the
// keychain under keys derived from the id.
struct Integration
{
    enum class State { New, FirstImport, Connected, Paused, Error };

    QString id; // a UUID without braces
    QString name;
    QString type; // the connector id
    QVariantMap settings;
    State state = State::New;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastImportAt; // invalid when never
    QDateTime nextImportAt; // invalid when none planned
    QString lastError;

    static QString stateToString(State state);
    static State stateFromString(const QString &text);
};

Q_DECLARE_METATYPE(Integration)
