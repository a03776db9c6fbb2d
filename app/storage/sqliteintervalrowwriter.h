#pragma once

#include "storage/intervalrowwriter.h"

struct sqlite3;
struct sqlite3_stmt;

// Interval rows through the sqlite3 C API: one statement prepared once, integers bound
// directly. Qt SQL's per-row cost (a QVariant per value, placeholder bookkeeping per bind)
// was about half of an import's time.
class SqliteIntervalRowWriter : public IntervalRowWriter
{
    Q_DISABLE_COPY_MOVE(SqliteIntervalRowWriter)
public:
    explicit SqliteIntervalRowWriter(sqlite3 *db);
    // Finalizes the statement: SQLite will not close a connection that still has one.
    ~SqliteIntervalRowWriter() override;

    QString prepare() override;
    QString write(std::span<const IntervalRow> rows) override;
    bool lastErrorMeansDamage() const override;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_upsert = nullptr;
    int m_lastError = 0;
};
