#include "wizard/integrationwizardpage.h"

#include "wizard/addintegrationwizard.h"

AddIntegrationWizard *IntegrationWizardPage::integrationWizard() const
{
    return qobject_cast<AddIntegrationWizard *>(wizard());
}

IntegrationService &IntegrationWizardPage::service() const
{
    return integrationWizard()->service();
}

QString IntegrationWizardPage::chosenType() const
{
    return field(QStringLiteral("type")).toString();
}
