#pragma once

#include <QTabWidget>

#include <array>

class HistoryTab;
class IntegrationService;
class OverviewTab;
class QueuesTab;
class ScheduleSettingsTab;
class ActivitiesMappingView;
class UsersMappingView;

// The selected integration in tabs: Overview, Queues (with a chart), Users and Activities
// (the mapping, for connectors that import agent status data), History and Settings. Each
// tab reads when it is shown and again when an import of its integration ends, off the GUI
// thread. A tab is built the first time it is shown or asked for (start-up pays for the
// Overview only: docs/benchmarks.md, (d)).
class IntegrationDetailsView : public QTabWidget
{
    Q_OBJECT
public:
    explicit IntegrationDetailsView(IntegrationService &service, QWidget *parent = nullptr);

    void setIntegration(const QString &id);
    QString integrationId() const { return m_id; }

    // Each builds its tab if it is not built yet.
    OverviewTab *overviewTab();
    QueuesTab *queuesTab();
    UsersMappingView *usersTab();
    ActivitiesMappingView *activitiesTab();
    HistoryTab *historyTab();
    ScheduleSettingsTab *settingsTab();

signals:
    void assignRequested(qint64 queueId);

private:
    enum Page { OverviewPage, QueuesPage, UsersPage, ActivitiesPage, HistoryPage, SettingsPage };
    static constexpr int PageCount = SettingsPage + 1;

    QWidget *page(Page which);
    void build(Page which);
    void showIntegrationIn(Page which);
    void onCurrentChanged();
    void refreshCurrent();
    static QString title(Page which);

    IntegrationService &m_service;
    QString m_id;
    bool m_agentStates = false;
    std::array<bool, PageCount> m_built {};
    std::array<bool, PageCount> m_readBeforeShown {};
};
