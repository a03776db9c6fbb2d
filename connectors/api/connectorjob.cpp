#include "api/connectorjob.h"

#include <QTimer>

ConnectorJob::ConnectorJob(QObject *parent)
    : QObject(parent)
{
}

void ConnectorJob::cancel()
{
    if (m_finished)
        return;
    abort();
    finish(cancelledResult());
}

ConnectorResult ConnectorJob::cancelledResult()
{
    return ConnectorResult::failure(ConnectorResult::Kind::Cancelled, tr("Cancelled."));
}

void ConnectorJob::finish(const ConnectorResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    emit finished(result);
    deleteLater();
}

ConnectorJob *ConnectorJob::finishedJob(const ConnectorResult &result)
{
    auto *job = new ConnectorJob;
    QTimer::singleShot(0, job, [job, result] { job->finish(result); });
    return job;
}
