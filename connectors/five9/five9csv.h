#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
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

// Reads a report's CSV text in pieces as they arrive; a field, a line, a doubled quote or a
// "\r\n" may be split across pieces. The first record is the header; each later record is
// handed out as soon as its line ends and then forgotten, so memory holds one piece and the
// rows not yet taken. Blank lines are skipped.
class Five9CsvReader
{
public:
    struct Row
    {
        QStringList fields;
        int line = 0; // the line the row starts on, the header being line 1
    };

    // Reads the next piece of the text. Ignored once failed() or after finish().
    void feed(QStringView piece);
    // The text has ended: a last line without a line break becomes a row; the end of the text
    // inside a quoted field fails.
    void finish();

    bool hasHeader() const { return m_hasHeader; }
    const QStringList &header() const { return m_header; }
    // The next row read and not yet taken, in order; nullopt when none is ready.
    std::optional<Row> takeRow();

    // A row with more or fewer fields than the header, or an unterminated quote: reading
    // stops there and drops the rows not yet taken; error() names the line.
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void endField();
    void endRecord();
    void fail(const QString &error);

    QStringList m_header;
    bool m_hasHeader = false;
    std::deque<Row> m_rows;
    QString m_error;
    bool m_finished = false;

    QStringList m_record;
    QString m_field;
    bool m_started = false; // a character was read (the byte order mark is only the first)
    bool m_quoted = false; // inside a quoted field
    bool m_fieldQuoted = false; // the current field started with a quote
    bool m_quotePending = false; // a quote inside a quoted field: closing, or the first of ""
    bool m_skipLf = false; // a record ended with "\r": a "\n" right after belongs to it
    int m_line = 1;
    int m_recordLine = 1;
};

namespace Five9Csv {
// The table, or nullopt with *error naming the line that is wrong. Empty text is an empty
// table; blank lines are skipped. The whole text at once, through a Five9CsvReader.
std::optional<Five9CsvTable> parse(QStringView text, QString *error);
} // namespace Five9Csv
