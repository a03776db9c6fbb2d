#include "editintegrationdialog.h"

#include "errorbanner.h"
#include "fieldform.h"
#include "integrations/integrationservice.h"
#include "mapping/workloadservice.h"
#include "workloadswindow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

EditIntegrationDialog::EditIntegrationDialog(
    IntegrationService &service, const Integration &integration, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_integration(integration)
    , m_name(new QLineEdit(integration.name, this))
    , m_problem(new ErrorBanner(this))
    , m_form(new FieldForm(this))
    , m_status(new QLabel(this))
    , m_failure(new ErrorBanner(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit %1").arg(integration.name));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Integration name"));
    m_problem->setObjectName(QStringLiteral("editNameProblem"));
    m_problem->describe(m_name);
    m_status->setObjectName(QStringLiteral("editStatus"));
    m_failure->setObjectName(QStringLiteral("editProblem"));
    m_status->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->hide();
    FieldDescriptors details;
    for (const FieldDescriptor &field : service.fieldsOf(integration.type))
        if (field.section == FieldDescriptor::Section::Details)
            details.append(field);
    m_form->setFields(details);
    m_form->setValues(integration.settings);
    // A value that is its default (a time zone that follows the data centre, say) goes on
    // following; one the admin chose stays.
    m_form->markEditedWhereNot(service.derivedDefaults(integration.type, integration.settings));
    connect(m_form, &FieldForm::changed, this, [this] {
        m_form->applyDefaults(m_service.derivedDefaults(m_integration.type, settings()));
        m_form->setNote(m_service.detailsNote(m_integration.type, settings()));
    });
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(nameLabel);
    layout->addWidget(m_name);
    layout->addWidget(m_problem);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_failure);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &EditIntegrationDialog::refresh);
    connect(m_form, &FieldForm::changed, this, &EditIntegrationDialog::refresh);
    m_form->setNote(m_service.detailsNote(m_integration.type, settings()));
    refresh();
    resize(520, sizeHint().height());
}

QVariantMap EditIntegrationDialog::settings() const
{
    QVariantMap values = m_integration.settings;
    values.insert(m_form->values());
    return values;
}

void EditIntegrationDialog::refresh()
{
    const QString problem = m_service.nameProblem(m_name->text(), m_integration.id);
    m_problem->setMessage(problem);
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(problem.isEmpty() && m_form->isValid() && !m_operation);
}

void EditIntegrationDialog::accept()
{
    if (m_operation)
        return;
    const IntegrationService::SettingsChange change
        = m_service.classify(m_integration.id, m_name->text(), m_form->values());
    if (change.isEmpty())
        return QDialog::accept();
    if (change.dataFields.isEmpty())
        return save();
    // The imported data has the old shape: say what happens to it, and to the workloads its
    // queues are in, before anything changes.
    m_service.workloads()->fetchLossesIfRemoved(m_integration.id, this,
        [this, change](const WorkloadService::Fetched<WorkloadLoss> &losses) {
            askToReplace(
                change, losses.ok() ? WorkloadsWindow::leavingText(losses.items) : losses.error);
        });
}

void EditIntegrationDialog::askToReplace(
    const IntegrationService::SettingsChange &change, const QString &workloadLosses)
{
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(),
        tr("Replace the data imported so far?"), QMessageBox::NoButton, this);
    QString text = tr("Changing %1 changes how the imported data is organised. The queues and "
                      "statistics imported so far are deleted and imported again with the new "
                      "settings, starting with a first import.")
                       .arg(QLocale().createSeparatedList(change.dataFields));
    if (!workloadLosses.isEmpty())
        text += QLatin1Char(' ') + workloadLosses + QLatin1Char(' ')
            + tr("Assign the new queues to workloads again after the first import.");
    box->setInformativeText(text);
    QPushButton *replace = box->addButton(tr("&Replace and import again"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, replace] {
        if (box->clickedButton() == replace)
            save();
    });
    box->open();
}

void EditIntegrationDialog::save()
{
    m_operation = m_service.updateSettings(m_integration.id, m_name->text(), m_form->values());
    connect(m_operation, &ServiceOperation::stepChanged, this, [this](ServiceOperation::Step step) {
        if (step == ServiceOperation::Step::Verifying)
            m_status->setText(tr("Checking the new settings with the ACD…"));
    });
    connect(m_operation, &ServiceOperation::finished, this,
        [this](const ServiceOperation::Result &result) {
            m_busy->hide();
            refresh();
            if (result.ok())
                return QDialog::accept();
            m_status->clear();
            m_failure->setMessage(result.kind == ServiceOperation::Result::Kind::Cancelled
                    ? tr("Cancelled. Nothing was changed.")
                    : tr("%1 Nothing was changed.").arg(result.message));
        });
    m_failure->clear();
    m_status->setText(tr("Saving…"));
    m_busy->show();
    refresh();
}

void EditIntegrationDialog::reject()
{
    if (m_operation && m_operation->isRunning()) {
        m_operation->cancel();
        return;
    }
    QDialog::reject();
}
