#pragma once

#include "api/connector.h"

#include <functional>
#include <memory>
#include <vector>

// The connectors the program knows, by id. Creates a fresh connector for each thread that
// needs one; info() and fields() of a connector are cheap and need no network.
class ConnectorRegistry
{
public:
    using Factory = std::function<std::unique_ptr<Connector>()>;

    void add(const QString &id, Factory factory);
    QStringList ids() const;
    bool contains(const QString &id) const;
    std::unique_ptr<Connector> create(const QString &id) const;
    // info() of every registered connector, in registration order.
    QList<ConnectorInfo> infos() const;

    // Every connector that ships with the program.
    static ConnectorRegistry builtIn();

private:
    std::vector<std::pair<QString, Factory>> m_factories;
};
