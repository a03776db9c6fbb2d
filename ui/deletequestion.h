#pragma once

#include "mapping/workload.h"
#include "storage/importeddatastore.h"

#include <QString>

#include <functional>

class IntegrationService;
class QMessageBox;
class QObject;
struct Integration;

// What deleting an integration takes with it, said before it happens: its queues, interval
// rows and agent states, and the workloads that lose queues.
namespace DeleteQuestion {

struct Losses
{
    ImportedDataStore::Overview imported; // imported.ok is false when it could not be read
    QList<WorkloadLoss> workloads;
    QString workloadsError;
};

// Reads the counts on the service's storage worker; done runs on the GUI thread (not at all
// once context is gone).
void fetch(IntegrationService &service, const QString &integrationId, QObject *context,
    std::function<void(const Losses &)> done);
// The question's informative text.
QString text(IntegrationService &service, const Integration &doomed, const Losses &losses);
// Wide enough that a window manager shows the whole title, which QMessageBox alone leaves
// to the width of its text.
void fitTitle(QMessageBox *box);

} // namespace DeleteQuestion
