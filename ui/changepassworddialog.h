#pragma once

#include "integrations/integration.h"

#include <QDialog>

struct AppContext;
class FieldForm;
class IntegrationSetup;
class QDialogButtonBox;
class QLabel;
class QProgressBar;

// Change the user or password of an integration: checked with the ACD first, then the
// keychain entry is replaced. The old password stays until the new one is verified.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(
        AppContext &context, const Integration &integration, QWidget *parent = nullptr);

    void accept() override;
    void reject() override;

private:
    AppContext &m_context;
    Integration m_integration;
    FieldForm *m_form;
    QLabel *m_status;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    IntegrationSetup *m_setup = nullptr;
};
