#include "backgroundimports.h"
#include "cli/cli.h"
#include "cli/exitcode.h"
#include "commandline.h"
#include "credentials/credentialstore.h"
#include "firstpaintprobe.h"
#include "icons.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "integrationswindow.h"
#include "screenshots.h"
#include "storage/database.h"
#include "storage/databaselock.h"
#include "storage/instancechannel.h"
#include "translations.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

// How long a second window waits for the first to answer (it may still be starting).
constexpr int HolderAnswerMs = 2000;

// Why the program cannot start, on stderr always, and in a message box when there is a screen
// to show it on: never on the offscreen or minimal platforms, where nobody could close it.
static void tellWhyNotStarting(const QString &message)
{
    std::fprintf(stderr, "acdconnect: %s\n", qPrintable(message));
    std::fflush(stderr);
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("offscreen") && platform != QLatin1String("minimal"))
        QMessageBox::critical(nullptr, QObject::tr("ACD Connect"), message);
}

// A second window on a database: the first comes forward, or, when the program holding the
// database does not answer (it has no window: --headless, --import-now), says which it is.
static int askHolderToComeForward(const QString &databasePath, const QString &whyNot)
{
    InstanceChannel channel(databasePath);
    QObject::connect(&channel, &InstanceChannel::answered, [whyNot](bool cameForward) {
        if (cameForward) {
            QCoreApplication::exit(exitCode(ExitCode::Ok));
            return;
        }
        tellWhyNotStarting(whyNot);
        QCoreApplication::exit(exitCode(ExitCode::DatabaseInUse));
    });
    channel.askToComeForward(HolderAnswerMs);
    return QApplication::exec();
}

int main(int argc, char *argv[])
{
    // Before any application object: QSettings and the standard paths are named by these.
    QCoreApplication::setOrganizationName(QStringLiteral("ACD Connect"));
    QCoreApplication::setApplicationName(QStringLiteral("acdconnect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACD_VERSION));

    // Only the window needs a display: --help, --list, --import-now, --headless and a bad
    // command line run on a QCoreApplication, so they work over ssh and under systemd.
    const CommandLine first = CommandLine::parse(CommandLine::arguments(argc, argv));
    if (!first.needsDisplay()) {
        QCoreApplication app(argc, argv);
        Translations::install(app, first.language);
        // Parsed again now that the translators are installed: --help in the user's language.
        return Cli::run(CommandLine::parse(QCoreApplication::arguments()));
    }

    // quick_check reads every page of the database: on another core while the window system
    // connects and the window is made ready (docs/benchmarks.md, (d)).
    const std::shared_future<Database::Examination> examination
        = Database::lookAhead(first.databasePath);
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("ACD Connect"));
    QApplication::setDesktopFileName(QStringLiteral(ACD_APP_ID));
    QApplication::setWindowIcon(Icons::named(QStringLiteral("acdconnect")));

    const CommandLine options = CommandLine::parse(QApplication::arguments());
    Translations::install(app, options.language);

    // One writer per database: a second window brings the first forward, or says who has the
    // database, instead of importing too.
    DatabaseLock lock(options.databasePath);
    const DatabaseLock::Result locked = lock.tryLock();
    if (locked.kind == DatabaseLock::Result::Kind::InUse)
        return askHolderToComeForward(options.databasePath, locked.message);

    Database database(options.databasePath);
    if (options.databasePath == first.databasePath)
        database.useExamination(examination);
    if (const Database::Result opened = database.open(); !opened.ok()) {
        // A refused database is left as it was; the program does not start on it. This also
        // says why the lock beside it could not be made (a read-only folder, say).
        tellWhyNotStarting(opened.message);
        return 1;
    }
    if (!locked.ok()) {
        tellWhyNotStarting(locked.message);
        return exitCode(ExitCode::Failure);
    }

    InstanceChannel channel(options.databasePath);
    channel.listen();

    CredentialStore credentials(options.keychainService);
    IntegrationService service(options.databasePath, ConnectorRegistry::builtIn(), &credentials);
    service.setTestEndpoint(options.testEndpoint);

    if (!options.screenshotsDir.isEmpty())
        return Screenshots::render(service, options.screenshotsDir, QLocale().name().left(2));

    service.engine()->startScheduler();
    IntegrationsWindow window(service);
    // The window decides when the program ends: not when it is closed to the tray, and only
    // once the imports have stopped after Quit.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(window.backgroundImports(), &BackgroundImports::quitReady, &app,
        [] { QCoreApplication::exit(exitCode(ExitCode::Ok)); });
    QObject::connect(&channel, &InstanceChannel::comeForwardRequested, &window,
        &IntegrationsWindow::comeForward);
    if (options.quitAfterFirstPaint)
        window.installEventFilter(new FirstPaintProbe(&window));
    window.show();
    return QApplication::exec();
}
