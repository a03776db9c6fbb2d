#pragma once

#include "integrations/serviceoperation.h"
#include "wizard/integrationwizardpage.h"

#include <QPointer>

class ErrorBanner;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

// Step 5: a summary without secrets, and Save integration. Saving checks the credentials
// with the ACD, then writes the keychain and the store (IntegrationService::create); the wizard
// stays responsive and Cancel stops the check. A failure says why and offers the page that fixes
// it. Adding an account that another integration already imports is allowed, after a warning.
class SavePage : public IntegrationWizardPage
{
    Q_OBJECT
public:
    SavePage();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isBusy() const { return m_operation && m_operation->isRunning(); }
    void cancelSaving();

private:
    void startSaving();
    void onStep(ServiceOperation::Step step);
    void onFinished(const ServiceOperation::Result &result);
    void showProblem(const QString &message, int fixPage);

    QFormLayout *m_summary;
    QLabel *m_warning;
    QProgressBar *m_busy;
    QLabel *m_status;
    ErrorBanner *m_problem;
    QPushButton *m_fix;
    QPointer<ServiceOperation> m_operation;
    int m_fixPage = -1;
    bool m_saved = false;
};
