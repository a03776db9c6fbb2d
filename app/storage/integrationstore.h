#pragma once

#include "integrations/integration.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QSqlQuery;

// Integrations in the database, and the keychain entries waiting to be removed. Works on
// the connection it is given (one per thread). Each write touches only the columns of its
// concern: the import's outcome never writes the admin's `paused`, and the reverse.
class IntegrationStore
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationStore)
public:
    struct Result
    {
        enum class Kind { Ok, InvalidName, DuplicateName, NotFound, DatabaseError };
        Kind kind = Kind::Ok;
        QString message;
        bool ok() const { return kind == Kind::Ok; }
    };

    // What an import's end records.
    struct Outcome
    {
        Integration::Outcome outcome = Integration::Outcome::New;
        Integration::Fix fix = Integration::Fix::None;
        QString lastError;
        QDateTime lastImportAt;
        QDateTime nextImportAt;
    };

    explicit IntegrationStore(const QSqlDatabase &db);

    // Fills in id and times when empty; the name must be valid and unused (the UNIQUE name
    // key decides). The entries in `claimed` stop being garbage in the same transaction.
    Result create(Integration &integration, const QList<KeychainEntry> &claimed = {});
    // Name and settings, as the admin edited them.
    Result updateSettings(Integration &integration);
    Result setPaused(const QString &id, bool paused);
    Result recordOutcome(const QString &id, const Outcome &outcome);
    // Switches the integration to a new keychain generation in one transaction: the new
    // entries stop being garbage, the old ones become garbage.
    Result switchCredentials(const QString &id, const QString &service, int generation,
        const QList<KeychainEntry> &claimed, const QList<KeychainEntry> &released);
    // Forgets what was imported (queues, their statistics, agent states, checkpoints; not the
    // mapping of users and activities) so the next import is a first import again; for a
    // change of the data's shape (grouping, time zone).
    Result resetImportedData(const QString &id);
    // The integration and all its data in one transaction; its keychain entries become
    // garbage in the same transaction, so a crash cannot lose track of them.
    Result remove(const QString &id, const QList<KeychainEntry> &released);

    Result addGarbage(const QList<KeychainEntry> &entries);
    Result removeGarbage(const QList<KeychainEntry> &entries);
    QList<KeychainEntry> garbage() const;

    std::optional<Integration> find(const QString &id) const;
    QList<Integration> list() const;

    // Why this name cannot be used for the integration exceptId (empty for a new one), or
    // an empty string when it can.
    QString nameProblem(const QString &name, const QString &exceptId = {}) const;

private:
    Result checkName(const Integration &integration) const;
    Result databaseError(const QString &what, const QSqlQuery &query) const;
    Result transaction(const QString &what, const std::function<Result()> &work);
    // Runs an UPDATE of one integration: NotFound when it no longer exists.
    Result updateRow(QSqlQuery &query, const QString &what);
    Result garbageChange(const QList<KeychainEntry> &entries, bool add);
    QSqlDatabase m_db;
};
