// The settings the wizard asks for when adding a Five9 integration.
#include "five9/five9connector.h"
#include "five9/five9regions.h"
#include "five9/five9settings.h"

#include <QTimeZone>

using namespace Five9Settings;

namespace {

FieldDescriptor field(const char *key, const QString &label, FieldDescriptor::Kind kind,
    FieldDescriptor::Section section = FieldDescriptor::Section::Details)
{
    FieldDescriptor f;
    f.key = QLatin1String(key);
    f.label = label;
    f.kind = kind;
    f.section = section;
    return f;
}

QList<FieldChoice> timeZoneChoices()
{
    static const QList<FieldChoice> choices = [] {
        QList<FieldChoice> list;
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        for (const QByteArray &id : ids)
            if (id.contains('/')) // skip legacy aliases such as "EST5EDT"
                list.append({QString::fromUtf8(id), QString::fromUtf8(id)});
        return list;
    }();
    return choices;
}

bool needsSkillColumn(const QVariantMap &values)
{
    return grouping(ConnectionSettings {values, {}, {}}) != Grouping::Campaign;
}

QString valueOr(const QVariantMap &values, const char *key, const char *fallback)
{
    const QString value = values.value(QLatin1String(key)).toString().trimmed();
    return value.isEmpty() ? QString::fromUtf8(fallback) : value;
}

} // namespace

QString Five9Connector::suggestedName(const QVariantMap &values) const
{
    const QString key = values.value(QLatin1String(Region)).toString();
    if (key.isEmpty())
        return info().displayName;
    return tr("Five9 (%1)").arg(Five9Regions::byKey(key).shortLabel);
}

QVariantMap Five9Connector::derivedDefaults(const QVariantMap &values) const
{
    const Five9Region region = Five9Regions::byKey(values.value(QLatin1String(Region)).toString());
    const bool skills = needsSkillColumn(values);
    return {
        {QLatin1String(TimeZone), region.timeZone},
        {QLatin1String(CallLogFolder),
            QString::fromUtf8(skills ? SkillCallLogFolder : DefaultCallLogFolder)},
        {QLatin1String(CallLogReport),
            QString::fromUtf8(skills ? SkillCallLogReport : DefaultCallLogReport)},
    };
}

QString Five9Connector::detailsNote(const QVariantMap &values) const
{
    if (!needsSkillColumn(values))
        return {};
    QString report = valueOr(values, CallLogReport, SkillCallLogReport);
    QString folder = valueOr(values, CallLogFolder, SkillCallLogFolder);
    // The stock report itself cannot take the column: the copy needs a name of its own
    // (and a folder of its own, rather than the stock reports' folder).
    if (report.compare(QLatin1String(DefaultCallLogReport), Qt::CaseInsensitive) == 0)
        report = QString::fromLatin1(SkillCallLogReport);
    if (folder.compare(QLatin1String(DefaultCallLogFolder), Qt::CaseInsensitive) == 0)
        folder = QString::fromLatin1(SkillCallLogFolder);
    //: %1 is a report name, %2 a report folder, both as in Five9 (e.g. "Shared Reports").
    return tr("This grouping needs the SKILL column, which Five9's stock Call Log report does "
              "not have. In Five9, copy the Call Log report, add the SKILL column and save the "
              "copy as \"%1\" in the folder \"%2\".")
        .arg(report, folder);
}

QString Five9Connector::accountKey(const QVariantMap &values) const
{
    const QString user = values.value(QLatin1String(UserName)).toString().trimmed();
    if (user.isEmpty())
        return {};
    const Five9Region region = Five9Regions::byKey(values.value(QLatin1String(Region)).toString());
    return region.key + u'/' + user.toCaseFolded();
}

FieldDescriptors Five9Connector::fields() const
{
    using Kind = FieldDescriptor::Kind;
    using Section = FieldDescriptor::Section;

    FieldDescriptor user = field(UserName, tr("&User name"), Kind::Text, Section::Credentials);
    user.placeholder = tr("wfm.api@example.com");
    user.helpText = tr("A Five9 user with the Administrator and Reporting roles. A user just "
                       "for this import is best.");

    FieldDescriptor password = field(Password, tr("&Password"), Kind::Secret, Section::Credentials);
    password.helpText = tr("The password of this Five9 user.");

    FieldDescriptor region = field(Region, tr("&Data centre"), Kind::Choice);
    for (const Five9Region &r : Five9Regions::all())
        region.choices.append({r.key, r.label});
    region.defaultValue = Five9Regions::defaultKey();
    region.effect = FieldDescriptor::Effect::Connection;
    region.helpText = tr("Where your Five9 account is hosted. Ask Five9 support if unsure.");

    FieldDescriptor grouping = field(QueueGrouping, tr("&Group queues by"), Kind::Choice);
    grouping.choices = {{groupingKey(Grouping::Skill), tr("Skill")},
        {groupingKey(Grouping::Campaign), tr("Campaign")},
        {groupingKey(Grouping::CampaignAndSkill), tr("Campaign and skill")}};
    grouping.defaultValue = groupingKey(Grouping::Skill);
    grouping.helpText = tr("Which calls make up one queue in the workforce data.");

    FieldDescriptor zone = field(TimeZone, tr("Time &zone of the domain"), Kind::Choice);
    zone.choices = timeZoneChoices();
    zone.defaultValue = QString::fromLatin1(DefaultTimeZone);
    zone.helpText = tr("The time zone set for your Five9 domain. Five9's reports use it.");
    zone.advanced = true;

    FieldDescriptor serviceLevel
        = field(ServiceLevelSeconds, tr("Service &level (seconds)"), Kind::Number);
    serviceLevel.defaultValue = DefaultServiceLevelSeconds;
    serviceLevel.minimum = 0;
    serviceLevel.maximum = 3600;
    serviceLevel.helpText
        = tr("Calls answered within this many seconds count as within service level.");
    serviceLevel.advanced = true;

    const auto report
        = [](const char *key, const QString &label, const char *fallback, const QString &help) {
              FieldDescriptor f = field(key, label, Kind::Text);
              f.defaultValue = QString::fromUtf8(fallback);
              f.helpText = help;
              f.advanced = true;
              return f;
          };
    return {user, password, region, grouping, zone, serviceLevel,
        report(CallLogFolder, tr("Call log &folder"), DefaultCallLogFolder,
            tr("The report folder in Five9 that holds the call log report.")),
        report(CallLogReport, tr("Call log &report"), DefaultCallLogReport,
            tr("The name of the call log report in Five9.")),
        report(AgentStateFolder, tr("Agent s&tate folder"), DefaultAgentStateFolder,
            tr("The report folder in Five9 that holds the agent state report.")),
        report(AgentStateReport, tr("Agent state rep&ort"), DefaultAgentStateReport,
            tr("The name of the agent state report in Five9."))};
}
