#include "wizard/fieldspage.h"

#include "fieldform.h"
#include "wizard/addintegrationwizard.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

FieldsPage::FieldsPage(FieldDescriptor::Section section)
    : m_section(section)
    , m_form(new FieldForm(this))
    , m_intro(new QLabel(this))
{
    m_intro->setWordWrap(true);
    // A connector may ask for many settings: they scroll rather than squeeze their help text.
    auto *scroll = new QScrollArea(this);
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
    connect(m_form, &FieldForm::changed, this, &QWizardPage::completeChanged);
}

void FieldsPage::initializePage()
{
    const ConnectorInfo info = integrationWizard()->typeInfo();
    if (m_section == FieldDescriptor::Section::Credentials) {
        setTitle(tr("Sign in to %1").arg(info.displayName));
        setSubTitle(tr("Enter the user name and password of a %1 user with the administrator "
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
    }
    if (QWidget *first = m_form->firstInput())
        first->setFocus();
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
