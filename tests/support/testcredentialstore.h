#pragma once

#include "credentials/credentialstore.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>

// A CredentialStore on a keychain service of the test session's Secret Service that no other
// test uses, so what a test finds there is its own; whatever it left there goes with it.
class TestCredentialStore : public CredentialStore
{
public:
    // For initTestCase(): QStandardPaths' test mode, CredentialResult for signal spies, and a
    // failure unless scripts/with-test-session.sh started the D-Bus session with the keyring.
    static void prepareSession()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<CredentialResult>();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through scripts/with-test-session.sh");
    }

    TestCredentialStore()
        : CredentialStore(QStringLiteral(ACD_TEST_KEYCHAIN_SERVICE " %1")
                              .arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
    }

    ~TestCredentialStore() override { removeLeftovers(); }

    // For a store that lives longer than one test: what the test left goes now.
    void removeLeftovers()
    {
        QList<KeychainEntry> left;
        for (const auto &[entryService, key] : TestSupport::keychainEntries(service()))
            left.append({entryService, key});
        if (!left.isEmpty())
            TestSupport::waitFor<CredentialResult>(remove(left), &CredentialOperation::finished);
    }

    // Writes an integration's password as the first slice did (generation 0 under this
    // store's service), for an integration a test put straight into the IntegrationStore.
    bool writePassword(const QString &integrationId, const QString &password)
    {
        return TestSupport::waitFor<CredentialResult>(
            write(integrationId, {{QStringLiteral("password"), password}}),
            &CredentialOperation::finished)
            .ok();
    }
};
