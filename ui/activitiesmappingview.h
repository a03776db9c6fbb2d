#pragma once

#include "mapping/mappingdata.h"

#include <QWidget>

class IntegrationService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

// The states and reason codes of one integration's ACD, the most frequent first, and the
// activity each counts as: "present" until the admin chooses another. The admin's activity
// set starts with the defaults (present, available, on contact…) and can be extended here.
class ActivitiesMappingView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesMappingView)
public:
    enum Column { NameColumn, KindColumn, OccurrencesColumn, ActivityColumn, ColumnCount };

    explicit ActivitiesMappingView(IntegrationService &service, QWidget *parent = nullptr);

    void setIntegration(const QString &id);
    QString integrationId() const { return m_integrationId; }

signals:
    void loaded(); // the table shows the database as it is now (tests, screenshots)

private:
    void reload();
    void display(const ActivitiesMapping &mapping);
    void fill();
    void fillChoices();
    void updateActions();
    QList<qint64> selectedIds() const;
    void mapSelected();
    void addActivity();
    QString activityName(std::optional<qint64> id) const;

    IntegrationService &m_service;
    QString m_integrationId;
    ActivitiesMapping m_mapping;
    bool m_supported = true;
    qint64 m_pendingChoice = 0; // an activity just added, to choose once the list has it
    QLabel *m_unsupported;
    QLabel *m_summary;
    QLineEdit *m_search;
    QCheckBox *m_unmappedOnly;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QComboBox *m_choice;
    QPushButton *m_map;
    QPushButton *m_add;
};
