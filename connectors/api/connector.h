#pragma once

#include "api/connectorjob.h"
#include "api/fielddescriptor.h"

#include <QList>
#include <QMap>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QVariantMap>

#include <optional>

// What a connector can import; the window and the import engine read this.
enum class Capability {
    Queues = 0x1,
    IntervalStatistics = 0x2,
    AgentStates = 0x4,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

struct ConnectorInfo
{
    QString id; // stable, stored in the database: "five9", "demo"
    QString displayName; // translated
    QString description; // translated, one line on what it imports
    QString iconPath; // a Qt resource path
    Capabilities capabilities;
};

// A base URL that replaces a connector's real endpoint, for the fake servers in tests and
// for trying the program against them by hand. Only loopback addresses are accepted, so it
// can never send credentials anywhere but this machine; TLS verification stays on, with
// the fake's own certificate added as trusted.
class TestEndpoint
{
public:
    static std::optional<TestEndpoint> create(
        const QUrl &baseUrl, const QList<QSslCertificate> &trusted = {}, QString *whyNot = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    QList<QSslCertificate> trustedCertificates() const { return m_trusted; }

private:
    TestEndpoint() = default;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_trusted;
};

using SecretMap = QMap<QString, QString>;

// Everything a connector needs for one call: the integration's non-secret settings, its
// secrets as just read from the keychain, and an optional test endpoint.
struct ConnectionSettings
{
    QVariantMap values;
    SecretMap secrets;
    std::optional<TestEndpoint> testEndpoint;

    QString value(const QString &key) const { return values.value(key).toString(); }
    QString secret(const QString &key) const { return secrets.value(key); }
};

// An ACD the program can import from. A connector describes itself and does network work;
// it stores nothing. Jobs run in the thread of the connector; create one connector per
// thread from the registry. The public methods hand out jobs as ConnectorJob describes
// (owned by the caller, self-deleting) and finish any still running when the connector is
// destroyed; a connector implements the protected start…() methods.
class Connector : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connector)
public:
    explicit Connector(QObject *parent = nullptr);
    ~Connector() override;

    virtual ConnectorInfo info() const = 0;
    virtual FieldDescriptors fields() const = 0;

    // A name for a new integration of this type with these values, e.g. "Five9 (Europe, UK)";
    // without the values that place it (none chosen yet), just the display name.
    virtual QString suggestedName(const QVariantMap &values) const;
    // Defaults of some fields that follow the values of others, e.g. a time zone that follows
    // the data centre; a form shows each in a field the admin has not edited. Fields left out
    // keep their descriptor's default. None by default.
    virtual QVariantMap derivedDefaults(const QVariantMap &values) const;
    // One or two translated sentences on what the admin must do in the ACD for these values
    // (a report to create, say); empty when there is nothing to do.
    virtual QString detailsNote(const QVariantMap &values) const;
    // What identifies the account at the ACD (e.g. data centre and user name, case-folded):
    // two integrations with the same key import the same data. Empty when unknown (default).
    virtual QString accountKey(const QVariantMap &values) const;

    // Signs in and checks the user's rights: before every import.
    ConnectorJob *verify(const ConnectionSettings &settings);
    // verify() and, where the connector can, that the whole setup works as configured (the
    // reports it reads exist and have what it needs), so a wrong setting stops the wizard at
    // Save rather than the first import. When an integration is saved or its settings change.
    ConnectorJob *verifySetup(const ConnectionSettings &settings);
    ConnectorJob *discoverQueues(const ConnectionSettings &settings);
    ConnectorJob *fetchIntervals(const ConnectionSettings &settings, const TimeRange &range);
    // Only for connectors with Capability::AgentStates; the others finish with Unsupported.
    ConnectorJob *discoverUsers(const ConnectionSettings &settings);
    ConnectorJob *discoverActivities(const ConnectionSettings &settings);
    ConnectorJob *fetchAgentStates(const ConnectionSettings &settings, const TimeRange &range);

    // How much of a range one fetchIntervals() should cover: the import fetches, writes and
    // checkpoints in steps of this length. A connector that fetches a range in parallel
    // pieces asks for longer steps; one that fetches day by day keeps the default (a day).
    virtual qint64 fetchChunkSeconds() const { return 24 * 3600; }
    // How far back the first import may reach, in days: what the ACD keeps and what its
    // limits let an import fetch in reasonable time. The admin chooses up to this.
    virtual int maximumBackfillDays() const { return 90; }
    // The longest verifySetup() may take before the wizard's check ends as "no answer": the
    // wizard says it in advance. Covers the connector's own per-request deadlines.
    virtual std::chrono::seconds checkDeadline() const { return std::chrono::seconds(60); }

    // Checks every field of the given section against its descriptor; empty when all are fine.
    QMap<QString, QString> validate(const QVariantMap &values, const SecretMap &secrets) const;
    // Non-secret values with defaults filled in for missing keys.
    QVariantMap withDefaults(const QVariantMap &values) const;
    QStringList secretKeys() const;
    // The fields one wizard page or dialog shows.
    FieldDescriptors fieldsIn(FieldDescriptor::Section section) const;

protected:
    // A new job without a parent that never refers to this connector (see ConnectorJob).
    virtual ConnectorJob *startVerify(const ConnectionSettings &settings) = 0;
    // By default the same as startVerify().
    virtual ConnectorJob *startVerifySetup(const ConnectionSettings &settings);
    virtual ConnectorJob *startDiscoverQueues(const ConnectionSettings &settings) = 0;
    virtual ConnectorJob *startFetchIntervals(
        const ConnectionSettings &settings, const TimeRange &range)
        = 0;
    virtual ConnectorJob *startDiscoverUsers(const ConnectionSettings &settings);
    virtual ConnectorJob *startDiscoverActivities(const ConnectionSettings &settings);
    virtual ConnectorJob *startFetchAgentStates(
        const ConnectionSettings &settings, const TimeRange &range);

private:
    ConnectorJob *track(ConnectorJob *job);

    QList<QPointer<ConnectorJob>> m_jobs; // handed out and maybe still running
};
