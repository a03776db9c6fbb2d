#include "backgroundimports.h"

#include "desktopnotifier.h"
#include "icons.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "integrationsmodel.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

namespace {

const auto ExplainedKey = QLatin1String("tray/explained");

// A time today, or a date and time.
QString timeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return local.date() == QDate::currentDate()
        ? locale.toString(local.time(), QLocale::ShortFormat)
        : locale.toString(local, QLocale::ShortFormat);
}

} // namespace

// The program's icon, with a dot in the corner while an import runs (blue) or an
// integration needs the admin (red).
QIcon BackgroundImports::trayIconFor(TrayState state)
{
    const QIcon base = Icons::named(QStringLiteral("acdconnect"));
    if (state == TrayState::Idle)
        return base;
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal dot = size * 0.45;
        const QRectF corner(size - dot, size - dot, dot, dot);
        painter.setPen(QPen(Qt::white, std::max(1.0, size / 16.0)));
        painter.setBrush(
            state == TrayState::NeedsAdmin ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x19, 0x76, 0xd2));
        painter.drawEllipse(corner.adjusted(0.5, 0.5, -0.5, -0.5));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

BackgroundImports::BackgroundImports(
    IntegrationService &service, QWidget *window, DesktopNotifier *notifier)
    : QObject(window)
    , m_service(service)
    , m_window(window)
    , m_notifier(notifier)
    , m_trayAvailable([] { return QSystemTrayIcon::isSystemTrayAvailable(); })
{
    connect(&m_service, &IntegrationService::progressChanged, this, &BackgroundImports::updateTray);
    connect(
        &m_service, &IntegrationService::integrationChanged, this, &BackgroundImports::updateTray);
    connect(
        &m_service, &IntegrationService::integrationsChanged, this, &BackgroundImports::updateTray);
    connect(m_service.engine(), &ImportEngine::importFinished, this, [this](const QString &id) {
        if (!m_stopping || !m_stillRunning.erase(id))
            return;
        if (m_stillRunning.empty())
            finishStopping();
    });
}

BackgroundImports::~BackgroundImports() = default;

void BackgroundImports::setTrayAvailable(std::function<bool()> available)
{
    m_trayAvailable = std::move(available);
}

bool BackgroundImports::hasScheduledImports() const
{
    for (const Integration &integration : m_service.integrations())
        if ((!integration.paused && !integration.needsAdmin())
            || m_service.engine()->isRunning(integration.id))
            return true;
    return false;
}

QString BackgroundImports::toolTip(const QList<Integration> &integrations, const Progress &progress)
{
    QString now;
    QDateTime next;
    int needAdmin = 0;
    for (const Integration &integration : integrations) {
        if (integration.needsAdmin())
            ++needAdmin;
        const std::optional<ImportProgress> running = progress(integration.id);
        if (running && now.isEmpty()) {
            //: The tray icon's tooltip. %1 an integration's name, %2 a percentage ("42%").
            now = tr("importing %1, %2")
                      .arg(integration.name, IntegrationsModel::percentText(*running));
        }
        if (!integration.paused && integration.nextImportAt.isValid()
            && (!next.isValid() || integration.nextImportAt < next))
            next = integration.nextImportAt;
    }
    if (now.isEmpty() && next.isValid())
        //: The tray icon's tooltip. %1 a time, or a date and time when not today.
        now = tr("next import %1").arg(timeText(next));
    QStringList lines;
    const QString program = QApplication::applicationDisplayName();
    //: The tray icon's tooltip: the program's name, a dash, what it is doing.
    lines << (now.isEmpty() ? program : tr("%1 — %2").arg(program, now));
    if (needAdmin > 0)
        lines << tr("%n integrations need attention", nullptr, needAdmin);
    return lines.join(QLatin1Char('\n'));
}

void BackgroundImports::windowClosed()
{
    if (m_stopping || m_asking)
        return;
    if (!hasScheduledImports())
        stopAndQuit();
    else if (m_trayAvailable())
        hideToTray();
    else
        askWhetherToStop();
}

void BackgroundImports::hideToTray()
{
    QSystemTrayIcon *tray = ensureTray();
    updateTray();
    tray->show();
    m_window->hide();
    QSettings settings;
    const bool explain = !settings.value(ExplainedKey, false).toBool();
    if (explain) {
        settings.setValue(ExplainedKey, true);
        tray->showMessage(tr("ACD Connect keeps importing"),
            tr("The imports go on as scheduled while ACD Connect runs in the system tray. Click "
               "its icon to open the window; choose Quit in its menu to stop."),
            QSystemTrayIcon::Information);
    }
    emit hiddenToTray(explain);
}

void BackgroundImports::askWhetherToStop()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop the imports?"),
        tr("ACD Connect imports only while it runs, and this desktop has no system tray to keep "
           "it in once the window is closed."),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("stopImportsQuestion"));
    box->setInformativeText(tr("Quit to stop the scheduled imports until ACD Connect is started "
                               "again (an import that is running resumes from where it stopped), "
                               "or keep importing with the window minimised."));
    QPushButton *stop = box->addButton(tr("&Stop imports and quit"), QMessageBox::DestructiveRole);
    QPushButton *minimise
        = box->addButton(tr("&Keep importing, minimise the window"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(minimise);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_asking = true;
    connect(box, &QMessageBox::finished, this, [this, box, stop, minimise] {
        m_asking = false;
        if (box->clickedButton() == stop)
            stopAndQuit();
        else if (box->clickedButton() == minimise && m_window)
            m_window->showMinimized();
    });
    box->open();
}

void BackgroundImports::quit()
{
    if (m_stopping || m_asking)
        return;
    QStringList running;
    QString percent;
    for (const Integration &integration : m_service.integrations())
        if (m_service.engine()->isRunning(integration.id)) {
            running << integration.name;
            if (percent.isEmpty())
                percent
                    = IntegrationsModel::percentText(m_service.engine()->progress(integration.id));
        }
    if (running.isEmpty()) {
        stopAndQuit();
        return;
    }
    showWindow(); // the question is about the window's program: show where it comes from
    //: %1 an integration's name, %2 a percentage ("42%").
    const QString what = running.size() == 1
        ? tr("An import of %1 is running (%2).").arg(running.first(), percent)
        //: %1 the integrations' names, separated by commas.
        : tr("Imports of %1 are running.").arg(running.join(QLatin1String(", ")));
    const QString resumes = running.size() == 1
        ? tr("Quit anyway? It resumes from where it stopped at the next start.")
        : tr("Quit anyway? They resume from where they stopped at the next start.");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit ACD Connect?"),
        what + QLatin1Char(' ') + resumes, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("quitDuringImportQuestion"));
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_asking = true;
    connect(box, &QMessageBox::finished, this, [this, box, quit] {
        m_asking = false;
        if (box->clickedButton() == quit)
            stopAndQuit();
    });
    box->open();
}

void BackgroundImports::showWindow()
{
    if (m_stopping || !m_window)
        return;
    // Out of the task bar if minimised; a maximised window stays maximised.
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (m_tray)
        m_tray->hide(); // ACD Connect is a window; the icon stands in for it while hidden
}

void BackgroundImports::importAllNow()
{
    for (const Integration &integration : m_service.integrations())
        if (!integration.paused)
            m_service.importNow(integration.id);
}

void BackgroundImports::stopAndQuit()
{
    m_stopping = true;
    if (m_tray)
        m_tray->hide();
    if (m_window)
        m_window->hide();
    ImportEngine *engine = m_service.engine();
    for (const Integration &integration : m_service.integrations()) {
        if (engine->isRunning(integration.id))
            m_stillRunning.insert(integration.id);
        engine->cancel(integration.id); // the running import and any planned one
    }
    if (m_stillRunning.empty())
        finishStopping();
}

void BackgroundImports::finishStopping()
{
    // The runs' outcomes are written by the storage worker: end only once they are saved.
    m_service.whenWritten([self = QPointer<BackgroundImports>(this)] {
        if (self)
            emit self->quitReady();
    });
}

QSystemTrayIcon *BackgroundImports::ensureTray()
{
    if (m_tray)
        return m_tray;
    m_tray = new QSystemTrayIcon(trayIconFor(TrayState::Idle), this);
    m_tray->setObjectName(QStringLiteral("importsTrayIcon"));
    m_trayMenu = new QMenu(m_window);
    m_trayMenu->addAction(tr("&Open ACD Connect"), this, &BackgroundImports::showWindow);
    m_trayMenu->addAction(tr("&Import all now"), this, &BackgroundImports::importAllNow);
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(tr("&Quit"), this, &BackgroundImports::quit);
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &BackgroundImports::showWindow);
    if (m_notifier)
        m_notifier->setTrayIcon(m_tray);
    return m_tray;
}

void BackgroundImports::updateTray()
{
    if (!m_tray)
        return;
    const QList<Integration> integrations = m_service.integrations();
    const ImportEngine *engine = m_service.engine();
    m_tray->setToolTip(toolTip(integrations, [engine](const QString &id) {
        return engine->isRunning(id) ? std::optional(engine->progress(id)) : std::nullopt;
    }));
    TrayState state = TrayState::Idle;
    for (const Integration &integration : integrations) {
        if (integration.needsAdmin()) {
            state = TrayState::NeedsAdmin;
            break;
        }
        if (engine->isRunning(integration.id))
            state = TrayState::Importing;
    }
    if (state != m_trayState) {
        m_trayState = state;
        m_tray->setIcon(trayIconFor(state));
    }
}
