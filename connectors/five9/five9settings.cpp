#include "five9/five9settings.h"

namespace Five9Settings {

QString groupingKey(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Skill:
        return QStringLiteral("skill");
    case Grouping::Campaign:
        return QStringLiteral("campaign");
    case Grouping::CampaignAndSkill:
        return QStringLiteral("campaign+skill");
    }
    return {};
}

Grouping grouping(const ConnectionSettings &settings)
{
    const QString key = settings.value(QLatin1String(QueueGrouping));
    for (const auto candidate : {Grouping::Skill, Grouping::Campaign, Grouping::CampaignAndSkill})
        if (groupingKey(candidate) == key)
            return candidate;
    return Grouping::Skill;
}

QTimeZone timeZone(const ConnectionSettings &settings)
{
    return QTimeZone(valueOr(settings, TimeZone, DefaultTimeZone).toUtf8());
}

int serviceLevelSeconds(const ConnectionSettings &settings)
{
    bool ok = false;
    const int seconds = settings.values.value(QLatin1String(ServiceLevelSeconds)).toInt(&ok);
    return ok && seconds >= 0 ? seconds : DefaultServiceLevelSeconds;
}

QString valueOr(const ConnectionSettings &settings, const char *key, const char *fallback)
{
    const QString value = settings.value(QLatin1String(key)).trimmed();
    return value.isEmpty() ? QString::fromUtf8(fallback) : value;
}

} // namespace Five9Settings
