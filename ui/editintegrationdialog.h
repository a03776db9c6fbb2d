#pragma once

#include "integrations/integration.h"
#include "integrations/integrationservice.h"
#include "integrations/serviceoperation.h"

#include <QDialog>
#include <QPointer>

class ErrorBanner;
class FieldForm;
class IntegrationService;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

// Edit an integration's name and the connector's details. A changed connection setting (the
// region) is checked with the ACD before it is saved; a changed data setting (grouping, time
// zone) replaces the data imported so far, after the admin confirms. Credentials change
// through ChangePasswordDialog.
class EditIntegrationDialog : public QDialog
{
    Q_OBJECT
public:
    EditIntegrationDialog(
        IntegrationService &service, const Integration &integration, QWidget *parent = nullptr);

    void accept() override;
    void reject() override;

private:
    QVariantMap settings() const; // as saved, with the form's changes
    void refresh();
    void save();
    void askToReplace(
        const IntegrationService::SettingsChange &change, const QString &workloadLosses);

    IntegrationService &m_service;
    Integration m_integration;
    QLineEdit *m_name;
    ErrorBanner *m_problem; // the name's
    FieldForm *m_form;
    QLabel *m_status;
    ErrorBanner *m_failure; // the save's
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QPointer<ServiceOperation> m_operation;
};
