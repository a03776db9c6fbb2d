#pragma once

#include "wizard/integrationwizardpage.h"

class QListWidget;

// Step 1: which ACD. Every registered connector with its icon, name and what it imports.
class TypePage : public IntegrationWizardPage
{
    Q_OBJECT
    Q_PROPERTY(QString connectorId READ connectorId NOTIFY connectorIdChanged)
public:
    TypePage();

    void initializePage() override;
    bool isComplete() const override;
    QString connectorId() const;

signals:
    void connectorIdChanged();

private:
    QListWidget *m_list;
};
