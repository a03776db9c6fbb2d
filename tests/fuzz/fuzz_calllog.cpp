// A Call Log report's CSV aggregated to 15-minute intervals, for each way of grouping queues:
// streamed as Five9IntervalsJob reads it (a Five9CsvReader and Aggregator::read after each
// piece) and whole through Five9CallLog::aggregate. Both must give the same intervals.
#include "five9/five9calllog.h"
#include "fuzzsupport.h"

#include <limits>

namespace {

using Five9Settings::Grouping;

std::optional<QList<IntervalRecord>> streamed(
    const QString &text, const Five9CallLog::Options &options)
{
    Five9CsvReader reader;
    Five9CallLog::Aggregator aggregator(options);
    constexpr qsizetype Piece = 61; // an odd size, so pieces end inside fields and line ends
    for (qsizetype at = 0; at < text.size(); at += Piece) {
        reader.feed(QStringView(text).sliced(at, std::min(Piece, text.size() - at)));
        if (!aggregator.read(reader))
            while (reader.takeRow()) { }
    }
    reader.finish();
    aggregator.read(reader);
    FuzzSupport::check(aggregator.rowCount() >= 0, "a row count");
    if (reader.failed() || aggregator.failed()) {
        FuzzSupport::check(!aggregator.error().isEmpty() || !reader.error().isEmpty(),
            "a refused report says why");
        return std::nullopt;
    }
    return aggregator.result();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(FuzzSupport::bytes(data, size));
    QString error;
    const std::optional<Five9CsvTable> table = Five9Csv::parse(text, &error);
    for (const Grouping grouping :
        {Grouping::Skill, Grouping::Campaign, Grouping::CampaignAndSkill}) {
        Five9CallLog::Options options;
        options.grouping = grouping;
        options.zone = QTimeZone("Europe/Rome"); // with its changes of summer time
        options.range
            = {std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2};
        const auto stream = streamed(text, options);
        if (!table) {
            FuzzSupport::check(!stream, "a text the whole read refuses is refused streamed too");
            continue;
        }
        const QStringList missing = Five9CallLog::missingColumns(table->header, options);
        Five9CallLog::missingColumnsMessage(missing, options);
        const auto whole = Five9CallLog::aggregate(*table, options, &error);
        FuzzSupport::check(
            whole.has_value() == stream.has_value(), "streamed and whole agree on success", error);
        if (whole) {
            FuzzSupport::check(*whole == *stream, "streamed and whole give the same intervals");
            for (const IntervalRecord &record : *whole)
                FuzzSupport::check(record.handled <= record.offered
                        && record.abandoned <= record.offered
                        && record.answeredInServiceLevel <= record.handled,
                    "no more handled, abandoned or in service level than offered");
        }
    }
    return 0;
}
