#pragma once

#include "api/connector.h"
#include "credentials/credentialstore.h"
#include "integrations/integration.h"

#include <QObject>
#include <QPointer>

#include <memory>

class IntegrationStore;

// Saving a new integration, in the order that never leaves half of it behind: verify the
// credentials with the ACD, write the secrets to the keychain, then write the integration
// to the store. Asynchronous and cancellable; nothing is kept when any step fails or the
// user cancels.
class IntegrationSetup : public QObject
{
    Q_OBJECT
public:
    enum class Step { Verifying, SavingSecrets, SavingIntegration, Done };
    Q_ENUM(Step)

    struct Result
    {
        enum class Kind { Ok, VerifyFailed, KeychainFailed, StoreFailed, Cancelled };
        Kind kind = Kind::Ok;
        ConnectorResult::Kind verifyKind = ConnectorResult::Kind::Ok; // when VerifyFailed
        QString message;
        bool ok() const { return kind == Kind::Ok; }
    };

    IntegrationSetup(std::unique_ptr<Connector> connector, IntegrationStore *store,
        CredentialStore *credentials, QObject *parent = nullptr);
    ~IntegrationSetup() override;

    void setTestEndpoint(const std::optional<TestEndpoint> &endpoint) { m_testEndpoint = endpoint; }

    // integration.type, name and settings must be filled in; secrets has one value per
    // secret field of the connector.
    void start(const Integration &integration, const SecretMap &secrets);
    // For an existing integration: verify the new secrets (and settings), then replace the
    // keychain entries and save the settings. Used by Change password.
    void startUpdate(const Integration &integration, const SecretMap &secrets);
    void cancel();
    bool isRunning() const { return m_running; }
    Step step() const { return m_step; }
    Integration integration() const { return m_integration; }

signals:
    void stepChanged(IntegrationSetup::Step step);
    void finished(const IntegrationSetup::Result &result);

private:
    void saveSecrets();
    void saveIntegration();
    void fail(const Result &result);
    void setStep(Step step);

    std::unique_ptr<Connector> m_connector;
    IntegrationStore *m_store;
    CredentialStore *m_credentials;
    std::optional<TestEndpoint> m_testEndpoint;
    Integration m_integration;
    SecretMap m_secrets;
    QPointer<ConnectorJob> m_verifyJob;
    Step m_step = Step::Verifying;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_updating = false;
};

Q_DECLARE_METATYPE(IntegrationSetup::Result)
