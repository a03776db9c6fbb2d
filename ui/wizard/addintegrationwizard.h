#pragma once

#include <QWizard>

#include <memory>

struct AppContext;
class Connector;
class IntegrationSetup;

// Account › Integrations › Add integration: type, name, credentials, details, save, then the
// first import's progress. Pages read each other only through registered fields and the
// wizard's current connector.
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

    explicit AddIntegrationWizard(AppContext &context, QWidget *parent = nullptr);
    ~AddIntegrationWizard() override;

    AppContext &context() const { return m_context; }
    // The connector of the chosen type, for its descriptors; a new one when the type changes.
    Connector *connector();
    // What the Credentials and Details pages hold: non-secret settings, and the secrets.
    QVariantMap settings() const;
    QMap<QString, QString> secrets() const;
    void forgetSecrets();

    QString savedIntegrationId() const { return m_savedId; }
    void setSavedIntegrationId(const QString &id) { m_savedId = id; }

    // Steps back to an earlier page, e.g. to the page that fixes a failed check.
    void goBackTo(PageId page);

    // Cancel stops a running check before it closes the wizard.
    void reject() override;

signals:
    void integrationSaved(const QString &id);

private:
    AppContext &m_context;
    std::unique_ptr<Connector> m_connector;
    QString m_connectorType;
    QString m_savedId;
};
