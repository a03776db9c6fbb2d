// Benchmark (d) of issue 5: cold start of acdconnect to its first painted Integrations window,
// with 5 integrations and 10,000 queues stored, against a bare Qt Widgets program that shows
// one empty window. Both are started as new processes, alternately, and timed from the start
// of the process to its "painted" line on stdout. Prints a Markdown block for
// docs/benchmarks.md.
//   bench_startup --app <acdconnect> --bare <bench_bare_window> [--runs 15] [--queues 10000]
//   bench_startup --seed-only <database>   (writes the seeded database and stops, for profiling)
#include "storage/database.h"
#include "storage/integrationstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

bool seed(const QString &path, int integrations, int queues)
{
    Database db(path);
    if (!db.open().ok())
        return false;
    IntegrationStore store(db.connection());
    QSqlDatabase connection = db.connection();
    connection.transaction();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral("INSERT INTO queues (integration_id, external_id, name, kind, "
                                  "first_seen_at, last_seen_at) VALUES (?, ?, ?, 'skill', ?, ?)"));
    for (int i = 0; i < integrations; ++i) {
        Integration integration;
        integration.name = QStringLiteral("Five9 site %1").arg(i + 1);
        integration.type = i % 2 ? QStringLiteral("demo") : QStringLiteral("five9");
        integration.settings = {{QStringLiteral("username"), QStringLiteral("wfm.admin")}};
        if (!store.create(integration).ok())
            return false;
        IntegrationStore::Outcome connected;
        connected.outcome = Integration::Outcome::Connected;
        store.recordOutcome(integration.id, connected);
        for (int q = 0; q < queues / integrations; ++q) {
            const QString name = QStringLiteral("Skill %1-%2").arg(i).arg(q);
            for (const QVariant &value : {QVariant(integration.id), QVariant(name), QVariant(name),
                     QVariant(now), QVariant(now)})
                insert.addBindValue(value);
            if (!insert.exec())
                return false;
        }
    }
    return connection.commit();
}

// Imported a moment ago, before every start: the next import is then at least a minute
// away (the next 15-minute boundary plus one), so the start-up never begins one.
bool markImportedNow(const QString &path)
{
    Database db(path);
    if (!db.openWithoutMigrating().ok())
        return false;
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE integrations SET last_import_at = ?"));
    update.addBindValue(QDateTime::currentSecsSinceEpoch());
    return update.exec();
}

// Milliseconds from QProcess::start to the "painted" line, or -1.
double timeToPaint(
    const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double ms = -1;
    while (process.waitForReadyRead(20000)) {
        if (process.readAllStandardOutput().contains("painted")) {
            ms = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(20000))
        process.kill();
    if (ms < 0)
        std::fprintf(stderr, "%s: no \"painted\" line. %s\n", qPrintable(program),
            process.readAllStandardError().constData());
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption appOption(
        QStringLiteral("app"), QStringLiteral("acdconnect"), QStringLiteral("path"));
    const QCommandLineOption bareOption(
        QStringLiteral("bare"), QStringLiteral("bench_bare_window"), QStringLiteral("path"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs of each"),
        QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption queuesOption(QStringLiteral("queues"), QStringLiteral("queues stored"),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption keepOption(QStringLiteral("seed-only"),
        QStringLiteral("Only write the seeded database to this path (for profiling)."),
        QStringLiteral("path"));
    parser.addOptions({appOption, bareOption, runsOption, queuesOption, keepOption});
    parser.process(app);
    if (parser.isSet(keepOption))
        return seed(parser.value(keepOption), 5, parser.value(queuesOption).toInt()) ? 0 : 1;
    if (!parser.isSet(appOption) || !parser.isSet(bareOption)) {
        std::fprintf(stderr,
            "usage: bench_startup --app <acdconnect> --bare <bench_bare_window> [--runs n]\n");
        return 2;
    }
    const int runs = parser.value(runsOption).toInt();
    if (runs < 1) {
        std::fprintf(stderr, "--runs must be at least 1\n");
        return 2;
    }
    const int queues = parser.value(queuesOption).toInt();

    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("acd.sqlite"));
    if (!seed(database, 5, queues)) {
        std::fprintf(stderr, "could not seed %s\n", qPrintable(database));
        return 1;
    }
    // Settings (window geometry) of their own, so a run neither reads nor leaves the user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    const QStringList appArguments = {QStringLiteral("--database"), database,
        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--keychain-service"),
        QStringLiteral("ACD Connect benchmark"), QStringLiteral("--quit-after-first-paint")};
    const QString appPath = parser.value(appOption);
    const QString barePath = parser.value(bareOption);

    // One of each first, not counted: the first start after a build also loads the files.
    struct Program
    {
        QString label;
        QString path;
        QStringList arguments;
        QList<double> times;
    };
    QList<Program> programs = {
        {QStringLiteral("acdconnect (5 integrations, %1 queues)").arg(queues), appPath,
            appArguments, {}},
        {QStringLiteral("bare Qt Widgets window (empty)"), barePath, {}, {}},
        {QStringLiteral("bare window with one QLabel (for reference)"), barePath,
            {QStringLiteral("--label")}, {}},
    };
    for (const Program &program : std::as_const(programs)) {
        markImportedNow(database);
        timeToPaint(program.path, program.arguments, environment);
    }
    for (int i = 0; i < runs; ++i) {
        for (Program &program : programs) {
            if (!markImportedNow(database))
                return 1;
            const double ms = timeToPaint(program.path, program.arguments, environment);
            if (ms < 0)
                return 1;
            program.times << ms;
        }
    }
    std::printf("| program | runs | median | fastest | slowest |\n|---|---:|---:|---:|---:|\n");
    for (const Program &program : std::as_const(programs))
        std::printf("| %s | %d | %.1f ms | %.1f ms | %.1f ms |\n", qPrintable(program.label), runs,
            median(program.times), *std::min_element(program.times.begin(), program.times.end()),
            *std::max_element(program.times.begin(), program.times.end()));
    std::printf("\nacdconnect / bare empty window (medians): %.2f×\n",
        median(programs[0].times) / median(programs[1].times));
    std::printf("acdconnect / bare window with a label (medians): %.2f×\n",
        median(programs[0].times) / median(programs[2].times));
    return 0;
}
