// fake-five9: the test server as a program, to try ACD Connect against by hand.
#include "fakefive9fixtures.h"
#include "fakefive9server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake Five9 Admin web service on 127.0.0.1 for trying ACD Connect."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Port to listen on (default: any free one)."), QStringLiteral("port"),
        QStringLiteral("0"));
    const QCommandLineOption callsPerDay(QStringLiteral("calls-per-day"),
        QStringLiteral("Calls on each day of the generated Call Log (default 400)."),
        QStringLiteral("calls"), QStringLiteral("400"));
    const QCommandLineOption reportSeconds(QStringLiteral("report-seconds"),
        QStringLiteral("Seconds a report runs before its result is ready (default 2)."),
        QStringLiteral("seconds"), QStringLiteral("2"));
    const QCommandLineOption noLimits(QStringLiteral("no-limits"),
        QStringLiteral("Do not enforce Five9's domain limits (16 reports a minute, …)."));
    const QCommandLineOption fixtureReports(QStringLiteral("fixture-reports"),
        QStringLiteral("Serve the fixture files (a customised Call Log with SKILL and HANDLE "
                       "TIME) instead of the generated stock Call Log."));
    parser.addOptions({port, callsPerDay, reportSeconds, noLimits, fixtureReports});
    parser.process(app);

    FakeFive9Server server;
    if (parser.isSet(fixtureReports))
        FakeFive9Fixtures::install(server);
    else
        FakeFive9Fixtures::installDomain(server);
    server.setCallsPerDay(parser.value(callsPerDay).toInt());
    server.setReportSeconds(parser.value(reportSeconds).toDouble());
    server.setLimitsEnforced(!parser.isSet(noLimits));
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "fake-five9: cannot listen on 127.0.0.1:" << parser.value(port)
                            << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "Fake Five9 listening on " << server.baseUrl().toString() << '\n'
        << "Trust this certificate: " << FakeFive9Server::certificatePath() << '\n'
        << "Users: " << FakeFive9Fixtures::describeUsers() << '\n'
        << "Reports: stock \"Call Log Reports\"/\"Call Log\", \"Shared Reports\"/\"Call Log "
           "with Skills\", \"Agent Reports\"/\"Agent State Details\"\n";
    out.flush();
    return app.exec();
}
