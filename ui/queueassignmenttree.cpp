#include "queueassignmenttree.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSet>

namespace {

constexpr int QueueIdRole = Qt::UserRole + 1;
constexpr int IntegrationIdRole = Qt::UserRole + 2;

} // namespace

QueueAssignmentTree::QueueAssignmentTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Queue"), tr("ID"), tr("Workload")});
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ExternalIdColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(WorkloadColumn, QHeaderView::Interactive);
    setColumnWidth(ExternalIdColumn, 90);
    setColumnWidth(WorkloadColumn, 150);
}

void QueueAssignmentTree::setQueues(const QList<AssignableQueue> &queues)
{
    QSet<qint64> selected;
    for (const QTreeWidgetItem *item : selectedItems())
        selected.insert(item->data(0, QueueIdRole).toLongLong());
    const qint64 current = currentItem() ? currentItem()->data(0, QueueIdRole).toLongLong() : 0;
    QSet<QString> folded;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (!topLevelItem(i)->isExpanded())
            folded.insert(topLevelItem(i)->data(0, IntegrationIdRole).toString());
    const int scrolled = verticalScrollBar()->value();

    // Rebuilt without emitting a selection change per item.
    const QSignalBlocker blocker(selectionModel());
    clear();
    m_queues.clear();
    m_items.clear();
    QHash<QString, QTreeWidgetItem *> groups;
    QTreeWidgetItem *currentItem = nullptr;
    for (const AssignableQueue &queue : queues) {
        QTreeWidgetItem *&group = groups[queue.integrationId];
        if (!group) {
            group = new QTreeWidgetItem(this, {queue.integrationName});
            group->setData(0, IntegrationIdRole, queue.integrationId);
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setExpanded(!folded.contains(queue.integrationId));
        }
        auto *item = new QTreeWidgetItem(group, {queue.name, queue.externalId, queue.workloadName});
        item->setData(0, QueueIdRole, queue.id);
        item->setToolTip(NameColumn,
            queue.kind.isEmpty()
                ? queue.name
                : tr("%1 (%2)", "queue name (its kind)").arg(queue.name, queue.kind));
        item->setSelected(selected.contains(queue.id));
        if (queue.id == current)
            currentItem = item;
        m_queues.insert(queue.id, queue);
        m_items.insert(queue.id, item);
    }
    if (currentItem)
        selectionModel()->setCurrentIndex(
            indexFromItem(currentItem), QItemSelectionModel::NoUpdate);
    applyFilter();
    verticalScrollBar()->setValue(scrolled);
    // Blocked above: one change for the whole rebuild.
    emit itemSelectionChanged();
}

void QueueAssignmentTree::setFilter(const QString &text)
{
    m_filter = text.trimmed();
    applyFilter();
    emit itemSelectionChanged(); // what selectedQueueIds() returns may have changed
}

void QueueAssignmentTree::applyFilter()
{
    const auto matches
        = [this](const QString &text) { return text.contains(m_filter, Qt::CaseInsensitive); };
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = topLevelItem(i);
        const bool wholeGroup = m_filter.isEmpty() || matches(group->text(0));
        bool any = false;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const bool shown = wholeGroup || matches(item->text(NameColumn))
                || matches(item->text(ExternalIdColumn));
            item->setHidden(!shown);
            any = any || shown;
        }
        group->setHidden(!any);
        if (!m_filter.isEmpty() && any)
            group->setExpanded(true);
    }
}

QList<qint64> QueueAssignmentTree::selectedQueueIds() const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    const auto add = [&](const QTreeWidgetItem *item) {
        const qint64 id = item->data(0, QueueIdRole).toLongLong();
        if (id && !item->isHidden() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    for (const QTreeWidgetItem *item : selectedItems()) {
        if (item->isHidden())
            continue;
        if (item->parent())
            add(item);
        else
            for (int j = 0; j < item->childCount(); ++j)
                add(item->child(j));
    }
    return ids;
}

bool QueueAssignmentTree::isShown(qint64 queueId) const
{
    const QTreeWidgetItem *item = m_items.value(queueId);
    return item && !item->isHidden();
}

bool QueueAssignmentTree::showQueue(qint64 queueId)
{
    QTreeWidgetItem *item = m_items.value(queueId);
    if (!item || item->isHidden())
        return false;
    item->parent()->setExpanded(true);
    setCurrentItem(item, 0, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollToItem(item, QAbstractItemView::PositionAtCenter);
    return true;
}
