#pragma once

#include "wizard/integrationwizardpage.h"

class ImportProgressView;
class QLabel;

// The last page: the integration is saved and its first import runs; this shows how far it
// got and how long it should still take. Closing the wizard leaves the import running.
class ImportPage : public IntegrationWizardPage
{
    Q_OBJECT
public:
    ImportPage();

    void initializePage() override;

private:
    QLabel *m_intro;
    ImportProgressView *m_view;
};
