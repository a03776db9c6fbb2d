#pragma once

#include "api/records.h"
#include "five9/five9csv.h"
#include "five9/five9settings.h"

#include <optional>

// Aggregates Five9's Call Log report into 15-minute interval statistics per queue, the
// queue being the call's skill, campaign, or both, as the integration groups them.
namespace Five9CallLog {

struct Options
{
    Five9Settings::Grouping grouping = Five9Settings::Grouping::Skill;
    QTimeZone zone;
    int serviceLevelSeconds = Five9Settings::DefaultServiceLevelSeconds;
    TimeRange range; // calls outside are ignored
};

// The options an integration's settings give.
Options optionsFor(const ConnectionSettings &settings);

// The columns the report must have (besides the grouping's CAMPAIGN and/or SKILL).
QStringList requiredColumns(Five9Settings::Grouping grouping);

// The queue a call belongs to; empty when the call has no such queue (e.g. no skill).
QString queueKey(Five9Settings::Grouping grouping, const QString &campaign, const QString &skill);

// Interval records ordered by start, then queue; or nullopt and *error naming the row.
std::optional<QList<IntervalRecord>> aggregate(
    const Five9CsvTable &table, const Options &options, QString *error);

} // namespace Five9CallLog
