#pragma once

#include <QMap>
#include <QObject>
#include <QStringList>

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

// Secrets in the operating system's keychain (QtKeychain: Secret Service, macOS Keychain,
// Windows Credential Manager), one entry per integration and secret field. There is no
// fallback: without a keychain nothing is stored and the caller is told why.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static QString defaultService();

    explicit CredentialStore(const QString &service = defaultService(), QObject *parent = nullptr);

    QString service() const { return m_service; }
    static QString entryKey(const QString &integrationId, const QString &field);

    // Writes all secrets or none: when one write fails, those already written are removed.
    CredentialOperation *write(const QString &integrationId, const SecretMap &secrets);
    CredentialOperation *read(const QString &integrationId, const QStringList &fields);
    // Entries that do not exist are not an error.
    CredentialOperation *remove(const QString &integrationId, const QStringList &fields);

private:
    QString m_service;
};
