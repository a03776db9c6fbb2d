#pragma once

#include <QObject>
#include <QPointer>

class QStatusBar;
class QSystemTrayIcon;

// Tells the admin that something finished while they may be looking elsewhere: a desktop
// notification through the system tray where the desktop has one, the window's status bar
// always (so the message is also there when the admin comes back, and on desktops without
// a tray). The tray icon exists only while a message is shown: ACD Connect is a window, not
// a tray program.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Channel { Tray, StatusBar };
    Q_ENUM(Channel)

    explicit DesktopNotifier(QStatusBar *statusBar, QObject *parent = nullptr);

    Channel notify(const QString &title, const QString &message);
    // The icon that stands in for the hidden window (BackgroundImports): while it is shown,
    // messages go through it rather than through a second icon.
    void setTrayIcon(QSystemTrayIcon *icon);

signals:
    void notified(const QString &title, const QString &message, DesktopNotifier::Channel channel);

private:
    QPointer<QStatusBar> m_statusBar;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<QSystemTrayIcon> m_sharedTray;
    int m_shown = 0; // messages on screen now
};
