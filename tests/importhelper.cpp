// Runs one import of one integration on a database file, the way the engine's worker does,
// for tests that kill it at random points. Usage:
//   tst_import_helper <database> <integration-id> <now-utc>
// The secrets come as a JSON object on stdin, never on the command line.
// Exit code: 0 success, 1 failed import, 2 bad usage or database.
#include "api/connectorregistry.h"
#include "import/importengine.h"
#include "import/importrun.h"
#include "storage/database.h"
#include "storage/integrationstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        qCritical(
            "usage: %s <database> <integration-id> <now-utc>  (secrets as JSON on stdin)", argv[0]);
        return 2;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QJsonObject secretsJson = QJsonDocument::fromJson(input.readAll()).object();
    SecretMap secrets;
    for (auto it = secretsJson.begin(); it != secretsJson.end(); ++it)
        secrets.insert(it.key(), it.value().toString());

    std::optional<Integration> integration;
    {
        Database db(args[1]);
        if (!db.openWithoutMigrating().ok())
            return 2;
        integration = IntegrationStore(db.connection()).find(args[2]);
    }
    if (!integration)
        return 2;

    const ConnectorRegistry registry = ConnectorRegistry::builtIn();
    const std::unique_ptr<Connector> connector = registry.create(integration->type);
    if (!connector)
        return 2;
    ImportRequest request;
    request.integrationId = integration->id;
    request.connectorId = integration->type;
    request.settings.values = connector->withDefaults(integration->settings);
    request.settings.secrets = secrets;
    request.nowUtc = args[3].toLongLong();
    request.backfillDays
        = integration->settings.value(QLatin1String(ImportEngine::BackfillDaysKey)).toInt();
    request.firstImport = !integration->lastImportAt.isValid();

    ImportRun run(args[1], registry, request);
    int code = 1;
    QObject::connect(&run, &ImportRun::finished, &app, [&](const ImportOutcome &outcome) {
        code = outcome.status == ImportOutcome::Status::Succeeded ? 0 : 1;
        if (code != 0)
            qCritical("import failed: %s", qPrintable(outcome.failure.message));
        app.quit();
    });
    QMetaObject::invokeMethod(&run, &ImportRun::start, Qt::QueuedConnection);
    app.exec();
    return code;
}
