#pragma once

#include "integrations/integration.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class QSqlQuery;

#include <optional>

// Integrations in the database: create, read, list, update, delete. Works on the connection
// it is given, so each thread uses its own.
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

    explicit IntegrationStore(const QSqlDatabase &db);

    // Fills in id and times when empty. The name is checked against the naming rules and
    // against every other integration's name (see IntegrationName::key).
    Result create(Integration &integration);
    Result update(Integration &integration);
    Result setState(const QString &id, Integration::State state, const QString &lastError = {});
    Result setImportTimes(const QString &id, const QDateTime &last, const QDateTime &next);
    Result remove(const QString &id);

    std::optional<Integration> find(const QString &id) const;
    QList<Integration> list() const;

    // Why this name cannot be used for the integration exceptId (empty for a new one), or
    // an empty string when it can.
    QString nameProblem(const QString &name, const QString &exceptId = {}) const;

private:
    Result checkName(const Integration &integration) const;
    Result databaseError(const QString &what, const QSqlQuery &query) const;
    QSqlDatabase m_db;
};
