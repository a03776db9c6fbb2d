#pragma once

#include "storage/importeddatastore.h"

#include <QObject>

#include <functional>

class IntegrationService;

// The window's reads of imported data, off the GUI thread: each runs on the integration
// service's storage worker, in order with its writes, and calls done on the GUI thread
// (not at all once context is gone).
namespace ImportedData {

void overview(IntegrationService &service, const QString &integrationId, QObject *context,
    std::function<void(ImportedDataStore::Overview)> done);
void queues(IntegrationService &service, const QString &integrationId, qint64 offeredSinceUtc,
    QObject *context, std::function<void(QList<ImportedDataStore::Queue>)> done);
void intervals(IntegrationService &service, qint64 queueId, const TimeRange &range,
    QObject *context, std::function<void(QList<ImportedDataStore::IntervalTotals>)> done);
void runs(IntegrationService &service, const QString &integrationId, int limit, QObject *context,
    std::function<void(QList<ImportedDataStore::Run>)> done);
void markQueuesSeen(IntegrationService &service, const QString &integrationId);

} // namespace ImportedData
