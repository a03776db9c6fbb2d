#include "commandline.h"

#include "credentials/credentialstore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QFile>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Connects a cloud ACD to the workforce-management data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
        tr("Language of the user interface, e.g. it or en."), tr("language"));
    const QCommandLineOption database(
        QStringLiteral("database"), tr("The database file to use."), tr("path"));
    const QCommandLineOption keychain(QStringLiteral("keychain-service"),
        tr("The keychain service name the passwords are kept under."), tr("name"),
        CredentialStore::defaultService());
    const QCommandLineOption endpoint(QStringLiteral("test-endpoint"),
        tr("Send every ACD request to this loopback URL (a fake ACD for testing)."), tr("url"));
    const QCommandLineOption ca(QStringLiteral("test-ca"),
        tr("Trust this PEM certificate for the test endpoint."), tr("file"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        tr("Render every screen to PNG files in this folder, then quit."), tr("folder"));
    // For the start-up benchmark (docs/benchmarks.md), not for people: hidden from --help.
    QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"),
        QStringLiteral("Print \"painted\" once the window is on screen, then quit."));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({lang, database, keychain, endpoint, ca, screenshots, firstPaint});
    parser.process(arguments);

    CommandLine result;
    result.language = parser.value(lang);
    result.databasePath = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    result.keychainService = parser.value(keychain);
    result.screenshotsDir = parser.value(screenshots);
    result.quitAfterFirstPaint = parser.isSet(firstPaint);
    if (parser.isSet(endpoint)) {
        QList<QSslCertificate> trusted;
        if (parser.isSet(ca)) {
            trusted = QSslCertificate::fromPath(parser.value(ca));
            if (trusted.isEmpty())
                result.error = tr("No certificate could be read from %1.").arg(parser.value(ca));
        }
        QString whyNot;
        result.testEndpoint = TestEndpoint::create(QUrl(parser.value(endpoint)), trusted, &whyNot);
        if (!result.testEndpoint)
            result.error = whyNot;
    }
    return result;
}
