#pragma once

#include "import/importprogress.h"
#include "integrations/integration.h"

#include <QAbstractTableModel>
#include <QHash>

struct AppContext;

// The integrations in the store, one row each, with the progress of running imports.
class IntegrationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        StateColumn,
        LastImportColumn,
        NextImportColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, ProgressRole };

    explicit IntegrationsModel(AppContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Integration integrationAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &id) const;
    ImportProgress progressOf(const QString &id) const { return m_progress.value(id); }

    static QString stateText(Integration::State state);

public slots:
    void reload();
    void setProgress(const QString &id, const ImportProgress &progress);

private:
    QString timeText(const QDateTime &time) const;

    AppContext &m_context;
    QList<Integration> m_rows;
    QHash<QString, ImportProgress> m_progress;
    QHash<QString, QString> m_typeNames;
    QHash<QString, QString> m_typeIcons;
};
