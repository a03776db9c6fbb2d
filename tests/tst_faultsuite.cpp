// Issue 11's fault suite: the real Five9 connector against the fake Five9 with every network
// fault on, and the import engine with the fake and a real database for the faults that
// stop an import half-way (network, disk full, a database locked by another writer). Each
// fault ends in its documented outcome (docs/reliability.md) with a clear message, no crash,
// and nothing half-written.
#include "credentials/credentialstore.h"
#include "fakefive9harness.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "storage/database.h"
#include "storage/importwriter.h"
#include "storage/integrationstore.h"
#include "support/importcheck.h"
#include "support/testcredentialstore.h"
#include "support/testsupport.h"

#include <QSqlQuery>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <atomic>

using namespace FakeFive9Harness;
using Kind = ConnectorResult::Kind;
using Fault = FakeFive9Server::Fault;

namespace {

enum class Job { Verify, Queues, Intervals, AgentStates };

// Disk full for the connections opened while it is set: SQLite's max_page_count, set to 1,
// is raised to the file's size at the time, so the file cannot grow. Every connection of
// this process goes through sqlite3_open (Qt's QSQLITE links the same libsqlite3), so an
// auto extension reaches the import's own connection without a hook in the program.
std::atomic<bool> g_diskFull = false;

int limitPages(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    if (g_diskFull)
        sqlite3_exec(db, "PRAGMA max_page_count = 1", nullptr, nullptr, nullptr);
    return SQLITE_OK;
}

qint64 peakResidentBytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

QString fixturePath(const char *name)
{
    return QStringLiteral(ACD_SOURCE_DIR "/tests/fakes/five9/tls/") + QLatin1String(name);
}

// A report's CSV mangled on the way: a quoted field that never ends.
QString mangled(const QString &csv)
{
    return csv + QStringLiteral("\"2026-03-02 10:00:00,Sales\r\n");
}

} // namespace

Q_DECLARE_METATYPE(Job)

class TestFaultSuite : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    // First: it measures the process's peak memory.
    void answerOver100MBIsRefusedWithoutBeingHeldWhole_data();
    void answerOver100MBIsRefusedWithoutBeingHeldWhole();
    void networkFaultEndsInItsOutcome_data();
    void networkFaultEndsInItsOutcome();
    void certificateFaultSendsNothing_data();
    void certificateFaultSendsNothing();
    void faultMidImportKeepsOnlyWholeChunks_data();
    void faultMidImportKeepsOnlyWholeChunks();
    void diskFullIsRetriedAndTheImportCompletes();
    void databaseLockedByAnotherWriterIsRetriedAndTheImportCompletes();

private:
    Run runJob(Job job);
    // The engine over a fresh database with one Five9 integration (its id in *id), its
    // password in the keychain and the clock at Now.
    ImportEngine *makeEngine(std::chrono::milliseconds retryDelay, QString *id);
    QString createIntegration();
    // The interval rows before `until` (all with 0): count and hash.
    ImportCheck::Summary rowsBefore(const QSqlDatabase &db, const QString &id, qint64 until) const;
    // Nothing half-written: every row lies before the checkpoint and they are exactly the
    // uninterrupted import's rows there; no run is left "running"; the file is intact.
    // A database fault may leave the failed run's record "running" (it could not be
    // written either): the next run marks it interrupted.
    void checkOnlyWholeChunks(const QString &id, bool runRecorded = true);
    void checkCompleteImport(const QString &id);
    // Imports once without faults into a database of its own, for the rows to compare with.
    bool measureUninterruptedImport();

    // A fixed "now": two chunks (Five9 fetches 14 days per step) of the fake's call log.
    static constexpr qint64 Now = 1'773'964'800; // 2026-03-20T00:00:00Z
    static constexpr int BackfillDays = 20;
    static constexpr qint64 SecondChunkFrom = Now - (BackfillDays - 14) * 86400;

    std::unique_ptr<FakeFive9Server> m_server;
    std::unique_ptr<Five9Connector> m_connector;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IntegrationService> m_service;
    TestCredentialStore m_credentials;
    ImportCheck::Summary m_uninterrupted; // every row of an import without faults
    ImportCheck::Summary m_uninterruptedFirstChunk;
};

void TestFaultSuite::initTestCase()
{
    qRegisterMetaType<ConnectorResult>();
    qRegisterMetaType<CredentialResult>();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(sqlite3_auto_extension(reinterpret_cast<void (*)()>(&limitPages)) == SQLITE_OK);
}

void TestFaultSuite::init()
{
    m_server = startFixtureServer();
    QVERIFY(m_server);
    m_connector = fastConnector();
}

void TestFaultSuite::cleanup()
{
    g_diskFull = false;
    m_credentials.removeLeftovers();
    m_service.reset();
    m_db.reset();
    m_dir.reset();
    m_connector.reset();
    m_server.reset();
}

Run TestFaultSuite::runJob(Job job)
{
    const ConnectionSettings s = settings(m_server->baseUrl());
    const TimeRange day = localDays(QDate(2026, 3, 2), 1);
    switch (job) {
    case Job::Verify:
        return run(m_connector->verify(s));
    case Job::Queues:
        return run(m_connector->discoverQueues(s));
    case Job::Intervals:
        return run(m_connector->fetchIntervals(s, day));
    case Job::AgentStates:
        return run(m_connector->fetchAgentStates(s, day));
    }
    return {};
}

void TestFaultSuite::answerOver100MBIsRefusedWithoutBeingHeldWhole_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("Content-Length of 150 MB") << int(Fault::OversizedDeclared);
    QTest::newRow("no length, never ending") << int(Fault::Endless);
}

void TestFaultSuite::answerOver100MBIsRefusedWithoutBeingHeldWhole()
{
    // A list of skills is read whole (a report result is streamed): one larger than the cap
    // is refused as it arrives, never held whole, and asking again would bring it again.
    QFETCH(int, fault);
    const qint64 cap = Five9RetryPolicy().maxAnswerBytes;
    QCOMPARE(fastPolicy().maxAnswerBytes, cap); // the program's own limit, 100 MiB
    m_server->injectFault(Fault(fault), -1, QStringLiteral("getSkills"));
    const qint64 peakBefore = peakResidentBytes();
    QElapsedTimer clock;
    clock.start();
    const Run r = runJob(Job::Queues);
    const qint64 growth = peakResidentBytes() - peakBefore;
    qInfo("%s: ended after %lld ms, %lld MiB sent, peak memory grew by %lld MiB",
        QTest::currentDataTag(), clock.elapsed(), m_server->endlessBytesSent() >> 20, growth >> 20);
    QVERIFY(r.finished);
    QCOMPARE(r.result.kind, Kind::ProtocolError);
    QCOMPARE(r.result.disposition, ConnectorResult::Disposition::NeedsAdmin);
    QVERIFY2(r.result.message.contains(QLatin1String("larger than 100 MB")),
        qPrintable(r.result.message));
    QVERIFY(r.queues.isEmpty());
    QCOMPARE(m_server->requestCount(QStringLiteral("getSkills")), 1);
    if (Fault(fault) == Fault::OversizedDeclared) {
        // Refused on its headers: nothing of the body waited for.
        QVERIFY2(growth < 32 * 1024 * 1024, qPrintable(QString::number(growth)));
    } else {
        // Stopped soon after the cap, not read on until the transfer timeout: the fake sends
        // 1 MiB each time its socket has taken the last, so what it counts as sent includes
        // the loopback's socket buffers and what Qt's HTTP thread read while this thread
        // was busy (16 to 21 MiB past the cap on a loaded machine, 56 MiB under ASan).
        QVERIFY(m_server->endlessBytesSent() >= cap);
        QVERIFY2(m_server->endlessBytesSent() < 2 * cap,
            qPrintable(QString::number(m_server->endlessBytesSent())));
#ifndef ACD_SANITIZED_BUILD
        // Bounded, not held whole: what the reply and Qt's HTTP thread had buffered before the
        // check ran comes on top of the cap. (The asan preset's build is not measured: its
        // allocator keeps freed blocks in a quarantine and pads every one.)
        QVERIFY2(growth < 3 * cap, qPrintable(QString::number(growth)));
#endif
    }
}

void TestFaultSuite::networkFaultEndsInItsOutcome_data()
{
    QTest::addColumn<int>("fault"); // a Fault; -1: nothing listens on the port
    QTest::addColumn<QString>("operation"); // the fault's operation, empty: any
    QTest::addColumn<int>("status"); // for Fault::HttpStatus
    QTest::addColumn<int>("retryAfter"); // seconds the fake asks for, 0: none
    QTest::addColumn<bool>("mangleCsv"); // every report's CSV mangled
    QTest::addColumn<Job>("job");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QString>("message"); // part of what the admin reads
    // Requests for the operation; -1: not counted; below -1: at least that many, at most
    // twice (Qt sends a request again once by itself when the connection closes before any
    // answer).
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("expectedRetryAfter");

    const int all = fastPolicy().maxAttempts;
    const QString any;
    const QString verify = QStringLiteral("getVCCConfiguration");
    const QString result = QStringLiteral("getReportResultCsv");
    const QString interrupted = QStringLiteral("The connection to Five9 was interrupted.");
    const QString notSoap = QStringLiteral("that is not valid SOAP");
    QTest::newRow("connection refused")
        << -1 << any << 0 << 0 << false << Job::Verify << Kind::Unreachable << true
        << QStringLiteral("Five9 is not reachable at 127.0.0.1. Check the region") << -1 << -1;
    QTest::newRow("connection reset before the answer")
        << int(Fault::Reset) << verify << 0 << 0 << false << Job::Verify << Kind::ServerBusy << true
        << interrupted << -all << -1;
    QTest::newRow("connection reset mid-body")
        << int(Fault::ResetMidBody) << verify << 0 << 0 << false << Job::Verify << Kind::ServerBusy
        << true << interrupted << all << -1;
    QTest::newRow("connection reset mid-body of a streamed report result")
        << int(Fault::ResetMidBody) << result << 0 << 0 << false << Job::Intervals
        << Kind::ServerBusy << true << interrupted << all << -1;
    QTest::newRow("HTTP 401") << int(Fault::HttpStatus) << verify << 401 << 0 << false
                              << Job::Verify << Kind::BadCredentials << false
                              << QStringLiteral("Five9 did not accept the user name or password.")
                              << 1 << -1;
    QTest::newRow("HTTP 403") << int(Fault::HttpStatus) << verify << 403 << 0 << false
                              << Job::Verify << Kind::MissingPermission << false
                              << QStringLiteral("Five9 refused access") << 1 << -1;
    QTest::newRow("HTTP 404") << int(Fault::HttpStatus) << verify << 404 << 0 << false
                              << Job::Verify << Kind::ProtocolError << true
                              << QStringLiteral("Five9 answered with HTTP 404.") << all << -1;
    QTest::newRow("HTTP 429 with Retry-After: 120")
        << int(Fault::TooManyRequests) << verify << 0 << 120 << false << Job::Verify
        << Kind::RateLimited << true << QStringLiteral("Five9 asks us to slow down") << 1 << 120;
    QTest::newRow("HTTP 500 with an HTML page")
        << int(Fault::Http500) << verify << 0 << 0 << false << Job::Verify << Kind::ServerBusy
        << true << QStringLiteral("Five9 is busy or has a problem (HTTP 500)") << all << -1;
    QTest::newRow("HTTP 503 with Retry-After: 30")
        << int(Fault::HttpStatus) << verify << 503 << 30 << false << Job::Verify << Kind::ServerBusy
        << true << QStringLiteral("Five9 is busy or has a problem (HTTP 503)") << 1 << 30;
    QTest::newRow("HTTP 503 without Retry-After")
        << int(Fault::HttpStatus) << verify << 503 << 0 << false << Job::Verify << Kind::ServerBusy
        << true << QStringLiteral("(HTTP 503)") << all << -1;
    QTest::newRow("SOAP fault: service unavailable")
        << int(Fault::ServiceUnavailable) << verify << 0 << 0 << false << Job::Verify
        << Kind::ServerBusy << true << QStringLiteral("Five9 is busy") << all << -1;
    QTest::newRow("malformed XML")
        << int(Fault::MalformedXml) << verify << 0 << 0 << false << Job::Verify
        << Kind::ProtocolError << true << notSoap << all << -1;
    QTest::newRow("truncated XML")
        << int(Fault::Truncated) << QStringLiteral("getSkills") << 0 << 0 << false << Job::Queues
        << Kind::ProtocolError << true << notSoap << all << -1;
    QTest::newRow("truncated report result (XML and CSV)")
        << int(Fault::Truncated) << result << 0 << 0 << false << Job::Intervals
        << Kind::ProtocolError << true << QStringLiteral("the answer ends too early") << all << -1;
    QTest::newRow("malformed CSV in a call log result")
        << -2 << result << 0 << 0 << true << Job::Intervals << Kind::ProtocolError << true
        << QStringLiteral("could not be read. The report's CSV ends inside a quoted field") << 1
        << -1;
    QTest::newRow("malformed CSV in an agent state result")
        << -2 << result << 0 << 0 << true << Job::AgentStates << Kind::ProtocolError << true
        << QStringLiteral("could not be read. The report's CSV ends inside a quoted field") << 1
        << -1;
    QTest::newRow("HTML maintenance page with 200 (wrong Content-Type)")
        << int(Fault::HtmlPage) << verify << 0 << 0 << false << Job::Verify << Kind::ProtocolError
        << true
        << QStringLiteral("Five9 answered getVCCConfiguration with a web page (text/html), not "
                          "SOAP: Five9 may be down for maintenance")
        << all << -1;
}

void TestFaultSuite::networkFaultEndsInItsOutcome()
{
    QFETCH(int, fault);
    QFETCH(QString, operation);
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(bool, mangleCsv);
    QFETCH(Job, job);
    QFETCH(Kind, kind);
    QFETCH(bool, transient);
    QFETCH(QString, message);
    QFETCH(int, attempts);
    QFETCH(int, expectedRetryAfter);

    if (fault == -1) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QUrl url = m_server->baseUrl();
        url.setPort(closed.serverPort());
        closed.close(); // nothing listens there any more
        const Run r = run(m_connector->verify(settings(url)));
        QVERIFY(r.finished);
        QCOMPARE(r.result.kind, kind);
        QCOMPARE(r.result.isTransient(), transient);
        QVERIFY2(r.result.message.contains(message), qPrintable(r.result.message));
        QVERIFY(m_server->requests().isEmpty());
        return;
    }
    if (mangleCsv)
        m_server->setReportSource(
            [server = m_server.get()](const QString &folder, const QString &report,
                const QDateTime &start, const QDateTime &end) {
                return mangled(server->builtInReport(folder, report, start, end));
            });
    else
        m_server->injectFault(Fault(fault), -1, operation);
    m_server->setFaultStatus(status);
    m_server->setRetryAfter(retryAfter);

    QElapsedTimer clock;
    clock.start();
    const Run r = runJob(job);
    QVERIFY2(r.finished, "the job did not end");
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(r.result.kind, kind);
    QCOMPARE(r.result.isTransient(), transient);
    QVERIFY2(r.result.message.contains(message), qPrintable(r.result.message));
    QCOMPARE(r.result.retryAfterSeconds, expectedRetryAfter);
    QVERIFY(!r.result.message.contains(QLatin1String(FakeFive9Fixtures::AdminPassword)));
    QVERIFY(r.intervals.isEmpty());
    QVERIFY(r.states.isEmpty());
    if (attempts >= 0)
        QCOMPARE(m_server->requestCount(operation), attempts);
    if (attempts < -1) {
        QCOMPARE_GE(m_server->requestCount(operation), -attempts);
        QCOMPARE_LE(m_server->requestCount(operation), -2 * attempts);
    }
    QVERIFY2(
        m_server->envelopeErrors().isEmpty(), qPrintable(m_server->envelopeErrors().join(u'\n')));
}

void TestFaultSuite::certificateFaultSendsNothing_data()
{
    QTest::addColumn<QString>("certificate"); // what the fake serves; empty: its own
    QTest::addColumn<bool>("trusted"); // the client trusts what the fake serves
    QTest::addColumn<int>("reason"); // a QSslError::SslError: the one thing wrong with it
    QTest::newRow("certificate for another host")
        << fixturePath("wrong-host-cert.pem") << true << int(QSslError::HostNameMismatch);
    QTest::newRow("expired certificate")
        << fixturePath("expired-cert.pem") << true << int(QSslError::CertificateExpired);
    QTest::newRow("self-signed, not trusted")
        << QString() << false << int(QSslError::SelfSignedCertificate);
}

void TestFaultSuite::certificateFaultSendsNothing()
{
    // Verification stays on: the handshake fails before a byte of the request (with the
    // password in its Authorization header) is sent, and the fault needs the admin.
    QFETCH(QString, certificate);
    QFETCH(bool, trusted);
    QFETCH(int, reason);
    QList<QSslCertificate> served = FakeFive9Server::certificates();
    if (!certificate.isEmpty()) {
        served = QSslCertificate::fromPath(certificate);
        QCOMPARE(served.size(), 1);
        m_server->setCertificate(served.first());
    }
    const Run r = run(m_connector->verify(settings(m_server->baseUrl(), QStringLiteral("skill"),
        QLatin1String(FakeFive9Fixtures::AdminUser),
        QLatin1String(FakeFive9Fixtures::AdminPassword),
        trusted ? served : QList<QSslCertificate>())));
    QVERIFY(r.finished);
    QCOMPARE(r.result.kind, Kind::TlsError);
    QCOMPARE(r.result.disposition, ConnectorResult::Disposition::NeedsAdmin);
    QVERIFY2(r.result.message.contains(QLatin1String("The secure connection to Five9 failed")),
        qPrintable(r.result.message));
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_server->bytesReceived(), 0);

    // The certificate is wrong in this one way only: a handshake of our own lists it alone.
    QSslSocket probe;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (trusted)
        tls.addCaCertificates(served);
    probe.setSslConfiguration(tls);
    QList<int> errors;
    connect(&probe, &QSslSocket::sslErrors, this, [&errors](const QList<QSslError> &list) {
        for (const QSslError &error : list)
            errors << int(error.error());
    });
    probe.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->baseUrl().port());
    QTRY_VERIFY(!errors.isEmpty() || probe.isEncrypted());
    // An expired anchor is no anchor: OpenSSL then also calls it self-signed and untrusted.
    QVERIFY2(errors.contains(reason), qPrintable(QString::number(errors.size())));
    QCOMPARE(errors.size(), QSslError::SslError(reason) == QSslError::CertificateExpired ? 2 : 1);
}

QString TestFaultSuite::createIntegration()
{
    const QString password = QLatin1String(FakeFive9Fixtures::AdminPassword);
    Integration integration;
    integration.name = QStringLiteral("Five9 EU");
    integration.type = QStringLiteral("five9");
    integration.settings = settings(m_server->baseUrl()).values;
    integration.settings.insert(QLatin1String(ImportEngine::BackfillDaysKey), BackfillDays);
    if (!IntegrationStore(m_db->connection()).create(integration).ok())
        return {};
    return m_credentials.writePassword(integration.id, password) ? integration.id : QString();
}

ImportEngine *TestFaultSuite::makeEngine(std::chrono::milliseconds retryDelay, QString *id)
{
    m_service.reset();
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("acd.sqlite")));
    if (!m_db->open().ok())
        return nullptr;
    *id = createIntegration();
    if (id->isEmpty())
        return nullptr;
    // Five9's 16 reports a minute would make these imports wait for the next minute; the
    // connector takes the domain's limits from its counters.
    for (const char *type : {FakeFive9Limits::ReportRequest, FakeFive9Limits::RetrieveReport})
        m_server->limits().setLimit(QLatin1String(type), FakeFive9Limits::Minute, 1000);
    ConnectorRegistry registry;
    registry.add(QStringLiteral("five9"), [] { return fastConnector(); });
    m_service = std::make_unique<IntegrationService>(m_db->path(), registry, &m_credentials);
    ImportEngine *engine = m_service->engine();
    engine->setTestEndpoint(
        TestEndpoint::create(m_server->baseUrl(), FakeFive9Server::certificates()));
    engine->setClock([] { return Now; });
    RetryPolicy retry;
    retry.initialDelay = retryDelay;
    retry.jitter = 0;
    engine->setRetryPolicy(retry);
    return engine;
}

ImportCheck::Summary TestFaultSuite::rowsBefore(
    const QSqlDatabase &db, const QString &id, qint64 until) const
{
    ImportCheck::Summary summary;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT q.external_id, s.interval_start, s.offered, s.handled, s.abandoned,"
        " s.handle_seconds, s.acw_seconds, s.answered_in_sl FROM interval_stats s"
        " JOIN queues q ON q.id = s.queue_id WHERE q.integration_id = ?"
        " AND (? = 0 OR s.interval_start < ?) ORDER BY q.external_id, s.interval_start"));
    query.addBindValue(id);
    query.addBindValue(until);
    query.addBindValue(until);
    query.exec();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next()) {
        ++summary.rows;
        summary.offered += query.value(2).toLongLong();
        for (int i = 0; i < 8; ++i)
            hash.addData(query.value(i).toString().toUtf8() + ',');
    }
    summary.hash = hash.result().toHex();
    return summary;
}

void TestFaultSuite::checkOnlyWholeChunks(const QString &id, bool runRecorded)
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM import_runs WHERE outcome = 'running'"))
        && query.next());
    QCOMPARE(query.value(0).toLongLong(), runRecorded ? 0 : query.value(0).toLongLong());
    QCOMPARE(ImportCheck::integrityCheck(m_db->connection()), QStringLiteral("ok"));
    qint64 checkpoint = 0;
    query.prepare(QStringLiteral(
        "SELECT covered_until FROM import_checkpoints WHERE integration_id = ? AND kind = ?"));
    query.addBindValue(id);
    query.addBindValue(QLatin1String(ImportWriter::IntervalKind));
    if (query.exec() && query.next())
        checkpoint = query.value(0).toLongLong();
    const ImportCheck::Summary all = rowsBefore(m_db->connection(), id, 0);
    if (checkpoint == 0) {
        QCOMPARE(all.rows, 0);
        return;
    }
    // The first chunk (14 days) is whole, the second left nothing behind.
    QCOMPARE(checkpoint, SecondChunkFrom);
    QCOMPARE(all.rows, m_uninterruptedFirstChunk.rows);
    QCOMPARE(all.offered, m_uninterruptedFirstChunk.offered);
    QCOMPARE(all.hash, m_uninterruptedFirstChunk.hash);
}

bool TestFaultSuite::measureUninterruptedImport()
{
    if (m_uninterrupted.rows > 0)
        return true;
    QString id;
    ImportEngine *engine = makeEngine(std::chrono::hours(1), &id);
    if (!engine)
        return false;
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    engine->importNow(id);
    if (!finished.wait(30000) || !finished.first().at(1).toBool()) {
        return false;
    }
    m_uninterrupted = rowsBefore(m_db->connection(), id, 0);
    m_uninterruptedFirstChunk = rowsBefore(m_db->connection(), id, SecondChunkFrom);
    qInfo("uninterrupted import: %lld rows, %lld before the second chunk", m_uninterrupted.rows,
        m_uninterruptedFirstChunk.rows);
    // Both chunks bring rows, so a lost or a half-written one shows.
    return m_uninterruptedFirstChunk.rows > 0
        && m_uninterrupted.rows > m_uninterruptedFirstChunk.rows;
}

void TestFaultSuite::checkCompleteImport(const QString &id)
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM import_runs WHERE outcome = 'running'"))
        && query.next());
    QCOMPARE(query.value(0).toLongLong(), 0);
    const ImportCheck::Summary all = rowsBefore(m_db->connection(), id, 0);
    QCOMPARE(all.rows, m_uninterrupted.rows);
    QCOMPARE(all.offered, m_uninterrupted.offered);
    QCOMPARE(all.hash, m_uninterrupted.hash);
    QCOMPARE(m_service->find(id)->state(), Integration::State::Connected);
}

void TestFaultSuite::faultMidImportKeepsOnlyWholeChunks_data()
{
    QTest::addColumn<int>("fault"); // on the second chunk's call log reports
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("state"); // an Integration::State
    QTest::addColumn<QString>("message");
    QTest::newRow("connection reset mid-body")
        << int(Fault::ResetMidBody) << 0 << int(Integration::State::Retrying)
        << QStringLiteral("The connection to Five9 was interrupted.");
    QTest::newRow("HTTP 503") << int(Fault::HttpStatus) << 503 << int(Integration::State::Retrying)
                              << QStringLiteral("(HTTP 503)");
    QTest::newRow("HTML maintenance page")
        << int(Fault::HtmlPage) << 0 << int(Integration::State::Retrying)
        << QStringLiteral("with a web page (text/html)");
    QTest::newRow("HTTP 401: password changed in Five9")
        << int(Fault::HttpStatus) << 401 << int(Integration::State::NeedsAdmin)
        << QStringLiteral("did not accept the user name or password");
    QTest::newRow("HTTP 403") << int(Fault::HttpStatus) << 403
                              << int(Integration::State::NeedsAdmin)
                              << QStringLiteral("refused access");
}

void TestFaultSuite::faultMidImportKeepsOnlyWholeChunks()
{
    // The first of two chunks imports, the second meets the fault: what the first brought
    // is kept whole with its checkpoint, nothing of the second is, and the state says why.
    // With the fault gone the next import resumes to exactly the uninterrupted result.
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(int, state);
    QFETCH(QString, message);
    QVERIFY(measureUninterruptedImport());

    const auto inSecondChunk = [](const QMap<QString, QString> &args) {
        const QDateTime start = QDateTime::fromString(
            args.value(QStringLiteral("criteria/time/start")), Qt::ISODateWithMs);
        return args.value(QStringLiteral("reportName")) == u"Call Log"
            && start.toSecsSinceEpoch() >= SecondChunkFrom;
    };
    auto faultOn = std::make_shared<bool>(true);
    m_server->setFaultStatus(status);
    m_server->setFaultRule([fault, faultOn, inSecondChunk](const QString &operation,
                               const QMap<QString, QString> &args) -> std::optional<Fault> {
        if (*faultOn && operation == u"runReport" && inSecondChunk(args))
            return Fault(fault);
        return std::nullopt;
    });

    QString id;
    ImportEngine *engine = makeEngine(std::chrono::hours(1), &id); // no retry while we look
    QVERIFY(engine);
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    engine->importNow(id);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(1).toBool(), false);

    const std::optional<Integration> after = m_service->find(id);
    QCOMPARE(int(after->state()), state);
    QVERIFY2(after->lastError.contains(message), qPrintable(after->lastError));
    QVERIFY(!after->lastError.contains(QLatin1String(FakeFive9Fixtures::AdminPassword)));
    checkOnlyWholeChunks(id);
    QCOMPARE(rowsBefore(m_db->connection(), id, 0).rows, m_uninterruptedFirstChunk.rows);
    if (Integration::State(state) == Integration::State::NeedsAdmin) {
        // Nothing planned: no retry, and Import now waits for the admin's fix.
        QVERIFY(!after->nextImportAt.isValid());
        engine->importNow(id);
        QVERIFY(!engine->isRunning(id));
        return;
    }

    *faultOn = false;
    engine->importNow(id);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(1).toBool(), true);
    checkCompleteImport(id);
}

void TestFaultSuite::diskFullIsRetriedAndTheImportCompletes()
{
    // The import's own connection cannot grow the file: its chunk is rolled back whole, the
    // state says the disk is full and a retry is planned; with space again the retry
    // imports everything. The window's connection, opened before, keeps working.
    QVERIFY(measureUninterruptedImport());
    QString id;
    ImportEngine *engine = makeEngine(std::chrono::milliseconds(300), &id);
    QVERIFY(engine);
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    QSignalSpy retries(engine, &ImportEngine::retryScheduled);
    g_diskFull = true;
    engine->importNow(id);
    QVERIFY(finished.wait(30000));
    g_diskFull = false; // space again, for the retry's new connection
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(retries.size(), 1);
    QVERIFY2(retries.first().at(2).toString().contains(QLatin1String("database or disk is full")),
        qPrintable(retries.first().at(2).toString()));
    QCOMPARE(m_service->find(id)->state(), Integration::State::Retrying);
    checkOnlyWholeChunks(id, false);
    QCOMPARE(rowsBefore(m_db->connection(), id, 0).rows, 0);

    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 30000);
    QCOMPARE(finished.last().at(1).toBool(), true);
    checkCompleteImport(id);
}

void TestFaultSuite::databaseLockedByAnotherWriterIsRetriedAndTheImportCompletes()
{
    // Another program holds the write lock (a transaction left open) for longer than the
    // import waits (10 s): the import fails as transient with SQLite's "database is locked",
    // nothing of it is written, and the retry after the lock is gone imports everything.
    QVERIFY(measureUninterruptedImport());
    QString id;
    ImportEngine *engine = makeEngine(std::chrono::milliseconds(300), &id);
    QVERIFY(engine);
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(m_db->path().toUtf8().constData(), &other), SQLITE_OK);
    const auto closeOther = qScopeGuard([other] { sqlite3_close(other); });
    QSignalSpy finished(engine, &ImportEngine::importFinished);
    QSignalSpy retries(engine, &ImportEngine::retryScheduled);
    bool locked = false;
    bool lockTaken = false;
    // Taken once the first import has recorded its start and asks Five9 for the queues.
    m_server->setFaultRule([&](const QString &operation, const QMap<QString, QString> &) {
        if (operation == u"getSkills" && !lockTaken)
            lockTaken = locked
                = sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        return std::optional<Fault>();
    });
    const auto noRule = qScopeGuard([this] { m_server->setFaultRule({}); });
    QObject context;
    connect(engine, &ImportEngine::importFinished, &context, [&] {
        if (locked)
            sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        locked = false;
    });
    engine->importNow(id);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(retries.size(), 1);
    QVERIFY2(retries.first().at(2).toString().contains(QLatin1String("database is locked")),
        qPrintable(retries.first().at(2).toString()));
    QCOMPARE(m_service->find(id)->state(), Integration::State::Retrying);
    checkOnlyWholeChunks(id, false); // before the retry: its timer needs the event loop
    QCOMPARE(rowsBefore(m_db->connection(), id, 0).rows, 0);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 30000);
    QCOMPARE(finished.last().at(1).toBool(), true);
    checkCompleteImport(id);
}

QTEST_MAIN(TestFaultSuite)
#include "tst_faultsuite.moc"
