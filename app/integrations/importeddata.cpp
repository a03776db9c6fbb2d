#include "integrations/importeddata.h"

#include "integrations/integrationservice.h"
#include "storage/storageworker.h"

namespace ImportedData {

using namespace ImportedDataStore;

void overview(IntegrationService &service, const QString &integrationId, QObject *context,
    std::function<void(Overview)> done)
{
    service.storage()->query<Overview>(
        context,
        [integrationId](
            const QSqlDatabase &db) { return ImportedDataStore::overview(db, integrationId); },
        std::move(done));
}

void queues(IntegrationService &service, const QString &integrationId, qint64 offeredSinceUtc,
    QObject *context, std::function<void(QList<Queue>)> done)
{
    service.storage()->query<QList<Queue>>(
        context,
        [integrationId, offeredSinceUtc](const QSqlDatabase &db) {
            return ImportedDataStore::queues(db, integrationId, offeredSinceUtc);
        },
        std::move(done));
}

void intervals(IntegrationService &service, qint64 queueId, const TimeRange &range,
    QObject *context, std::function<void(QList<IntervalTotals>)> done)
{
    service.storage()->query<QList<IntervalTotals>>(
        context,
        [queueId, range](
            const QSqlDatabase &db) { return ImportedDataStore::intervals(db, queueId, range); },
        std::move(done));
}

void runs(IntegrationService &service, const QString &integrationId, int limit, QObject *context,
    std::function<void(QList<Run>)> done)
{
    service.storage()->query<QList<Run>>(
        context,
        [integrationId, limit](
            const QSqlDatabase &db) { return ImportedDataStore::runs(db, integrationId, limit); },
        std::move(done));
}

void markQueuesSeen(IntegrationService &service, const QString &integrationId)
{
    service.storage()->query<bool>(&service,
        [integrationId](const QSqlDatabase &db) {
            return ImportedDataStore::markQueuesSeen(db, integrationId);
        },
        {});
}

} // namespace ImportedData
