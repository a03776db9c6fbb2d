#include "api/connectorregistry.h"

#include "demo/democonnector.h"
#include "five9/five9connector.h"

void ConnectorRegistry::add(const QString &id, Factory factory)
{
    for (auto &entry : m_factories) {
        if (entry.first == id) {
            entry.second = std::move(factory);
            return;
        }
    }
    m_factories.emplace_back(id, std::move(factory));
}

QStringList ConnectorRegistry::ids() const
{
    QStringList result;
    for (const auto &entry : m_factories)
        result << entry.first;
    return result;
}

bool ConnectorRegistry::contains(const QString &id) const
{
    return ids().contains(id);
}

std::unique_ptr<Connector> ConnectorRegistry::create(const QString &id) const
{
    for (const auto &entry : m_factories)
        if (entry.first == id)
            return entry.second();
    return nullptr;
}

QList<ConnectorInfo> ConnectorRegistry::infos() const
{
    QList<ConnectorInfo> result;
    for (const auto &entry : m_factories)
        result << entry.second()->info();
    return result;
}

ConnectorRegistry ConnectorRegistry::builtIn()
{
    ConnectorRegistry registry;
    registry.add(QStringLiteral("demo"), [] { return std::make_unique<DemoConnector>(); });
    registry.add(QStringLiteral("five9"), [] { return std::make_unique<Five9Connector>(); });
    return registry;
}
