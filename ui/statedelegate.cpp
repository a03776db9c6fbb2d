#include "statedelegate.h"

#include "integrationsmodel.h"

#include <QApplication>
#include <QPainter>

// The state in words and its icon always (selected or not), as any cell draws them; while an
// import runs, a slim progress bar along the bottom of the cell as well, so progress never
// hides the state.
void StateDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int percent = index.data(IntegrationsModel::ProgressRole).toInt();
    if (percent < 0)
        return;
    QStyleOptionProgressBar bar;
    bar.rect = QRect(option.rect.left() + 3, option.rect.bottom() - 5, option.rect.width() - 6, 4);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = percent;
    bar.textVisible = false;
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
    bar.palette = option.palette;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}
