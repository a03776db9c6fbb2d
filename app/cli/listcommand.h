#pragma once

#include "integrations/integration.h"

#include <QCoreApplication>
#include <QJsonArray>

struct CommandLine;

// --list: the integrations with their state, last and next import, as a table or (--json)
// as a JSON array for scripts. Only reads: it takes no lock and works while another
// instance imports, and it never creates a database that is not there.
class ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    static int run(const CommandLine &options);

    static QJsonArray toJson(const QList<Integration> &integrations);
    // A stable word per state, for scripts: "new", "firstImport", "importing", "connected",
    // "retrying", "needsAdmin", "paused".
    static QString stateKey(Integration::State state);
    static QString stateText(const Integration &integration); // translated
};
