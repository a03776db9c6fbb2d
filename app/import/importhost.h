#pragma once

#include "integrations/integration.h"

#include <optional>

// What the import engine needs of the integrations: their current settings, and a place to
// report how each run ended. The integration service is the host; the engine never writes
// an integration itself, and nothing it reports can change the admin's choice (paused).
class ImportHost
{
public:
    virtual ~ImportHost() = default;

    virtual std::optional<Integration> integrationForImport(const QString &id) const = 0;
    virtual QList<Integration> integrationsForImport() const = 0;

    struct RunEnd
    {
        Integration::Outcome outcome = Integration::Outcome::Connected;
        Integration::Fix fix = Integration::Fix::None;
        QString error; // translated
        QDateTime lastImportAt; // invalid: unchanged
        QDateTime nextImportAt; // invalid: none planned
    };
    virtual void importStarted(const QString &id) = 0;
    virtual void importEnded(const QString &id, const RunEnd &end) = 0;
};
