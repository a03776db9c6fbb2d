#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <span>

// One interval_stats row as stored: the queue already resolved to its id.
struct IntervalRow
{
    qint64 queueId = 0;
    qint64 intervalStart = 0;
    qint64 offered = 0;
    qint64 handled = 0;
    qint64 abandoned = 0;
    qint64 handleSeconds = 0;
    qint64 acwSeconds = 0;
    qint64 answeredInSl = 0;
};

// Upserts interval rows in bulk inside the caller's transaction. The one dialect-specific
// part of the import's writes: SQLite gets a C-API statement, other drivers (PostgreSQL
// later, with its own fast path) a portable Qt SQL one; all share the same upsert text.
class IntervalRowWriter
{
public:
    virtual ~IntervalRowWriter() = default;

    // The fastest writer the connection's driver has. The connection must outlive it.
    static std::unique_ptr<IntervalRowWriter> create(const QSqlDatabase &db);
    // INSERT … ON CONFLICT … DO UPDATE, accepted by SQLite and PostgreSQL alike.
    static const char *upsertSql();

    // Both return the database's error text, or an empty string on success.
    virtual QString prepare() = 0;
    virtual QString write(std::span<const IntervalRow> rows) = 0;
    // Whether the last error says the database is damaged (storage/sqlerrors.h).
    virtual bool lastErrorMeansDamage() const { return false; }
};
