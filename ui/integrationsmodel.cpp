#include "integrationsmodel.h"

#include "integrations/appcontext.h"
#include "storage/integrationstore.h"

#include <QIcon>
#include <QLocale>

IntegrationsModel::IntegrationsModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    for (const ConnectorInfo &info : context.registry.infos()) {
        m_typeNames.insert(info.id, info.displayName);
        m_typeIcons.insert(info.id, info.iconPath);
    }
    reload();
}

void IntegrationsModel::reload()
{
    beginResetModel();
    m_rows = m_context.store->list();
    endResetModel();
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

QString IntegrationsModel::stateText(Integration::State state)
{
    switch (state) {
    case Integration::State::New:
        return tr("New");
    case Integration::State::FirstImport:
        return tr("First import running");
    case Integration::State::Connected:
        return tr("Connected");
    case Integration::State::Paused:
        return tr("Paused");
    case Integration::State::Error:
        return tr("Error");
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
    if (role == IdRole)
        return integration.id;
    if (role == ProgressRole) {
        const ImportProgress progress = m_progress.value(integration.id);
        const bool running = progress.phase != ImportProgress::Phase::Idle
            && progress.phase != ImportProgress::Phase::Finished
            && progress.phase != ImportProgress::Phase::Failed;
        if (!running)
            return -1;
        return progress.total > 0 ? int(100 * progress.done / progress.total) : 0;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return integration.name;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return m_typeNames.value(integration.type, integration.type);
        if (role == Qt::DecorationRole)
            return QIcon(m_typeIcons.value(integration.type));
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return stateText(integration.state);
        if (role == Qt::ToolTipRole)
            return integration.lastError.isEmpty() ? stateText(integration.state)
                                                   : integration.lastError;
        break;
    case LastImportColumn:
        if (role == Qt::DisplayRole)
            return timeText(integration.lastImportAt);
        break;
    case NextImportColumn:
        if (role == Qt::DisplayRole) {
            if (integration.state == Integration::State::Paused)
                return tr("Paused");
            return integration.nextImportAt.isValid() ? timeText(integration.nextImportAt)
                                                      : QStringLiteral("—");
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
