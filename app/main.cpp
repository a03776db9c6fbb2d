#include "cli/cli.h"
#include "cli/exitcode.h"
#include "commandline.h"
#include "credentials/credentialstore.h"
#include "firstpaintprobe.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "integrationswindow.h"
#include "screenshots.h"
#include "storage/database.h"
#include "storage/databaselock.h"
#include "translations.h"

#include <QApplication>
#include <QMessageBox>

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

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("ACD Connect"));
    QApplication::setDesktopFileName(QStringLiteral("acdconnect"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/acdconnect.svg")));

    const CommandLine options = CommandLine::parse(QApplication::arguments());
    Translations::install(app, options.language);

    // One writer per database: a second window says who has it instead of importing too.
    DatabaseLock lock(options.databasePath);
    if (const DatabaseLock::Result locked = lock.tryLock(); !locked.ok()) {
        QMessageBox::critical(nullptr, QObject::tr("ACD Connect"), locked.message);
        return exitCode(locked.kind == DatabaseLock::Result::Kind::InUse ? ExitCode::DatabaseInUse
                                                                         : ExitCode::Failure);
    }

    Database database(options.databasePath);
    if (const Database::Result opened = database.open(); !opened.ok()) {
        QMessageBox::critical(nullptr, QObject::tr("ACD Connect"), opened.message);
        return 1;
    }

    CredentialStore credentials(options.keychainService);
    IntegrationService service(options.databasePath, ConnectorRegistry::builtIn(), &credentials);
    service.setTestEndpoint(options.testEndpoint);

    if (!options.screenshotsDir.isEmpty())
        return Screenshots::render(service, options.screenshotsDir, QLocale().name().left(2));

    service.engine()->startScheduler();
    IntegrationsWindow window(service);
    if (options.quitAfterFirstPaint)
        window.installEventFilter(new FirstPaintProbe(&window));
    window.show();
    return QApplication::exec();
}
