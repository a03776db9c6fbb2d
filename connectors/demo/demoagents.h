#pragma once

#include "api/records.h"

#include <QList>

// Deterministic agent status data for the Demo ACD: a fixed team of users, the states and
// reason codes a Five9-like ACD reports, and per user and working day (Monday to Friday, UTC)
// one shift of states. A day's states depend only on the user and the day, so a range gives
// the same records however it is split: each record belongs to the range holding its start.
namespace DemoAgents {

constexpr int UserCount = 24;

QList<ExternalUser> users();
QList<ExternalActivity> activities();
// The shift of one user (index into users()) on the UTC day starting at dayStartUtc; empty
// on weekends.
QList<AgentStateRecord> shift(int userIndex, qint64 dayStartUtc);
// The UTC day starts whose shifts may start within range.
QList<qint64> daysOf(const TimeRange &range);

} // namespace DemoAgents
