#include "five9/five9calllog.h"

#include <QCoreApplication>
#include <QLocale>

// How a call of the report counts (Five9's column names):
//   offered      every call of the queue that starts in the range, whatever happened to it;
//   abandoned    ABANDONED is 1 (an empty cell is 0);
//   handled      an agent took it: AGENT is neither empty nor "[None]", it is not abandoned,
//                and its CALL TYPE does not contain "Voicemail" (any case): a voicemail left
//                by the caller is no contact an agent handled. CALL TYPE is optional: a
//                report without it has its calls judged by AGENT and ABANDONED alone;
//   handle time  of handled calls: HANDLE TIME when the report has it, otherwise
//                TALK TIME + HOLD TIME + PARK TIME + AFTER CALL WORK TIME (the stock report
//                has no HANDLE TIME); then TALK, HOLD and PARK TIME are not needed;
//   after-call   of handled calls: AFTER CALL WORK TIME;
//   service level  handled calls with QUEUE WAIT TIME <= the service level in seconds.
// An empty duration cell is 0 seconds: Five9 leaves TALK, HOLD, PARK and AFTER CALL WORK
// TIME empty on calls that had no such part (abandoned calls, calls no agent took), and
// QUEUE WAIT TIME empty on calls that never waited in a queue (so they waited 0). An empty
// TIMESTAMP is an error: the call cannot be placed in an interval. A non-empty value that does
// not read is an error naming the row and the column. Other columns (RING TIME, TRANSFERS,
// COST...) are not read at all, so they may hold anything.
//
// A call of a deleted campaign has CAMPAIGN "[Deleted]". It is counted like any other, in a
// queue named "[Deleted]" when grouping by campaign: the calls were real work, and leaving
// them out would make the offered and handled totals smaller than Five9's own figures for
// the same days (grouping by skill does not look at the campaign at all). Five9's "[None]"
// (no skill, no campaign) is no queue, as an empty cell is.

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Five9CallLog", text);
}

const QString Timestamp = QStringLiteral("TIMESTAMP");
const QString Campaign = QStringLiteral("CAMPAIGN");
const QString CallType = QStringLiteral("CALL TYPE");
const QString Agent = QStringLiteral("AGENT");
const QString Skill = QStringLiteral("SKILL");
const QString QueueWait = QStringLiteral("QUEUE WAIT TIME");
const QString Talk = QStringLiteral("TALK TIME");
const QString Hold = QStringLiteral("HOLD TIME");
const QString Park = QStringLiteral("PARK TIME");
const QString AfterCall = QStringLiteral("AFTER CALL WORK TIME");
const QString Handle = QStringLiteral("HANDLE TIME");
const QString Abandoned = QStringLiteral("ABANDONED");
const QString None = QStringLiteral("[None]");

int column(const QStringList &header, const QString &name)
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (QStringView(header.at(i)).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

// The columns to read, in the stock report's order (SKILL where a copy usually adds it).
QStringList requiredColumns(const QStringList &header, Five9Settings::Grouping grouping)
{
    using Five9Settings::Grouping;
    QStringList columns = {Timestamp};
    if (grouping != Grouping::Skill)
        columns << Campaign;
    columns << Agent;
    if (grouping != Grouping::Campaign)
        columns << Skill;
    columns << QueueWait;
    if (column(header, Handle) < 0)
        columns << Talk << Hold << Park;
    columns << AfterCall << Abandoned;
    return columns;
}

bool isNone(QStringView value)
{
    return value.compare(None, Qt::CaseInsensitive) == 0;
}

} // namespace

namespace Five9CallLog {

using Five9Settings::Grouping;

QStringList missingColumns(const QStringList &header, const Options &options)
{
    QStringList missing;
    for (const QString &name : requiredColumns(header, options.grouping))
        if (column(header, name) < 0)
            missing << name;
    return missing;
}

QString missingColumnsMessage(const QStringList &missing, const Options &options)
{
    if (missing.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &name : missing)
        quoted << u'"' + name + u'"';
    const QString list = QLocale().createSeparatedList(quoted);
    const bool one = missing.size() == 1;
    const QString what
        = (one ? tr("The call log report \"%1\" in the folder \"%2\" has no column %3.")
               : tr("The call log report \"%1\" in the folder \"%2\" has no columns %3."))
              .arg(options.reportName, options.reportFolder, list);
    // Five9's stock report is Five9's own: columns go into a copy of it.
    const bool stock = options.reportName == QLatin1String(Five9Settings::DefaultCallLogReport)
        && options.reportFolder == QLatin1String(Five9Settings::DefaultCallLogFolder);
    QString fix;
    if (stock)
        fix = (one ? tr("In Five9's reporting, save a copy of this report (for example as \"Call "
                        "Log with Skills\" in a shared folder), add the column %1 to the copy, "
                        "and enter the copy's folder and name in this integration's settings.")
                   : tr("In Five9's reporting, save a copy of this report (for example as \"Call "
                        "Log with Skills\" in a shared folder), add the columns %1 to the copy, "
                        "and enter the copy's folder and name in this integration's settings."))
                  .arg(list);
    else
        fix = (one ? tr("In Five9's reporting, add the column %1 to the report \"%2\" in the "
                        "folder \"%3\".")
                   : tr("In Five9's reporting, add the columns %1 to the report \"%2\" in the "
                        "folder \"%3\"."))
                  .arg(list, options.reportName, options.reportFolder);
    QString message = what + u' ' + fix;
    if (missing.contains(Skill))
        message += u' ' + tr("Or choose grouping by campaign, which needs no SKILL column.");
    return message;
}

Options optionsFor(const ConnectionSettings &settings)
{
    Options options;
    options.grouping = Five9Settings::grouping(settings);
    options.zone = Five9Settings::timeZone(settings);
    options.serviceLevelSeconds = Five9Settings::serviceLevelSeconds(settings);
    options.reportFolder = Five9Settings::valueOr(
        settings, Five9Settings::CallLogFolder, Five9Settings::DefaultCallLogFolder);
    options.reportName = Five9Settings::valueOr(
        settings, Five9Settings::CallLogReport, Five9Settings::DefaultCallLogReport);
    return options;
}

QString queueKey(Grouping grouping, const QString &campaign, const QString &skill)
{
    const QString c = isNone(campaign.trimmed()) ? QString() : campaign.trimmed();
    const QString s = isNone(skill.trimmed()) ? QString() : skill.trimmed();
    switch (grouping) {
    case Grouping::Skill:
        return s;
    case Grouping::Campaign:
        return c;
    case Grouping::CampaignAndSkill:
        if (c.isEmpty() || s.isEmpty())
            return {};
        return c + QLatin1String(" / ") + s;
    }
    return {};
}

Aggregator::Aggregator(const Options &options)
    : m_options(options)
    , m_clock(options.zone)
{
}

bool Aggregator::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool Aggregator::setHeader(const QStringList &header)
{
    if (failed())
        return false;
    Q_ASSERT(!m_hasHeader);
    if (const QStringList missing = missingColumns(header, m_options); !missing.isEmpty())
        return fail(missingColumnsMessage(missing, m_options));
    m_hasHeader = true;
    m_columnCount = header.size();
    m_timestamp = column(header, Timestamp);
    m_campaign = column(header, Campaign);
    m_skill = column(header, Skill);
    m_callType = column(header, CallType);
    m_agent = column(header, Agent);
    m_abandoned = column(header, Abandoned);
    m_queueWait = column(header, QueueWait);
    m_handle = column(header, Handle);
    m_talk = column(header, Talk);
    m_hold = column(header, Hold);
    m_park = column(header, Park);
    m_afterCall = column(header, AfterCall);
    return true;
}

bool Aggregator::addRow(const QStringList &fields, int line)
{
    if (failed())
        return false;
    Q_ASSERT(m_hasHeader);
    ++m_rowCount;
    if (fields.size() != m_columnCount)
        return fail(tr("Row %1 of the call log report has %2 fields where the header has %3.")
                        .arg(line)
                        .arg(fields.size())
                        .arg(m_columnCount));
    const auto bad = [&](int index, const QString &name) {
        return fail(tr("Row %1 of the call log report has an unreadable %2: \"%3\".")
                        .arg(line)
                        .arg(name, fields.at(index)));
    };
    const auto seconds = [&](int index, const QString &name, qint64 *value) {
        const auto read = Five9Values::durationSeconds(fields.at(index));
        if (!read)
            return bad(index, name);
        *value = *read;
        return true;
    };

    const auto wallClock = Five9Values::wallClockSeconds(fields.at(m_timestamp));
    const auto when = wallClock ? m_clock.toUtc(*wallClock) : std::nullopt;
    if (!when)
        return bad(m_timestamp, Timestamp);
    const auto abandoned = Five9Values::flag(fields.at(m_abandoned));
    if (!abandoned)
        return bad(m_abandoned, Abandoned);
    qint64 queueWait = 0, afterCall = 0, handle = 0;
    if (!seconds(m_queueWait, QueueWait, &queueWait)
        || !seconds(m_afterCall, AfterCall, &afterCall))
        return false;
    if (m_handle >= 0) {
        if (!seconds(m_handle, Handle, &handle))
            return false;
    } else {
        qint64 talk = 0, hold = 0, park = 0;
        if (!seconds(m_talk, Talk, &talk) || !seconds(m_hold, Hold, &hold)
            || !seconds(m_park, Park, &park))
            return false;
        handle = talk + hold + park + afterCall;
    }

    const QString key
        = queueKey(m_options.grouping, m_campaign >= 0 ? fields.at(m_campaign) : QString(),
            m_skill >= 0 ? fields.at(m_skill) : QString());
    if (key.isEmpty() || *when < m_options.range.fromUtc || *when >= m_options.range.toUtc)
        return true;

    const QStringView agent = QStringView(fields.at(m_agent)).trimmed();
    const bool voicemail = m_callType >= 0
        && fields.at(m_callType).contains(QLatin1String("voicemail"), Qt::CaseInsensitive);
    const bool handled = !agent.isEmpty() && !isNone(agent) && !*abandoned && !voicemail;

    const qint64 start = *when - ((*when % IntervalSeconds) + IntervalSeconds) % IntervalSeconds;
    IntervalRecord &record = m_intervals[{start, key}];
    record.queueExternalId = key;
    record.startUtc = start;
    ++record.offered;
    if (*abandoned)
        ++record.abandoned;
    if (handled) {
        ++record.handled;
        record.handleSeconds += handle;
        record.afterCallSeconds += afterCall;
        if (queueWait <= m_options.serviceLevelSeconds)
            ++record.answeredInServiceLevel;
    }
    return true;
}

bool Aggregator::read(Five9CsvReader &reader)
{
    if (failed())
        return false;
    if (!m_hasHeader && reader.hasHeader() && !setHeader(reader.header()))
        return false;
    while (auto row = reader.takeRow())
        if (!addRow(row->fields, row->line))
            return false;
    if (reader.failed())
        return fail(reader.error());
    return true;
}

std::optional<QList<IntervalRecord>> aggregate(
    const Five9CsvTable &table, const Options &options, QString *error)
{
    if (table.header.isEmpty())
        return QList<IntervalRecord> {}; // an empty report: no calls in the range
    Aggregator aggregator(options);
    aggregator.setHeader(table.header);
    for (qsizetype i = 0; i < table.rows.size() && !aggregator.failed(); ++i)
        aggregator.addRow(table.rows.at(i), table.rowLines.value(i));
    if (aggregator.failed()) {
        *error = aggregator.error();
        return std::nullopt;
    }
    return aggregator.result();
}

} // namespace Five9CallLog
