#pragma once

#include "api/connector.h"

#include <QWizard>

class IntegrationService;

// Account › Integrations › Add integration: type, name, credentials, details, save, then the
// first import's progress. Pages read each other only through registered fields and the
// descriptors of the chosen type, which come from the integration service.
class AddIntegrationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        TypePageId,
        NamePageId,
        CredentialsPageId,
        DetailsPageId,
        SavePageId,
        ImportPageId
    };

    explicit AddIntegrationWizard(IntegrationService &service, QWidget *parent = nullptr);
    ~AddIntegrationWizard() override;

    IntegrationService &service() const { return m_service; }
    // What the chosen type is and asks for.
    ConnectorInfo typeInfo() const;
    FieldDescriptors fields(std::optional<FieldDescriptor::Section> section = {}) const;
    // What the Credentials and Details pages hold: non-secret settings, and the secrets.
    QVariantMap settings() const;
    SecretMap secrets() const;
    void forgetSecrets();

    // A unique name for the integration: the type's alone until the admin has confirmed the
    // Details page (a data centre shown by default is not yet a choice), then with them.
    QString suggestedName() const;
    // The Details page was completed with Next: the name follows them unless it was typed.
    void confirmDetails();

    QString savedIntegrationId() const { return m_savedId; }
    void setSavedIntegrationId(const QString &id) { m_savedId = id; }

    // Steps back to an earlier page, e.g. to the page that fixes a failed check.
    void goBackTo(PageId page);

    // Cancel stops a running check before it closes the wizard.
    void reject() override;

signals:
    void integrationSaved(const QString &id);

private:
    IntegrationService &m_service;
    QString m_savedId;
    QString m_detailsConfirmedFor; // the type
};
