#include "commandline.h"

#include "cli/exitcode.h"
#include "credentials/credentialstore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QFile>

namespace {

QString exitCodesHelp()
{
    const auto line = [](ExitCode code, const QString &meaning) {
        return QStringLiteral("  %1  %2\n").arg(exitCode(code)).arg(meaning);
    };
    return CommandLine::tr("Exit codes:") + QLatin1Char('\n')
        + line(ExitCode::Ok, CommandLine::tr("done"))
        + line(
            ExitCode::Failure, CommandLine::tr("another error, e.g. the database cannot be opened"))
        + line(ExitCode::Usage, CommandLine::tr("the command line cannot be used"))
        + line(
            ExitCode::BadCredentials, CommandLine::tr("the ACD refused the user name or password"))
        + line(ExitCode::NeedsAdmin,
            CommandLine::tr("the integration needs the admin (a role, a setting, paused)"))
        + line(ExitCode::Unreachable,
            CommandLine::tr("the ACD could not be reached now; a later try may work"))
        + line(ExitCode::NotFound, CommandLine::tr("no integration has that name"))
        + line(ExitCode::NoKeychain, CommandLine::tr("no keychain, or it is locked"))
        + line(ExitCode::DatabaseInUse,
            CommandLine::tr("another acdconnect is using the database (its process is named)"))
        + line(ExitCode::Interrupted, CommandLine::tr("stopped by SIGINT or SIGTERM"));
}

// QGuiApplication's and QApplication's own options (-platform offscreen, -style fusion, …).
// The window's QApplication takes them out of argv; parse() also runs before there is one,
// or with a QCoreApplication, which leaves them in.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue {QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("display"), QStringLiteral("session"),
        QStringLiteral("style"), QStringLiteral("stylesheet"), QStringLiteral("geometry"),
        QStringLiteral("title"), QStringLiteral("name")};
    static const QStringList flags {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
        QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync")};
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        // Qt takes them with one dash or two, e.g. -platform or --platform.
        QString name = argument;
        if (name.startsWith(QLatin1String("--")))
            name = name.mid(2);
        else if (name.startsWith(QLatin1Char('-')))
            name = name.mid(1);
        else {
            result << argument;
            continue;
        }
        if (i > 0 && withValue.contains(name)) {
            ++i; // and its value
            continue;
        }
        if (i > 0 && (flags.contains(name) || name.startsWith(QLatin1String("qmljsdebugger="))))
            continue;
        result << argument;
    }
    return result;
}

} // namespace

QStringList CommandLine::arguments(int argc, char *argv[])
{
    QStringList result;
    for (int i = 0; i < argc; ++i)
        result << QString::fromLocal8Bit(argv[i]);
    return result;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Connects a cloud ACD to the workforce-management data."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
        tr("Language of the user interface, e.g. it or en."), tr("language"));
    const QCommandLineOption database(
        QStringLiteral("database"), tr("The database file to use."), tr("path"));
    const QCommandLineOption keychain(QStringLiteral("keychain-service"),
        tr("The keychain service name the passwords are kept under."), tr("name"),
        CredentialStore::defaultService());
    const QCommandLineOption list(QStringLiteral("list"),
        tr("Print the integrations with their state, last and next import, then quit. Works "
           "while another instance runs."));
    const QCommandLineOption json(
        QStringLiteral("json"), tr("With --list: print a JSON array, for scripts."));
    const QCommandLineOption importNow(QStringLiteral("import-now"),
        tr("Import this integration now, without a window, then quit."), tr("name"));
    const QCommandLineOption headless(QStringLiteral("headless"),
        tr("Run the scheduled imports without a window until stopped (SIGTERM), e.g. as a "
           "systemd user service. Messages go to standard error."));
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
    // For tests only (tst_commandline), hidden from --help: the real schedule is in quarter
    // hours, too slow for a test to watch.
    QCommandLineOption scheduleSeconds(QStringLiteral("schedule-seconds"),
        QStringLiteral("Tests only: with --headless, also import every N seconds."),
        QStringLiteral("N"));
    scheduleSeconds.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({lang, database, keychain, list, json, importNow, headless, endpoint, ca,
        screenshots, firstPaint, scheduleSeconds});

    CommandLine result;
    if (!parser.parse(withoutQtOptions(arguments))) {
        result.mode = Mode::Error;
        result.error = parser.errorText();
        return result;
    }
    result.language = parser.value(lang);
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        result.mode = Mode::Help;
        // helpText() reads the program's name from the application object.
        if (QCoreApplication::instance())
            result.helpText = parser.helpText() + QLatin1Char('\n') + exitCodesHelp();
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = Mode::Version;
        return result;
    }
    result.databasePath = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    result.keychainService = parser.value(keychain);
    result.screenshotsDir = parser.value(screenshots);
    result.quitAfterFirstPaint = parser.isSet(firstPaint);
    result.json = parser.isSet(json);
    result.importName = parser.value(importNow);

    const int modes = int(parser.isSet(list)) + int(parser.isSet(importNow))
        + int(parser.isSet(headless)) + int(parser.isSet(screenshots));
    if (modes > 1)
        result.error = tr("Use only one of --list, --import-now, --headless and --screenshots.");
    else if (result.json && !parser.isSet(list))
        result.error = tr("--json goes with --list.");
    else if (parser.isSet(list))
        result.mode = Mode::List;
    else if (parser.isSet(importNow))
        result.mode = Mode::ImportNow;
    else if (parser.isSet(headless))
        result.mode = Mode::Headless;

    if (parser.isSet(scheduleSeconds)) {
        bool ok = false;
        result.scheduleSeconds = parser.value(scheduleSeconds).toInt(&ok);
        if (!ok || result.scheduleSeconds < 1)
            result.error = tr("--schedule-seconds needs a whole number of seconds above 0.");
    }
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
    if (!result.error.isEmpty())
        result.mode = Mode::Error;
    return result;
}
