#include "five9/five9csv.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Five9Csv", text);
}
} // namespace

int Five9CsvTable::column(const QString &name) const
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

namespace Five9Csv {

std::optional<Five9CsvTable> parse(QStringView text, QString *error)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    QList<QStringList> records;
    QList<int> recordLines;
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldQuoted = false; // the current field started with a quote
    int line = 1;
    int recordLine = 1;

    const auto endRecord = [&] {
        record << field;
        // A record of one empty unquoted field is a blank line.
        if (!(record.size() == 1 && record.first().isEmpty() && !fieldQuoted)) {
            records << record;
            recordLines << recordLine;
        }
        record.clear();
        field.clear();
        fieldQuoted = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            quoted = fieldQuoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = tr("The report's CSV ends inside a quoted field that starts on line %1.")
                     .arg(recordLine);
        return std::nullopt;
    }
    if (!field.isEmpty() || !record.isEmpty() || fieldQuoted)
        endRecord();

    Five9CsvTable table;
    if (records.isEmpty())
        return table;
    table.header = records.takeFirst();
    recordLines.removeFirst();
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).size() != table.header.size()) {
            *error = tr("Row %1 of the report has %2 fields where the header has %3.")
                         .arg(recordLines.at(i))
                         .arg(records.at(i).size())
                         .arg(table.header.size());
            return std::nullopt;
        }
    }
    table.rows = records;
    table.rowLines = recordLines;
    return table;
}

} // namespace Five9Csv
