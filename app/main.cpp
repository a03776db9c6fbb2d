#include "commandline.h"
#include "credentials/credentialstore.h"
#include "firstpaintprobe.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "integrationswindow.h"
#include "screenshots.h"
#include "storage/database.h"
#include "translations.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

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

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("acdconnect"));
    QApplication::setApplicationDisplayName(QStringLiteral("ACD Connect"));
    QApplication::setApplicationVersion(QStringLiteral(ACD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("acdconnect"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/acdconnect.svg")));

    const CommandLine options = CommandLine::parse(QApplication::arguments());
    Translations::install(app, options.language);
    if (!options.error.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("ACD Connect"), options.error);
        return 2;
    }

    Database database(options.databasePath);
    if (const Database::Result opened = database.open(); !opened.ok()) {
        // A refused database is left as it was; the program does not start on it.
        tellWhyNotStarting(opened.message);
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
