#include "wizard/importpage.h"

#include "import/importengine.h"
#include "importprogressview.h"
#include "integrations/integrationservice.h"
#include "wizard/addintegrationwizard.h"

#include <QLabel>
#include <QVBoxLayout>

ImportPage::ImportPage()
    : m_intro(new QLabel(this))
    , m_view(new ImportProgressView(this))
{
    setTitle(tr("Importing"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("The integration is saved and the first import has started. It can take "
                        "up to 15 minutes. You can close this window: the import goes on, and "
                        "Account › Integrations shows how it is doing."));
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(m_view);
    layout->addStretch();
}

void ImportPage::initializePage()
{
    const QString id = integrationWizard()->savedIntegrationId();
    setSubTitle(tr("%1 is saved, and its first import is running.")
                    .arg(field(QStringLiteral("name")).toString().trimmed()));
    m_view->setProgress(service().engine()->progress(id));
    connect(&service(), &IntegrationService::progressChanged, this,
        [this, id](const QString &integrationId, const ImportProgress &progress) {
            if (integrationId == id)
                m_view->setProgress(progress);
        });
}
