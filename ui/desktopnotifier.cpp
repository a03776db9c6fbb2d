#include "desktopnotifier.h"

#include <QApplication>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {
constexpr int ShowForMs = 10000;
}

DesktopNotifier::DesktopNotifier(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
{
}

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *icon)
{
    m_sharedTray = icon;
}

DesktopNotifier::Channel DesktopNotifier::notify(const QString &title, const QString &message)
{
    if (m_statusBar)
        m_statusBar->showMessage(message, ShowForMs);

    Channel channel = Channel::StatusBar;
    if (m_sharedTray && m_sharedTray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_sharedTray->showMessage(title, message, QSystemTrayIcon::Information, ShowForMs);
        channel = Channel::Tray;
    } else if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            // A click on the message brings the window back.
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (QWidget *window = m_statusBar ? m_statusBar->window() : nullptr) {
                    // Out of the task bar if minimised; a maximised window stays maximised.
                    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
                    window->show();
                    window->raise();
                    window->activateWindow();
                }
            });
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, ShowForMs);
        // Several messages in a row keep the icon until the last one has gone.
        ++m_shown;
        QTimer::singleShot(ShowForMs + 1000, this, [this] {
            if (--m_shown == 0 && m_tray)
                m_tray->hide();
        });
        channel = Channel::Tray;
    }
    emit notified(title, message, channel);
    return channel;
}
