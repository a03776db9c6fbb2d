#include "integrationswindow.h"

#include "backgroundimports.h"
#include "changepassworddialog.h"
#include "deletequestion.h"
#include "desktopnotifier.h"
#include "details/integrationdetailsview.h"
#include "editintegrationdialog.h"
#include "import/importengine.h"
#include "importprogressview.h"
#include "integrations/integrationservice.h"
#include "integrationsmodel.h"
#include "mapping/workloadservice.h"
#include "statedelegate.h"
#include "windowgeometry.h"
#include "wizard/addintegrationwizard.h"
#include "workloadswindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

IntegrationsWindow::IntegrationsWindow(IntegrationService &service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_model(new IntegrationsModel(service, this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_progress(new ImportProgressView(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_detailsView(new IntegrationDetailsView(service, this))
    , m_addButton(new QPushButton(tr("&Add integration"), this))
{
    setObjectName(QStringLiteral("integrationsWindow"));
    setWindowTitle(tr("Integrations – ACD Connect"));
    buildActions();

    auto *crumb = new QLabel(tr("Account › <b>Integrations</b>"), this);
    crumb->setObjectName(QStringLiteral("breadcrumb"));
    QFont big = crumb->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    crumb->setFont(big);
    auto *intro = new QLabel(tr("Integrations bring queues and statistics from your ACD into "
                                "the workforce-management data."),
        this);
    intro->setWordWrap(true);

    m_addButton->setObjectName(QStringLiteral("addIntegrationButton"));
    m_addButton->setDefault(true);
    connect(m_addButton, &QPushButton::clicked, this, &IntegrationsWindow::addIntegration);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_addButton);
    toolbar->addStretch();
    for (QAction *action : {m_importNow, m_pause, m_edit, m_changePassword, m_delete}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolbar->addWidget(button);
    }

    m_table->setObjectName(QStringLiteral("integrationsTable"));
    m_table->setAccessibleName(tr("Integrations"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_importNow, m_pause, m_edit, m_changePassword, m_delete});
    m_table->verticalHeader()->hide();
    // The columns share the window's width: name and state take what the type and the two
    // times leave, and long text is elided (the full text is in the tooltip), so nothing is
    // cut off at the right edge on a small screen.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IntegrationsModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(IntegrationsModel::StateColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(IntegrationsModel::StateColumn, new StateDelegate(m_table));
    connect(m_table, &QTableView::activated, this, &IntegrationsWindow::editSelected);

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyTitle = new QLabel(tr("No integrations yet"), empty);
    emptyTitle->setFont(big);
    auto *emptyText = new QLabel(tr("Add an integration to import queues and 15-minute interval "
                                    "statistics from your ACD, such as Five9. You need the user "
                                    "name and password of a user with the Administrator role."),
        empty);
    emptyText->setWordWrap(true);
    emptyLayout->addStretch();
    for (QLabel *label : {emptyTitle, emptyText}) {
        label->setAlignment(Qt::AlignCenter);
        emptyLayout->addWidget(label);
    }
    emptyLayout->addStretch();
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);

    m_details->setObjectName(QStringLiteral("detailsText"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The list above, the selected integration's details below; the admin moves the border.
    m_split->setObjectName(QStringLiteral("integrationsSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_stack);
    m_split->addWidget(m_detailsView);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    connect(m_detailsView, &IntegrationDetailsView::assignRequested, this,
        &IntegrationsWindow::showWorkloads);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(crumb);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_progress);
    setCentralWidget(central);
    m_notifier = new DesktopNotifier(statusBar(), this);
    m_background = new BackgroundImports(m_service, this, m_notifier);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    // The model reloads itself when integrations come and go; the selection follows its row.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_reselect = selectedId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowOf(m_reselect) >= 0)
            select(m_reselect);
        else if (m_model->rowCount())
            m_table->selectRow(0);
        m_stack->setCurrentIndex(m_model->rowCount() ? 1 : 0);
        updateActions();
        updateDetails();
    });
    connect(&m_service, &IntegrationService::progressChanged, this, [this](const QString &id) {
        if (id == selectedId())
            updateDetails();
    });
    connect(&m_service, &IntegrationService::integrationChanged, this,
        &IntegrationsWindow::onIntegrationChanged);
    connect(&m_service, &IntegrationService::storageFailed, this, &IntegrationsWindow::showError);
    connect(&m_service, &IntegrationService::firstImportCompleted, this, [this](const QString &id) {
        if (const auto integration = m_service.find(id))
            m_notifier->notify(tr("First import complete"),
                tr("%1 is connected. Its queues are ready to be assigned to workloads.")
                    .arg(integration->name));
    });

    WindowGeometry::restore(this, m_split, QSize(960, 600));

    m_stack->setCurrentIndex(m_model->rowCount() ? 1 : 0);
    if (m_model->rowCount())
        m_table->selectRow(0);
    updateActions();
    updateDetails();
    m_addButton->setFocus();
}

IntegrationsWindow::~IntegrationsWindow() = default;

void IntegrationsWindow::buildActions()
{
    m_add = new QAction(tr("&Add integration…"), this);
    m_add->setShortcut(QKeySequence::New);
    connect(m_add, &QAction::triggered, this, &IntegrationsWindow::addIntegration);
    m_importNow = new QAction(tr("&Import now"), this);
    m_importNow->setShortcut(QKeySequence::Refresh);
    connect(m_importNow, &QAction::triggered, this, &IntegrationsWindow::importSelectedNow);
    m_pause = new QAction(tr("&Pause"), this);
    connect(m_pause, &QAction::triggered, this, &IntegrationsWindow::togglePauseOfSelected);
    m_edit = new QAction(tr("&Edit…"), this);
    m_edit->setShortcut(Qt::Key_F2);
    connect(m_edit, &QAction::triggered, this, &IntegrationsWindow::editSelected);
    m_changePassword = new QAction(tr("Change pass&word…"), this);
    connect(
        m_changePassword, &QAction::triggered, this, &IntegrationsWindow::changePasswordOfSelected);
    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &IntegrationsWindow::deleteSelected);

    QMenu *menu = menuBar()->addMenu(tr("&Integration"));
    menu->addAction(m_add);
    menu->addSeparator();
    menu->addActions({m_importNow, m_pause, m_edit, m_changePassword});
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"), this, [this] { m_background->quit(); });
    // The platform's Quit, and Ctrl+Q where it has none (Windows' key scheme, Qt's offscreen).
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty())
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    quit->setShortcuts(quitKeys);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Workloads…"), this, [this] { showWorkloads(); });
}

QString IntegrationsWindow::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(IntegrationsModel::IdRole).toString();
}

void IntegrationsWindow::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void IntegrationsWindow::reload()
{
    m_model->reload();
}

void IntegrationsWindow::onIntegrationChanged(const QString &id)
{
    if (id == selectedId()) {
        updateActions();
        updateDetails();
    }
}

void IntegrationsWindow::updateActions()
{
    const QString id = selectedId();
    const bool any = !id.isEmpty();
    for (QAction *action : {m_importNow, m_pause, m_edit, m_changePassword, m_delete})
        action->setEnabled(any);
    if (!any)
        return;
    const std::optional<Integration> integration = m_service.find(id);
    const bool paused = integration && integration->paused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_importNow->setEnabled(!paused && !m_service.engine()->isRunning(id));
}

void IntegrationsWindow::updateDetails()
{
    const QString id = selectedId();
    const std::optional<Integration> integration = m_service.find(id);
    m_detailsView->setIntegration(integration ? id : QString());
    m_detailsView->setVisible(integration.has_value());
    if (!integration) {
        m_details->clear();
        m_details->hide();
        m_progress->hide();
        return;
    }
    QString details;
    if (!integration->lastError.isEmpty()) {
        details = tr("%1: %2").arg(integration->name, integration->lastError);
        if (const QString fix = IntegrationsModel::fixText(integration->fix); !fix.isEmpty())
            details += QLatin1Char(' ') + fix;
        else if (integration->nextImportAt.isValid())
            //: %1 is a date and time.
            details += QLatin1Char(' ')
                + tr("ACD Connect tries again at %1.")
                      .arg(QLocale().toString(
                          integration->nextImportAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    const ImportProgress progress = m_model->progressOf(id);
    m_progress->setProgress(progress);
    // A finished import says so in the table and the status bar; the room goes to the details.
    m_progress->setVisible(progress.phase != ImportProgress::Phase::Idle
        && progress.phase != ImportProgress::Phase::Finished);
    updateActions();
}

void IntegrationsWindow::showError(const QString &message)
{
    qWarning("%s", qPrintable(message));
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("ACD Connect"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void IntegrationsWindow::addIntegration()
{
    auto *wizard = new AddIntegrationWizard(m_service, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &AddIntegrationWizard::integrationSaved, this, &IntegrationsWindow::select);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    emit wizardOpened(wizard);
}

void IntegrationsWindow::editSelected()
{
    const auto integration = m_service.find(selectedId());
    if (!integration)
        return;
    auto *dialog = new EditIntegrationDialog(m_service, *integration, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &IntegrationsWindow::reload);
    dialog->open();
}

void IntegrationsWindow::changePasswordOfSelected()
{
    const auto integration = m_service.find(selectedId());
    if (!integration)
        return;
    auto *dialog = new ChangePasswordDialog(m_service, *integration, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("The new password is kept in the system keychain."), 8000);
    });
    dialog->open();
}

void IntegrationsWindow::togglePauseOfSelected()
{
    const QString id = selectedId();
    const auto integration = m_service.find(id);
    if (!integration)
        return;
    if (integration->paused)
        m_service.resume(id);
    else
        m_service.pause(id);
}

void IntegrationsWindow::importSelectedNow()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        m_service.importNow(id);
    updateActions();
}

void IntegrationsWindow::deleteSelected()
{
    const auto integration = m_service.find(selectedId());
    if (!integration || m_confirmingDelete)
        return;
    m_confirmingDelete = true;
    // The question says what goes with it (data, workloads): read first, off this thread.
    DeleteQuestion::fetch(m_service, integration->id, this,
        [this, doomed = *integration](const DeleteQuestion::Losses &losses) {
            m_confirmingDelete = false;
            confirmDelete(doomed, DeleteQuestion::text(m_service, doomed, losses));
        });
}

void IntegrationsWindow::confirmDelete(const Integration &doomed, const QString &lossesText)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete integration"),
        tr("Delete \"%1\"?").arg(doomed.name), QMessageBox::NoButton, this);
    box->setInformativeText(lossesText);
    DeleteQuestion::fitTitle(box);
    QPushButton *deleteButton = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, deleteButton, doomed] {
        if (box->clickedButton() != deleteButton)
            return;
        ServiceOperation *removal = m_service.remove(doomed.id);
        connect(removal, &ServiceOperation::finished, this,
            [this, doomed](const ServiceOperation::Result &result) {
                if (!result.ok()) {
                    showError(result.message);
                    return;
                }
                statusBar()->showMessage(tr("%1 was deleted.").arg(doomed.name), 8000);
                emit integrationDeleted(doomed.id);
            });
    });
    box->open();
}

WorkloadsWindow *IntegrationsWindow::workloadsWindow() const
{
    return m_workloadsWindow;
}

void IntegrationsWindow::showWorkloads(qint64 queueId)
{
    if (!m_workloadsWindow)
        m_workloadsWindow = new WorkloadsWindow(m_service, this);
    m_workloadsWindow->show();
    m_workloadsWindow->raise();
    m_workloadsWindow->activateWindow();
    if (queueId >= 0)
        m_workloadsWindow->showQueue(queueId);
}

void IntegrationsWindow::comeForward()
{
    m_background->showWindow();
}

void IntegrationsWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window does not end the imports by itself: it goes to the tray, asks, or
    // quits once the imports have stopped (BackgroundImports::quitReady).
    event->ignore();
    m_background->windowClosed();
}

void IntegrationsWindow::hideEvent(QHideEvent *event)
{
    // Closed, to the tray, minimised or quitting: each leaves the window's place remembered.
    WindowGeometry::save(this, m_split);
    QMainWindow::hideEvent(event);
}
