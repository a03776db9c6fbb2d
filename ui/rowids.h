#pragma once

#include <QList>

class QStandardItemModel;
class QTableView;

// Rows of a table identified by an id stored in one column's item (under role): which are
// selected, and selecting them again after the model was filled anew and sorted.
namespace RowIds {

QList<qint64> selected(const QTableView *table, int column, int role);
void select(QTableView *table, const QStandardItemModel *model, int column, int role,
    const QList<qint64> &ids);

} // namespace RowIds
