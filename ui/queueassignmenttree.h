#pragma once

#include "mapping/workload.h"

#include <QHash>
#include <QTreeWidget>

// Every imported queue, grouped by integration, with the workload each is in. Keeps the
// selection, the folded groups and the scroll position when the queues are set again, and
// filters by name or id (a group stays while one of its queues matches).
class QueueAssignmentTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, ExternalIdColumn, WorkloadColumn, ColumnCount };

    explicit QueueAssignmentTree(QWidget *parent = nullptr);

    void setQueues(const QList<AssignableQueue> &queues);
    const QHash<qint64, AssignableQueue> &queues() const { return m_queues; }
    // Matches queue names and ids, and integration names (all of that integration's queues).
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    // The selected queues that are shown, and the shown queues of a selected integration.
    QList<qint64> selectedQueueIds() const;
    // Selects, scrolls to and makes current the queue; false when it is not listed or
    // hidden by the filter.
    bool showQueue(qint64 queueId);
    bool isShown(qint64 queueId) const;

private:
    void applyFilter();
    QHash<qint64, AssignableQueue> m_queues;
    QHash<qint64, QTreeWidgetItem *> m_items;
    QString m_filter;
};
