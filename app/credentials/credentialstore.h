#pragma once

#include <QMap>
#include <QObject>
#include <QStringList>

#include "integrations/integration.h"

#include <functional>

using SecretMap = QMap<QString, QString>;

// The outcome of a keychain operation, with a sentence that says what the user can do.
struct CredentialResult
{
    enum class Kind { Ok, NotFound, AccessDenied, NoKeychain, Other };
    Kind kind = Kind::Ok;
    QString message;
    bool ok() const { return kind == Kind::Ok; }
};

// One asynchronous keychain operation; emits finished() once, then deletes itself.
class CredentialOperation : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // The secrets read, after a successful read().
    SecretMap secrets() const { return m_secrets; }
    CredentialResult result() const { return m_result; }

signals:
    void finished(const CredentialResult &result);

private:
    friend class CredentialStore;
    SecretMap m_secrets;
    CredentialResult m_result;
};

// Where one integration's secrets are: the keychain service, which is also each entry's
// label and names the integration ("ACD Connect: Five9 EU"), and the generation, part of
// each entry's key. A changed secret goes to the next generation; the old one stays intact
// until the integration has been switched to the new one.
struct CredentialRef
{
    QString service;
    QString integrationId;
    int generation = 0;
};

// Secrets in the operating system's keychain (QtKeychain: Secret Service, macOS Keychain,
// Windows Credential Manager), one entry per integration, generation and secret field. There
// is no fallback: without a keychain nothing is stored and the caller is told why.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static QString defaultService();

    explicit CredentialStore(const QString &service = defaultService(), QObject *parent = nullptr);

    QString service() const { return m_service; }
    // The service (and label) of a new generation of an integration's entries.
    QString serviceFor(const QString &integrationName) const;
    // Generation 0 is the first slice's key ("<id>/<field>"), so its entries stay readable.
    static QString entryKey(const QString &integrationId, const QString &field, int generation = 0);
    static QList<KeychainEntry> entries(const CredentialRef &ref, const QStringList &fields);
    // The reference stored with an integration (an empty service is this store's own).
    CredentialRef refOf(const Integration &integration) const;

    // Writes all secrets of one generation or none: when one write fails, the entries of this
    // generation already written are removed. Entries of other generations are never touched.
    CredentialOperation *write(const CredentialRef &ref, const SecretMap &secrets);
    CredentialOperation *read(const CredentialRef &ref, const QStringList &fields);
    // Entries that do not exist are not an error.
    CredentialOperation *remove(const QList<KeychainEntry> &entries);

    // Whether secrets can be kept and read now: writes an entry that holds nothing secret and
    // removes it again. A write, because a locked keychain can still say that an entry does
    // not exist. For a program without a window, which cannot wait for an unlock prompt.
    CredentialOperation *probe();

    // Generation 0 under this store's service, as the first slice wrote them.
    CredentialOperation *write(const QString &integrationId, const SecretMap &secrets);
    CredentialOperation *read(const QString &integrationId, const QStringList &fields);
    CredentialOperation *remove(const QString &integrationId, const QStringList &fields);

    // For tests of what a failing keychain leaves behind: writes whose key this returns true
    // for fail as a keychain error would, without reaching the keychain.
    void setWriteFaultForTesting(std::function<bool(const QString &key)> fault);

private:
    QString m_service;
    std::function<bool(const QString &key)> m_writeFault;
};
