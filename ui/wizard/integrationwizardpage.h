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
    // Where a page puts its widgets: it scrolls when the screen is too small for them, so the
    // wizard and its buttons fit an 800×600 screen whatever the language.
    QWidget *body();

    AddIntegrationWizard *integrationWizard() const;
    IntegrationService &service() const;
    QString chosenType() const;

private:
    QWidget *m_body = nullptr;
};
