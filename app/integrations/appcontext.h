#pragma once

#include "api/connector.h"
#include "api/connectorregistry.h"

#include <optional>

class CredentialStore;
class ImportEngine;
class IntegrationStore;

// The services the windows share, owned by main() (or a test). Plain pointers: the owner
// outlives every window.
struct AppContext
{
    ConnectorRegistry registry;
    IntegrationStore *store = nullptr;
    CredentialStore *credentials = nullptr;
    ImportEngine *engine = nullptr;
    QString databasePath;
    std::optional<TestEndpoint> testEndpoint;
};
