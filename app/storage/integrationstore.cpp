#include "storage/integrationstore.h"

#include "integrations/integrationname.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString Columns = QStringLiteral(
    "id, name, type, settings, paused, outcome, error_fix, last_error, credential_service, "
    "credential_generation, created_at, updated_at, last_import_at, next_import_at");

QVariant toSeconds(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromSeconds(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Integration fromRecord(const QSqlQuery &query)
{
    Integration integration;
    integration.id = query.value(0).toString();
    integration.name = query.value(1).toString();
    integration.type = query.value(2).toString();
    integration.settings
        = QJsonDocument::fromJson(query.value(3).toByteArray()).object().toVariantMap();
    integration.paused = query.value(4).toInt() != 0;
    integration.outcome = Integration::outcomeFromString(query.value(5).toString());
    integration.fix = Integration::fixFromString(query.value(6).toString());
    integration.lastError = query.value(7).toString();
    integration.credentialService = query.value(8).toString();
    integration.credentialGeneration = query.value(9).toInt();
    integration.createdAt = fromSeconds(query.value(10));
    integration.updatedAt = fromSeconds(query.value(11));
    integration.lastImportAt = fromSeconds(query.value(12));
    integration.nextImportAt = fromSeconds(query.value(13));
    return integration;
}

// A null QString binds as SQL NULL; text columns here are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QByteArray settingsJson(const QVariantMap &settings)
{
    return QJsonDocument(QJsonObject::fromVariantMap(settings)).toJson(QJsonDocument::Compact);
}

QString storedName(const QString &name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C);
}

} // namespace

IntegrationStore::IntegrationStore(const QSqlDatabase &db)
    : m_db(db)
{
}

IntegrationStore::Result IntegrationStore::databaseError(
    const QString &what, const QSqlQuery &query) const
{
    return {Result::Kind::DatabaseError, what.arg(query.lastError().text())};
}

IntegrationStore::Result IntegrationStore::updateRow(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return databaseError(what, query);
    if (query.numRowsAffected() == 0)
        return {Result::Kind::NotFound, tr("The integration no longer exists.")};
    return {};
}

IntegrationStore::Result IntegrationStore::transaction(
    const QString &what, const std::function<Result()> &work)
{
    if (!m_db.transaction())
        return {Result::Kind::DatabaseError, what.arg(m_db.lastError().text())};
    Result result = work();
    if (!result.ok()) {
        m_db.rollback();
        return result;
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        return {Result::Kind::DatabaseError, what.arg(error)};
    }
    return result;
}

QString IntegrationStore::nameProblem(const QString &name, const QString &exceptId) const
{
    if (const QString problem = IntegrationName::problem(name); !problem.isEmpty())
        return problem;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM integrations WHERE name_key = ? AND id <> ?"));
    query.addBindValue(IntegrationName::key(name));
    query.addBindValue(notNull(exceptId));
    if (query.exec() && query.next())
        return tr("An integration named \"%1\" already exists. Choose another name.")
            .arg(query.value(0).toString());
    return {};
}

IntegrationStore::Result IntegrationStore::checkName(const Integration &integration) const
{
    if (const QString problem = IntegrationName::problem(integration.name); !problem.isEmpty())
        return {Result::Kind::InvalidName, problem};
    if (const QString problem = nameProblem(integration.name, integration.id); !problem.isEmpty())
        return {Result::Kind::DuplicateName, problem};
    return {};
}

IntegrationStore::Result IntegrationStore::create(
    Integration &integration, const QList<KeychainEntry> &claimed)
{
    if (integration.id.isEmpty())
        integration.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Result result = checkName(integration); !result.ok())
        return result;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!integration.createdAt.isValid())
        integration.createdAt = now;
    integration.updatedAt = now;
    const QString what = tr("The integration could not be saved: %1");
    const auto insert = [&]() -> Result {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO integrations (%1, name_key) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(Columns));
        query.addBindValue(integration.id);
        query.addBindValue(storedName(integration.name));
        query.addBindValue(integration.type);
        query.addBindValue(settingsJson(integration.settings));
        query.addBindValue(integration.paused ? 1 : 0);
        query.addBindValue(Integration::outcomeToString(integration.outcome));
        query.addBindValue(Integration::fixToString(integration.fix));
        query.addBindValue(notNull(integration.lastError));
        query.addBindValue(notNull(integration.credentialService));
        query.addBindValue(integration.credentialGeneration);
        query.addBindValue(toSeconds(integration.createdAt));
        query.addBindValue(toSeconds(integration.updatedAt));
        query.addBindValue(toSeconds(integration.lastImportAt));
        query.addBindValue(toSeconds(integration.nextImportAt));
        query.addBindValue(IntegrationName::key(integration.name));
        if (!query.exec()) {
            // Another connection may have taken the name between the check and the insert.
            if (const QString taken = nameProblem(integration.name, integration.id);
                !taken.isEmpty())
                return {Result::Kind::DuplicateName, taken};
            return databaseError(what, query);
        }
        return garbageChange(claimed, false);
    };
    // One statement needs no transaction of its own (and the caller may have one open).
    Result result = claimed.isEmpty() ? insert() : transaction(what, insert);
    if (result.ok())
        integration.name = storedName(integration.name);
    return result;
}

IntegrationStore::Result IntegrationStore::updateSettings(Integration &integration)
{
    if (Result result = checkName(integration); !result.ok())
        return result;
    integration.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE integrations SET name = ?, name_key = ?, settings = ?, "
                                 "updated_at = ? WHERE id = ?"));
    query.addBindValue(storedName(integration.name));
    query.addBindValue(IntegrationName::key(integration.name));
    query.addBindValue(settingsJson(integration.settings));
    query.addBindValue(toSeconds(integration.updatedAt));
    query.addBindValue(integration.id);
    const Result result = updateRow(query, tr("The integration could not be saved: %1"));
    if (result.ok())
        integration.name = storedName(integration.name);
    return result;
}

IntegrationStore::Result IntegrationStore::setPaused(const QString &id, bool paused)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE integrations SET paused = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(paused ? 1 : 0);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(id);
    return updateRow(query, tr("The integration's state could not be saved: %1"));
}

IntegrationStore::Result IntegrationStore::recordOutcome(const QString &id, const Outcome &outcome)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE integrations SET outcome = ?, error_fix = ?, last_error = ?, last_import_at = ?, "
        "next_import_at = ? WHERE id = ?"));
    query.addBindValue(Integration::outcomeToString(outcome.outcome));
    query.addBindValue(Integration::fixToString(outcome.fix));
    query.addBindValue(notNull(outcome.lastError));
    query.addBindValue(toSeconds(outcome.lastImportAt));
    query.addBindValue(toSeconds(outcome.nextImportAt));
    query.addBindValue(id);
    return updateRow(query, tr("The integration's state could not be saved: %1"));
}

IntegrationStore::Result IntegrationStore::switchCredentials(const QString &id,
    const QString &service, int generation, const QList<KeychainEntry> &claimed,
    const QList<KeychainEntry> &released)
{
    const QString what = tr("The new password could not be recorded: %1");
    return transaction(what, [&]() -> Result {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE integrations SET credential_service = ?, "
                                     "credential_generation = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(service);
        query.addBindValue(generation);
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        query.addBindValue(id);
        if (!query.exec())
            return databaseError(what, query);
        if (query.numRowsAffected() == 0)
            return {Result::Kind::NotFound, tr("The integration no longer exists.")};
        if (Result result = garbageChange(claimed, false); !result.ok())
            return result;
        return garbageChange(released, true);
    });
}

IntegrationStore::Result IntegrationStore::resetImportedData(const QString &id)
{
    const QString what = tr("The imported data could not be reset: %1");
    return transaction(what, [&]() -> Result {
        QSqlQuery query(m_db);
        for (const QString &statement :
            {QStringLiteral("DELETE FROM queues WHERE integration_id = ?"),
                QStringLiteral("DELETE FROM import_checkpoints WHERE integration_id = ?"),
                // Fetched again from the horizon (a time zone changes their starts); the
                // users, activities and the admin's mapping of them stay.
                QStringLiteral("DELETE FROM agent_states WHERE user_id IN"
                               " (SELECT id FROM external_users WHERE integration_id = ?)"),
                QStringLiteral("UPDATE integrations SET last_import_at = NULL, "
                               "next_import_at = NULL, outcome = 'new' WHERE id = ?")}) {
            query.prepare(statement);
            query.addBindValue(id);
            if (!query.exec())
                return databaseError(what, query);
        }
        return {};
    });
}

IntegrationStore::Result IntegrationStore::remove(
    const QString &id, const QList<KeychainEntry> &released)
{
    const QString what = tr("The integration could not be deleted: %1");
    const auto erase = [&]() -> Result {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM integrations WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return databaseError(what, query);
        if (query.numRowsAffected() == 0)
            return {Result::Kind::NotFound, tr("The integration no longer exists.")};
        return garbageChange(released, true);
    };
    return released.isEmpty() ? erase() : transaction(what, erase);
}

IntegrationStore::Result IntegrationStore::garbageChange(
    const QList<KeychainEntry> &entries, bool add)
{
    QSqlQuery query(m_db);
    query.prepare(add ? QStringLiteral("INSERT INTO keychain_garbage (service, entry_key, since) "
                                       "VALUES (?, ?, ?) ON CONFLICT (service, entry_key) "
                                       "DO NOTHING")
                      : QStringLiteral("DELETE FROM keychain_garbage WHERE service = ? AND "
                                       "entry_key = ?"));
    for (const KeychainEntry &entry : entries) {
        query.addBindValue(entry.service);
        query.addBindValue(entry.key);
        if (add)
            query.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!query.exec())
            return databaseError(tr("The keychain's bookkeeping could not be saved: %1"), query);
    }
    return {};
}

IntegrationStore::Result IntegrationStore::addGarbage(const QList<KeychainEntry> &entries)
{
    return garbageChange(entries, true);
}

IntegrationStore::Result IntegrationStore::removeGarbage(const QList<KeychainEntry> &entries)
{
    return garbageChange(entries, false);
}

QList<KeychainEntry> IntegrationStore::garbage() const
{
    QList<KeychainEntry> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT service, entry_key FROM keychain_garbage")))
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

std::optional<Integration> IntegrationStore::find(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM integrations WHERE id = ?").arg(Columns));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return fromRecord(query);
    return std::nullopt;
}

QList<Integration> IntegrationStore::list() const
{
    QList<Integration> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT %1 FROM integrations ORDER BY name_key").arg(Columns)))
        while (query.next())
            result << fromRecord(query);
    return result;
}
