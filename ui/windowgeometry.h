#pragma once

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

class QSettings;
class QSplitter;
class QWidget;

// Where a window's size and place are remembered: one entry per screen configuration (every
// screen's size and device pixel ratio), so a change of monitors or of the scale factor never
// restores a geometry saved for another; a configuration seen for the first time gets a
// default size that fits the primary screen.
namespace WindowGeometry {

struct Screen
{
    QSize size; // device-independent pixels
    qreal devicePixelRatio = 1;
};

// "1920x1080@1,1280x1024@1.25": the screens in the order given (the primary first).
QString configurationKey(const QList<Screen> &screens);
// The screens now, the primary first.
QList<Screen> currentScreens();
// The settings group of the current configuration, e.g. "geometry/1920x1080@1".
QString currentGroup();
// preferred, made smaller where the available area is smaller, leaving room for the frame.
QSize defaultSize(const QSize &preferred, const QRect &available);

// The window's geometry and the splitter's state under the current configuration; a window
// never placed under it gets defaultSize(preferred, the primary screen's available area).
void restore(QWidget *window, QSplitter *splitter, const QSize &preferred);
void save(const QWidget *window, const QSplitter *splitter);

} // namespace WindowGeometry
