#pragma once

#include "wizard/integrationwizardpage.h"

class QLabel;
class QLineEdit;

// Step 2: a unique name that says where the data comes from, checked as the user types.
class NamePage : public IntegrationWizardPage
{
    Q_OBJECT
public:
    NamePage();

    void initializePage() override;
    bool isComplete() const override;

private:
    QString problem() const;
    void refresh();

    QLineEdit *m_name;
    QLabel *m_problem;
    QString m_lastSuggestion;
};
