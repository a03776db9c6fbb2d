// A report's CSV text (getReportResultCsv) through Five9Csv::parse, as a job reads a whole
// result, and through a Five9CsvReader fed one character at a time, as a streamed result
// arrives cut anywhere: both must read the same header and rows, or fail alike.
#include "five9/five9csv.h"
#include "fuzzsupport.h"

namespace {

QString describe(const QStringList &fields)
{
    return u'[' + fields.join(u"|") + u']';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(FuzzSupport::bytes(data, size));
    QString error;
    const std::optional<Five9CsvTable> table = Five9Csv::parse(text, &error);

    Five9CsvReader reader;
    QList<Five9CsvReader::Row> rows;
    for (qsizetype i = 0; i < text.size(); ++i) {
        reader.feed(QStringView(text).sliced(i, 1));
        while (auto row = reader.takeRow())
            rows << *row;
    }
    reader.finish();
    while (auto row = reader.takeRow())
        rows << *row;

    if (!table) {
        FuzzSupport::check(!error.isEmpty(), "a refused text says why");
        FuzzSupport::check(reader.failed() && reader.error() == error,
            "one character at a time fails as the whole text does",
            error + QStringLiteral(" / ") + reader.error());
        return 0;
    }
    FuzzSupport::check(
        !reader.failed(), "one character at a time reads what the whole text does", reader.error());
    FuzzSupport::check(reader.header() == table->header, "the same header",
        describe(reader.header()) + QStringLiteral(" / ") + describe(table->header));
    FuzzSupport::check(rows.size() == table->rows.size() && table->rowLines.size() == rows.size(),
        "the same number of rows");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        FuzzSupport::check(rows.at(i).fields == table->rows.at(i), "the same row",
            describe(rows.at(i).fields) + QStringLiteral(" / ") + describe(table->rows.at(i)));
        FuzzSupport::check(rows.at(i).line == table->rowLines.at(i), "the same line number");
        FuzzSupport::check(
            rows.at(i).fields.size() == table->header.size(), "every row has the header's fields");
    }
    for (const QString &name : table->header)
        FuzzSupport::check(table->column(name.trimmed()) >= 0, "every header name is found");
    return 0;
}
