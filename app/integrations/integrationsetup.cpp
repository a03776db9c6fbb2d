#include "integrations/integrationsetup.h"

#include "storage/integrationstore.h"

#include <QUuid>

IntegrationSetup::IntegrationSetup(std::unique_ptr<Connector> connector, IntegrationStore *store,
    CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_connector(std::move(connector))
    , m_store(store)
    , m_credentials(credentials)
{
}

IntegrationSetup::~IntegrationSetup()
{
    // The job frees itself once finished; its Cancelled must not reach this half-destroyed
    // object (nor would the connector's destructor, which cancels it too, be any better).
    if (m_verifyJob) {
        m_verifyJob->disconnect(this);
        m_verifyJob->cancel();
    }
}

void IntegrationSetup::setStep(Step step)
{
    m_step = step;
    emit stepChanged(step);
}

void IntegrationSetup::start(const Integration &integration, const SecretMap &secrets)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelled = false;
    m_integration = integration;
    m_secrets = secrets;
    if (m_integration.id.isEmpty())
        m_integration.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    // The name may have been taken since the wizard's Name page checked it.
    if (const QString problem
        = m_store->nameProblem(m_integration.name, m_updating ? m_integration.id : QString());
        !problem.isEmpty()) {
        fail({Result::Kind::StoreFailed, ConnectorResult::Kind::Ok, problem});
        return;
    }

    setStep(Step::Verifying);
    ConnectionSettings settings;
    settings.values = m_integration.settings;
    settings.secrets = m_secrets;
    settings.testEndpoint = m_testEndpoint;
    m_verifyJob = m_connector->verify(settings);
    connect(m_verifyJob, &ConnectorJob::finished, this, [this](const ConnectorResult &result) {
        if (m_cancelled)
            return;
        if (!result.ok()) {
            fail({Result::Kind::VerifyFailed, result.kind, result.message});
            return;
        }
        saveSecrets();
    });
}

void IntegrationSetup::startUpdate(const Integration &integration, const SecretMap &secrets)
{
    m_updating = true;
    start(integration, secrets);
}

void IntegrationSetup::saveSecrets()
{
    setStep(Step::SavingSecrets);
    CredentialOperation *write = m_credentials->write(m_integration.id, m_secrets);
    connect(write, &CredentialOperation::finished, this, [this](const CredentialResult &result) {
        if (!result.ok()) {
            fail({Result::Kind::KeychainFailed, ConnectorResult::Kind::Ok, result.message});
            return;
        }
        if (m_cancelled) {
            // The keychain write could not be interrupted; take it back.
            m_credentials->remove(m_integration.id, m_secrets.keys());
            fail({Result::Kind::Cancelled, ConnectorResult::Kind::Cancelled, tr("Cancelled.")});
            return;
        }
        saveIntegration();
    });
}

void IntegrationSetup::saveIntegration()
{
    setStep(Step::SavingIntegration);
    if (!m_updating)
        m_integration.state = Integration::State::New;
    const IntegrationStore::Result result
        = m_updating ? m_store->update(m_integration) : m_store->create(m_integration);
    if (!result.ok()) {
        // A new integration leaves no entry behind; an updated one keeps the new, verified one.
        if (!m_updating)
            m_credentials->remove(m_integration.id, m_secrets.keys());
        fail({Result::Kind::StoreFailed, ConnectorResult::Kind::Ok, result.message});
        return;
    }
    m_secrets.clear();
    m_running = false;
    setStep(Step::Done);
    emit finished({});
}

void IntegrationSetup::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_step == Step::Verifying) {
        if (m_verifyJob)
            m_verifyJob->cancel();
        fail({Result::Kind::Cancelled, ConnectorResult::Kind::Cancelled, tr("Cancelled.")});
    }
    // While the keychain writes, finish when it answers (see saveSecrets).
}

void IntegrationSetup::fail(const Result &result)
{
    m_secrets.clear();
    m_running = false;
    emit finished(result);
}
