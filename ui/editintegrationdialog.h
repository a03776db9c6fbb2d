#pragma once

#include "integrations/integration.h"

#include <QDialog>

struct AppContext;
class FieldForm;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Edit an integration's name and the connector's details. Credentials change through
// ChangePasswordDialog, which checks them with the ACD first.
class EditIntegrationDialog : public QDialog
{
    Q_OBJECT
public:
    EditIntegrationDialog(
        AppContext &context, const Integration &integration, QWidget *parent = nullptr);

    void accept() override;

private:
    void refresh();

    AppContext &m_context;
    Integration m_integration;
    QLineEdit *m_name;
    QLabel *m_problem;
    FieldForm *m_form;
    QDialogButtonBox *m_buttons;
};
