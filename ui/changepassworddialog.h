#pragma once

#include "integrations/integration.h"
#include "integrations/serviceoperation.h"

#include <QDialog>
#include <QPointer>

class ErrorBanner;
class FieldForm;
class IntegrationService;
class QDialogButtonBox;
class QLabel;
class QProgressBar;

// Change the user or password of an integration: checked with the ACD first, then written to
// the keychain as a new generation; the old password stays in use until the new one is in.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(
        IntegrationService &service, const Integration &integration, QWidget *parent = nullptr);

    void accept() override;
    void reject() override;

private:
    IntegrationService &m_service;
    Integration m_integration;
    FieldForm *m_form;
    QLabel *m_status;
    ErrorBanner *m_problem;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QPointer<ServiceOperation> m_operation;
};
