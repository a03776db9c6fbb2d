#include "credentials/credentialstore.h"
#include "fakefive9fixtures.h"
#include "fakefive9harness.h"
#include "fakefive9server.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "support/importcheck.h"
#include "support/testcredentialstore.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Issue 5, acceptance 4, over real HTTP: the import engine with the real Five9 connector
// against the fake Five9, which answers 500, 429 with Retry-After and 401 as a server does.
// The delays are read from the times the fake received the requests.
class TestImportHttpFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serverErrorAndRateLimitAreRetriedAfterTheRightDelay();
    void retryAfterLongerThanACallWaitsIsLeftToTheEngine();
    void unauthorizedStopsTheRunWithoutRetrying();
    void aMissingReportOrColumnIsNeverRetried_data();
    void aMissingReportOrColumnIsNeverRetried();

private:
    QString createIntegration(const QString &password, const QVariantMap &settings = {});
    ImportEngine *makeEngine(std::chrono::milliseconds callMaxDelay);
    // Times (ms) at which the fake received each request for operation.
    QList<qint64> arrivals(const QString &operation) const;

    static constexpr auto FirstDelay = std::chrono::milliseconds(300);
    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    FakeFive9Server *m_fake = nullptr;
    std::unique_ptr<IntegrationService> m_service;
    TestCredentialStore m_credentials;
};

void TestImportHttpFaults::initTestCase()
{
    TestCredentialStore::prepareSession();
}

void TestImportHttpFaults::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
    m_fake = new FakeFive9Server;
    FakeFive9Fixtures::install(*m_fake);
    QVERIFY(m_fake->listen());
}

void TestImportHttpFaults::cleanup()
{
    m_credentials.removeLeftovers();
    m_service.reset();
    delete m_fake;
    delete m_db;
    delete m_dir;
}

QString TestImportHttpFaults::createIntegration(
    const QString &password, const QVariantMap &settings)
{
    Integration integration;
    integration.name = QStringLiteral("Five9 EU");
    integration.type = QStringLiteral("five9");
    integration.settings = FakeFive9Harness::settings(m_fake->baseUrl()).values;
    integration.settings.insert(QLatin1String(ImportEngine::BackfillDaysKey), 1);
    integration.settings.insert(settings);
    if (!IntegrationStore(m_db->connection()).create(integration).ok())
        return {};
    return m_credentials.writePassword(integration.id, password) ? integration.id : QString();
}

ImportEngine *TestImportHttpFaults::makeEngine(std::chrono::milliseconds callMaxDelay)
{
    ConnectorRegistry registry;
    registry.add(QStringLiteral("five9"), [callMaxDelay] {
        Five9RetryPolicy policy = FakeFive9Harness::fastPolicy();
        policy.firstDelay = FirstDelay;
        policy.maxDelay = callMaxDelay;
        auto connector = std::make_unique<Five9Connector>();
        connector->setRetryPolicy(policy);
        return connector;
    });
    m_service = std::make_unique<IntegrationService>(m_db->path(), registry, &m_credentials);
    ImportEngine *engine = m_service->engine();
    engine->setTestEndpoint(
        TestEndpoint::create(m_fake->baseUrl(), FakeFive9Server::certificates()));
    RetryPolicy retry;
    retry.initialDelay = std::chrono::milliseconds(100);
    retry.jitter = 0.2;
    retry.random = [] { return 0.5; }; // no jitter: 1 + 0.2 × (2 × 0.5 − 1)
    engine->setRetryPolicy(retry);
    return engine;
}

QList<qint64> TestImportHttpFaults::arrivals(const QString &operation) const
{
    QList<qint64> times;
    for (const FakeFive9Server::Request &request : m_fake->requests())
        if (request.operation == operation)
            times << request.receivedMs;
    return times;
}

void TestImportHttpFaults::serverErrorAndRateLimitAreRetriedAfterTheRightDelay()
{
    const QString id = createIntegration(QLatin1String(FakeFive9Fixtures::AdminPassword));
    QVERIFY(!id.isEmpty());
    m_fake->injectFault(FakeFive9Server::Fault::Http500, 1, QStringLiteral("runReport"));
    m_fake->setRetryAfter(1);
    m_fake->injectFault(
        FakeFive9Server::Fault::TooManyRequests, 1, QStringLiteral("getReportResultCsv"));
    auto engine = makeEngine(std::chrono::seconds(5));
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    engine->importNow(id);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).toBool(), true);

    // The 500 was retried after the connector's first backoff step, not at once.
    const QList<qint64> runs = arrivals(QStringLiteral("runReport"));
    QVERIFY(runs.size() >= 2);
    const qint64 afterServerError = runs[1] - runs[0];
    // (Upper bounds only catch a retry that waited for something else; loaded CI machines are
    // slow.)
    QVERIFY2(afterServerError >= FirstDelay.count() && afterServerError < FirstDelay.count() + 5000,
        qPrintable(QString::number(afterServerError)));
    // The 429 was retried no sooner than its Retry-After: 1.
    const QList<qint64> results = arrivals(QStringLiteral("getReportResultCsv"));
    QVERIFY(results.size() >= 2);
    const qint64 afterRateLimit = results[1] - results[0];
    QVERIFY2(afterRateLimit >= 1000 && afterRateLimit < 6000,
        qPrintable(QString::number(afterRateLimit)));

    QCOMPARE(m_service->find(id)->state(), Integration::State::Connected);
    QVERIFY(ImportCheck::summarize(m_db->connection(), id).rows > 0);
    QVERIFY2(m_fake->envelopeErrors().isEmpty(), qPrintable(m_fake->envelopeErrors().join(u'\n')));
}

void TestImportHttpFaults::retryAfterLongerThanACallWaitsIsLeftToTheEngine()
{
    // Five9 asks for 2 s; a call waits at most 0.5 s. The run ends as rate limited, and the
    // engine schedules the next one no sooner than Five9 asked.
    const QString id = createIntegration(QLatin1String(FakeFive9Fixtures::AdminPassword));
    QVERIFY(!id.isEmpty());
    m_fake->setRetryAfter(2);
    m_fake->injectFault(
        FakeFive9Server::Fault::TooManyRequests, 1, QStringLiteral("getReportResultCsv"));
    auto engine = makeEngine(std::chrono::milliseconds(500));
    QSignalSpy retries(engine, &ImportEngine::retryScheduled);
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    engine->importNow(id);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().at(1).toBool(), 30000);

    QCOMPARE(finished.size(), 2); // the rate-limited run, then the successful one
    QCOMPARE(retries.size(), 1);
    QVERIFY2(
        retries.first().at(1).toLongLong() >= 2000, qPrintable(retries.first().at(1).toString()));
    const QList<qint64> results = arrivals(QStringLiteral("getReportResultCsv"));
    QVERIFY(results.size() >= 2);
    QVERIFY2(results[1] - results[0] >= 2000, qPrintable(QString::number(results[1] - results[0])));
    QCOMPARE(m_service->find(id)->state(), Integration::State::Connected);
}

void TestImportHttpFaults::unauthorizedStopsTheRunWithoutRetrying()
{
    const QString id = createIntegration(QStringLiteral("changed-in-five9"));
    QVERIFY(!id.isEmpty());
    auto engine = makeEngine(std::chrono::seconds(5));
    QSignalSpy retries(engine, &ImportEngine::retryScheduled);
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    engine->importNow(id);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QTest::qWait(1500); // longer than any backoff step in play
    QCOMPARE(finished.size(), 1);
    QCOMPARE(retries.size(), 0);
    QCOMPARE(m_fake->requests().size(), 1); // the one 401, not asked again
    QVERIFY(!engine->isRunning(id));
    QCOMPARE(engine->progress(id).phase, ImportProgress::Phase::Failed);
    const std::optional<Integration> after = m_service->find(id);
    QCOMPARE(after->state(), Integration::State::NeedsAdmin);
    QVERIFY2(after->lastError.contains(QLatin1String("user name or password")),
        qPrintable(after->lastError));
    QCOMPARE(ImportCheck::summarize(m_db->connection(), id).rows, 0);
}

void TestImportHttpFaults::aMissingReportOrColumnIsNeverRetried_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("csv"); // what the fake's "Call Log" has
    QTest::addColumn<QString>("error"); // a part of the message the admin sees
    QTest::newRow("report not in Five9") << QStringLiteral("Call Log (renamed)") << QString()
                                         << QStringLiteral("Call Log (renamed) not found");
    QTest::newRow("report without the columns")
        << QStringLiteral("Call Log") << QStringLiteral("TIMESTAMP,SKILL\r\n2026-03-02,Sales\r\n")
        << QStringLiteral("has no column");
}

void TestImportHttpFaults::aMissingReportOrColumnIsNeverRetried()
{
    // Configuration, not trouble: asking again, now or in 15 minutes, gets the same answer.
    QFETCH(QString, report);
    QFETCH(QString, csv);
    QFETCH(QString, error);
    const QString id = createIntegration(QLatin1String(FakeFive9Fixtures::AdminPassword),
        {{QStringLiteral("callLogReport"), report}});
    QVERIFY(!id.isEmpty());
    m_fake->setMissingReports({QStringLiteral("Call Log (renamed)")});
    m_fake->setReportSource([csv](const QString &, const QString &, const QDateTime &,
                                const QDateTime &) { return csv; });
    auto engine = makeEngine(std::chrono::seconds(5));
    QSignalSpy retries(engine, &ImportEngine::retryScheduled);
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    engine->importNow(id);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QTest::qWait(1500); // longer than the engine's first backoff steps (100 ms, 200 ms, …)
    QCOMPARE(finished.size(), 1);
    QCOMPARE(retries.size(), 0);
    // Neither the call nor the engine asked again.
    QCOMPARE(m_fake->operations().count(QStringLiteral("runReport")), 1);
    const std::optional<Integration> after = m_service->find(id);
    QCOMPARE(after->state(), Integration::State::NeedsAdmin);
    QVERIFY2(after->lastError.contains(error), qPrintable(after->lastError));
    QCOMPARE(engine->progress(id).phase, ImportProgress::Phase::Failed);
}

QTEST_MAIN(TestImportHttpFaults)
#include "tst_importhttpfaults.moc"
