#include "windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStringList>
#include <QWidget>

namespace WindowGeometry {

namespace {
// What a window manager's frame and title bar take around the window, at most.
constexpr double FrameAllowance = 0.9;
const auto WindowKey = QLatin1String("window");
const auto SplitKey = QLatin1String("split");
} // namespace

QString configurationKey(const QList<Screen> &screens)
{
    QStringList parts;
    for (const Screen &screen : screens)
        parts << QStringLiteral("%1x%2@%3")
                     .arg(screen.size.width())
                     .arg(screen.size.height())
                     .arg(QString::number(screen.devicePixelRatio, 'g', 4));
    return parts.join(QLatin1Char(','));
}

QList<Screen> currentScreens()
{
    QList<Screen> screens;
    QScreen *primary = QGuiApplication::primaryScreen();
    if (primary)
        screens.append({primary->size(), primary->devicePixelRatio()});
    for (QScreen *screen : QGuiApplication::screens())
        if (screen != primary)
            screens.append({screen->size(), screen->devicePixelRatio()});
    return screens;
}

QString currentGroup()
{
    return QStringLiteral("geometry/") + configurationKey(currentScreens());
}

QSize defaultSize(const QSize &preferred, const QRect &available)
{
    if (available.isEmpty())
        return preferred;
    const QSize room(
        int(available.width() * FrameAllowance), int(available.height() * FrameAllowance));
    return preferred.boundedTo(room);
}

void restore(QWidget *window, QSplitter *splitter, const QSize &preferred)
{
    QSettings settings;
    settings.beginGroup(currentGroup());
    if (!window->restoreGeometry(settings.value(WindowKey).toByteArray())) {
        const QScreen *primary = QGuiApplication::primaryScreen();
        window->resize(defaultSize(preferred, primary ? primary->availableGeometry() : QRect()));
    }
    if (splitter)
        splitter->restoreState(settings.value(SplitKey).toByteArray());
}

void save(const QWidget *window, const QSplitter *splitter)
{
    QSettings settings;
    // Saved before geometry was kept per screen configuration: it may fit none of them.
    settings.remove(QStringLiteral("window"));
    settings.beginGroup(currentGroup());
    settings.setValue(WindowKey, window->saveGeometry());
    if (splitter)
        settings.setValue(SplitKey, splitter->saveState());
}

} // namespace WindowGeometry
