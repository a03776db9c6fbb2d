#pragma once

#include "api/connectorregistry.h"
#include "demo/democonnector.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <chrono>

// The Demo connector as the tests of the service, the engine and the windows use it: real
// imports with no network behind them.
namespace TestSupport {

// A registry with the Demo connector alone, answering after latency.
inline ConnectorRegistry demoRegistry(
    std::chrono::milliseconds latency = std::chrono::milliseconds(0))
{
    ConnectorRegistry registry;
    registry.add(
        QStringLiteral("demo"), [latency] { return std::make_unique<DemoConnector>(latency); });
    return registry;
}

// A Demo integration signing in as "admin", with queueCount queues and backfillDays days for
// its first import.
inline Integration demoIntegration(const QString &name, int queueCount, int backfillDays)
{
    Integration integration;
    integration.name = name;
    integration.type = QStringLiteral("demo");
    integration.settings = {{QStringLiteral("username"), QStringLiteral("admin")},
        {QStringLiteral("queueCount"), queueCount},
        {QLatin1String(ImportEngine::BackfillDaysKey), backfillDays}};
    return integration;
}

// Waits for the end of the integration's next import, passing over other integrations'
// imports; whether it succeeded.
inline bool waitForImport(IntegrationService &service, const QString &id, int timeoutMs = 60000)
{
    QSignalSpy finished(service.engine(), &ImportEngine::importFinished);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (finished.isEmpty() && !finished.wait(int(timeoutMs - timer.elapsed())))
            return false;
        while (!finished.isEmpty()) {
            const QList<QVariant> signal = finished.takeFirst();
            if (signal.at(0).toString() == id)
                return signal.at(1).toBool();
        }
    }
    return false;
}

} // namespace TestSupport
