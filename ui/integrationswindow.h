#pragma once

#include <QMainWindow>
#include <QPointer>

class BackgroundImports;
class IntegrationService;
class DesktopNotifier;
class ImportProgressView;
class IntegrationDetailsView;
class QSplitter;
class IntegrationsModel;
class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class WorkloadsWindow;
struct Integration;

// Account › Integrations: every integration with its state and import times, the button
// Add integration, and the actions on the selected one.
class IntegrationsWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit IntegrationsWindow(IntegrationService &service, QWidget *parent = nullptr);
    ~IntegrationsWindow() override;

    IntegrationsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DesktopNotifier *notifier() const { return m_notifier; }
    // The tray, the questions at close and Quit, and when the program may end (quitReady).
    BackgroundImports *backgroundImports() const { return m_background; }
    IntegrationDetailsView *detailsView() const { return m_detailsView; }
    QString selectedId() const;
    void select(const QString &id);
    WorkloadsWindow *workloadsWindow() const; // nullptr until first shown

public slots:
    // Opens the wizard; returns at once (the wizard is window-modal, not a nested loop).
    void addIntegration();
    void editSelected();
    void changePasswordOfSelected();
    void togglePauseOfSelected();
    void importSelectedNow();
    void deleteSelected();
    // Opens (or raises) the Workloads window; with a queue id, selects that queue in it.
    void showWorkloads(qint64 queueId = -1);
    // Shown, raised and activated: a second window on this database asked for it, or the tray.
    void comeForward();

signals:
    void wizardOpened(QWidget *wizard);
    void integrationDeleted(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildActions();
    void updateActions();
    void updateDetails();
    void reload();
    void onIntegrationChanged(const QString &id);
    void showError(const QString &message);
    void confirmDelete(const Integration &doomed, const QString &lossesText);

    IntegrationService &m_service;
    IntegrationsModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_details;
    ImportProgressView *m_progress;
    QSplitter *m_split;
    IntegrationDetailsView *m_detailsView;
    DesktopNotifier *m_notifier = nullptr;
    BackgroundImports *m_background = nullptr;
    QPushButton *m_addButton;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_changePassword;
    QAction *m_pause;
    QAction *m_importNow;
    QAction *m_delete;
    QString m_reselect;
    QPointer<WorkloadsWindow> m_workloadsWindow;
    bool m_confirmingDelete = false; // reading what the deletion would take with it
};
