#pragma once

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// What an import left in the database, for comparing imports with each other.
namespace ImportCheck {

struct Summary
{
    qint64 rows = 0;
    qint64 queues = 0;
    qint64 offered = 0;
    QByteArray hash; // of every interval row, in (queue external id, interval start) order
};

inline Summary summarize(const QSqlDatabase &db, const QString &integrationId)
{
    Summary summary;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT q.external_id, s.interval_start, s.offered, s.handled, s.abandoned,"
                       " s.handle_seconds, s.acw_seconds, s.answered_in_sl FROM interval_stats s"
                       " JOIN queues q ON q.id = s.queue_id WHERE q.integration_id = ?"
                       " ORDER BY q.external_id, s.interval_start"));
    query.addBindValue(integrationId);
    query.exec();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next()) {
        ++summary.rows;
        summary.offered += query.value(2).toLongLong();
        QByteArray row;
        for (int i = 0; i < 8; ++i)
            row += query.value(i).toString().toUtf8() + ',';
        hash.addData(row);
    }
    summary.hash = hash.result().toHex();
    query.prepare(QStringLiteral("SELECT count(*) FROM queues WHERE integration_id = ?"));
    query.addBindValue(integrationId);
    if (query.exec() && query.next())
        summary.queues = query.value(0).toLongLong();
    return summary;
}

inline QString integrityCheck(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
        return query.value(0).toString();
    return QStringLiteral("<failed>");
}

} // namespace ImportCheck
