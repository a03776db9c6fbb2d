#pragma once

#include "integrations/integration.h"

#include <QObject>

struct AppContext;

// Deleting an integration: stop its import, remove its keychain entries, then delete it and
// its imported data (which may be millions of rows) on a worker thread with its own
// connection. finished() carries an empty string on success, else what went wrong; the
// object deletes itself afterwards.
class IntegrationRemoval : public QObject
{
    Q_OBJECT
public:
    explicit IntegrationRemoval(AppContext &context, QObject *parent = nullptr);
    void start(const Integration &integration);

signals:
    void finished(const QString &error);

private:
    void removeSecrets();
    void removeFromDatabase();
    void done(const QString &error);

    AppContext &m_context;
    Integration m_integration;
    bool m_removing = false;
};
