#include "import/importengine.h"
#include "import/importrun.h"
#include "integrations/integrationservice.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "support/importcheck.h"
#include "support/scriptedconnector.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Kind = ConnectorResult::Kind;
using Disposition = ConnectorResult::Disposition;

// Failed imports against a scripted connector: which are retried, after which delay, and
// which stop at once. The backoff is shortened (and its randomness fixed) so this takes
// seconds; the delays the engine chose are checked against the policy and the clock.
class TestImportRetry : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void serverBusyIsRetriedWithExponentialBackoffAndSucceeds();
    void rateLimitIsRetriedNoSoonerThanRetryAfter();
    void badCredentialsStopWithErrorStateAndNoRetry();
    void missingPermissionStopsWithErrorStateAndNoRetry();
    void givesUpAfterTheMaximumAttemptsWithoutAStorm();
    void retriesExactlyWhatTheConnectorCallsTransient_data();
    void retriesExactlyWhatTheConnectorCallsTransient();
    void cancelBetweenTwoJobsStillEndsTheRun();
    void aFailedRunRecordsOnlyTheRowsItKept();

private:
    ImportEngine *makeEngine(int maximumAttempts = 5);
    std::optional<Integration> current() const { return m_service->find(m_id); }
    bool waitForSuccess(ImportEngine &engine, int timeoutMs = 20000);

    static constexpr int InitialDelayMs = 200;
    static constexpr double Random = 0.75; // jitter factor 1 + 0.2 × (2 × 0.75 − 1) = 1.1
    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    QString m_id;
    std::shared_ptr<ScriptedConnector::Script> m_script;
    std::unique_ptr<IntegrationService> m_service;
};

void TestImportRetry::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
    Integration integration;
    integration.name = QStringLiteral("Scripted");
    integration.type = QStringLiteral("scripted");
    integration.settings = {{QLatin1String(ImportEngine::BackfillDaysKey), 1}};
    QVERIFY(IntegrationStore(m_db->connection()).create(integration).ok());
    m_id = integration.id;
    m_script = std::make_shared<ScriptedConnector::Script>();
}

void TestImportRetry::cleanup()
{
    m_service.reset();
    delete m_db;
    delete m_dir;
}

ImportEngine *TestImportRetry::makeEngine(int maximumAttempts)
{
    ConnectorRegistry registry;
    const auto script = m_script;
    registry.add(QStringLiteral("scripted"),
        [script] { return std::make_unique<ScriptedConnector>(script); });
    m_service = std::make_unique<IntegrationService>(m_db->path(), registry, nullptr);
    ImportEngine *engine = m_service->engine();
    RetryPolicy policy;
    policy.initialDelay = std::chrono::milliseconds(InitialDelayMs);
    policy.maximumDelay = std::chrono::seconds(5);
    policy.maximumAttempts = maximumAttempts;
    policy.jitter = 0.2;
    policy.random = [] { return Random; };
    engine->setRetryPolicy(policy);
    return engine;
}

bool TestImportRetry::waitForSuccess(ImportEngine &engine, int timeoutMs)
{
    QSignalSpy finished(&engine, &ImportEngine::importFinished);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!finished.wait(int(timeoutMs - timer.elapsed())))
            return false;
        if (finished.last().at(1).toBool())
            return true;
    }
    return false;
}

void TestImportRetry::serverBusyIsRetriedWithExponentialBackoffAndSucceeds()
{
    m_script->results = {ConnectorResult::failure(Kind::ServerBusy, QStringLiteral("HTTP 503")),
        ConnectorResult::failure(Kind::ServerBusy, QStringLiteral("HTTP 502"))};
    auto engine = makeEngine();
    QSignalSpy retries(engine, &ImportEngine::retryScheduled);
    QSignalSpy changed(m_service.get(), &IntegrationService::integrationChanged);
    engine->importNow(m_id);
    QVERIFY(waitForSuccess(*engine));

    QCOMPARE(retries.size(), 2);
    QCOMPARE(retries.at(0).at(1).toLongLong(), qint64(InitialDelayMs * 1.1));
    QCOMPARE(retries.at(1).at(1).toLongLong(), qint64(2 * InitialDelayMs * 1.1));
    QCOMPARE(retries.at(0).at(2).toString(), QStringLiteral("HTTP 503"));
    QCOMPARE(m_script->fetchTimesMs.size(), 3);
    for (int i = 0; i < 2; ++i) {
        const qint64 gap = m_script->fetchTimesMs[i + 1] - m_script->fetchTimesMs[i];
        const qint64 chosen = retries.at(i).at(1).toLongLong();
        QVERIFY2(gap >= chosen && gap < chosen + 1000,
            qPrintable(
                QStringLiteral("retry %1 after %2 ms, chose %3 ms").arg(i).arg(gap).arg(chosen)));
    }
    const std::optional<Integration> after = current();
    QCOMPARE(after->state(), Integration::State::Connected);
    QVERIFY(after->lastError.isEmpty());
    QCOMPARE(ImportCheck::summarize(m_db->connection(), m_id).rows, 96);
}

void TestImportRetry::rateLimitIsRetriedNoSoonerThanRetryAfter()
{
    m_script->results
        = {ConnectorResult::failure(Kind::RateLimited, QStringLiteral("HTTP 429"), 1)};
    auto engine = makeEngine();
    QSignalSpy retries(engine, &ImportEngine::retryScheduled);
    engine->importNow(m_id);
    QVERIFY(waitForSuccess(*engine));

    QCOMPARE(retries.size(), 1);
    const qint64 chosen = retries.at(0).at(1).toLongLong();
    // Retry-After, plus jitter only upwards: 1 s × (1 + 0.2 × 0.75).
    QCOMPARE(chosen, qint64(1000 * 1.15));
    const qint64 gap = m_script->fetchTimesMs[1] - m_script->fetchTimesMs[0];
    QVERIFY2(gap >= 1000 && gap >= chosen, qPrintable(QString::number(gap)));
    QCOMPARE(current()->state(), Integration::State::Connected);
}

void TestImportRetry::badCredentialsStopWithErrorStateAndNoRetry()
{
    m_script->results = {
        ConnectorResult::failure(Kind::BadCredentials, QStringLiteral("The password is wrong."))};
    auto engine = makeEngine();
    QSignalSpy retries(engine, &ImportEngine::retryScheduled);
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    engine->importNow(m_id);
    QVERIFY(finished.wait(10000));
    QTest::qWait(3 * InitialDelayMs * 2);
    QCOMPARE(retries.size(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_script->fetchTimesMs.size(), 1);
    QVERIFY(!engine->isRunning(m_id));
    QCOMPARE(engine->progress(m_id).phase, ImportProgress::Phase::Failed);
    QCOMPARE(engine->progress(m_id).message, QStringLiteral("The password is wrong."));
    const std::optional<Integration> after = current();
    QCOMPARE(after->state(), Integration::State::NeedsAdmin);
    QCOMPARE(after->lastError, QStringLiteral("The password is wrong."));
}

void TestImportRetry::missingPermissionStopsWithErrorStateAndNoRetry()
{
    m_script->results
        = {ConnectorResult::failure(Kind::MissingPermission, QStringLiteral("No role."))};
    auto engine = makeEngine();
    QSignalSpy retries(engine, &ImportEngine::retryScheduled);
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    engine->importNow(m_id);
    QVERIFY(finished.wait(10000));
    QTest::qWait(3 * InitialDelayMs * 2);
    QCOMPARE(retries.size(), 0);
    QCOMPARE(m_script->fetchTimesMs.size(), 1);
    QCOMPARE(current()->state(), Integration::State::NeedsAdmin);
}

void TestImportRetry::givesUpAfterTheMaximumAttemptsWithoutAStorm()
{
    for (int i = 0; i < 10; ++i)
        m_script->results << ConnectorResult::failure(
            Kind::Unreachable, QStringLiteral("Offline."));
    auto engine = makeEngine(2);
    QSignalSpy retries(engine, &ImportEngine::retryScheduled);
    QSignalSpy changed(m_service.get(), &IntegrationService::integrationChanged);
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    engine->importNow(m_id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
    QTest::qWait(3 * InitialDelayMs * 4);
    QCOMPARE(finished.size(), 3); // the first run and two retries, then quiet
    QCOMPARE(retries.size(), 2);
    QCOMPARE(m_script->fetchTimesMs.size(), 3);
    QCOMPARE(engine->progress(m_id).phase, ImportProgress::Phase::Failed);
    // Out of retries: an error, to be tried again at the next scheduled import.
    QCOMPARE(current()->state(), Integration::State::Retrying);
    // State changes, not failures, are announced: first import → error → first import → …
    QVERIFY2(changed.size() <= 2 * 3, qPrintable(QString::number(changed.size())));
}

void TestImportRetry::retriesExactlyWhatTheConnectorCallsTransient_data()
{
    QTest::addColumn<ConnectorResult>("failure");
    QTest::addColumn<bool>("retried");
    const auto failure
        = [](Kind kind) { return ConnectorResult::failure(kind, QStringLiteral("x")); };
    // Each kind as ConnectorResult::failure() classifies it by default…
    QTest::newRow("Unreachable") << failure(Kind::Unreachable) << true;
    QTest::newRow("RateLimited") << failure(Kind::RateLimited) << true;
    QTest::newRow("ServerBusy") << failure(Kind::ServerBusy) << true;
    QTest::newRow("ProtocolError") << failure(Kind::ProtocolError) << true;
    QTest::newRow("BadCredentials") << failure(Kind::BadCredentials) << false;
    QTest::newRow("MissingPermission") << failure(Kind::MissingPermission) << false;
    QTest::newRow("TlsError") << failure(Kind::TlsError) << false;
    QTest::newRow("InvalidSettings") << failure(Kind::InvalidSettings) << false;
    QTest::newRow("Unsupported") << failure(Kind::Unsupported) << false;
    // … and as a connector that knows better overrides it: the engine asks the result, not
    // the kind.
    QTest::newRow("ProtocolError needing the admin (missing column)")
        << failure(Kind::ProtocolError).needingAdmin() << false;
    QTest::newRow("ServerBusy needing the admin")
        << failure(Kind::ServerBusy).needingAdmin() << false;
    QTest::newRow("InvalidSettings called transient")
        << failure(Kind::InvalidSettings).transient() << true;
}

void TestImportRetry::retriesExactlyWhatTheConnectorCallsTransient()
{
    QFETCH(ConnectorResult, failure);
    QFETCH(bool, retried);
    QCOMPARE(failure.isTransient(), retried);
    m_script->results = {failure};
    auto engine = makeEngine();
    QSignalSpy retries(engine, &ImportEngine::retryScheduled);
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    engine->importNow(m_id);
    if (retried) {
        QVERIFY(waitForSuccess(*engine));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(m_script->fetchTimesMs.size(), 2);
        QCOMPARE(current()->state(), Integration::State::Connected);
        return;
    }
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QTest::qWait(3 * InitialDelayMs * 2); // longer than the first backoff step
    QCOMPARE(retries.size(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_script->fetchTimesMs.size(), 1);
    QCOMPARE(engine->progress(m_id).phase, ImportProgress::Phase::Failed);
    QCOMPARE(current()->state(), Integration::State::NeedsAdmin);
}

void TestImportRetry::cancelBetweenTwoJobsStillEndsTheRun()
{
    // A cancel that arrives while the run is between two connector jobs (committing a chunk,
    // say) is applied to the next job as soon as it exists. That job must still be able to
    // report its end: the run, and whoever waits for it, would otherwise wait forever.
    ConnectorRegistry registry;
    const auto script = m_script;
    registry.add(QStringLiteral("scripted"),
        [script] { return std::make_unique<ScriptedConnector>(script); });
    ImportRequest request;
    request.integrationId = m_id;
    request.connectorId = QStringLiteral("scripted");
    request.nowUtc = QDateTime::currentSecsSinceEpoch();
    request.backfillDays = 1;
    request.firstImport = true;
    ImportRun run(m_db->path(), registry, request);
    QSignalSpy finished(&run, &ImportRun::finished);
    run.cancel(); // before the first job
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(
        finished.first().first().value<ImportOutcome>().status, ImportOutcome::Status::Cancelled);
}

// Issue 11, defect 9: a run that failed recorded the rows of the chunk it rolled back as
// written.
void TestImportRetry::aFailedRunRecordsOnlyTheRowsItKept()
{
    m_script->rowsBeforeFailure = true;
    m_script->results = {
        ConnectorResult::failure(Kind::BadCredentials, QStringLiteral("The password is wrong."))};
    auto engine = makeEngine();
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    engine->importNow(m_id);
    QVERIFY(finished.wait(10000));
    QCOMPARE(current()->state(), Integration::State::NeedsAdmin);
    bool written = false;
    m_service->whenWritten([&written] { written = true; });
    QTRY_VERIFY(written);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT rows_written, outcome FROM import_runs")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("failed"));
    const qint64 kept = ImportCheck::summarize(m_db->connection(), m_id).rows;
    QCOMPARE(kept, 0); // the chunk was delivered whole, then rolled back with the failure
    QCOMPARE(query.value(0).toLongLong(), kept);
}

QTEST_GUILESS_MAIN(TestImportRetry)
#include "tst_importretry.moc"
