// An integration's settings as the program reads them back from its database: the bytes of
// the integrations.settings column (JSON, as IntegrationStore writes it, or whatever a
// damaged or hand-edited file holds) through IntegrationStore::list(), then everything that
// reads that map: the import schedule, each connector's defaults, checks, suggested name and
// account key, and the Five9 connector's settings for a call and a report. A stored setting
// may be wrong; it must never crash the program or send the password to a host outside
// Five9's table.
#include "api/connectorregistry.h"
#include "five9/five9call.h"
#include "five9/five9calllog.h"
#include "five9/five9regions.h"
#include "fuzzsupport.h"
#include "import/importengine.h"
#include "storage/database.h"
#include "storage/integrationstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>

namespace {

// One migrated database with an integration of each type, made once; every input is
// written into their settings inside a transaction that is rolled back.
struct Fixture
{
    int argc = 1;
    char name[16] = "fuzz_settings";
    char *argv[2] = {name, nullptr};
    QCoreApplication app {argc, argv};
    QTemporaryDir dir;
    Database database {dir.filePath(QStringLiteral("settings.sqlite"))};
    std::map<QString, std::unique_ptr<Connector>> connectors;

    Fixture()
    {
        FuzzSupport::check(database.open().ok(), "the database opens");
        IntegrationStore store(database.connection());
        const ConnectorRegistry registry = ConnectorRegistry::builtIn();
        for (const QString &type : {QStringLiteral("five9"), QStringLiteral("demo")}) {
            connectors[type] = registry.create(type);
            FuzzSupport::check(connectors[type] != nullptr, "the connector exists");
            Integration integration;
            integration.name = type;
            integration.type = type;
            FuzzSupport::check(store.create(integration).ok(), "the integration is stored");
        }
    }
};

Fixture &fixture()
{
    static Fixture *made = new Fixture; // never destroyed: libFuzzer exits from anywhere
    return *made;
}

void readLikeTheProgram(const Integration &integration, const Connector &connector)
{
    const int minutes = ImportEngine::importMinutes(integration);
    FuzzSupport::check(minutes == 15 || minutes == 30 || minutes == 60, "15, 30 or 60 minutes");
    FuzzSupport::check(ImportEngine::backfillDays(integration) > 0, "a backfill of some days");
    integration.state();

    const QVariantMap values = connector.withDefaults(integration.settings);
    connector.validate(values, {});
    connector.suggestedName(values);
    connector.derivedDefaults(values);
    connector.detailsNote(values);
    connector.accountKey(values);
    if (integration.type != u"five9")
        return;
    ConnectionSettings settings;
    settings.values = values;
    const Five9Endpoint endpoint = Five9Endpoint::fromSettings(settings);
    bool known = false;
    for (const Five9Region &region : Five9Regions::all())
        known |= endpoint.url.host() == region.host && endpoint.url.scheme() == u"https";
    FuzzSupport::check(known, "only Five9's own hosts, over HTTPS", endpoint.url.toString());
    const Five9CallLog::Options options = Five9CallLog::optionsFor(settings);
    Five9CallLog::missingColumnsMessage({QStringLiteral("SKILL")}, options);
    Five9Settings::groupingKey(options.grouping);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    QSqlDatabase db = f.database.connection();
    FuzzSupport::check(db.transaction(), "a transaction");
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE integrations SET settings = ?"));
    update.addBindValue(FuzzSupport::bytes(data, size));
    FuzzSupport::check(update.exec(), "the settings are written");
    const QList<Integration> integrations = IntegrationStore(db).list();
    FuzzSupport::check(integrations.size() == 2, "both integrations read back");
    for (const Integration &integration : integrations)
        readLikeTheProgram(integration, *f.connectors.at(integration.type));
    FuzzSupport::check(db.rollback(), "the transaction is rolled back");
    return 0;
}
