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
    parser.addOption(port);
    parser.process(app);

    FakeFive9Server server;
    FakeFive9Fixtures::install(server);
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "fake-five9: cannot listen on 127.0.0.1:" << parser.value(port)
                            << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "Fake Five9 listening on " << server.baseUrl().toString() << '\n'
        << "Trust this certificate: " << FakeFive9Server::certificatePath() << '\n'
        << "Users: " << FakeFive9Fixtures::describeUsers() << '\n';
    out.flush();
    return app.exec();
}
