#include "api/connector.h"

#include <QHostAddress>

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

Connector::~Connector() = default;

QString Connector::suggestedName(const QVariantMap &) const
{
    return info().displayName;
}

ConnectorJob *Connector::discoverUsers(const ConnectionSettings &)
{
    return ConnectorJob::finishedJob(ConnectorResult::failure(
        ConnectorResult::Kind::Unsupported, tr("This ACD does not provide agent status data.")));
}

ConnectorJob *Connector::discoverActivities(const ConnectionSettings &settings)
{
    return discoverUsers(settings);
}

ConnectorJob *Connector::fetchAgentStates(const ConnectionSettings &settings, const TimeRange &)
{
    return discoverUsers(settings);
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
