#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The CSV text of a Five9 report (getReportResultCsv): RFC 4180 quoting, fields that hold
// commas, quotes and line breaks, CRLF or LF line ends, an optional byte order mark.
struct Five9CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines; // the line each row starts on, the header being line 1

    // The index of a column by its (case-insensitive) header name, or -1.
    int column(const QString &name) const;
};

namespace Five9Csv {
// The table, or nullopt with *error naming the line that is wrong. Empty text is an empty
// table; blank lines are skipped.
std::optional<Five9CsvTable> parse(QStringView text, QString *error);
} // namespace Five9Csv
