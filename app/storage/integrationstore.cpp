#include "storage/integrationstore.h"

#include "integrations/integrationname.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString Columns = QStringLiteral(
    "id, name, type, settings, state, created_at, updated_at, last_import_at, next_import_at, "
    "last_error");

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
    integration.state = Integration::stateFromString(query.value(4).toString());
    integration.createdAt = fromSeconds(query.value(5));
    integration.updatedAt = fromSeconds(query.value(6));
    integration.lastImportAt = fromSeconds(query.value(7));
    integration.nextImportAt = fromSeconds(query.value(8));
    integration.lastError = query.value(9).toString();
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

} // namespace

QString Integration::stateToString(State state)
{
    switch (state) {
    case State::New:
        return QStringLiteral("new");
    case State::FirstImport:
        return QStringLiteral("first-import");
    case State::Connected:
        return QStringLiteral("connected");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("new");
}

Integration::State Integration::stateFromString(const QString &text)
{
    for (State state :
        {State::New, State::FirstImport, State::Connected, State::Paused, State::Error})
        if (stateToString(state) == text)
            return state;
    return State::New;
}

IntegrationStore::IntegrationStore(const QSqlDatabase &db)
    : m_db(db)
{
}

IntegrationStore::Result IntegrationStore::databaseError(
    const QString &what, const QSqlQuery &query) const
{
    return {Result::Kind::DatabaseError, what.arg(query.lastError().text())};
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

IntegrationStore::Result IntegrationStore::create(Integration &integration)
{
    if (integration.id.isEmpty())
        integration.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Result result = checkName(integration); !result.ok())
        return result;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!integration.createdAt.isValid())
        integration.createdAt = now;
    integration.updatedAt = now;

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO integrations (%1, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(Columns));
    query.addBindValue(integration.id);
    query.addBindValue(integration.name.trimmed().normalized(QString::NormalizationForm_C));
    query.addBindValue(integration.type);
    query.addBindValue(settingsJson(integration.settings));
    query.addBindValue(Integration::stateToString(integration.state));
    query.addBindValue(toSeconds(integration.createdAt));
    query.addBindValue(toSeconds(integration.updatedAt));
    query.addBindValue(toSeconds(integration.lastImportAt));
    query.addBindValue(toSeconds(integration.nextImportAt));
    query.addBindValue(notNull(integration.lastError));
    query.addBindValue(IntegrationName::key(integration.name));
    if (!query.exec()) {
        // Another connection may have taken the name between the check and the insert.
        if (!nameProblem(integration.name, integration.id).isEmpty())
            return {Result::Kind::DuplicateName, nameProblem(integration.name, integration.id)};
        return databaseError(tr("The integration could not be saved: %1"), query);
    }
    integration.name = integration.name.trimmed().normalized(QString::NormalizationForm_C);
    return {};
}

IntegrationStore::Result IntegrationStore::update(Integration &integration)
{
    if (Result result = checkName(integration); !result.ok())
        return result;
    integration.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE integrations SET name = ?, name_key = ?, settings = ?, "
                                 "updated_at = ? WHERE id = ?"));
    query.addBindValue(integration.name.trimmed().normalized(QString::NormalizationForm_C));
    query.addBindValue(IntegrationName::key(integration.name));
    query.addBindValue(settingsJson(integration.settings));
    query.addBindValue(toSeconds(integration.updatedAt));
    query.addBindValue(integration.id);
    if (!query.exec())
        return databaseError(tr("The integration could not be saved: %1"), query);
    if (query.numRowsAffected() == 0)
        return {Result::Kind::NotFound, tr("The integration no longer exists.")};
    integration.name = integration.name.trimmed().normalized(QString::NormalizationForm_C);
    return {};
}

IntegrationStore::Result IntegrationStore::setState(
    const QString &id, Integration::State state, const QString &lastError)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE integrations SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(Integration::stateToString(state));
    query.addBindValue(notNull(lastError));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(tr("The integration's state could not be saved: %1"), query);
    if (query.numRowsAffected() == 0)
        return {Result::Kind::NotFound, tr("The integration no longer exists.")};
    return {};
}

IntegrationStore::Result IntegrationStore::setImportTimes(
    const QString &id, const QDateTime &last, const QDateTime &next)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE integrations SET last_import_at = ?, next_import_at = ? WHERE id = ?"));
    query.addBindValue(toSeconds(last));
    query.addBindValue(toSeconds(next));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(tr("The import times could not be saved: %1"), query);
    return {};
}

IntegrationStore::Result IntegrationStore::remove(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM integrations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(tr("The integration could not be deleted: %1"), query);
    if (query.numRowsAffected() == 0)
        return {Result::Kind::NotFound, tr("The integration no longer exists.")};
    return {};
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
