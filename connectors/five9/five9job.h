#pragma once

#include "api/connectorjob.h"
#include "five9/five9call.h"
#include "five9/five9csv.h"
#include "five9/five9report.h"

#include <QPointer>
#include <QTimer>

// What every Five9 job shares: one SOAP call at a time, failing the job on an error, and
// running a report (Five9Report: runReport, isReportRunning until done, getReportResultCsv).
class Five9Job : public ConnectorJob
{
    Q_OBJECT
public:
    Five9Job(QNetworkAccessManager *network, const ConnectionSettings &settings,
        const Five9RetryPolicy &policy, std::shared_ptr<Five9Limiter> limiter = {});

    // A report whose CSV could not be read: transient as a ProtocolError is (cut off on the
    // way); a caller that found the report's definition at fault adds needingAdmin().
    static ConnectorResult unreadable(const QString &report, const QString &error);

protected:
    using NodeHandler = std::function<void(const Five9Soap::Node &)>;
    using CsvHandler = std::function<void(const Five9CsvTable &)>;

    void abort() override;
    // Finishes the job with a failure, logged without secrets.
    void fail(const ConnectorResult &failure);
    // Calls operation; on success hands over the response element, else finishes the job.
    void call(const QString &operation, const QByteArray &body, NodeHandler onSuccess);
    // Runs a report over [start, end) given in the domain's time zone and hands over its CSV.
    void runReport(const QString &folder, const QString &report, const QDateTime &start,
        const QDateTime &end, CsvHandler onTable);

    // Starts a report of our own (several may run at once); aborted with the job.
    Five9Report *startReport(const Five9Report::Spec &spec, Five9Report::Done done);

    const ConnectionSettings &settings() const { return m_settings; }
    const Five9RetryPolicy &policy() const { return m_policy; }
    const std::shared_ptr<Five9Limiter> &limiter() const { return m_limiter; }

    // Calls operation and hands over the outcome, whatever it is.
    void send(const QString &operation, const QByteArray &body, Five9Call::Handler handler);

private:
    QPointer<QNetworkAccessManager> m_network; // the connector's; it cancels us before it goes
    ConnectionSettings m_settings;
    Five9Endpoint m_endpoint;
    Five9RetryPolicy m_policy;
    std::shared_ptr<Five9Limiter> m_limiter;
    QPointer<Five9Call> m_call;
};
