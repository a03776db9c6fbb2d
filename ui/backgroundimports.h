#pragma once

#include <QObject>
#include <QPointer>

#include "import/importprogress.h"

#include <functional>
#include <optional>
#include <set>

class DesktopNotifier;
class QIcon;
class IntegrationService;
class QMenu;
class QSystemTrayIcon;
class QWidget;
struct ImportProgress;
struct Integration;

// Keeps the imports going when the Integrations window is closed: in the system tray (an
// icon with the imports' state, Open, Import all now, Quit) where the desktop has one, after
// saying so once; where it has none, closing asks whether to stop the imports. Quit asks
// first while an import runs, then cancels every import after its current transaction (a
// first import resumes from its checkpoint at the next start) and says quitReady once their
// outcomes are saved: only then does the program end. Never waits on the GUI thread.
class BackgroundImports : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundImports)
public:
    using Progress = std::function<std::optional<ImportProgress>(const QString &id)>;

    BackgroundImports(IntegrationService &service, QWidget *window, DesktopNotifier *notifier);
    ~BackgroundImports() override;

    // Whether the desktop has a system tray: QSystemTrayIcon::isSystemTrayAvailable() unless
    // replaced (the tests' offscreen platform has none).
    void setTrayAvailable(std::function<bool()> available);
    // Any integration that imports on a schedule, or an import running now.
    bool hasScheduledImports() const;
    bool isStopping() const { return m_stopping; }
    QSystemTrayIcon *trayIcon() const { return m_tray; } // nullptr until first needed

    // What the tray icon's tooltip says: the running import and how far it is, else the next
    // import's time, and how many integrations need the admin. progress gives the running
    // imports' progress (none for the others).
    static QString toolTip(const QList<Integration> &integrations, const Progress &progress);

public slots:
    void windowClosed(); // the window's close button (or the window manager's)
    void quit(); // Quit in the menu, Ctrl+Q, Quit in the tray's menu
    void showWindow(); // Open in the tray's menu, a click on the icon, a second window
    void importAllNow();

signals:
    // explained: the once-only message about the tray was shown this time.
    void hiddenToTray(bool explained);
    void quitReady(); // every import has stopped and its outcome is saved

private:
    enum class TrayState { Idle, Importing, NeedsAdmin };
    static QIcon trayIconFor(TrayState state);
    void hideToTray();
    void askWhetherToStop();
    void stopAndQuit();
    void finishStopping();
    void updateTray();
    QSystemTrayIcon *ensureTray();

    IntegrationService &m_service;
    QPointer<QWidget> m_window;
    QPointer<DesktopNotifier> m_notifier;
    std::function<bool()> m_trayAvailable;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    TrayState m_trayState = TrayState::Idle;
    bool m_asking = false; // a question is on screen
    bool m_stopping = false;
    std::set<QString> m_stillRunning; // while stopping
};
