#include "workloadswindow.h"

#include "integrations/integrationname.h"
#include "integrations/integrationservice.h"
#include "mapping/workloadservice.h"
#include "queueassignmenttree.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

constexpr int WorkloadIdRole = Qt::UserRole + 1;

// A name inside a button's text: a mnemonic's '&' doubled, a long name cut short.
QString buttonText(const QWidget *button, const QString &name)
{
    return button->fontMetrics()
        .elidedText(name, Qt::ElideMiddle, 180)
        .replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

WorkloadsWindow::WorkloadsWindow(IntegrationService &service, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_service(service)
    , m_workloads(new QTreeWidget(this))
    , m_workloadsHint(new QLabel(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_search(new QLineEdit(this))
    , m_queues(new QueueAssignmentTree(this))
    , m_queuesHint(new QLabel(this))
    , m_assign(new QPushButton(this))
    , m_unassign(new QPushButton(tr("Re&move from workload"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("workloadsWindow"));
    setWindowTitle(tr("Workloads – ACD Connect"));

    auto *intro = new QLabel(tr("A workload groups queues from any integration for planning. "
                                "A queue is in at most one workload."),
        this);
    intro->setWordWrap(true);

    m_workloads->setObjectName(QStringLiteral("workloadList"));
    m_workloads->setAccessibleName(tr("Workloads"));
    m_workloads->setHeaderLabels({tr("Workload"), tr("Queues")});
    m_workloads->setRootIsDecorated(false);
    m_workloads->setUniformRowHeights(true);
    m_workloads->header()->setStretchLastSection(false);
    m_workloads->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_workloads->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *workloadsLabel = new QLabel(tr("&Workloads"), this);
    workloadsLabel->setBuddy(m_workloads);
    m_workloadsHint->setText(tr("No workloads yet. Create one with New…, then assign queues "
                                "to it."));
    m_workloadsHint->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("newWorkloadButton"));
    m_rename->setObjectName(QStringLiteral("renameWorkloadButton"));
    m_delete->setObjectName(QStringLiteral("deleteWorkloadButton"));
    auto *deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_workloads->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &WorkloadsWindow::deleteSelectedWorkload);

    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setAccessibleName(tr("Search queues"));
    m_search->setPlaceholderText(tr("Queue name or ID"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search queues:"), this);
    searchLabel->setBuddy(m_search);
    m_queues->setObjectName(QStringLiteral("queueTree"));
    m_queues->setAccessibleName(tr("Queues of every integration"));
    auto *queuesLabel = new QLabel(tr("&Queues"), this);
    queuesLabel->setBuddy(m_queues);
    m_queuesHint->setText(tr("No queues yet. The queues of an integration appear here after "
                             "its first import."));
    m_queuesHint->setWordWrap(true);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_unassign->setObjectName(QStringLiteral("unassignButton"));
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_queues->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &WorkloadsWindow::unassignSelectedQueues);

    m_status->setObjectName(QStringLiteral("workloadsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(workloadsLabel);
    leftLayout->addWidget(m_workloads, 1);
    leftLayout->addWidget(m_workloadsHint);
    auto *workloadButtons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_rename, m_delete})
        workloadButtons->addWidget(button);
    workloadButtons->addStretch();
    leftLayout->addLayout(workloadButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    rightLayout->addLayout(searchRow);
    rightLayout->addWidget(queuesLabel);
    rightLayout->addWidget(m_queues, 1);
    rightLayout->addWidget(m_queuesHint);
    auto *queueButtons = new QHBoxLayout;
    queueButtons->addWidget(m_assign);
    queueButtons->addWidget(m_unassign);
    queueButtons->addStretch();
    rightLayout->addLayout(queueButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({270, 530});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    auto *closeKey = new QAction(this);
    closeKey->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    addAction(closeKey);
    connect(closeKey, &QAction::triggered, this, &QWidget::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    setTabOrder(m_workloads, m_new);
    setTabOrder(m_new, m_rename);
    setTabOrder(m_rename, m_delete);
    setTabOrder(m_delete, m_search);
    setTabOrder(m_search, m_queues);
    setTabOrder(m_queues, m_assign);
    setTabOrder(m_assign, m_unassign);

    connect(m_new, &QPushButton::clicked, this, &WorkloadsWindow::newWorkload);
    connect(m_rename, &QPushButton::clicked, this, &WorkloadsWindow::renameSelectedWorkload);
    connect(m_delete, &QPushButton::clicked, this, &WorkloadsWindow::deleteSelectedWorkload);
    connect(m_assign, &QPushButton::clicked, this, &WorkloadsWindow::assignSelectedQueues);
    connect(m_unassign, &QPushButton::clicked, this, &WorkloadsWindow::unassignSelectedQueues);
    connect(m_workloads, &QTreeWidget::itemSelectionChanged, this, &WorkloadsWindow::updateButtons);
    connect(
        m_workloads, &QTreeWidget::itemActivated, this, &WorkloadsWindow::renameSelectedWorkload);
    connect(m_queues, &QTreeWidget::itemSelectionChanged, this, &WorkloadsWindow::updateButtons);
    connect(m_search, &QLineEdit::textChanged, m_queues, &QueueAssignmentTree::setFilter);

    // Hidden, it only notes that it must read again when shown.
    const auto changed = [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    };
    connect(m_service.workloads(), &WorkloadService::workloadsChanged, this, changed);
    connect(&m_service, &IntegrationService::integrationsChanged, this, changed);
    connect(&m_service, &IntegrationService::integrationChanged, this, changed);

    resize(900, 620);
    if (const QScreen *screen = this->screen()) // an 800×600 screen, less a frame and title bar
        resize(size().boundedTo(screen->availableSize() - QSize(20, 50)));
    m_workloads->setFocus();
    updateButtons();
}

WorkloadsWindow::~WorkloadsWindow() = default;

QTreeWidget *WorkloadsWindow::workloadList() const
{
    return m_workloads;
}

QString WorkloadsWindow::leavingText(const QList<WorkloadLoss> &losses)
{
    QStringList sentences;
    for (const WorkloadLoss &loss : losses)
        sentences << tr("%n queue(s) leave the workload \"%1\".", nullptr, loss.queueCount)
                         .arg(loss.workloadName);
    return sentences.join(QLatin1Char(' '));
}

void WorkloadsWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void WorkloadsWindow::reload()
{
    m_stale = false;
    if (m_loading) {
        m_reloadAgain = true; // what is being read may be older than the change
        return;
    }
    m_loading = true;
    WorkloadService *workloads = m_service.workloads();
    workloads->fetchWorkloads(this, [this, workloads](const auto &fetchedWorkloads) {
        workloads->fetchQueues(this, [this, fetchedWorkloads](const auto &fetchedQueues) {
            m_loading = false;
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
                return;
            }
            if (!fetchedWorkloads.ok() || !fetchedQueues.ok())
                setStatus(fetchedWorkloads.ok() ? fetchedQueues.error : fetchedWorkloads.error);
            if (fetchedWorkloads.ok())
                showWorkloads(fetchedWorkloads.items);
            if (fetchedQueues.ok()) {
                m_queues->setQueues(fetchedQueues.items);
                m_queuesHint->setVisible(fetchedQueues.items.isEmpty());
            }
            if (const qint64 queue = std::exchange(m_showAfterReload, 0))
                showQueue(queue);
            updateButtons();
            emit reloaded();
        });
    });
}

void WorkloadsWindow::showWorkloads(const QList<Workload> &workloads)
{
    const qint64 selected
        = m_selectAfterReload ? std::exchange(m_selectAfterReload, 0) : selectedWorkloadId();
    const bool hadFocus = m_workloads->hasFocus();
    const QSignalBlocker blocker(m_workloads);
    m_workloads->clear();
    QTreeWidgetItem *select = nullptr;
    for (const Workload &workload : workloads) {
        auto *item = new QTreeWidgetItem(
            m_workloads, {workload.name, QLocale().toString(workload.queueCount)});
        item->setData(0, WorkloadIdRole, workload.id);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (workload.id == selected || !select)
            select = item;
    }
    if (select)
        m_workloads->setCurrentItem(select);
    m_workloadsHint->setVisible(workloads.isEmpty());
    if (hadFocus)
        m_workloads->setFocus();
}

qint64 WorkloadsWindow::selectedWorkloadId() const
{
    const QList<QTreeWidgetItem *> items = m_workloads->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, WorkloadIdRole).toLongLong();
}

QString WorkloadsWindow::selectedWorkloadName() const
{
    const QList<QTreeWidgetItem *> items = m_workloads->selectedItems();
    return items.isEmpty() ? QString() : items.first()->text(0);
}

void WorkloadsWindow::selectWorkload(qint64 id)
{
    for (int i = 0; i < m_workloads->topLevelItemCount(); ++i)
        if (m_workloads->topLevelItem(i)->data(0, WorkloadIdRole).toLongLong() == id)
            m_workloads->setCurrentItem(m_workloads->topLevelItem(i));
}

void WorkloadsWindow::updateButtons()
{
    const QString workload = selectedWorkloadName();
    m_rename->setEnabled(!workload.isEmpty());
    m_delete->setEnabled(!workload.isEmpty());
    m_assign->setText(workload.isEmpty() ? tr("&Assign to workload")
                                         : tr("&Assign to %1").arg(buttonText(m_assign, workload)));
    m_assign->setToolTip(workload.isEmpty() ? QString() : tr("Assign to %1").arg(workload));
    const QList<qint64> queues = m_queues->selectedQueueIds();
    m_assign->setEnabled(!workload.isEmpty() && !queues.isEmpty());
    bool anyAssigned = false;
    for (const qint64 id : queues)
        anyAssigned = anyAssigned || m_queues->queues().value(id).workloadId != 0;
    m_unassign->setEnabled(anyAssigned);
}

void WorkloadsWindow::setStatus(const QString &text)
{
    m_status->setText(text);
}

void WorkloadsWindow::showQueue(qint64 queueId)
{
    if (m_loading || m_stale) {
        m_showAfterReload = queueId;
        if (m_stale && isVisible())
            reload();
        return;
    }
    if (!m_queues->isShown(queueId) && m_queues->queues().contains(queueId))
        m_search->clear();
    if (m_queues->showQueue(queueId))
        m_queues->setFocus();
    else
        setStatus(tr("That queue is no longer there: its integration may have been deleted or "
                     "imported again."));
}

void WorkloadsWindow::askName(const QString &title, const QString &name, const QString &problem,
    std::function<void(const QString &)> accepted)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("workloadNameDialog"));
    dialog->setWindowTitle(title);
    dialog->setLabelText(problem.isEmpty() ? tr("&Name:") : problem + u'\n' + tr("&Name:"));
    dialog->setTextValue(name);
    if (auto *edit = dialog->findChild<QLineEdit *>()) {
        edit->setAccessibleName(tr("Workload name"));
        edit->setMaxLength(IntegrationName::MaximumLength);
    }
    connect(dialog, &QInputDialog::textValueSelected, this, std::move(accepted));
    dialog->open();
}

void WorkloadsWindow::newWorkload()
{
    askName(tr("New workload"), {}, {}, [this](const QString &name) { createWorkload(name); });
}

void WorkloadsWindow::createWorkload(const QString &name)
{
    m_service.workloads()->create(name, this, [this, name](const WorkloadService::Result &result) {
        if (!result.ok()) {
            // Asked again, with the reason and what was typed.
            askName(tr("New workload"), name, result.message,
                [this](const QString &again) { createWorkload(again); });
            return;
        }
        m_selectAfterReload = result.workloadId;
        setStatus(tr("The workload \"%1\" was created. Select queues and assign them to it.")
                      .arg(name.trimmed()));
    });
}

void WorkloadsWindow::renameSelectedWorkload()
{
    const qint64 id = selectedWorkloadId();
    if (!id)
        return;
    askName(tr("Rename workload"), selectedWorkloadName(), {},
        [this, id](const QString &name) { renameWorkload(id, name); });
}

void WorkloadsWindow::renameWorkload(qint64 id, const QString &name)
{
    m_service.workloads()->rename(id, name, this, [this, id, name](const auto &result) {
        if (!result.ok()) {
            if (result.kind == WorkloadService::Result::Kind::NotFound
                || result.kind == WorkloadService::Result::Kind::DatabaseError)
                return setStatus(result.message);
            askName(tr("Rename workload"), name, result.message,
                [this, id](const QString &again) { renameWorkload(id, again); });
        }
    });
}

void WorkloadsWindow::deleteSelectedWorkload()
{
    const qint64 id = selectedWorkloadId();
    if (!id)
        return;
    const QString name = selectedWorkloadName();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete workload"),
        tr("Delete the workload \"%1\"?").arg(name), QMessageBox::NoButton, this);
    box->setInformativeText(tr("Its queues are not deleted: they are then in no workload."));
    QPushButton *deleteButton = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, deleteButton, id, name] {
        if (box->clickedButton() != deleteButton)
            return;
        m_service.workloads()->remove(id, this, [this, name](const auto &result) {
            setStatus(
                result.ok() ? tr("The workload \"%1\" was deleted.").arg(name) : result.message);
        });
    });
    box->open();
}

void WorkloadsWindow::assignSelectedQueues()
{
    const qint64 workloadId = selectedWorkloadId();
    const QList<qint64> queueIds = m_queues->selectedQueueIds();
    if (!workloadId || queueIds.isEmpty())
        return;
    const QString workloadName = selectedWorkloadName();
    // The workloads the queues leave, as this window last read them (the store moves them
    // whatever happened since, and says so).
    QList<WorkloadLoss> losses;
    for (const qint64 id : queueIds) {
        const AssignableQueue queue = m_queues->queues().value(id);
        if (!queue.workloadId || queue.workloadId == workloadId)
            continue;
        auto loss = std::find_if(losses.begin(), losses.end(),
            [&](const WorkloadLoss &l) { return l.workloadId == queue.workloadId; });
        if (loss == losses.end())
            losses.append({queue.workloadId, queue.workloadName, 1});
        else
            ++loss->queueCount;
    }
    if (losses.isEmpty())
        return assign(workloadId, workloadName, queueIds);

    auto *box = new QMessageBox(QMessageBox::Question, tr("Move queues"),
        tr("Assign %n queue(s) to the workload \"%1\"?", nullptr, int(queueIds.size()))
            .arg(workloadName),
        QMessageBox::NoButton, this);
    box->setInformativeText(leavingText(losses) + u' ' + tr("A queue is in at most one workload."));
    QPushButton *assignButton = box->addButton(tr("&Assign"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(assignButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
        [this, box, assignButton, workloadId, workloadName, queueIds] {
            if (box->clickedButton() == assignButton)
                assign(workloadId, workloadName, queueIds);
        });
    box->open();
}

void WorkloadsWindow::assign(
    qint64 workloadId, const QString &workloadName, const QList<qint64> &queueIds)
{
    m_service.workloads()->assign(
        workloadId, queueIds, this, [this, workloadName](const WorkloadService::Result &result) {
            if (!result.ok())
                return setStatus(result.message);
            QString text
                = tr("%n queue(s) assigned to \"%1\".", nullptr, result.changed).arg(workloadName);
            if (!result.moved.isEmpty())
                text += u' '
                    + tr("%n of them moved from another workload.", nullptr,
                        int(result.moved.size()));
            setStatus(text);
        });
}

void WorkloadsWindow::unassignSelectedQueues()
{
    QList<qint64> assigned;
    for (const qint64 id : m_queues->selectedQueueIds())
        if (m_queues->queues().value(id).workloadId)
            assigned.append(id);
    if (assigned.isEmpty())
        return;
    m_service.workloads()->unassign(assigned, this, [this](const WorkloadService::Result &result) {
        setStatus(result.ok()
                ? tr("%n queue(s) removed from their workload.", nullptr, result.changed)
                : result.message);
    });
}
