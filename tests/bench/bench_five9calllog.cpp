// How long a day of Five9 call log takes to aggregate: the whole text parsed into a table
// then aggregated, against the reader and Aggregator fed 16 KiB pieces; and the timestamps
// alone, by hand against QLocale. Prints figures; never fails on them.
// Run: build/release/tests/bench/bench_five9calllog [--rows 50000]
#include "five9/five9calllog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--rows"));
    const int rows = at >= 0 ? args.value(at + 1).toInt() : 50000;

    const QTimeZone zone(QByteArrayLiteral("America/Los_Angeles"));
    const QDateTime day(QDate(2026, 3, 2), QTime(0, 0), zone);
    QString text = QStringLiteral("CALL ID,TIMESTAMP,CAMPAIGN,CALL TYPE,AGENT,SKILL,CUSTOMER "
                                  "NAME,QUEUE WAIT TIME,RING TIME,TALK TIME,HOLD TIME,PARK "
                                  "TIME,AFTER CALL WORK TIME,TRANSFERS,ABANDONED\r\n");
    QStringList stamps;
    for (int i = 0; i < rows; ++i) {
        const QDateTime when = day.addSecs(qint64(i) * 86400 / std::max(rows, 1));
        const QString stamp
            = QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        stamps << stamp;
        text += QStringLiteral("%1,\"%2\",Inbound Sales,Inbound,%3,Sales EN,\"Rossi, "
                               "Maria\",0:00:%4,,0:04:10,0:00:20,,0:00:45,,%5\r\n")
                    .arg(i)
                    .arg(stamp, i % 5 ? QStringLiteral("anna.verdi") : QStringLiteral("[None]"))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 7 == 0 ? 1 : 0);
    }
    Five9CallLog::Options options;
    options.zone = zone;
    options.range = {day.toSecsSinceEpoch(), day.addDays(1).toSecsSinceEpoch()};
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto table = Five9Csv::parse(text, &error);
    const auto whole = table ? Five9CallLog::aggregate(*table, options, &error) : std::nullopt;
    out << "whole text, table, aggregate: " << timer.elapsed() << " ms, "
        << (whole ? whole->size() : -1) << " intervals " << error << Qt::endl;

    timer.restart();
    Five9CsvReader reader;
    Five9CallLog::Aggregator aggregator(options);
    for (qsizetype from = 0; from < text.size(); from += 16384) {
        reader.feed(QStringView(text).mid(from, 16384));
        aggregator.read(reader);
    }
    reader.finish();
    aggregator.read(reader);
    out << "16 KiB pieces, Aggregator:    " << timer.elapsed() << " ms, "
        << aggregator.result().size() << " intervals, " << aggregator.rowCount() << " rows "
        << aggregator.error() << Qt::endl;

    timer.restart();
    Five9Values::ZoneClock clock(zone);
    qint64 sum = 0;
    for (const QString &stamp : std::as_const(stamps))
        sum += clock.toUtc(Five9Values::wallClockSeconds(stamp).value_or(0)).value_or(0);
    out << "timestamps by hand:           " << timer.elapsed() << " ms (" << sum % 10 << ")"
        << Qt::endl;
    timer.restart();
    sum = 0;
    for (const QString &stamp : std::as_const(stamps)) {
        const QDateTime local
            = QLocale::c().toDateTime(stamp, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        sum += QDateTime(local.date(), local.time(), zone).toSecsSinceEpoch();
    }
    out << "timestamps through QLocale:   " << timer.elapsed() << " ms (" << sum % 10 << ")"
        << Qt::endl;
    return whole && !aggregator.failed() && *whole == aggregator.result() ? 0 : 1;
}
