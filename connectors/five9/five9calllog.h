#pragma once

#include "api/records.h"
#include "five9/five9csv.h"
#include "five9/five9settings.h"
#include "five9/five9values.h"

#include <QMap>

#include <optional>

// Aggregates Five9's Call Log report into 15-minute interval statistics per queue, the
// queue being the call's skill, campaign, or both, as the integration groups them. Reads
// Five9's stock "Call Log" report as it is (no SKILL, no HANDLE TIME) and copies of it with
// columns added; the column order does not matter and unknown columns are ignored.
namespace Five9CallLog {

struct Options
{
    Five9Settings::Grouping grouping = Five9Settings::Grouping::Skill;
    QTimeZone zone;
    int serviceLevelSeconds = Five9Settings::DefaultServiceLevelSeconds;
    TimeRange range; // calls outside are ignored
    // The report as configured, named in the message about missing columns.
    QString reportFolder = QString::fromLatin1(Five9Settings::DefaultCallLogFolder);
    QString reportName = QString::fromLatin1(Five9Settings::DefaultCallLogReport);
};

// The columns a report with this header lacks for options.grouping, in the stock report's
// order; empty when it can be aggregated. For checking a report's header without rows.
QStringList missingColumns(const QStringList &header, const Options &options);
// For the admin: the missing columns, and which report to add them to in Five9 (or which
// grouping needs fewer). Empty when missing is.
QString missingColumnsMessage(const QStringList &missing, const Options &options);

// The options an integration's settings give (range left empty).
Options optionsFor(const ConnectionSettings &settings);

// The queue a call belongs to; empty when the call has no such queue (no skill or campaign,
// or Five9's "[None]").
QString queueKey(Five9Settings::Grouping grouping, const QString &campaign, const QString &skill);

// Adds up a report's calls row by row as they are read, keeping only the totals per
// interval and queue: its memory does not grow with the number of rows.
class Aggregator
{
public:
    explicit Aggregator(const Options &options);

    // The report's header, once, before any row; false (and failed()) when columns are
    // missing.
    bool setHeader(const QStringList &header);
    // One data row and the report line it starts on; false (and failed()) on a value it
    // cannot read, naming the line and column. Every row is read, also those it then leaves
    // out (outside the range, no queue), so a bad report fails whatever the range.
    bool addRow(const QStringList &fields, int line);
    // The reader's header (once it has it) and every row it has ready; false when either
    // failed. Call after each Five9CsvReader::feed() and after its finish().
    bool read(Five9CsvReader &reader);

    // Data rows given so far, read or not: how a caller sees that Five9 cut a result off.
    qsizetype rowCount() const { return m_rowCount; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // The intervals so far, ordered by start, then queue.
    QList<IntervalRecord> result() const { return m_intervals.values(); }

private:
    bool fail(const QString &error);

    Options m_options;
    Five9Values::ZoneClock m_clock;
    QMap<std::pair<qint64, QString>, IntervalRecord> m_intervals;
    QString m_error;
    qsizetype m_rowCount = 0;
    bool m_hasHeader = false;
    qsizetype m_columnCount = 0;
    // Column indices; -1 for the optional ones a header does not have.
    int m_timestamp = -1;
    int m_campaign = -1;
    int m_skill = -1;
    int m_callType = -1;
    int m_agent = -1;
    int m_abandoned = -1;
    int m_queueWait = -1;
    int m_handle = -1;
    int m_talk = -1;
    int m_hold = -1;
    int m_park = -1;
    int m_afterCall = -1;
};

// The whole table through an Aggregator: interval records ordered by start, then queue; or
// nullopt and *error naming the row or the missing columns. An empty table has no calls.
std::optional<QList<IntervalRecord>> aggregate(
    const Five9CsvTable &table, const Options &options, QString *error);

} // namespace Five9CallLog
