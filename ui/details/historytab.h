#pragma once

#include "storage/importeddatastore.h"

#include <QWidget>

class IntegrationService;
class QStandardItemModel;
class QTreeView;

// One line per import run, newest first: when, how long, the range, rows, result, error.
class HistoryTab : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        DurationColumn,
        RangeColumn,
        RowsColumn,
        ResultColumn,
        ErrorColumn,
        ColumnCount
    };
    static constexpr int MaximumRuns = 500;

    explicit HistoryTab(IntegrationService &service, QWidget *parent = nullptr);

    void setIntegration(const QString &id);
    void refresh();
    QTreeView *view() const { return m_view; }
    QList<ImportedDataStore::Run> runs() const { return m_runs; }
    static QString resultText(const QString &outcome);

signals:
    void refreshed();

private:
    void fill();

    IntegrationService &m_service;
    QString m_id;
    QList<ImportedDataStore::Run> m_runs;
    QStandardItemModel *m_model;
    QTreeView *m_view;
};
