#pragma once

#include "storage/importeddatastore.h"

#include <QWidget>

class IntegrationService;
class QFormLayout;
class QLabel;

// An integration at a glance: its state in words, last and next import, the last error with
// its fix, the range of data held and how much of each kind.
class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewTab(IntegrationService &service, QWidget *parent = nullptr);

    void setIntegration(const QString &id);
    void refresh();
    const ImportedDataStore::Overview &overview() const { return m_overview; }

signals:
    void refreshed();

private:
    void showIntegration();
    void showCounts();
    QLabel *addRow(const QString &label);

    IntegrationService &m_service;
    QString m_id;
    ImportedDataStore::Overview m_overview;
    QFormLayout *m_form;
    QLabel *m_state;
    QLabel *m_lastImport;
    QLabel *m_nextImport;
    QLabel *m_error;
    QLabel *m_range;
    QLabel *m_queues;
    QLabel *m_rows;
    QLabel *m_users;
    QLabel *m_activities;
    QLabel *m_agentStates;
};
