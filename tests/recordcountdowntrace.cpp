// Records what the first-import countdown is fed during a real first import: ImportRun with
// the real Five9 connector (its default poll waits, as shipped) against the fake Five9 on
// 127.0.0.1, on a fresh database. Every progress report of the interval statistics phase is
// written as "ms,done,total,progress" (ms since the run started, as the engine starts its
// countdown just before the run), then one "ms,done,total,finished" row when the run ends.
// The replay tests in tst_importcountdown.cpp read these files from tests/data/.
//
// Usage: record_countdown_trace --out <file.csv> [--days 90] [--uneven <seed>]
//   Without --uneven the fake answers as the fake-five9 program does: every report is
//   "running" at the first poll and done at the second, so each day takes about a second.
//   With --uneven the fake keeps each report running for a pseudo-random number of polls
//   (seeded, so a run can be repeated) and has a busy spell in which reports take many polls,
//   which is how a loaded Five9 domain answers.
#include "api/connectorregistry.h"
#include "fakefive9fixtures.h"
#include "fakefive9harness.h"
#include "fakefive9server.h"
#include "five9/five9connector.h"
#include "import/importrun.h"
#include "storage/database.h"
#include "storage/integrationstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// Polls a report stays "running" for: mostly quick, sometimes slow; in the busy spell slow.
int unevenPolls(QRandomGenerator &random, int report, int days)
{
    const bool busySpell = report >= days / 3 && report < days / 3 + 10;
    if (busySpell)
        return 4 + int(random.bounded(3)); // 4–6 polls: 8–20 s with the default waits
    const int roll = int(random.bounded(100));
    if (roll < 20)
        return 0;
    if (roll < 55)
        return 1;
    if (roll < 80)
        return 2;
    if (roll < 92)
        return 3;
    return 5;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Records the countdown's input during a first import against the fake "
                       "Five9."));
    parser.addHelpOption();
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("CSV file to write."), QStringLiteral("file"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
        QStringLiteral("Days of backfill (default 90)."), QStringLiteral("days"),
        QStringLiteral("90"));
    const QCommandLineOption unevenOption(QStringLiteral("uneven"),
        QStringLiteral("Uneven report times from this seed."), QStringLiteral("seed"));
    parser.addOptions({outOption, daysOption, unevenOption});
    parser.process(app);
    if (!parser.isSet(outOption))
        parser.showHelp(2);
    const int days = parser.value(daysOption).toInt();

    FakeFive9Server fake;
    FakeFive9Fixtures::install(fake);
    QRandomGenerator random(parser.value(unevenOption).toUInt());
    int reports = 0;
    if (parser.isSet(unevenOption)) {
        // The fixtures' source, with the running polls of the report about to start set first.
        fake.setReportSource([&](const QString &, const QString &report, const QDateTime &start,
                                 const QDateTime &end) {
            if (report != u"Call Log")
                return QString();
            fake.setRunningPolls(unevenPolls(random, reports++, days));
            return FakeFive9Fixtures::repeatedDaily(
                QStringLiteral("calllog-2026-03-02.csv"), start, end);
        });
    }
    if (!fake.listen()) {
        qCritical("cannot start the fake Five9");
        return 1;
    }

    QTemporaryDir dir;
    const QString databasePath = dir.filePath(QStringLiteral("acd.sqlite"));
    Integration integration;
    {
        Database db(databasePath);
        if (!db.open().ok())
            return 1;
        integration.name = QStringLiteral("Five9 EU");
        integration.type = QStringLiteral("five9");
        integration.settings = FakeFive9Harness::settings(fake.baseUrl()).values;
        if (!IntegrationStore(db.connection()).create(integration).ok())
            return 1;
    }

    ConnectorRegistry registry;
    registry.add(QStringLiteral("five9"), [] { return std::make_unique<Five9Connector>(); });
    ImportRequest request;
    request.integrationId = integration.id;
    request.connectorId = integration.type;
    const ConnectionSettings settings = FakeFive9Harness::settings(fake.baseUrl());
    request.settings.values = Five9Connector().withDefaults(settings.values);
    request.settings.secrets = settings.secrets;
    request.settings.testEndpoint = settings.testEndpoint;
    request.nowUtc = QDateTime::currentSecsSinceEpoch();
    request.backfillDays = days;
    request.firstImport = true;

    QFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return 1;
    QTextStream csv(&out);
    csv << "# First import of " << days << " days, ImportRun + Five9Connector (default poll "
        << "waits) against the fake Five9, recorded by tests/recordcountdowntrace.cpp"
        << (parser.isSet(unevenOption)
                   ? QStringLiteral(" --uneven %1").arg(parser.value(unevenOption))
                   : QString())
        << ".\n# ms since the run started, the progress ImportCountdown::update gets.\n"
        << "ms,done,total,event\n";

    ImportRun run(databasePath, registry, request);
    QElapsedTimer clock;
    int code = 1;
    QObject::connect(&run, &ImportRun::progressChanged, &app, [&](const ImportProgress &p) {
        if (p.phase == ImportProgress::Phase::IntervalStatistics)
            csv << clock.elapsed() << ',' << p.done << ',' << p.total << ",progress\n";
    });
    QObject::connect(&run, &ImportRun::finished, &app, [&](const ImportOutcome &outcome) {
        const bool ok = outcome.status == ImportOutcome::Status::Succeeded;
        if (ok) {
            const qint64 total = (outcome.range.toUtc - outcome.range.fromUtc) / IntervalSeconds;
            csv << clock.elapsed() << ',' << total << ',' << total << ",finished\n";
            code = 0;
        } else {
            qCritical("import failed: %s", qPrintable(outcome.failure.message));
        }
        app.quit();
    });
    QMetaObject::invokeMethod(
        &app,
        [&] {
            clock.start();
            run.start();
        },
        Qt::QueuedConnection);
    app.exec();
    csv.flush();
    return code;
}
