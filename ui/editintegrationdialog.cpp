#include "editintegrationdialog.h"

#include "fieldform.h"
#include "integrations/appcontext.h"
#include "storage/integrationstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

EditIntegrationDialog::EditIntegrationDialog(
    AppContext &context, const Integration &integration, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_integration(integration)
    , m_name(new QLineEdit(integration.name, this))
    , m_problem(new QLabel(this))
    , m_form(new FieldForm(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit %1").arg(integration.name));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Integration name"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    if (auto connector = context.registry.create(integration.type)) {
        m_form->setFields(connector->fieldsIn(FieldDescriptor::Section::Details));
        m_form->setValues(integration.settings);
    }
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(nameLabel);
    layout->addWidget(m_name);
    layout->addWidget(m_problem);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &EditIntegrationDialog::refresh);
    connect(m_form, &FieldForm::changed, this, &EditIntegrationDialog::refresh);
    refresh();
    resize(520, sizeHint().height());
}

void EditIntegrationDialog::refresh()
{
    const QString problem = m_context.store->nameProblem(m_name->text(), m_integration.id);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && m_form->isValid());
}

void EditIntegrationDialog::accept()
{
    m_integration.name = m_name->text();
    const QVariantMap values = m_form->values();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_integration.settings.insert(it.key(), it.value());
    const IntegrationStore::Result result = m_context.store->update(m_integration);
    if (!result.ok()) {
        QMessageBox::warning(this, windowTitle(), result.message);
        return;
    }
    QDialog::accept();
}
