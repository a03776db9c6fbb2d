#include "integrationsmodel.h"

#include "icons.h"
#include "integrations/integrationservice.h"

#include <QFileInfo>
#include <QIcon>
#include <QLocale>

IntegrationsModel::IntegrationsModel(IntegrationService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    for (const ConnectorInfo &info : service.registry().infos()) {
        m_typeNames.insert(info.id, info.displayName);
        m_typeIcons.insert(info.id, Icons::named(QFileInfo(info.iconPath).completeBaseName()));
    }
    connect(&service, &IntegrationService::integrationsChanged, this, &IntegrationsModel::reload);
    connect(&service, &IntegrationService::integrationChanged, this, &IntegrationsModel::refresh);
    connect(&service, &IntegrationService::progressChanged, this, &IntegrationsModel::setProgress);
    reload();
}

void IntegrationsModel::reload()
{
    beginResetModel();
    m_rows = m_service.integrations();
    std::sort(m_rows.begin(), m_rows.end(), [](const Integration &a, const Integration &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    endResetModel();
}

void IntegrationsModel::refresh(const QString &id)
{
    const int row = rowOf(id);
    const std::optional<Integration> integration = m_service.find(id);
    if (row < 0 || !integration)
        return;
    m_rows[row] = *integration;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void IntegrationsModel::setProgress(const QString &id, const ImportProgress &progress)
{
    m_progress.insert(id, progress);
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, StateColumn), index(row, StateColumn));
}

int IntegrationsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return row;
    return -1;
}

int IntegrationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IntegrationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool IntegrationsModel::isRunning(const ImportProgress &progress)
{
    return progress.phase != ImportProgress::Phase::Idle
        && progress.phase != ImportProgress::Phase::Finished
        && progress.phase != ImportProgress::Phase::Failed
        && progress.phase != ImportProgress::Phase::Waiting;
}

QString IntegrationsModel::fixText(Integration::Fix fix)
{
    switch (fix) {
    case Integration::Fix::None:
        return {};
    case Integration::Fix::Credentials:
        return tr("Enter the user name and password again with Change password.");
    case Integration::Fix::Settings:
        return tr("Check the integration's details with Edit.");
    case Integration::Fix::Keychain:
        return tr("Unlock the system keychain, then choose Import now.");
    case Integration::Fix::Update:
        return tr("Update ACD Connect to import from this ACD.");
    case Integration::Fix::Database:
        return tr("The database is damaged. Quit ACD Connect, restore the database from a "
                  "backup, then start ACD Connect again.");
    }
    return {};
}

QString IntegrationsModel::percentText(const ImportProgress &progress)
{
    //: A percentage as the progress bars show it, e.g. "42%"; a language that writes a
    //: space before the sign (German, French) adds it here.
    return tr("%1%").arg(
        QLocale().toString(progress.total > 0 ? int(100 * progress.done / progress.total) : 0));
}

QString IntegrationsModel::stateText(const Integration &integration, const ImportProgress &progress)
{
    const bool running = isRunning(progress);
    const QString percent = percentText(progress);
    switch (integration.state()) {
    case Integration::State::New:
        return tr("New");
    case Integration::State::FirstImport:
        //: %1 is a percentage, e.g. "42%".
        return running ? tr("First import %1").arg(percent) : tr("First import");
    case Integration::State::Importing:
        return running ? tr("Importing %1").arg(percent) : tr("Importing");
    case Integration::State::Connected:
        return tr("Connected");
    case Integration::State::Retrying:
        return running ? tr("Error, trying again %1").arg(percent) : tr("Error, will try again");
    case Integration::State::NeedsAdmin:
        switch (integration.fix) {
        case Integration::Fix::Credentials:
            return tr("Error: change the password");
        case Integration::Fix::Keychain:
            return tr("Error: unlock the keychain");
        case Integration::Fix::Update:
            return tr("Error: update ACD Connect");
        case Integration::Fix::Database:
            return tr("Error: the database is damaged");
        default:
            return tr("Error: check the details");
        }
    case Integration::State::Paused:
        return tr("Paused");
    }
    return {};
}

QString IntegrationsModel::timeText(const QDateTime &time) const
{
    if (!time.isValid())
        return tr("Never", "last import");
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QVariant IntegrationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Integration &integration = m_rows[index.row()];
    const ImportProgress progress = m_progress.value(integration.id);
    if (role == IdRole)
        return integration.id;
    if (role == ProgressRole) {
        if (!isRunning(progress) || integration.paused)
            return -1;
        return progress.total > 0 ? int(100 * progress.done / progress.total) : 0;
    }
    switch (index.column()) {
    case NameColumn:
        // The tooltip shows a name the column elides.
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return integration.name;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return m_typeNames.value(integration.type, integration.type);
        if (role == Qt::DecorationRole)
            return m_typeIcons.value(integration.type);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return stateText(integration, progress);
        if (role == Qt::DecorationRole) {
            switch (integration.state()) {
            case Integration::State::Retrying:
            case Integration::State::NeedsAdmin:
                return Icons::named(QStringLiteral("state-attention"));
            case Integration::State::Paused:
                return Icons::named(QStringLiteral("state-paused"));
            case Integration::State::Connected:
                return Icons::named(QStringLiteral("state-connected"));
            case Integration::State::FirstImport:
            case Integration::State::Importing:
                return Icons::named(QStringLiteral("state-importing"));
            case Integration::State::New:
                return Icons::named(QStringLiteral("state-new"));
            }
        }
        if (role == Qt::ToolTipRole) {
            if (integration.lastError.isEmpty())
                return stateText(integration, progress);
            return QStringLiteral("%1\n%2")
                .arg(integration.lastError, fixText(integration.fix))
                .trimmed();
        }
        break;
    case LastImportColumn:
        if (role == Qt::DisplayRole)
            return timeText(integration.lastImportAt);
        break;
    case NextImportColumn:
        if (role == Qt::DisplayRole) {
            if (integration.paused)
                return tr("Paused");
            if (integration.needsAdmin())
                return tr("After the fix", "next import");
            if (!integration.nextImportAt.isValid())
                return QStringLiteral("—");
            if (integration.state() == Integration::State::Retrying)
                //: When the next attempt after a failed import is due.
                return tr("Retry %1").arg(timeText(integration.nextImportAt));
            return timeText(integration.nextImportAt);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant IntegrationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case LastImportColumn:
        return tr("Last import");
    case NextImportColumn:
        return tr("Next import");
    default:
        return {};
    }
}
