#include "wizard/integrationwizardpage.h"

#include "wizard/addintegrationwizard.h"

#include <QScrollArea>
#include <QVBoxLayout>

QWidget *IntegrationWizardPage::body()
{
    if (m_body)
        return m_body;
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the inputs, not to the frame around them
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps instead
    m_body = new QWidget(scroll);
    scroll->setWidget(m_body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return m_body;
}

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
