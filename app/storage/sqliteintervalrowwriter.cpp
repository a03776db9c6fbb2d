#include "storage/sqliteintervalrowwriter.h"

#include "storage/sqlerrors.h"

#include <sqlite3.h>

SqliteIntervalRowWriter::SqliteIntervalRowWriter(sqlite3 *db)
    : m_db(db)
{
}

SqliteIntervalRowWriter::~SqliteIntervalRowWriter()
{
    sqlite3_finalize(m_upsert);
}

QString SqliteIntervalRowWriter::prepare()
{
    sqlite3_finalize(m_upsert);
    m_upsert = nullptr;
    if (sqlite3_prepare_v3(m_db, upsertSql(), -1, SQLITE_PREPARE_PERSISTENT, &m_upsert, nullptr)
        != SQLITE_OK) {
        m_lastError = sqlite3_errcode(m_db);
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return {};
}

QString SqliteIntervalRowWriter::write(std::span<const IntervalRow> rows)
{
    if (!m_upsert)
        return QStringLiteral("not prepared");
    for (const IntervalRow &row : rows) {
        sqlite3_bind_int64(m_upsert, 1, row.queueId);
        sqlite3_bind_int64(m_upsert, 2, row.intervalStart);
        sqlite3_bind_int64(m_upsert, 3, row.offered);
        sqlite3_bind_int64(m_upsert, 4, row.handled);
        sqlite3_bind_int64(m_upsert, 5, row.abandoned);
        sqlite3_bind_int64(m_upsert, 6, row.handleSeconds);
        sqlite3_bind_int64(m_upsert, 7, row.acwSeconds);
        sqlite3_bind_int64(m_upsert, 8, row.answeredInSl);
        const int stepped = sqlite3_step(m_upsert);
        // reset() repeats step()'s error code; the message is the connection's.
        sqlite3_reset(m_upsert);
        if (stepped != SQLITE_DONE) {
            m_lastError = stepped;
            return QString::fromUtf8(sqlite3_errmsg(m_db));
        }
    }
    return {};
}

bool SqliteIntervalRowWriter::lastErrorMeansDamage() const
{
    return sqliteCodeMeansDamage(m_lastError);
}
