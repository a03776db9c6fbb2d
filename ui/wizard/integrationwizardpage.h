#pragma once

#include <QWizardPage>

class AddIntegrationWizard;
class IntegrationService;

// What every page of the Add-integration wizard shares: typed access to its wizard and the
// integration service, so no page casts wizard() itself.
class IntegrationWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

protected:
    AddIntegrationWizard *integrationWizard() const;
    IntegrationService &service() const;
    QString chosenType() const;
};
