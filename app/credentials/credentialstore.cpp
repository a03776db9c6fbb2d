#include "credentials/credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QDBusConnection>
#include <QPointer>
#include <QTimer>
#include <QVariant>

#include <functional>

namespace {

bool secretServiceBusReachable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return QDBusConnection::sessionBus().isConnected();
#else
    return true;
#endif
}

CredentialResult resultOf(const QKeychain::Job &job)
{
    using Kind = CredentialResult::Kind;
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {Kind::NotFound,
            CredentialStore::tr("No saved password was found in the keychain for this "
                                "integration. Enter it again with Change password.")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {Kind::AccessDenied,
            CredentialStore::tr("The keychain refused access. Unlock your keychain (for "
                                "example GNOME Keyring or KWallet) and try again.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Kind::NoKeychain,
            CredentialStore::tr("No keychain is available. ACD Connect keeps passwords only "
                                "in the system keychain (Secret Service, such as GNOME "
                                "Keyring or KWallet); start one and try again.")};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // The Secret Service backends report a missing bus or service as OtherError.
    const QString detail = job.errorString();
    if (!secretServiceBusReachable()
        || detail.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("kwallet"), Qt::CaseInsensitive))
        return {Kind::NoKeychain,
            CredentialStore::tr("No keychain is available. ACD Connect keeps passwords only "
                                "in the system keychain (Secret Service, such as GNOME "
                                "Keyring or KWallet); start one and try again.")};
    // Most often a locked keychain that could not ask for its password.
    return {Kind::Other,
        CredentialStore::tr("The keychain did not accept the request; it may be locked. "
                            "Unlock your keychain (for example GNOME Keyring or "
                            "KWallet) and try again. The keychain said: %1")
            .arg(detail)};
}

// Runs one keychain job per step, one after the other, and reports when all are done or one
// fails. Steps are functions so a failure can stop the chain before the next job starts.
class JobChain : public QObject
{
public:
    using Step = std::function<QKeychain::Job *()>;
    using Done = std::function<void(const QKeychain::Job &)>;

    JobChain(QList<Step> steps, Done afterEach, std::function<void(const CredentialResult &)> done,
        QObject *parent)
        : QObject(parent)
        , m_steps(std::move(steps))
        , m_afterEach(std::move(afterEach))
        , m_done(std::move(done))
    {
        QTimer::singleShot(0, this, &JobChain::next);
    }

    bool ignoreNotFound = false;

private:
    void next()
    {
        if (m_index >= m_steps.size()) {
            m_done({});
            deleteLater();
            return;
        }
        QKeychain::Job *job = m_steps[m_index++]();
        if (job->property("acdInjectedFault").toBool()) {
            delete job;
            QTimer::singleShot(0, this, [this] {
                m_done({CredentialResult::Kind::Other,
                    QStringLiteral("The keychain refused the write (fault injected by a test).")});
                deleteLater();
            });
            return;
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finishedJob) {
            if (finishedJob->error() == QKeychain::EntryNotFound && ignoreNotFound) {
                next();
                return;
            }
            if (finishedJob->error() != QKeychain::NoError) {
                m_done(resultOf(*finishedJob));
                deleteLater();
                return;
            }
            if (m_afterEach)
                m_afterEach(*finishedJob);
            next();
        });
        job->start();
    }

    QList<Step> m_steps;
    Done m_afterEach;
    std::function<void(const CredentialResult &)> m_done;
    qsizetype m_index = 0;
};

void finishOperation(CredentialOperation *operation, const CredentialResult &result)
{
    emit operation->finished(result);
    operation->deleteLater();
}

} // namespace

QString CredentialStore::defaultService()
{
    return QStringLiteral("ACD Connect");
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString CredentialStore::serviceFor(const QString &integrationName) const
{
    //: The keychain entry's label: the program, then the integration's name.
    return tr("%1: %2").arg(m_service, integrationName);
}

QString CredentialStore::entryKey(
    const QString &integrationId, const QString &field, int generation)
{
    const QString key = integrationId + QLatin1Char('/') + field;
    return generation == 0 ? key : key + QLatin1Char('#') + QString::number(generation);
}

QList<KeychainEntry> CredentialStore::entries(const CredentialRef &ref, const QStringList &fields)
{
    QList<KeychainEntry> result;
    for (const QString &field : fields)
        result.append({ref.service, entryKey(ref.integrationId, field, ref.generation)});
    return result;
}

CredentialRef CredentialStore::refOf(const Integration &integration) const
{
    return {integration.credentialService.isEmpty() ? m_service : integration.credentialService,
        integration.id, integration.credentialGeneration};
}

void CredentialStore::setWriteFaultForTesting(std::function<bool(const QString &key)> fault)
{
    m_writeFault = std::move(fault);
}

CredentialOperation *CredentialStore::write(const CredentialRef &ref, const SecretMap &secrets)
{
    auto *operation = new CredentialOperation(this);
    QList<JobChain::Step> steps;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const QString key = entryKey(ref.integrationId, it.key(), ref.generation);
        const QString value = it.value();
        const bool fail = m_writeFault && m_writeFault(key);
        steps << [ref, key, value, fail] {
            auto *job = new QKeychain::WritePasswordJob(ref.service);
            job->setKey(key);
            job->setTextData(value);
            if (fail)
                job->setProperty("acdInjectedFault", true);
            return job;
        };
    }
    QPointer<CredentialOperation> guard(operation);
    new JobChain(
        steps, {},
        [this, guard, ref, fields = secrets.keys()](const CredentialResult &result) {
            if (!guard)
                return;
            if (result.ok()) {
                guard->m_result = result;
                finishOperation(guard, result);
                return;
            }
            // All or nothing, within this generation only: the entries of the generation in
            // use are different keys and stay as they are.
            CredentialOperation *cleanup = remove(entries(ref, fields));
            connect(cleanup, &CredentialOperation::finished, guard, [guard, result] {
                guard->m_result = result;
                finishOperation(guard, result);
            });
        },
        operation);
    return operation;
}

CredentialOperation *CredentialStore::read(const CredentialRef &ref, const QStringList &fields)
{
    auto *operation = new CredentialOperation(this);
    QList<JobChain::Step> steps;
    for (const QString &field : fields) {
        steps << [ref, field] {
            auto *job = new QKeychain::ReadPasswordJob(ref.service);
            job->setKey(entryKey(ref.integrationId, field, ref.generation));
            job->setProperty("acdField", field);
            return job;
        };
    }
    new JobChain(
        steps,
        [operation](const QKeychain::Job &job) {
            const auto &readJob = static_cast<const QKeychain::ReadPasswordJob &>(job);
            operation->m_secrets.insert(job.property("acdField").toString(), readJob.textData());
        },
        [operation](const CredentialResult &result) {
            operation->m_result = result;
            if (!result.ok())
                operation->m_secrets.clear();
            finishOperation(operation, result);
        },
        operation);
    return operation;
}

CredentialOperation *CredentialStore::remove(const QList<KeychainEntry> &entries)
{
    auto *operation = new CredentialOperation(this);
    QList<JobChain::Step> steps;
    for (const KeychainEntry &entry : entries) {
        steps << [entry] {
            auto *job = new QKeychain::DeletePasswordJob(entry.service);
            job->setKey(entry.key);
            return job;
        };
    }
    auto *chain = new JobChain(
        steps, {},
        [operation](const CredentialResult &result) {
            operation->m_result = result;
            finishOperation(operation, result);
        },
        operation);
    chain->ignoreNotFound = true;
    return operation;
}

CredentialOperation *CredentialStore::probe()
{
    const CredentialRef ref {m_service, QStringLiteral("acdconnect-probe"), 0};
    const SecretMap nothingSecret {{QStringLiteral("probe"), QStringLiteral("probe")}};
    auto *operation = new CredentialOperation(this);
    CredentialOperation *written = write(ref, nothingSecret);
    connect(written, &CredentialOperation::finished, operation,
        [this, operation, ref, nothingSecret](const CredentialResult &result) {
            if (!result.ok()) {
                operation->m_result = result;
                finishOperation(operation, result);
                return;
            }
            CredentialOperation *removed = remove(entries(ref, nothingSecret.keys()));
            connect(removed, &CredentialOperation::finished, operation,
                [operation](const CredentialResult &removal) {
                    operation->m_result = removal;
                    finishOperation(operation, removal);
                });
        });
    return operation;
}

CredentialOperation *CredentialStore::write(const QString &integrationId, const SecretMap &secrets)
{
    return write(CredentialRef {m_service, integrationId, 0}, secrets);
}

CredentialOperation *CredentialStore::read(const QString &integrationId, const QStringList &fields)
{
    return read(CredentialRef {m_service, integrationId, 0}, fields);
}

CredentialOperation *CredentialStore::remove(
    const QString &integrationId, const QStringList &fields)
{
    return remove(entries(CredentialRef {m_service, integrationId, 0}, fields));
}
