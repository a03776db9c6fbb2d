#include "wizard/addintegrationwizard.h"

#include "fieldform.h"
#include "integrations/appcontext.h"
#include "wizard/fieldspage.h"
#include "wizard/importpage.h"
#include "wizard/namepage.h"
#include "wizard/savepage.h"
#include "wizard/typepage.h"

AddIntegrationWizard::AddIntegrationWizard(AppContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
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
    resize(780, 600);
}

AddIntegrationWizard::~AddIntegrationWizard() = default;

Connector *AddIntegrationWizard::connector()
{
    const QString type = field(QStringLiteral("type")).toString();
    if (type != m_connectorType || !m_connector) {
        m_connector = m_context.registry.create(type);
        m_connectorType = type;
    }
    return m_connector.get();
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

QMap<QString, QString> AddIntegrationWizard::secrets() const
{
    return static_cast<FieldsPage *>(page(CredentialsPageId))->form()->secrets();
}

void AddIntegrationWizard::forgetSecrets()
{
    for (PageId id : {CredentialsPageId, DetailsPageId})
        static_cast<FieldsPage *>(page(id))->form()->clearSecrets();
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
