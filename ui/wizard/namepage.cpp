#include "wizard/namepage.h"

#include "errorbanner.h"
#include "integrations/integrationname.h"
#include "integrations/integrationservice.h"
#include "wizard/addintegrationwizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

NamePage::NamePage()
    : m_name(new QLineEdit(this))
    , m_problem(new ErrorBanner(this))
{
    setTitle(tr("Name the integration"));
    setSubTitle(tr("Choose a unique name that reflects where the data comes from, for example "
                   "the ACD and its region or site."));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Integration name"));
    m_name->setMaxLength(IntegrationName::MaximumLength + 20); // room to paste, then told why not
    m_problem->setObjectName(QStringLiteral("nameProblemBox"));
    m_problem->label()->setObjectName(QStringLiteral("nameProblem"));
    m_problem->describe(m_name);
    // Alt+N is the wizard's Next.
    auto *label = new QLabel(tr("Na&me:"), this);
    label->setBuddy(m_name);
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_problem);
    layout->addStretch();
    registerField(QStringLiteral("name*"), m_name);
    connect(m_name, &QLineEdit::textChanged, this, &NamePage::refresh);
}

void NamePage::initializePage()
{
    suggest(integrationWizard()->suggestedName());
    m_name->selectAll();
    m_name->setFocus();
    refresh();
}

void NamePage::cleanupPage() { }

void NamePage::suggest(const QString &name)
{
    if (m_name->text().isEmpty() || m_name->text() == m_lastSuggestion) {
        m_lastSuggestion = name;
        m_name->setText(name);
    }
}

QString NamePage::problem() const
{
    if (!integrationWizard())
        return {};
    return service().nameProblem(m_name->text());
}

bool NamePage::isComplete() const
{
    return problem().isEmpty();
}

void NamePage::refresh()
{
    const QString text = problem();
    m_problem->setMessage(text);
    emit completeChanged();
}
