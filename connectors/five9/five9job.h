#pragma once

#include "api/connectorjob.h"
#include "five9/five9call.h"
#include "five9/five9csv.h"

#include <QPointer>
#include <QTimer>

// What every Five9 job shares: one SOAP call at a time, failing the job on an error, and
// running a report (runReport, isReportRunning until done, getReportResultCsv).
class Five9Job : public ConnectorJob
{
    Q_OBJECT
public:
    Five9Job(QNetworkAccessManager *network, const ConnectionSettings &settings,
        const Five9RetryPolicy &policy);

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

    const ConnectionSettings &settings() const { return m_settings; }
    const Five9RetryPolicy &policy() const { return m_policy; }

private:
    static bool isReportNotFound(const Five9Outcome &outcome);
    static ConnectorResult resultOf(const Five9Outcome &outcome);
    void send(const QString &operation, const QByteArray &body, Five9Call::Handler handler);
    void pollReport(const QString &identifier, const QString &report, CsvHandler onTable);
    void fetchReport(const QString &identifier, const QString &report, CsvHandler onTable);
    void waitThen(std::function<void()> next);

    QPointer<QNetworkAccessManager> m_network; // the connector's; it cancels us before it goes
    ConnectionSettings m_settings;
    Five9Endpoint m_endpoint;
    Five9RetryPolicy m_policy;
    QPointer<Five9Call> m_call;
    QTimer m_pollTimer;
    std::function<void()> m_afterWait;
    int m_polls = 0;
};
