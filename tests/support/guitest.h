#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace GuiTest {

// The offscreen platform cannot activate windows by itself (no WindowActivation capability);
// on a desktop the window manager does this when a window opens or a dialog closes.
inline void activate(QWidget *window)
{
    QApplication::setActiveWindow(window);
    QTRY_VERIFY(window->isActiveWindow());
}

} // namespace GuiTest
