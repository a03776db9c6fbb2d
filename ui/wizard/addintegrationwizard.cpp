#include "wizard/addintegrationwizard.h"

#include "fieldform.h"
#include "integrations/integrationservice.h"
#include "wizard/fieldspage.h"
#include "wizard/importpage.h"
#include "wizard/namepage.h"
#include "wizard/savepage.h"
#include "wizard/typepage.h"

#include <QScreen>

AddIntegrationWizard::AddIntegrationWizard(IntegrationService &service, QWidget *parent)
    : QWizard(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("addIntegrationWizard"));
    setWindowTitle(tr("Add integration"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Save integration"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setPage(TypePageId, new TypePage);
    setPage(NamePageId, new NamePage);
    setPage(CredentialsPageId, new FieldsPage(FieldDescriptor::Section::Credentials));
    setPage(DetailsPageId, new FieldsPage(FieldDescriptor::Section::Details));
    setPage(SavePageId, new SavePage);
    setPage(ImportPageId, new ImportPage);
    setStartId(TypePageId);
    // With its title bar, the wizard fits an 800×600 screen (tst_five9wizard checks it); on a
    // smaller one (panels, a large scale factor) it takes what there is, and its pages scroll.
    resize(760, 540);
    if (const QScreen *screen = this->screen())
        resize(size().boundedTo(screen->availableSize() - QSize(20, 50)));
}

AddIntegrationWizard::~AddIntegrationWizard() = default;

ConnectorInfo AddIntegrationWizard::typeInfo() const
{
    return m_service.typeInfo(field(QStringLiteral("type")).toString());
}

FieldDescriptors AddIntegrationWizard::fields(std::optional<FieldDescriptor::Section> section) const
{
    FieldDescriptors result;
    for (const FieldDescriptor &f : m_service.fieldsOf(field(QStringLiteral("type")).toString()))
        if (!section || f.section == *section)
            result.append(f);
    return result;
}

QVariantMap AddIntegrationWizard::settings() const
{
    QVariantMap result;
    for (PageId id : {CredentialsPageId, DetailsPageId}) {
        const QVariantMap values = static_cast<FieldsPage *>(page(id))->form()->values();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            result.insert(it.key(), it.value());
    }
    return result;
}

SecretMap AddIntegrationWizard::secrets() const
{
    return static_cast<FieldsPage *>(page(CredentialsPageId))->form()->secrets();
}

void AddIntegrationWizard::forgetSecrets()
{
    for (PageId id : {CredentialsPageId, DetailsPageId})
        static_cast<FieldsPage *>(page(id))->form()->clearSecrets();
}

QString AddIntegrationWizard::suggestedName() const
{
    const QString type = field(QStringLiteral("type")).toString();
    const QVariantMap values = m_detailsConfirmedFor == type ? settings() : QVariantMap();
    return m_service.uniqueName(m_service.suggestedName(type, values));
}

void AddIntegrationWizard::confirmDetails()
{
    m_detailsConfirmedFor = field(QStringLiteral("type")).toString();
    static_cast<NamePage *>(page(NamePageId))->suggest(suggestedName());
}

void AddIntegrationWizard::goBackTo(PageId page)
{
    while (currentId() != page && !visitedIds().isEmpty() && visitedIds().contains(page))
        back();
}

void AddIntegrationWizard::reject()
{
    if (auto *save = qobject_cast<SavePage *>(currentPage()); save && save->isBusy()) {
        save->cancelSaving();
        return;
    }
    QWizard::reject();
}
