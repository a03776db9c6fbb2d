#pragma once

#include "mapping/mappingdata.h"

#include <QWidget>

class IntegrationService;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

// The users of one integration's ACD and the agent each is: map to an existing agent, create
// agents from the selected users, accept the suggested matches, or ignore. Agent status data
// is imported only once a user is mapped, which a banner says until then.
class UsersMappingView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersMappingView)
public:
    enum Column { IdColumn, NameColumn, EmailColumn, AgentColumn, StatesColumn, ColumnCount };

    explicit UsersMappingView(IntegrationService &service, QWidget *parent = nullptr);

    void setIntegration(const QString &id);
    QString integrationId() const { return m_integrationId; }

signals:
    void loaded(); // the table shows the database as it is now (tests, screenshots)

private:
    void reload();
    void display(const UsersMapping &mapping);
    void fill();
    void updateActions();
    QList<qint64> selectedIds() const;
    void mapSelected();

    IntegrationService &m_service;
    QString m_integrationId;
    UsersMapping m_mapping;
    bool m_supported = true; // the integration's ACD imports agent status data
    QLabel *m_unsupported;
    QLabel *m_banner;
    QLabel *m_summary;
    QLineEdit *m_search;
    QCheckBox *m_unmappedOnly;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_map;
    QPushButton *m_create;
    QPushButton *m_accept;
    QPushButton *m_ignore;
};
