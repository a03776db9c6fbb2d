#include "five9/five9agentstates.h"

#include "five9/five9values.h"

#include <QCoreApplication>
#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Five9AgentStates", text);
}
const QString Agent = QStringLiteral("AGENT");
const QString State = QStringLiteral("STATE");
const QString Reason = QStringLiteral("REASON CODE");
const QString Timestamp = QStringLiteral("TIMESTAMP");
const QString Duration = QStringLiteral("AGENT STATE TIME");
} // namespace

namespace Five9AgentStates {

QString activityId(const QString &state, const QString &reasonCode)
{
    return reasonCode.trimmed().isEmpty() ? state.trimmed()
                                          : state.trimmed() + u'/' + reasonCode.trimmed();
}

std::optional<QList<AgentStateRecord>> read(
    const Five9CsvTable &table, const QTimeZone &zone, const TimeRange &range, QString *error)
{
    QList<AgentStateRecord> records;
    if (table.header.isEmpty())
        return records;
    for (const QString &name : {Agent, State, Timestamp, Duration}) {
        if (table.column(name) < 0) {
            *error = tr("The agent state report has no column \"%1\". Add it to the report in "
                        "Five9, or choose a report that has it.")
                         .arg(name);
            return std::nullopt;
        }
    }
    const int reason = table.column(Reason);
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        const auto start = Five9Values::timestamp(row.at(table.column(Timestamp)), zone);
        const auto duration = Five9Values::durationSeconds(row.at(table.column(Duration)));
        if (!start || !duration) {
            *error = tr("Row %1 of the agent state report has an unreadable %2.")
                         .arg(table.rowLines.at(i))
                         .arg(!start ? Timestamp : Duration);
            return std::nullopt;
        }
        if (*start < range.fromUtc || *start >= range.toUtc)
            continue;
        records.append({row.at(table.column(Agent)).trimmed(),
            activityId(row.at(table.column(State)), reason >= 0 ? row.at(reason) : QString()),
            *start, *duration});
    }
    return records;
}

QList<ExternalActivity> activities(const Five9CsvTable &table)
{
    QList<ExternalActivity> result;
    QSet<QString> seen;
    const int state = table.column(State);
    const int reason = table.column(Reason);
    if (state < 0)
        return result;
    for (const QStringList &row : table.rows) {
        const QString reasonCode = reason >= 0 ? row.at(reason).trimmed() : QString();
        const QString id = activityId(row.at(state), reasonCode);
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        result.append({id, id,
            reasonCode.isEmpty() ? QStringLiteral("state") : QStringLiteral("reason code")});
    }
    return result;
}

} // namespace Five9AgentStates
