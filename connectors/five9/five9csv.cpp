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

void Five9CsvReader::feed(QStringView piece)
{
    if (failed() || m_finished)
        return;
    if (!m_started && !piece.isEmpty()) {
        m_started = true;
        if (piece.front() == QChar(0xFEFF))
            piece = piece.mid(1);
    }
    const qsizetype size = piece.size();
    for (qsizetype i = 0; i < size && !failed(); ++i) {
        const QChar c = piece[i];
        if (m_skipLf) {
            m_skipLf = false;
            if (c == u'\n')
                continue;
        }
        if (m_quotePending) {
            m_quotePending = false;
            if (c == u'"') { // "" inside quotes: one quote
                m_field += c;
                continue;
            }
            m_quoted = false; // the quote closed the field; c is read as outside quotes
        }
        if (m_quoted) {
            // Up to the next quote in one go: most of a quoted field is plain text.
            qsizetype end = i;
            while (end < size && piece[end] != u'"') {
                if (piece[end] == u'\n')
                    ++m_line;
                ++end;
            }
            m_field += piece.sliced(i, end - i);
            if (end < size)
                m_quotePending = true;
            i = end;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            if (m_field.isEmpty() && !m_fieldQuoted)
                m_quoted = m_fieldQuoted = true;
            else
                m_field += c; // a quote inside an unquoted field is a character like any
            break;
        case u',':
            endField();
            break;
        case u'\r':
            m_skipLf = true;
            endRecord();
            break;
        case u'\n':
            endRecord();
            break;
        default: {
            qsizetype end = i + 1;
            while (end < size) {
                const char16_t next = piece[end].unicode();
                if (next == u',' || next == u'"' || next == u'\r' || next == u'\n')
                    break;
                ++end;
            }
            m_field += piece.sliced(i, end - i);
            i = end - 1;
        }
        }
    }
}

void Five9CsvReader::finish()
{
    if (failed() || m_finished)
        return;
    m_finished = true;
    if (m_quotePending) {
        m_quotePending = false;
        m_quoted = false;
    }
    if (m_quoted) {
        fail(tr("The report's CSV ends inside a quoted field that starts on line %1.")
                 .arg(m_recordLine));
        return;
    }
    if (!m_field.isEmpty() || !m_record.isEmpty() || m_fieldQuoted)
        endRecord();
}

std::optional<Five9CsvReader::Row> Five9CsvReader::takeRow()
{
    if (m_rows.empty())
        return std::nullopt;
    Row row = std::move(m_rows.front());
    m_rows.pop_front();
    return row;
}

void Five9CsvReader::endField()
{
    m_record << m_field;
    m_field.clear();
    m_fieldQuoted = false;
}

void Five9CsvReader::endRecord()
{
    const bool blank = m_record.isEmpty() && m_field.isEmpty() && !m_fieldQuoted;
    endField();
    if (!blank) {
        if (!m_hasHeader) {
            m_header = m_record;
            m_hasHeader = true;
        } else if (m_record.size() != m_header.size()) {
            fail(tr("Row %1 of the report has %2 fields where the header has %3.")
                     .arg(m_recordLine)
                     .arg(m_record.size())
                     .arg(m_header.size()));
            return;
        } else {
            m_rows.push_back({m_record, m_recordLine});
        }
    }
    m_record.clear();
    ++m_line;
    m_recordLine = m_line;
}

void Five9CsvReader::fail(const QString &error)
{
    m_error = error;
    m_rows.clear();
}

namespace Five9Csv {

std::optional<Five9CsvTable> parse(QStringView text, QString *error)
{
    Five9CsvReader reader;
    reader.feed(text);
    reader.finish();
    if (reader.failed()) {
        *error = reader.error();
        return std::nullopt;
    }
    Five9CsvTable table;
    table.header = reader.header();
    while (auto row = reader.takeRow()) {
        table.rows << std::move(row->fields);
        table.rowLines << row->line;
    }
    return table;
}

} // namespace Five9Csv
