#pragma once

#include "storage/importeddatastore.h"

#include <QDate>
#include <QWidget>

class IntegrationService;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

// Every queue an integration imported, searchable, and for the selected queue a chart of the
// contacts offered and handled per 15-minute interval over a day or a week.
class QueuesTab : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ExternalIdColumn,
        KindColumn,
        RangeColumn,
        OfferedColumn,
        WorkloadColumn,
        ColumnCount
    };
    enum Role { QueueIdRole = Qt::UserRole + 1, SortRole };
    enum class Span { Day, Week };

    explicit QueuesTab(IntegrationService &service, QWidget *parent = nullptr);

    void setIntegration(const QString &id);
    void refresh();

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QList<ImportedDataStore::Queue> queues() const { return m_queues; }
    qint64 selectedQueueId() const;
    bool selectQueue(qint64 queueId);

    // What the chart shows: the span, its first day, and the range in UTC it covers.
    void showSpan(Span span, QDate first);
    TimeRange chartRange() const;
    // Sums of the intervals the chart shows.
    qint64 offeredTotal() const { return m_offeredTotal; }
    qint64 handledTotal() const { return m_handledTotal; }
    int pointCount() const { return m_points; }

signals:
    void refreshed(); // the queue list is up to date
    void chartUpdated(); // the chart shows what chartRange() says
    void assignRequested(qint64 queueId); // "Assign to workload…"

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void updateChart();
    void step(int direction);

    IntegrationService &m_service;
    QString m_id;
    QList<ImportedDataStore::Queue> m_queues;
    QLineEdit *m_search;
    QPushButton *m_assign;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_span;
    QDateEdit *m_date;
    QLabel *m_totals;
    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_offered;
    QLineSeries *m_handled;
    qint64 m_offeredTotal = 0;
    qint64 m_handledTotal = 0;
    int m_points = 0;
    quint64 m_chartRequest = 0;
};
