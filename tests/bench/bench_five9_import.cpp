// Benchmark for issue 9, acceptance 3: a first import of 90 days from a Five9 domain of 200
// skills and 20,000 calls a day, against the fake Five9 enforcing the domain's limits (16
// runReport a minute, 120 an hour, 800 a day; 20/200/1,000 result downloads) with every
// report taking 10 s, finishes within 15 minutes without a single limit error.
//   bench_five9_import [--days 90] [--skills 200] [--calls-per-day 20000]
//                      [--report-seconds 10] [--dir <folder for the database>]
// Runs the import as the engine's worker does (ImportRun on its own thread and database
// connection, the real Five9Connector with its default retry policy, grouping by skill, the
// fake as the integration's test endpoint) and prints a Markdown table for
// docs/benchmarks.md. Exits non-zero when the import fails, the fake sent any
// OperationsLimitExceededFault, or the calls imported differ from the calls the fake has in
// the range: correctness. The time is only printed, never judged.
#include "fakefive9fixtures.h"
#include "fakefive9server.h"
#include "five9/five9connector.h"
#include "five9/five9jobs.h"
#include "five9/five9settings.h"
#include "import/importrun.h"
#include "storage/database.h"
#include "storage/integrationstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

constexpr qint64 Now = 1'717'171'717; // fixed (31 May 2024), so runs are comparable
const char *const Zone = "Europe/Rome"; // the 90 days before Now hold a spring DST change

// Five9's documented limits, as the fake enforces them.
constexpr int RunReportsPerMinute = 16;
constexpr int RunReportsPerHour = 120;
constexpr int RunReportsPerDay = 800;
constexpr int DownloadsPerMinute = 20;
constexpr int DownloadsPerHour = 200;

struct Options
{
    int days = 90;
    int skills = 200;
    int callsPerDay = 20000;
    double reportSeconds = 10;
    QString dir;
};

// What the fake saw, read on its thread once the import is over.
struct FakeCounts
{
    qsizetype runReports = 0;
    qsizetype polls = 0;
    qsizetype downloads = 0;
    qsizetype countersStates = 0;
    qsizetype requests = 0;
    int limitFaults = 0;
    QStringList envelopeErrors;
    QList<qint64> runReportArrivalsMs;
    QList<qint64> downloadArrivalsMs;
    QList<QPair<QString, QString>> reportRuns;
    FakeFive9CallLog callLog;
};

struct Imported
{
    bool ok = false;
    QString failure;
    double seconds = 0;
    qint64 rows = 0;
    TimeRange range;

    static Imported failed(const QString &why)
    {
        Imported imported;
        imported.failure = why;
        return imported;
    }
};

// The most requests among times (sorted, ms) within any window of windowMs: what the fake's
// sliding window counted at its fullest.
int busiestWindow(const QList<qint64> &times, qint64 windowMs)
{
    int most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times.at(first) <= times.at(last) - windowMs)
            ++first;
        most = std::max(most, int(last - first + 1));
    }
    return most;
}

// The earliest the last of n requests may be sent at `perWindow` per `windowSeconds`, the
// first sent at 0.
double earliestLast(qint64 n, int perWindow, double windowSeconds)
{
    return n > 0 ? double((n - 1) / perWindow) * windowSeconds : 0;
}

struct Bound
{
    double byRunReportLimits = 0; // the last runReport as early as the limits allow, + a report
    double byDownloadLimits = 0; // the last download as early as its limits allow
    double byInFlight = 0; // MaxInFlight reports at a time, each taking reportSeconds
    double seconds() const { return std::max({byRunReportLimits, byDownloadLimits, byInFlight}); }
};

// The shortest an import of n reports can take with the fake's limits and report time,
// leaving out everything else (transfers, parsing, writing, the chunks' ends).
Bound lowerBound(qint64 n, double reportSeconds)
{
    Bound bound;
    bound.byRunReportLimits
        = std::max({earliestLast(n, RunReportsPerMinute, 60),
              earliestLast(n, RunReportsPerHour, 3600), earliestLast(n, RunReportsPerDay, 86400)})
        + reportSeconds;
    bound.byDownloadLimits = reportSeconds
        + std::max(
            earliestLast(n, DownloadsPerMinute, 60), earliestLast(n, DownloadsPerHour, 3600));
    bound.byInFlight
        = double((n + Five9IntervalsJob::MaxInFlight - 1) / Five9IntervalsJob::MaxInFlight)
        * reportSeconds;
    return bound;
}

QString minutes(double seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds, 0, 'f', 1);
    return QStringLiteral("%1 min (%2 s)").arg(seconds / 60, 0, 'f', 2).arg(seconds, 0, 'f', 0);
}

QString thousands(qint64 value)
{
    QString digits = QString::number(std::abs(value));
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    return value < 0 ? u'-' + digits : digits;
}

Options parse(const QStringList &args)
{
    Options options;
    const auto value = [&args](const char *name) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? std::optional(args.at(at + 1)) : std::nullopt;
    };
    if (const auto v = value("--days"))
        options.days = v->toInt();
    if (const auto v = value("--skills"))
        options.skills = v->toInt();
    if (const auto v = value("--calls-per-day"))
        options.callsPerDay = v->toInt();
    if (const auto v = value("--report-seconds"))
        options.reportSeconds = v->toDouble();
    if (const auto v = value("--dir"))
        options.dir = *v;
    return options;
}

Imported runImport(const QString &path, const Options &options, const QUrl &fakeUrl)
{
    ConnectionSettings settings;
    settings.values = {
        {QLatin1String(Five9Settings::UserName), QLatin1String(FakeFive9Fixtures::AdminUser)},
        {QLatin1String(Five9Settings::Region), QStringLiteral("eu-uk")},
        {QLatin1String(Five9Settings::QueueGrouping), QStringLiteral("skill")},
        {QLatin1String(Five9Settings::TimeZone), QLatin1String(Zone)},
        {QLatin1String(Five9Settings::ServiceLevelSeconds), 20},
        {QLatin1String(Five9Settings::CallLogFolder),
            QLatin1String(Five9Settings::SkillCallLogFolder)},
        {QLatin1String(Five9Settings::CallLogReport),
            QLatin1String(Five9Settings::SkillCallLogReport)},
    };
    settings.secrets = {
        {QLatin1String(Five9Settings::Password), QLatin1String(FakeFive9Fixtures::AdminPassword)}};
    settings.testEndpoint = TestEndpoint::create(fakeUrl, FakeFive9Server::certificates());
    if (!settings.testEndpoint)
        return Imported::failed(QStringLiteral("the fake's address is not a test endpoint"));

    Integration integration;
    {
        Database db(path);
        if (!db.open().ok())
            return Imported::failed(QStringLiteral("cannot create the database"));
        integration.name = QStringLiteral("Five9 bench");
        integration.type = QStringLiteral("five9");
        integration.settings = settings.values;
        if (!IntegrationStore(db.connection()).create(integration).ok())
            return Imported::failed(QStringLiteral("cannot create the integration"));
    }
    // The connector as the program registers it: Five9's default retry policy and limits.
    ConnectorRegistry registry;
    registry.add(QStringLiteral("five9"), [] { return std::make_unique<Five9Connector>(); });
    ImportRequest request;
    request.integrationId = integration.id;
    request.connectorId = integration.type;
    request.settings = settings;
    request.nowUtc = Now;
    request.backfillDays = options.days;
    request.firstImport = true;

    QThread thread;
    thread.setObjectName(QStringLiteral("import"));
    auto *run = new ImportRun(path, registry, request);
    run->moveToThread(&thread);
    Imported imported;
    QElapsedTimer timer;
    QElapsedTimer sinceShown;
    QObject::connect(&thread, &QThread::started, run, &ImportRun::start);
    QObject::connect(run, &ImportRun::progressChanged, qApp, [&](const ImportProgress &progress) {
        // A sign of life on stderr every half minute; stdout is the Markdown.
        if (sinceShown.elapsed() < 30000)
            return;
        sinceShown.restart();
        std::fprintf(stderr, "%6.0f s: %lld of %lld intervals, %lld rows\n",
            double(timer.elapsed()) / 1000, progress.done, progress.total, progress.rowsWritten);
    });
    QObject::connect(run, &ImportRun::finished, qApp, [&](const ImportOutcome &outcome) {
        imported.seconds = double(timer.nsecsElapsed()) / 1e9;
        imported.rows = outcome.rowsWritten;
        imported.range = outcome.range;
        imported.ok = outcome.status == ImportOutcome::Status::Succeeded;
        imported.failure = outcome.failure.message;
        thread.quit();
    });
    QObject::connect(&thread, &QThread::finished, run, &QObject::deleteLater);
    QObject::connect(&thread, &QThread::finished, qApp, &QCoreApplication::quit);
    timer.start();
    sinceShown.start();
    thread.start();
    QCoreApplication::exec();
    thread.wait();
    return imported;
}

qint64 callsImported(const QString &path)
{
    Database db(path);
    if (!db.openWithoutMigrating().ok())
        return -1;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(SUM(offered), 0) FROM interval_stats"))
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportOutcome>();
    const Options options = parse(app.arguments());
    QTemporaryDir temporary;
    const QString dir = options.dir.isEmpty() ? temporary.path() : options.dir;
    const QString path = dir + QStringLiteral("/five9-bench.sqlite");
    QFile::remove(path); // a database left by an earlier run holds its checkpoint

    // The fake runs on a thread of its own with its own event loop: making a report's CSV
    // (tens of thousands of calls) and answering with it takes the fake a while, and on the
    // importer's thread that would stall the importer's event loop, its transfers and its
    // writes. A thread rather than the fake-five9 program so the benchmark can read the fake's
    // counters (requests, limit faults, the calls it generated) directly.
    QThread fakeThread;
    fakeThread.setObjectName(QStringLiteral("fake-five9"));
    fakeThread.start();
    QObject fakeContext; // lives on the fake's thread: what the calls below run on
    fakeContext.moveToThread(&fakeThread);
    FakeFive9Server *fake = nullptr;
    QUrl fakeUrl;
    QMetaObject::invokeMethod(
        &fakeContext,
        [&] {
            fake = new FakeFive9Server;
            FakeFive9Fixtures::installDomain(*fake);
            QStringList skills;
            for (int i = 1; i <= options.skills; ++i)
                skills << QStringLiteral("Skill %1").arg(i, 3, 10, QLatin1Char('0'));
            fake->setSkills(skills);
            // Inbound campaigns only: every call has a skill, so grouping by skill imports
            // every call the fake generated (an outbound call has none and is not a queue's).
            fake->setCampaigns({QStringLiteral("Inbound Sales"), QStringLiteral("Inbound Support"),
                QStringLiteral("Inbound Billing")});
            fake->setCallsPerDay(options.callsPerDay);
            // One zone for every report, so the calls do not depend on a report's offset.
            fake->setDomainTimeZone(QTimeZone(Zone));
            fake->setReportSeconds(options.reportSeconds);
            fake->setLimitsEnforced(true);
            if (fake->listen())
                fakeUrl = fake->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (fakeUrl.isEmpty()) {
        std::fprintf(stderr, "the fake Five9 cannot listen\n");
        return 1;
    }

    std::fprintf(stderr, "importing %d days, %d skills, %d calls a day, reports of %.1f s...\n",
        options.days, options.skills, options.callsPerDay, options.reportSeconds);
    const Imported imported = runImport(path, options, fakeUrl);

    FakeCounts seen;
    QMetaObject::invokeMethod(
        &fakeContext,
        [&] {
            seen.runReports = fake->requestCount(QStringLiteral("runReport"));
            seen.polls = fake->requestCount(QStringLiteral("isReportRunning"));
            seen.downloads = fake->requestCount(QStringLiteral("getReportResultCsv"));
            seen.countersStates = fake->requestCount(QStringLiteral("getCallCountersState"));
            seen.limitFaults = fake->limitFaultsSent();
            seen.envelopeErrors = fake->envelopeErrors();
            const QList<FakeFive9Server::Request> requests = fake->requests();
            seen.requests = requests.size();
            for (const FakeFive9Server::Request &request : requests) {
                if (request.operation == u"runReport")
                    seen.runReportArrivalsMs << request.receivedMs;
                else if (request.operation == u"getReportResultCsv")
                    seen.downloadArrivalsMs << request.receivedMs;
            }
            seen.reportRuns = fake->reportRuns();
            seen.callLog = fake->callLog();
            delete fake;
        },
        Qt::BlockingQueuedConnection);
    fakeThread.quit();
    fakeThread.wait();

    const QTimeZone zone(Zone);
    const qint64 generated
        = seen.callLog.callsBetween(imported.range.fromUtc, imported.range.toUtc, zone);
    const qint64 calls = imported.ok ? callsImported(path) : -1;
    // What each report run held, and how many were at Five9's cap (fetched again in halves).
    qint64 largest = 0;
    int atCap = 0;
    for (const auto &[start, end] : std::as_const(seen.reportRuns)) {
        const qint64 records = seen.callLog.callsBetween(
            QDateTime::fromString(start, Qt::ISODateWithMs).toSecsSinceEpoch(),
            QDateTime::fromString(end, Qt::ISODateWithMs).toSecsSinceEpoch(), zone);
        largest = std::max(largest, records);
        atCap += records >= Five9IntervalsJob::ResultCap ? 1 : 0;
    }
    const qint64 fewestReports
        = (generated + Five9IntervalsJob::ResultCap - 1) / Five9IntervalsJob::ResultCap;
    const qint64 reportsRun = seen.reportRuns.size(); // runReports the fake accepted
    const Bound planned = lowerBound(reportsRun, options.reportSeconds);
    const Bound fewest = lowerBound(fewestReports, options.reportSeconds);
    const double targetSeconds = 15 * 60;
    const auto firstToLast = [](const QList<qint64> &times) {
        return times.size() > 1 ? double(times.last() - times.first()) / 1000 : 0.0;
    };

    std::printf("%d days (%s to %s UTC), %d skills, %s calls a day, reports of %.1f s, limits "
                "enforced\n\n",
        options.days,
        qPrintable(QDateTime::fromSecsSinceEpoch(imported.range.fromUtc, QTimeZone::utc())
                       .toString(Qt::ISODate)),
        qPrintable(QDateTime::fromSecsSinceEpoch(imported.range.toUtc, QTimeZone::utc())
                       .toString(Qt::ISODate)),
        options.skills, qPrintable(thousands(options.callsPerDay)), options.reportSeconds);
    std::printf("| measure | value |\n|---|---:|\n");
    const auto row = [](const char *measure, const QString &value) {
        std::printf("| %s | %s |\n", measure, qPrintable(value));
    };
    row("import (wall clock)",
        imported.ok ? minutes(imported.seconds)
                    : QStringLiteral("**failed**: ") + imported.failure);
    row("target",
        QStringLiteral("%1 — %2").arg(minutes(targetSeconds),
            !imported.ok                            ? QStringLiteral("not met (failed)")
                : imported.seconds <= targetSeconds ? QStringLiteral("met")
                                                    : QStringLiteral("**not met**")));
    row("reports run (runReport accepted)", thousands(reportsRun));
    row("runReport requests, refused ones included", thousands(seen.runReports));
    row("result downloads (getReportResultCsv)", thousands(seen.downloads));
    row("isReportRunning", thousands(seen.polls));
    row("getCallCountersState", thousands(seen.countersStates));
    row("requests in all", thousands(seen.requests));
    row("limit errors sent by the fake (OperationsLimitExceededFault)",
        seen.limitFaults == 0 ? QStringLiteral("0")
                              : QStringLiteral("**%1**").arg(seen.limitFaults));
    row("most runReport requests in any 60 s / 3,600 s, refused ones included (limit 16 / "
        "120)",
        QStringLiteral("%1 / %2")
            .arg(busiestWindow(seen.runReportArrivalsMs, 60'000))
            .arg(busiestWindow(seen.runReportArrivalsMs, 3'600'000)));
    row("most downloads in any 60 s / 3,600 s, refused ones included (limit 20 / 200)",
        QStringLiteral("%1 / %2")
            .arg(busiestWindow(seen.downloadArrivalsMs, 60'000))
            .arg(busiestWindow(seen.downloadArrivalsMs, 3'600'000)));
    row("first to last runReport", minutes(firstToLast(seen.runReportArrivalsMs)));
    row("largest report result (records) / reports at the 50,000 cap",
        QStringLiteral("%1 / %2").arg(thousands(largest)).arg(atCap));
    row("interval rows written", thousands(imported.rows));
    row("calls imported (sum of offered)", thousands(calls));
    row("calls the fake has in the range", thousands(generated));
    const auto bound = [](const Bound &b) {
        return QStringLiteral("%1: runReport limits + one report %2, downloads %3, %4 in flight "
                              "%5")
            .arg(minutes(b.seconds()), minutes(b.byRunReportLimits), minutes(b.byDownloadLimits))
            .arg(Five9IntervalsJob::MaxInFlight)
            .arg(minutes(b.byInFlight));
    };
    row("planned lower bound for the reports run", bound(planned));
    row(qPrintable(QStringLiteral("lower bound with the fewest reports (%1 = calls / 50,000)")
                       .arg(fewestReports)),
        bound(fewest));
    std::printf("\n");

    int failures = 0;
    if (!imported.ok) {
        std::fprintf(stderr, "FAILED: the import failed: %s\n", qPrintable(imported.failure));
        ++failures;
    }
    if (seen.limitFaults > 0) {
        std::fprintf(stderr, "FAILED: the fake sent %d limit errors\n", seen.limitFaults);
        ++failures;
    }
    if (imported.ok && calls != generated) {
        std::fprintf(stderr, "FAILED: %lld calls imported, the fake has %lld in the range\n", calls,
            generated);
        ++failures;
    }
    if (!seen.envelopeErrors.isEmpty()) {
        std::fprintf(stderr, "FAILED: envelopes the fake refused: %s\n",
            qPrintable(seen.envelopeErrors.join(u'\n')));
        ++failures;
    }
    return failures == 0 ? 0 : 1;
}
