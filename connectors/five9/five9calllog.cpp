#include "five9/five9calllog.h"

#include "five9/five9values.h"

#include <QCoreApplication>
#include <QMap>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Five9CallLog", text);
}
} // namespace

namespace Five9CallLog {

using Five9Settings::Grouping;

QStringList requiredColumns(Grouping grouping)
{
    QStringList columns = {QStringLiteral("TIMESTAMP"), QStringLiteral("AGENT"),
        QStringLiteral("ABANDONED"), QStringLiteral("HANDLE TIME"),
        QStringLiteral("AFTER CALL WORK TIME"), QStringLiteral("QUEUE WAIT TIME")};
    if (grouping != Grouping::Skill)
        columns << QStringLiteral("CAMPAIGN");
    if (grouping != Grouping::Campaign)
        columns << QStringLiteral("SKILL");
    return columns;
}

QString queueKey(Grouping grouping, const QString &campaign, const QString &skill)
{
    switch (grouping) {
    case Grouping::Skill:
        return skill.trimmed();
    case Grouping::Campaign:
        return campaign.trimmed();
    case Grouping::CampaignAndSkill:
        if (campaign.trimmed().isEmpty() || skill.trimmed().isEmpty())
            return {};
        return campaign.trimmed() + QLatin1String(" / ") + skill.trimmed();
    }
    return {};
}

std::optional<QList<IntervalRecord>> aggregate(
    const Five9CsvTable &table, const Options &options, QString *error)
{
    if (table.header.isEmpty())
        return QList<IntervalRecord> {}; // an empty report: no calls in the range

    QMap<QString, int> col;
    for (const QString &name : requiredColumns(options.grouping)) {
        const int index = table.column(name);
        if (index < 0) {
            *error = tr("The call log report has no column \"%1\". Add it to the report in "
                        "Five9, or choose a report that has it.")
                         .arg(name);
            return std::nullopt;
        }
        col.insert(name, index);
    }
    const int campaignColumn = table.column(QStringLiteral("CAMPAIGN"));
    const int skillColumn = table.column(QStringLiteral("SKILL"));

    QMap<std::pair<qint64, QString>, IntervalRecord> intervals;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        const auto bad = [&](const QString &column) {
            *error = tr("Row %1 of the call log report has an unreadable %2: \"%3\".")
                         .arg(table.rowLines.at(i))
                         .arg(column, row.at(col.value(column)));
            return std::nullopt;
        };
        const QString key
            = queueKey(options.grouping, campaignColumn >= 0 ? row.at(campaignColumn) : QString(),
                skillColumn >= 0 ? row.at(skillColumn) : QString());
        const auto when
            = Five9Values::timestamp(row.at(col.value(QStringLiteral("TIMESTAMP"))), options.zone);
        if (!when)
            return bad(QStringLiteral("TIMESTAMP"));
        const auto abandoned = Five9Values::flag(row.at(col.value(QStringLiteral("ABANDONED"))));
        if (!abandoned)
            return bad(QStringLiteral("ABANDONED"));
        std::array<qint64, 3> seconds {};
        const std::array<QString, 3> durationColumns = {QStringLiteral("HANDLE TIME"),
            QStringLiteral("AFTER CALL WORK TIME"), QStringLiteral("QUEUE WAIT TIME")};
        for (size_t d = 0; d < durationColumns.size(); ++d) {
            const auto value = Five9Values::durationSeconds(row.at(col.value(durationColumns[d])));
            if (!value)
                return bad(durationColumns[d]);
            seconds[d] = *value;
        }
        // Every row is checked before it is skipped, so a bad report fails as a whole.
        if (key.isEmpty() || *when < options.range.fromUtc || *when >= options.range.toUtc)
            continue;

        const qint64 start = *when - (*when % IntervalSeconds);
        IntervalRecord &record = intervals[{start, key}];
        record.queueExternalId = key;
        record.startUtc = start;
        ++record.offered;
        const bool handled
            = !*abandoned && !row.at(col.value(QStringLiteral("AGENT"))).trimmed().isEmpty();
        if (*abandoned)
            ++record.abandoned;
        if (handled) {
            ++record.handled;
            record.handleSeconds += seconds[0];
            record.afterCallSeconds += seconds[1];
            if (seconds[2] <= options.serviceLevelSeconds)
                ++record.answeredInServiceLevel;
        }
    }
    return intervals.values();
}

} // namespace Five9CallLog
