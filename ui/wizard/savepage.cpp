#include "wizard/savepage.h"

#include "errorbanner.h"
#include "integrations/integrationservice.h"
#include "wizard/addintegrationwizard.h"
#include "wizard/fieldspage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

SavePage::SavePage()
    : m_summary(new QFormLayout)
    , m_warning(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_problem(new ErrorBanner(this))
    , m_fix(m_problem->actionButton())
{
    setTitle(tr("Save the integration"));
    setSubTitle(tr("Check the summary. Saving signs in to the ACD to check the user, keeps the "
                   "password in your system's keychain and starts the first import."));
    setCommitPage(true);
    m_warning->setObjectName(QStringLiteral("saveWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("#saveWarning { background: #fff4e5; color: #5c3b00; "
                                            "border: 1px solid #f0c36d; border-radius: 4px; "
                                            "padding: 6px; }"));
    m_warning->hide();
    m_busy->setRange(0, 0);
    m_busy->setObjectName(QStringLiteral("saveBusy"));
    m_busy->setAccessibleName(tr("Saving"));
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("saveProblemBox"));
    m_problem->label()->setObjectName(QStringLiteral("saveProblem"));
    m_fix->setObjectName(QStringLiteral("saveFix"));
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (m_fixPage < 0)
            return;
        AddIntegrationWizard *wizard = integrationWizard();
        wizard->goBackTo(AddIntegrationWizard::PageId(m_fixPage));
        // The user name is seldom what was wrong: the password is where to type.
        if (m_fixPage == AddIntegrationWizard::CredentialsPageId)
            static_cast<FieldsPage *>(wizard->page(m_fixPage))->focusFirstSecret();
    });

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_warning);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_problem);
    layout->addStretch();
}

void SavePage::initializePage()
{
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    AddIntegrationWizard *wizard = integrationWizard();
    const QVariantMap values = wizard->settings();
    const auto addRow = [this](const QString &label, const QString &value) {
        auto *text = new QLabel(value, this);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Read as one: a screen reader on the value hears what it is.
        text->setAccessibleName(label + u' ' + value);
        auto *name = new QLabel(label, this);
        name->setBuddy(text);
        m_summary->addRow(name, text);
    };
    addRow(tr("Type:"), wizard->typeInfo().displayName);
    addRow(tr("Name:"), field(QStringLiteral("name")).toString().trimmed());
    for (const FieldDescriptor &f : wizard->fields()) {
        QString shown = values.value(f.key, f.defaultValue).toString();
        if (f.isSecret())
            shown = tr("Will be kept in the system keychain");
        for (const FieldChoice &choice : f.choices)
            if (choice.value == shown)
                shown = choice.label;
        if (f.kind == FieldDescriptor::Kind::Bool)
            shown = values.value(f.key, f.defaultValue).toBool() ? tr("Yes") : tr("No");
        addRow(tr("%1:").arg(f.plainLabel()), shown);
    }
    QStringList twins;
    for (const Integration &integration : service().sameAccount(chosenType(), values))
        twins << tr("\"%1\"").arg(integration.name);
    //: %1 is the ACD, e.g. Five9; %2 one or more quoted integration names.
    m_warning->setText(
        tr("This %1 account is already imported by %2. If you save this "
           "integration too, its queues are imported twice.")
            .arg(wizard->typeInfo().displayName, QLocale().createSeparatedList(twins)));
    m_warning->setVisible(!twins.isEmpty());
    m_status->clear();
    m_problem->clear();
    // Enter or Space saves; the button only exists once the wizard has laid out this page.
    QTimer::singleShot(0, this, [this] {
        if (QAbstractButton *save = this->wizard()->button(QWizard::CommitButton);
            save && save->isVisible())
            save->setFocus();
    });
}

void SavePage::cleanupPage()
{
    cancelSaving();
    QWizardPage::cleanupPage();
}

bool SavePage::isComplete() const
{
    return !isBusy();
}

bool SavePage::validatePage()
{
    if (m_saved)
        return true;
    if (!isBusy())
        startSaving();
    return false;
}

void SavePage::startSaving()
{
    AddIntegrationWizard *wizard = integrationWizard();
    Integration integration;
    integration.type = chosenType();
    integration.name = field(QStringLiteral("name")).toString();
    integration.settings = wizard->settings();

    m_operation = service().create(integration, wizard->secrets());
    connect(m_operation, &ServiceOperation::stepChanged, this, &SavePage::onStep);
    connect(m_operation, &ServiceOperation::finished, this, &SavePage::onFinished);
    m_problem->clear();
    m_busy->show();
    onStep(m_operation->step());
    emit completeChanged();
}

void SavePage::onStep(ServiceOperation::Step step)
{
    const QString acd = integrationWizard()->typeInfo().displayName;
    switch (step) {
    case ServiceOperation::Step::Verifying:
    case ServiceOperation::Step::ReadingSecrets:
        if (const int seconds = m_operation ? m_operation->checkSeconds() : 0; seconds > 0)
            //: %1 is the ACD's name; %n the longest the check can take, in seconds.
            m_status->setText(tr("Checking the user name and password with %1… This takes at "
                                 "most %n second(s); Cancel stops it.",
                "", seconds)
                                  .arg(acd));
        else
            m_status->setText(
                tr("Checking the user name and password with %1… (Cancel stops the check.)")
                    .arg(acd));
        break;
    case ServiceOperation::Step::SavingSecrets:
        m_status->setText(tr("Keeping the password in the system keychain…"));
        break;
    case ServiceOperation::Step::SavingIntegration:
    case ServiceOperation::Step::Waiting:
        m_status->setText(tr("Saving the integration…"));
        break;
    case ServiceOperation::Step::Done:
        m_status->setText(tr("Saved."));
        break;
    }
}

void SavePage::showProblem(const QString &message, int fixPage)
{
    m_status->clear();
    m_fixPage = fixPage;
    m_fix->setVisible(fixPage >= 0);
    if (fixPage == AddIntegrationWizard::CredentialsPageId)
        m_fix->setText(tr("Change &user or password"));
    else if (fixPage == AddIntegrationWizard::DetailsPageId)
        m_fix->setText(tr("Change &details"));
    else if (fixPage == AddIntegrationWizard::NamePageId)
        m_fix->setText(tr("Change &name"));
    m_problem->setMessage(message);
    if (m_fix->isVisible())
        m_fix->setFocus();
}

void SavePage::onFinished(const ServiceOperation::Result &result)
{
    m_busy->hide();
    emit completeChanged();
    AddIntegrationWizard *wizard = integrationWizard();
    const QString savedId = m_operation ? m_operation->integrationId() : QString();
    using Kind = ServiceOperation::Result::Kind;
    using Verify = ConnectorResult::Kind;
    switch (result.kind) {
    case Kind::Ok:
        m_saved = true;
        wizard->forgetSecrets();
        wizard->setSavedIntegrationId(savedId);
        emit wizard->integrationSaved(savedId);
        wizard->next();
        return;
    case Kind::Cancelled:
        m_status->setText(tr("The check was cancelled. Nothing was saved."));
        return;
    case Kind::KeychainFailed:
        showProblem(tr("The password could not be kept in the system keychain, so nothing was "
                       "saved. %1")
                        .arg(result.message),
            -1);
        return;
    case Kind::StoreFailed:
        showProblem(result.message, AddIntegrationWizard::NamePageId);
        return;
    case Kind::VerifyFailed:
        break;
    }
    QString why;
    int fix = -1;
    switch (result.verifyKind) {
    case Verify::BadCredentials:
        why = tr("The user name or password is wrong.");
        fix = AddIntegrationWizard::CredentialsPageId;
        break;
    case Verify::MissingPermission:
        why = tr("The user does not have the Administrator role this needs.");
        fix = AddIntegrationWizard::CredentialsPageId;
        break;
    case Verify::Unreachable:
        why = tr("The ACD could not be reached. Check the network connection and the region.");
        fix = AddIntegrationWizard::DetailsPageId;
        break;
    case Verify::TlsError:
        why = tr("The ACD's identity could not be verified (TLS error), so no password was sent. "
                 "Check the region, or a proxy that intercepts secure connections.");
        fix = AddIntegrationWizard::DetailsPageId;
        break;
    case Verify::RateLimited:
    case Verify::ServerBusy:
        why = tr("The ACD is busy or limiting requests. Wait a minute and save again.");
        break;
    case Verify::InvalidSettings:
        why = tr("A setting is not valid.");
        fix = AddIntegrationWizard::DetailsPageId;
        break;
    default:
        why = tr("The ACD answered in a way ACD Connect did not expect.");
        break;
    }
    if (fix == AddIntegrationWizard::DetailsPageId && !wizard->visitedIds().contains(fix))
        fix = AddIntegrationWizard::CredentialsPageId;
    // The connector's own sentence is the more precise one (it names the role, the host…);
    // the general one stands in when it has none.
    const QString detail = result.message.isEmpty() ? why : result.message;
    //: %1 is the reason, a whole sentence.
    showProblem(tr("%1 Nothing was saved.").arg(detail), fix);
}

void SavePage::cancelSaving()
{
    if (m_operation)
        m_operation->cancel();
}
