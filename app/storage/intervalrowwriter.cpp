#include "storage/intervalrowwriter.h"

#include "storage/sqlitehandle.h"
#include "storage/sqliteintervalrowwriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Any other Qt SQL driver: portable and slower (a QVariant per value). A PostgreSQL writer
// with COPY or multi-row VALUES replaces it when that backend arrives.
class QtSqlIntervalRowWriter : public IntervalRowWriter
{
public:
    explicit QtSqlIntervalRowWriter(const QSqlDatabase &db)
        : m_upsert(db)
    {
    }

    QString prepare() override
    {
        if (!m_upsert.prepare(QString::fromLatin1(upsertSql())))
            return m_upsert.lastError().text();
        return {};
    }

    QString write(std::span<const IntervalRow> rows) override
    {
        for (const IntervalRow &row : rows) {
            const qint64 values[] = {row.queueId, row.intervalStart, row.offered, row.handled,
                row.abandoned, row.handleSeconds, row.acwSeconds, row.answeredInSl};
            for (int i = 0; i < 8; ++i)
                m_upsert.bindValue(i, values[i]);
            if (!m_upsert.exec())
                return m_upsert.lastError().text();
        }
        return {};
    }

private:
    QSqlQuery m_upsert;
};

} // namespace

const char *IntervalRowWriter::upsertSql()
{
    return "INSERT INTO interval_stats (queue_id, interval_start, offered, handled, abandoned,"
           " handle_seconds, acw_seconds, answered_in_sl) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
           " ON CONFLICT (queue_id, interval_start) DO UPDATE SET offered = excluded.offered,"
           " handled = excluded.handled, abandoned = excluded.abandoned,"
           " handle_seconds = excluded.handle_seconds, acw_seconds = excluded.acw_seconds,"
           " answered_in_sl = excluded.answered_in_sl";
}

std::unique_ptr<IntervalRowWriter> IntervalRowWriter::create(const QSqlDatabase &db)
{
    if (sqlite3 *handle = sqliteHandle(db))
        return std::make_unique<SqliteIntervalRowWriter>(handle);
    return std::make_unique<QtSqlIntervalRowWriter>(db);
}
