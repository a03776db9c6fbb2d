#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>

// For the start-up benchmark (docs/benchmarks.md, (d)): installed on a top-level widget, it
// prints "painted" on stdout once that widget's first paint has been flushed, then quits.
// Header-only, so the bare yardstick program uses the very same probe without linking acd_ui.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Posted now, run after this paint pass has reached the window system.
            QTimer::singleShot(0, QCoreApplication::instance(), [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                // exit(), not quit(): quit() closes the windows first, and closing ACD
                // Connect's window with imports scheduled asks or goes to the tray.
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
