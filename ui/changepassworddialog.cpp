#include "changepassworddialog.h"

#include "errorbanner.h"
#include "fieldform.h"
#include "integrations/integrationservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(
    IntegrationService &service, const Integration &integration, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_integration(integration)
    , m_form(new FieldForm(this))
    , m_status(new QLabel(this))
    , m_problem(new ErrorBanner(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Change password of %1").arg(integration.name));
    FieldDescriptors credentials;
    for (const FieldDescriptor &field : service.fieldsOf(integration.type))
        if (field.section == FieldDescriptor::Section::Credentials)
            credentials.append(field);
    m_form->setFields(credentials);
    m_form->setValues(integration.settings);
    auto *intro = new QLabel(tr("The new password is checked with the ACD before it replaces the "
                                "one in the system keychain."),
        this);
    intro->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("changePasswordStatus"));
    m_status->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("changePasswordProblem"));
    m_busy->setRange(0, 0);
    m_busy->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto refresh
        = [this] { m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_form->isValid()); };
    connect(m_form, &FieldForm::changed, this, refresh);
    refresh();
    resize(520, sizeHint().height());
    // The user name rarely changes; the password is what the admin came to type.
    if (QWidget *password = m_form->firstSecretInput())
        password->setFocus();
}

void ChangePasswordDialog::accept()
{
    if (m_operation && m_operation->isRunning())
        return;
    m_operation
        = m_service.changeCredentials(m_integration.id, m_form->values(), m_form->secrets());
    connect(m_operation, &ServiceOperation::finished, this,
        [this](const ServiceOperation::Result &result) {
            m_busy->hide();
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            if (result.ok()) {
                m_form->clearSecrets();
                QDialog::accept();
                return;
            }
            m_status->clear();
            m_problem->setMessage(result.kind == ServiceOperation::Result::Kind::Cancelled
                    ? tr("Cancelled. The old password is still in use.")
                    : tr("%1 The old password is still in use.").arg(result.message));
        });
    m_problem->clear();
    m_status->setText(tr("Checking the new password with the ACD…"));
    m_busy->show();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
}

void ChangePasswordDialog::reject()
{
    if (m_operation && m_operation->isRunning()) {
        m_operation->cancel();
        return;
    }
    QDialog::reject();
}
