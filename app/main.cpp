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
