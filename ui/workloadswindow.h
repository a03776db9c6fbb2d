#pragma once

#include "mapping/workload.h"

#include <QWidget>

class IntegrationService;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QueueAssignmentTree;

// Workloads: the admin's workloads on the left; on the right every queue of every
// integration, grouped by integration and searchable, to assign to the selected workload.
// A window of its own, not modal; reads and writes through IntegrationService::workloads().
class WorkloadsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit WorkloadsWindow(IntegrationService &service, QWidget *parent = nullptr);
    ~WorkloadsWindow() override;

    // One sentence per workload, e.g. "3 queues leave the workload "Sales Milano"."; for
    // asking before queues leave their workloads (a move, a deleted integration).
    static QString leavingText(const QList<WorkloadLoss> &losses);

    QTreeWidget *workloadList() const;
    QueueAssignmentTree *queueTree() const { return m_queues; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *unassignButton() const { return m_unassign; }
    qint64 selectedWorkloadId() const;
    void selectWorkload(qint64 id);

public slots:
    // Selects the queue and scrolls to it (once the queues are read, if they are not yet),
    // clearing a search that hides it.
    void showQueue(qint64 queueId);
    // Reads the workloads and queues again; reloaded() when both are shown.
    void reload();
    void newWorkload();
    void renameSelectedWorkload();
    void deleteSelectedWorkload();
    // To the selected workload; asks first when queues leave another workload.
    void assignSelectedQueues();
    void unassignSelectedQueues();

signals:
    void reloaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showWorkloads(const QList<Workload> &workloads);
    void updateButtons();
    void setStatus(const QString &text);
    void askName(const QString &title, const QString &name, const QString &problem,
        std::function<void(const QString &)> accepted);
    void createWorkload(const QString &name);
    void renameWorkload(qint64 id, const QString &name);
    void assign(qint64 workloadId, const QString &workloadName, const QList<qint64> &queueIds);
    QString selectedWorkloadName() const;

    IntegrationService &m_service;
    QTreeWidget *m_workloads;
    QLabel *m_workloadsHint;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QLineEdit *m_search;
    QueueAssignmentTree *m_queues;
    QLabel *m_queuesHint;
    QPushButton *m_assign;
    QPushButton *m_unassign;
    QLabel *m_status;
    bool m_stale = true; // something changed while the window was hidden
    bool m_loading = false;
    bool m_reloadAgain = false;
    qint64 m_selectAfterReload = 0; // a workload just created
    qint64 m_showAfterReload = 0; // a queue asked for before the queues were read
};
