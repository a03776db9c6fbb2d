// Five9's agent state report (Agent State Details) as Five9Connector reads it: the whole
// CSV through Five9Csv::parse, then the activities it lists and the agents' states.
#include "five9/five9agentstates.h"
#include "fuzzsupport.h"

#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<Five9CsvTable> table
        = Five9Csv::parse(QString::fromUtf8(FuzzSupport::bytes(data, size)), &error);
    if (!table)
        return 0;
    for (const ExternalActivity &activity : Five9AgentStates::activities(*table))
        FuzzSupport::check(!activity.externalId.isEmpty(), "an activity has an id");
    const TimeRange everything {
        std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2};
    const auto states
        = Five9AgentStates::read(*table, QTimeZone("America/Los_Angeles"), everything, &error);
    FuzzSupport::check(states || !error.isEmpty(), "a refused report says why");
    if (states)
        for (const AgentStateRecord &state : *states)
            FuzzSupport::check(state.durationSeconds >= 0, "no negative duration");
    return 0;
}
