#pragma once

#include <QStyledItemDelegate>

// Draws the State cell: icon and words always, and a progress bar below them while an import runs.
class StateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};
