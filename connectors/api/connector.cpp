#include "api/connector.h"

#include <QHostAddress>
#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcConnector, "acd.connector")

std::optional<TestEndpoint> TestEndpoint::create(
    const QUrl &baseUrl, const QList<QSslCertificate> &trusted, QString *whyNot)
{
    const auto refuse = [whyNot](const QString &reason) {
        if (whyNot)
            *whyNot = reason;
        return std::nullopt;
    };
    if (!baseUrl.isValid() || (baseUrl.scheme() != u"https" && baseUrl.scheme() != u"http"))
        return refuse(QStringLiteral("The test endpoint must be an http or https URL."));
    const QString host = baseUrl.host();
    const QHostAddress address(host);
    const bool loopback = host == u"localhost" || (!address.isNull() && address.isLoopback());
    if (!loopback)
        return refuse(QStringLiteral("The test endpoint must be a loopback address."));
    TestEndpoint endpoint;
    endpoint.m_baseUrl = baseUrl;
    endpoint.m_trusted = trusted;
    return endpoint;
}

Connector::Connector(QObject *parent)
    : QObject(parent)
{
}

Connector::~Connector()
{
    // Jobs still running end now, while what they use (a network manager that is a child of
    // this connector, say) still exists; a copy, since a handler may start or drop others.
    const QList<QPointer<ConnectorJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<ConnectorJob> &job : jobs) {
        if (job && !job->isFinished()) {
            // (No info() here: the derived connector is already gone.)
            qCDebug(lcConnector) << "connector destroyed: cancelling a running job";
            job->cancel();
        }
    }
}

QString Connector::suggestedName(const QVariantMap &) const
{
    return info().displayName;
}

QVariantMap Connector::derivedDefaults(const QVariantMap &) const
{
    return {};
}

QString Connector::detailsNote(const QVariantMap &) const
{
    return {};
}

QString Connector::accountKey(const QVariantMap &) const
{
    return {};
}

ConnectorJob *Connector::track(ConnectorJob *job)
{
    Q_ASSERT(job && job->parent() != this);
    Q_ASSERT(job->thread() == thread());
    m_jobs.removeIf([](const QPointer<ConnectorJob> &known) { return known.isNull(); });
    m_jobs.append(job);
    return job;
}

ConnectorJob *Connector::verify(const ConnectionSettings &settings)
{
    return track(startVerify(settings));
}

ConnectorJob *Connector::verifySetup(const ConnectionSettings &settings)
{
    return track(startVerifySetup(settings));
}

ConnectorJob *Connector::startVerifySetup(const ConnectionSettings &settings)
{
    return startVerify(settings);
}

ConnectorJob *Connector::discoverQueues(const ConnectionSettings &settings)
{
    return track(startDiscoverQueues(settings));
}

ConnectorJob *Connector::fetchIntervals(const ConnectionSettings &settings, const TimeRange &range)
{
    return track(startFetchIntervals(settings, range));
}

ConnectorJob *Connector::discoverUsers(const ConnectionSettings &settings)
{
    return track(startDiscoverUsers(settings));
}

ConnectorJob *Connector::discoverActivities(const ConnectionSettings &settings)
{
    return track(startDiscoverActivities(settings));
}

ConnectorJob *Connector::fetchAgentStates(
    const ConnectionSettings &settings, const TimeRange &range)
{
    return track(startFetchAgentStates(settings, range));
}

ConnectorJob *Connector::startDiscoverUsers(const ConnectionSettings &)
{
    return ConnectorJob::finishedJob(ConnectorResult::failure(
        ConnectorResult::Kind::Unsupported, tr("This ACD does not provide agent status data.")));
}

ConnectorJob *Connector::startDiscoverActivities(const ConnectionSettings &settings)
{
    return startDiscoverUsers(settings);
}

ConnectorJob *Connector::startFetchAgentStates(
    const ConnectionSettings &settings, const TimeRange &)
{
    return startDiscoverUsers(settings);
}

QMap<QString, QString> Connector::validate(
    const QVariantMap &values, const SecretMap &secrets) const
{
    QMap<QString, QString> problems;
    for (const FieldDescriptor &field : fields()) {
        const QVariant value = field.isSecret() ? QVariant(secrets.value(field.key))
                                                : values.value(field.key, field.defaultValue);
        const QString problem = field.validate(value);
        if (!problem.isEmpty())
            problems.insert(field.key, problem);
    }
    return problems;
}

QVariantMap Connector::withDefaults(const QVariantMap &values) const
{
    QVariantMap result;
    for (const FieldDescriptor &field : fields()) {
        if (field.isSecret())
            continue;
        result.insert(field.key, values.value(field.key, field.defaultValue));
    }
    return result;
}

FieldDescriptors Connector::fieldsIn(FieldDescriptor::Section section) const
{
    FieldDescriptors result;
    for (const FieldDescriptor &field : fields())
        if (field.section == section)
            result << field;
    return result;
}

QStringList Connector::secretKeys() const
{
    QStringList keys;
    for (const FieldDescriptor &field : fields())
        if (field.isSecret())
            keys << field.key;
    return keys;
}
