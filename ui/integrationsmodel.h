#pragma once

#include "import/importprogress.h"
#include "integrations/integration.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

class IntegrationService;

// The integrations as the service holds them, one row each, with the progress of running
// imports. Reads the service only; every change goes through the service.
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

    explicit IntegrationsModel(IntegrationService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Integration integrationAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &id) const;
    ImportProgress progressOf(const QString &id) const { return m_progress.value(id); }

    // The state in words, e.g. "Error: change the password", "First import 42 %".
    static QString stateText(const Integration &integration, const ImportProgress &progress);
    // How far the import's current phase is, as the progress bars show it: "42%".
    static QString percentText(const ImportProgress &progress);
    // Whether the progress is that of an import running now.
    static bool isRunning(const ImportProgress &progress);
    // What the admin can do about an error that retrying cannot fix.
    static QString fixText(Integration::Fix fix);

public slots:
    void reload();
    void refresh(const QString &id);
    void setProgress(const QString &id, const ImportProgress &progress);

private:
    QString timeText(const QDateTime &time) const;

    IntegrationService &m_service;
    QList<Integration> m_rows;
    QHash<QString, ImportProgress> m_progress;
    QHash<QString, QString> m_typeNames;
    QHash<QString, QIcon> m_typeIcons;
};
