#include "rowids.h"

#include <QItemSelectionModel>
#include <QStandardItemModel>
#include <QTableView>

namespace RowIds {

QList<qint64> selected(const QTableView *table, int column, int role)
{
    QList<qint64> ids;
    for (const QModelIndex &index : table->selectionModel()->selectedRows(column))
        ids.append(index.data(role).toLongLong());
    return ids;
}

void select(QTableView *table, const QStandardItemModel *model, int column, int role,
    const QList<qint64> &ids)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (ids.contains(model->item(row, column)->data(role).toLongLong()))
            table->selectionModel()->select(
                model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace RowIds
