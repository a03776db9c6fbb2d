#pragma once

#include "api/connector.h"

#include <QTimeZone>

// The integration settings the Five9 connector reads, by key, with Five9's defaults.
namespace Five9Settings {

inline constexpr char UserName[] = "username";
inline constexpr char Password[] = "password";
inline constexpr char Region[] = "region";
inline constexpr char QueueGrouping[] = "queueGrouping";
inline constexpr char TimeZone[] = "timeZone";
inline constexpr char ServiceLevelSeconds[] = "serviceLevelSeconds";
inline constexpr char CallLogFolder[] = "callLogFolder";
inline constexpr char CallLogReport[] = "callLogReport";
inline constexpr char AgentStateFolder[] = "agentStateFolder";
inline constexpr char AgentStateReport[] = "agentStateReport";

// Five9's own names for the stock reports.
inline constexpr char DefaultCallLogFolder[] = "Call Log Reports";
inline constexpr char DefaultCallLogReport[] = "Call Log";
inline constexpr char DefaultAgentStateFolder[] = "Agent Reports";
inline constexpr char DefaultAgentStateReport[] = "Agent State Details";
// The copy of the Call Log with the SKILL column that grouping by skill needs; Five9's stock
// Call Log has no SKILL column.
inline constexpr char SkillCallLogFolder[] = "Shared Reports";
inline constexpr char SkillCallLogReport[] = "Call Log with Skills";
inline constexpr char DefaultTimeZone[] = "America/Los_Angeles"; // Five9's default for a domain
inline constexpr int DefaultServiceLevelSeconds = 20;

// How calls are grouped into queues for the workforce data.
enum class Grouping { Skill, Campaign, CampaignAndSkill };

Grouping grouping(const ConnectionSettings &settings);
QString groupingKey(Grouping grouping);
QTimeZone timeZone(const ConnectionSettings &settings);
int serviceLevelSeconds(const ConnectionSettings &settings);
// The value of key, or fallback when the setting is missing or blank.
QString valueOr(const ConnectionSettings &settings, const char *key, const char *fallback);

} // namespace Five9Settings
