#include "changepassworddialog.h"

#include "fieldform.h"
#include "integrations/appcontext.h"
#include "integrations/integrationsetup.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(
    AppContext &context, const Integration &integration, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_integration(integration)
    , m_form(new FieldForm(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Change password of %1").arg(integration.name));
    if (auto connector = context.registry.create(integration.type)) {
        m_form->setFields(connector->fieldsIn(FieldDescriptor::Section::Credentials));
        m_form->setValues(integration.settings);
    }
    auto *intro = new QLabel(tr("The new password is checked with the ACD before it replaces the "
                                "one in the system keychain."),
        this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
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
}

void ChangePasswordDialog::accept()
{
    if (m_setup && m_setup->isRunning())
        return;
    Integration updated = m_integration;
    const QVariantMap values = m_form->values();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        updated.settings.insert(it.key(), it.value());
    delete m_setup;
    m_setup = new IntegrationSetup(
        m_context.registry.create(updated.type), m_context.store, m_context.credentials, this);
    m_setup->setTestEndpoint(m_context.testEndpoint);
    connect(
        m_setup, &IntegrationSetup::finished, this, [this](const IntegrationSetup::Result &result) {
            m_busy->hide();
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            if (result.ok()) {
                m_form->clearSecrets();
                QDialog::accept();
                return;
            }
            m_status->setText(result.kind == IntegrationSetup::Result::Kind::Cancelled
                    ? tr("Cancelled. The old password is still in use.")
                    : tr("%1 The old password is still in use.").arg(result.message));
        });
    m_status->setText(tr("Checking the new password with the ACD…"));
    m_busy->show();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_setup->startUpdate(updated, m_form->secrets());
}

void ChangePasswordDialog::reject()
{
    if (m_setup && m_setup->isRunning()) {
        m_setup->cancel();
        return;
    }
    QDialog::reject();
}
