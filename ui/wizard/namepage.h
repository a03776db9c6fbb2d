#pragma once

#include "wizard/integrationwizardpage.h"

class ErrorBanner;
class QLineEdit;

// Step 2: a unique name that says where the data comes from, checked as the user types.
class NamePage : public IntegrationWizardPage
{
    Q_OBJECT
public:
    NamePage();

    void initializePage() override;
    // Keeps the name when the admin steps back past this page (QWizardPage would reset it).
    void cleanupPage() override;
    bool isComplete() const override;
    // Shows name unless the admin has typed one of their own.
    void suggest(const QString &name);

private:
    QString problem() const;
    void refresh();

    QLineEdit *m_name;
    ErrorBanner *m_problem;
    QString m_lastSuggestion;
};
