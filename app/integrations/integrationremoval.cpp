#include "integrations/integrationremoval.h"

#include "credentials/credentialstore.h"
#include "import/importengine.h"
#include "integrations/appcontext.h"
#include "storage/database.h"
#include "storage/integrationstore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

IntegrationRemoval::IntegrationRemoval(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void IntegrationRemoval::start(const Integration &integration)
{
    m_integration = integration;
    // A running import must have stopped writing before its rows go.
    if (m_context.engine && m_context.engine->isRunning(integration.id)) {
        connect(m_context.engine, &ImportEngine::importFinished, this, [this](const QString &id) {
            if (id == m_integration.id && !m_removing)
                removeSecrets();
        });
        m_context.engine->cancel(integration.id);
        return;
    }
    if (m_context.engine)
        m_context.engine->cancel(integration.id);
    removeSecrets();
}

void IntegrationRemoval::removeSecrets()
{
    m_removing = true;
    QStringList keys;
    if (auto connector = m_context.registry.create(m_integration.type))
        keys = connector->secretKeys();
    CredentialOperation *remove = m_context.credentials->remove(m_integration.id, keys);
    connect(remove, &CredentialOperation::finished, this, [this](const CredentialResult &result) {
        if (!result.ok()) {
            done(tr("The password of %1 could not be removed from the keychain, so the "
                    "integration was kept. %2")
                     .arg(m_integration.name, result.message));
            return;
        }
        removeFromDatabase();
    });
}

void IntegrationRemoval::removeFromDatabase()
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
        [this, watcher] { done(watcher->result()); });
    watcher->setFuture(QtConcurrent::run([path = m_context.databasePath, id = m_integration.id] {
        Database db(path);
        if (const Database::Result opened = db.openWithoutMigrating(); !opened.ok())
            return opened.message;
        QSqlDatabase connection = db.connection();
        connection.transaction();
        const IntegrationStore::Result removed = IntegrationStore(connection).remove(id);
        if (!removed.ok() && removed.kind != IntegrationStore::Result::Kind::NotFound) {
            connection.rollback();
            return removed.message;
        }
        connection.commit();
        return QString();
    }));
}

void IntegrationRemoval::done(const QString &error)
{
    emit finished(error);
    deleteLater();
}
