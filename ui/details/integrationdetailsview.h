#pragma once

#include <QTabWidget>

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
// thread.
class IntegrationDetailsView : public QTabWidget
{
    Q_OBJECT
public:
    explicit IntegrationDetailsView(IntegrationService &service, QWidget *parent = nullptr);

    void setIntegration(const QString &id);
    QString integrationId() const { return m_id; }

    OverviewTab *overviewTab() const { return m_overview; }
    QueuesTab *queuesTab() const { return m_queues; }
    UsersMappingView *usersTab() const { return m_users; }
    ActivitiesMappingView *activitiesTab() const { return m_activities; }
    HistoryTab *historyTab() const { return m_history; }
    ScheduleSettingsTab *settingsTab() const { return m_settings; }

signals:
    void assignRequested(qint64 queueId);

private:
    void refreshCurrent();

    IntegrationService &m_service;
    QString m_id;
    OverviewTab *m_overview;
    QueuesTab *m_queues;
    UsersMappingView *m_users;
    ActivitiesMappingView *m_activities;
    HistoryTab *m_history;
    ScheduleSettingsTab *m_settings;
};
