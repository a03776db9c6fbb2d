#include "wizard/fieldspage.h"

#include "fieldform.h"
#include "integrations/integrationservice.h"
#include "wizard/addintegrationwizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

FieldsPage::FieldsPage(FieldDescriptor::Section section)
    : m_section(section)
    , m_form(new FieldForm(this))
    , m_intro(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    m_intro->setWordWrap(true);
    // Open, the Advanced settings scroll rather than squeeze their help text.
    QScrollArea *scroll = m_scroll;
    scroll->setObjectName(QStringLiteral("fieldsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_form);
    contentLayout->addStretch();
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll);
    connect(m_form, &FieldForm::changed, this, &FieldsPage::followValues);
    connect(m_form, &FieldForm::changed, this, &QWizardPage::completeChanged);
    connect(m_form, &FieldForm::advancedShownChanged, this, [this](bool shown) {
        if (shown) // once the fields are laid out
            QTimer::singleShot(0, this, &FieldsPage::revealAdvanced);
    });
}

void FieldsPage::followValues()
{
    if (!integrationWizard() || m_builtFor.isEmpty())
        return;
    m_form->applyDefaults(service().derivedDefaults(chosenType(), integrationWizard()->settings()));
    if (m_section == FieldDescriptor::Section::Details) // with the defaults just applied
        m_form->setNote(service().detailsNote(chosenType(), integrationWizard()->settings()));
}

void FieldsPage::revealAdvanced()
{
    // As little scrolling as shows the advanced fields, never past the Advanced button.
    QWidget *content = m_scroll->widget();
    const int top = m_form->advancedButton()->mapTo(content, QPoint()).y();
    const int bottom
        = m_form->advancedBox()->mapTo(content, QPoint()).y() + m_form->advancedBox()->height();
    QScrollBar *bar = m_scroll->verticalScrollBar();
    bar->setValue(qMax(bar->value(), qMin(top, bottom - m_scroll->viewport()->height())));
}

void FieldsPage::initializePage()
{
    const ConnectorInfo info = integrationWizard()->typeInfo();
    if (m_section == FieldDescriptor::Section::Credentials) {
        setTitle(tr("Sign in to %1").arg(info.displayName));
        setSubTitle(tr("Enter the user name and password of a %1 user with the Administrator "
                       "role. The password is kept in your system's keychain, never in ACD "
                       "Connect's files.")
                        .arg(info.displayName));
    } else {
        setTitle(tr("%1 details").arg(info.displayName));
        setSubTitle(tr("Settings that tell ACD Connect where your %1 account is and how to "
                       "read its data.")
                        .arg(info.displayName));
    }
    m_intro->hide();
    // Rebuild only when the type changed, so going back and forth keeps what was typed.
    if (m_builtFor != info.id) {
        m_form->setFields(integrationWizard()->fields(m_section));
        m_builtFor = info.id;
        followValues();
    }
    if (QWidget *first = m_form->firstInput())
        first->setFocus();
}

void FieldsPage::focusFirstSecret()
{
    QWidget *secret = m_form->firstSecretInput();
    if (!secret)
        return;
    secret->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(secret))
        edit->selectAll();
}

bool FieldsPage::isComplete() const
{
    return m_form->isValid();
}

bool FieldsPage::validatePage()
{
    m_form->showAllProblems();
    if (!m_form->isValid())
        return false;
    if (m_section == FieldDescriptor::Section::Details)
        integrationWizard()->confirmDetails();
    return true;
}

int FieldsPage::nextId() const
{
    const AddIntegrationWizard *wizard = integrationWizard();
    if (m_section == FieldDescriptor::Section::Credentials && wizard
        && !wizard->fields(FieldDescriptor::Section::Details).isEmpty())
        return AddIntegrationWizard::DetailsPageId;
    return AddIntegrationWizard::SavePageId;
}
