#pragma once

#include "api/records.h"
#include "five9/five9csv.h"

#include <QTimeZone>

#include <optional>

// Reads Five9's agent state report: one row per state an agent was in, with the reason
// code for Not Ready and Logout. The agent's user name is the external user id; the state,
// or "state/reason code" when there is a reason, is the external activity id.
namespace Five9AgentStates {

QString activityId(const QString &state, const QString &reasonCode);

std::optional<QList<AgentStateRecord>> read(
    const Five9CsvTable &table, const QTimeZone &zone, const TimeRange &range, QString *error);

// The activities found in records, in first-seen order.
QList<ExternalActivity> activities(const Five9CsvTable &table);

} // namespace Five9AgentStates
