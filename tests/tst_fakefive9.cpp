// The fake Five9 itself, against Five9's documents: the stock Call Log and its customised
// copy, missing reports, the 50,000-record cap, the domain limits, and reports that take time.
#include "fakefive9client.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace FakeFive9Client;
using Layout = FakeFive9CallLog::Layout;

namespace {

// A CSV reader of its own (RFC 4180: quotes, doubled quotes, line breaks in quotes).
QList<QStringList> readCsv(const QString &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"')
                field += csv.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << std::exchange(field, {});
        } else if (c == u'\n') {
            row << std::exchange(field, {});
            rows << std::exchange(row, {});
        } else if (c != u'\r') {
            field += c;
        }
    }
    return rows;
}

const QStringList StockColumns
    = {QStringLiteral("CALL ID"), QStringLiteral("TIMESTAMP"), QStringLiteral("CAMPAIGN"),
        QStringLiteral("CALL TYPE"), QStringLiteral("AGENT"), QStringLiteral("AGENT NAME"),
        QStringLiteral("DISPOSITION"), QStringLiteral("ANI"), QStringLiteral("CUSTOMER NAME"),
        QStringLiteral("DNIS"), QStringLiteral("CALL TIME"), QStringLiteral("BILL TIME (ROUNDED)"),
        QStringLiteral("COST"), QStringLiteral("IVR TIME"), QStringLiteral("QUEUE WAIT TIME"),
        QStringLiteral("RING TIME"), QStringLiteral("TALK TIME"), QStringLiteral("HOLD TIME"),
        QStringLiteral("PARK TIME"), QStringLiteral("AFTER CALL WORK TIME"),
        QStringLiteral("TRANSFERS"), QStringLiteral("CONFERENCES"), QStringLiteral("HOLDS"),
        QStringLiteral("ABANDONED"), QStringLiteral("RECORDINGS")};

const QDate Day(2026, 3, 2);
const QTimeZone PlusOne(3600); // what the day's criteria say: 2026-03-02T00:00:00+01:00

} // namespace

class TestFakeFive9 : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void callLogHasFive9sColumnsAndValues_data();
    void callLogHasFive9sColumnsAndValues();
    void callLogIsSeededAndCallsPerDayAreSet();
    void timestampsAreInTheDomainsTimeZone();
    void unknownFolderOrReportGetsReportNotFound_data();
    void unknownFolderOrReportGetsReportNotFound();
    void resultHoldsAtMostFiftyThousandRecords();
    void runReportIsLimitedPerMinuteAndHour();
    void resultDownloadsAreLimitedPerMinute();
    void dailyLimitsSlideOverTwentyFourHours();
    void reportTakesItsTimeAndIsReportRunningWaitsForIt();
    void isReportRunningAnswersAtItsTimeout();
    void severalReportsRunAtOnceWithoutBlockingTheServer();

private:
    Answer call(const QByteArray &operationElement)
    {
        return post(*m_network, *m_server, envelope(operationElement));
    }
    QString startReport(const QByteArray &folder, const QByteArray &report,
        const QByteArray &start = "2026-03-02T00:00:00.000+01:00",
        const QByteArray &end = "2026-03-03T00:00:00.000+01:00")
    {
        const Answer started = call(runReport(folder, report, start, end));
        return started.status == 200 ? started.text(u"return") : QString();
    }
    // runReport, isReportRunning until false, getReportResultCsv: the CSV, or "" on a fault.
    QString fetch(const QByteArray &folder, const QByteArray &report,
        const QByteArray &start = "2026-03-02T00:00:00.000+01:00",
        const QByteArray &end = "2026-03-03T00:00:00.000+01:00")
    {
        const QString id = startReport(folder, report, start, end);
        while (call(withIdentifier("isReportRunning", id, "<timeout>5</timeout>")).text(u"return")
            == u"true") { }
        const Answer result = call(withIdentifier("getReportResultCsv", id));
        return result.status == 200 ? result.text(u"return") : QString();
    }

    std::unique_ptr<FakeFive9Server> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestFakeFive9::init()
{
    m_server = std::make_unique<FakeFive9Server>();
    FakeFive9Fixtures::installDomain(*m_server);
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestFakeFive9::cleanup()
{
    m_network.reset();
    m_server.reset();
}

void TestFakeFive9::callLogHasFive9sColumnsAndValues_data()
{
    QTest::addColumn<QByteArray>("folder");
    QTest::addColumn<QByteArray>("report");
    QTest::addColumn<QStringList>("columns");
    QStringList withSkill = StockColumns;
    withSkill.insert(3, QStringLiteral("SKILL"));
    QTest::newRow("stock") << QByteArray("Call Log Reports") << QByteArray("Call Log")
                           << StockColumns;
    QTest::newRow("with skill") << QByteArray("Shared Reports")
                                << QByteArray("Call Log with Skills") << withSkill;
}

void TestFakeFive9::callLogHasFive9sColumnsAndValues()
{
    QFETCH(QByteArray, folder);
    QFETCH(QByteArray, report);
    QFETCH(QStringList, columns);
    m_server->setCallsPerDay(600);
    const QString csv = fetch(folder, report);
    // (Lines end in CRLF; XML parsing turns the CR into LF, as it does for Five9's answers.)
    QVERIFY(csv.startsWith(columns.join(u',') + u'\n'));
    QVERIFY(csv.contains(QLatin1String(",\"Mon, 02 Mar 2026 "))); // TIMESTAMP has a comma
    const QList<QStringList> rows = readCsv(csv);
    QCOMPARE(rows.first(), columns);
    QCOMPARE(rows.size(), 1 + 600);
    const auto at = [&columns](const QStringList &row, const char *column) {
        return row.at(columns.indexOf(QLatin1String(column)));
    };

    static const QRegularExpression stamp(
        QStringLiteral("^Mon, 02 Mar 2026 ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"));
    static const QRegularExpression hms(QStringLiteral("^[0-9]{2}:[0-5][0-9]:[0-5][0-9]$"));
    QMap<QString, int> seen; // "column=value" → rows
    QStringList campaigns = {QStringLiteral("Inbound Sales"), QStringLiteral("Inbound Support"),
        QStringLiteral("Outbound Renewals"), QStringLiteral("[Deleted]")};
    QString previous;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), columns.size());
        QVERIFY2(stamp.match(at(row, "TIMESTAMP")).hasMatch(), qPrintable(at(row, "TIMESTAMP")));
        QVERIFY(at(row, "TIMESTAMP") >= previous); // in time order
        previous = at(row, "TIMESTAMP");
        for (const char *column : {"CALL TIME", "BILL TIME (ROUNDED)", "IVR TIME",
                 "QUEUE WAIT TIME", "TALK TIME", "HOLD TIME", "PARK TIME", "AFTER CALL WORK TIME"})
            QVERIFY2(hms.match(at(row, column)).hasMatch(), column);
        QVERIFY(at(row, "RING TIME").isEmpty() || hms.match(at(row, "RING TIME")).hasMatch());
        QVERIFY(campaigns.contains(at(row, "CAMPAIGN")));
        QVERIFY(QStringList({QStringLiteral("0"), QStringLiteral("1"), QString()})
                    .contains(at(row, "ABANDONED")));
        if (at(row, "ABANDONED") == u"1")
            QCOMPARE(at(row, "AGENT"), QStringLiteral("[None]"));
        if (at(row, "AGENT") == u"[None]")
            QCOMPARE(at(row, "AGENT NAME"), QString());
        if (columns.contains(u"SKILL") && !at(row, "SKILL").isEmpty())
            QVERIFY(QStringList({QStringLiteral("Sales EN"), QStringLiteral("Sales IT"),
                                    QStringLiteral("Support, Tier 1"), QStringLiteral("Billing")})
                        .contains(at(row, "SKILL")));
        ++seen[QStringLiteral("CALL TYPE=") + at(row, "CALL TYPE")];
        ++seen[QStringLiteral("AGENT=") + at(row, "AGENT")];
        ++seen[QStringLiteral("ABANDONED=") + at(row, "ABANDONED")];
        ++seen[QStringLiteral("CAMPAIGN=") + at(row, "CAMPAIGN")];
        ++seen[QStringLiteral("RING TIME empty=")
            + (at(row, "RING TIME").isEmpty() ? QStringLiteral("yes") : QString())];
        ++seen[QStringLiteral("TRANSFERS=") + at(row, "TRANSFERS")];
        ++seen[QStringLiteral("CUSTOMER NAME has a comma=")
            + (at(row, "CUSTOMER NAME").contains(u',') ? QStringLiteral("yes") : QString())];
    }
    for (const char *expected : {"CALL TYPE=Inbound", "CALL TYPE=Outbound",
             "CALL TYPE=Inbound Voicemail", "CALL TYPE=Queue Callback", "AGENT=[None]",
             "AGENT=maria.rossi", "ABANDONED=1", "ABANDONED=0", "ABANDONED=", "CAMPAIGN=[Deleted]",
             "RING TIME empty=yes", "TRANSFERS=", "TRANSFERS=0", "CUSTOMER NAME has a comma=yes"})
        QVERIFY2(seen.value(QLatin1String(expected)) > 0, expected);

    // What a test computes from is exactly what the fake served.
    const Layout layout = columns.contains(u"SKILL") ? Layout::WithSkill : Layout::Stock;
    QCOMPARE(m_server->callLog().dayRows(Day, layout, PlusOne), rows.mid(1));
}

void TestFakeFive9::callLogIsSeededAndCallsPerDayAreSet()
{
    FakeFive9CallLog log;
    log.setCallsPerDay(50);
    log.setCallsOnDay(Day.addDays(1), 7);
    const QList<QStringList> first = log.dayRows(Day, Layout::Stock, PlusOne);
    QCOMPARE(first.size(), 50);
    QCOMPARE(log.dayRows(Day, Layout::Stock, PlusOne), first);
    QCOMPARE(log.dayRows(Day.addDays(1), Layout::Stock, PlusOne).size(), 7);
    QCOMPARE(log.dayRows(Day.addDays(2), Layout::Stock, PlusOne).size(), 50);
    QVERIFY(log.dayRows(Day.addDays(2), Layout::Stock, PlusOne) != first);
    log.setSeed(log.seed() + 1);
    QVERIFY(log.dayRows(Day, Layout::Stock, PlusOne) != first);

    // Calls spread over the day, most of them in business hours.
    QSet<int> hours;
    for (const QStringList &row : log.dayRows(Day, Layout::Stock, PlusOne))
        hours.insert(row.at(1).mid(17, 2).toInt());
    QVERIFY2(hours.size() >= 8, qPrintable(QString::number(hours.size())));

    // callsBetween() counts the calls csv() gives for the same range, without making them.
    const QDateTime from(Day, QTime(9, 30), PlusOne);
    const QDateTime to(Day.addDays(2), QTime(13, 15), PlusOne);
    const qsizetype rows
        = log.csv(Layout::Stock, from, to, PlusOne).count(QLatin1String("\r\n")) - 1;
    QVERIFY(rows > 7 && rows < 50 + 7 + 50);
    QCOMPARE(log.callsBetween(from.toSecsSinceEpoch(), to.toSecsSinceEpoch(), PlusOne), rows);
}

void TestFakeFive9::timestampsAreInTheDomainsTimeZone()
{
    m_server->setCallsPerDay(200);
    // A summer day asked for in Rome's summer offset: the rows are of that local day.
    const QList<QStringList> summer = readCsv(fetch("Call Log Reports", "Call Log",
        "2026-07-01T00:00:00.000+02:00", "2026-07-02T00:00:00.000+02:00"));
    QCOMPARE(summer.size(), 1 + 200);
    for (const QStringList &row : summer.mid(1))
        QVERIFY2(row.at(1).startsWith(u"Wed, 01 Jul 2026 "), qPrintable(row.at(1)));
    // A domain in UTC reports the same instants in UTC: the first two hours are 30 June's.
    m_server->setDomainTimeZone(QTimeZone::utc());
    const QList<QStringList> utc = readCsv(fetch("Call Log Reports", "Call Log",
        "2026-07-01T00:00:00.000+02:00", "2026-07-02T00:00:00.000+02:00"));
    QVERIFY(utc.size() > 1);
    int june = 0;
    for (const QStringList &row : utc.mid(1)) {
        QVERIFY2(row.at(1) >= u"Tue, 30 Jun 2026 22:00:00" || row.at(1).startsWith(u"Wed, 01 Jul"),
            qPrintable(row.at(1)));
        QVERIFY2(row.at(1) < u"Wed, 01 Jul 2026 22:00:00" || row.at(1).startsWith(u"Tue"),
            qPrintable(row.at(1)));
        june += row.at(1).startsWith(u"Tue, 30 Jun") ? 1 : 0;
    }
    QVERIFY(june > 0);
}

void TestFakeFive9::unknownFolderOrReportGetsReportNotFound_data()
{
    QTest::addColumn<QByteArray>("folder");
    QTest::addColumn<QByteArray>("report");
    QTest::addColumn<bool>("found");
    QTest::newRow("stock Call Log")
        << QByteArray("Call Log Reports") << QByteArray("Call Log") << true;
    QTest::newRow("the skill report")
        << QByteArray("Shared Reports") << QByteArray("Call Log with Skills") << true;
    QTest::newRow("agent states") << QByteArray("Agent Reports")
                                  << QByteArray("Agent State Details") << true;
    QTest::newRow("unknown folder") << QByteArray("My Reports") << QByteArray("Call Log") << false;
    QTest::newRow("unknown report")
        << QByteArray("Call Log Reports") << QByteArray("Call Log 2") << false;
    QTest::newRow("skill report in the stock folder")
        << QByteArray("Call Log Reports") << QByteArray("Call Log with Skills") << false;
    QTest::newRow("names are case-sensitive")
        << QByteArray("call log reports") << QByteArray("Call Log") << false;
}

void TestFakeFive9::unknownFolderOrReportGetsReportNotFound()
{
    QFETCH(QByteArray, folder);
    QFETCH(QByteArray, report);
    QFETCH(bool, found);
    const Answer answer = call(runReport(folder, report));
    QCOMPARE(answer.status, found ? 200 : 500);
    QCOMPARE(m_server->requestCount(QStringLiteral("runReport")), 1);
    if (found) {
        QVERIFY(answer.text(u"return").startsWith(u"fake-report-"));
        return;
    }
    QCOMPARE(answer.faultElement(), QStringLiteral("ReportNotFoundFault"));
    QCOMPARE(answer.text(u"folder"), QString::fromUtf8(folder));
    QCOMPARE(answer.text(u"reportName"), QString::fromUtf8(report));
    const QString message = answer.text(u"faultstring");
    QVERIFY2(
        message.contains(QString::fromUtf8(folder)) && message.contains(QString::fromUtf8(report)),
        qPrintable(message));
}

void TestFakeFive9::resultHoldsAtMostFiftyThousandRecords()
{
    m_server->setCallsOnDay(Day, 120000);
    QElapsedTimer clock;
    clock.start();
    const QString csv = fetch("Shared Reports", "Call Log with Skills");
    const QList<QStringList> rows = readCsv(csv);
    QCOMPARE(rows.size(), 1 + 50000);
    // The first 50,000 of the day's calls, and nothing says the rest are missing.
    const QList<QStringList> day = m_server->callLog().dayRows(Day, Layout::WithSkill, PlusOne);
    QCOMPARE(day.size(), 120000);
    QCOMPARE(rows.mid(1), day.mid(0, 50000));
    QVERIFY(csv.endsWith(u'\n'));
    // A hand count over the served rows: the last call served is before 15:00.
    QVERIFY(rows.last().at(1) < QStringLiteral("Mon, 02 Mar 2026 15:00:00"));
    qInfo("120,000 calls: fetched in %lld ms", clock.elapsed());

    m_server->setResultCap(10);
    QCOMPARE(readCsv(fetch("Call Log Reports", "Call Log", "2026-03-03T00:00:00.000+01:00",
                         "2026-03-04T00:00:00.000+01:00"))
                 .size(),
        1 + 10);
}

void TestFakeFive9::runReportIsLimitedPerMinuteAndHour()
{
    m_server->setLimitsEnforced(true);
    for (int i = 0; i < 16; ++i)
        QCOMPARE(call(runReport("Call Log Reports", "Call Log")).status, 200);
    Answer refused = call(runReport("Call Log Reports", "Call Log"));
    QCOMPARE(refused.status, 500);
    QCOMPARE(refused.faultElement(), QStringLiteral("OperationsLimitExceededFault"));
    QCOMPARE(refused.text(u"limit"), QStringLiteral("16"));
    QCOMPARE(refused.text(u"operationType"), QStringLiteral("ReportRequest"));
    // Other operations are not held back.
    QCOMPARE(call(operation("getSkills", {})).status, 200);

    // A minute later there is room again, up to 120 in the hour.
    m_server->advanceClock(60000);
    int accepted = 16;
    while (accepted < 120) {
        QCOMPARE(call(runReport("Call Log Reports", "Call Log")).status, 200);
        ++accepted;
        m_server->advanceClock(4000); // 15 a minute
    }
    refused = call(runReport("Call Log Reports", "Call Log"));
    QCOMPARE(refused.faultElement(), QStringLiteral("OperationsLimitExceededFault"));
    QCOMPARE(refused.text(u"limit"), QStringLiteral("120"));
    QCOMPARE(m_server->requestCount(QStringLiteral("runReport")), 122);
    QCOMPARE(m_server->limitFaultsSent(), 2);
}

void TestFakeFive9::resultDownloadsAreLimitedPerMinute()
{
    m_server->setLimitsEnforced(true);
    const QString id = startReport("Call Log Reports", "Call Log");
    QTRY_VERIFY(call(withIdentifier("isReportRunning", id, "<timeout>1</timeout>")).text(u"return")
        == u"false");
    for (int i = 0; i < 20; ++i)
        QCOMPARE(call(withIdentifier("getReportResultCsv", id)).status, 200);
    const Answer refused = call(withIdentifier("getReportResultCsv", id));
    QCOMPARE(refused.faultElement(), QStringLiteral("OperationsLimitExceededFault"));
    QCOMPARE(refused.text(u"limit"), QStringLiteral("20"));
    QCOMPARE(refused.text(u"operationType"), QStringLiteral("RetrieveReport"));
    m_server->limits().setLimit(QLatin1String(FakeFive9Limits::RetrieveReport), 60, 25);
    QCOMPARE(call(withIdentifier("getReportResultCsv", id)).status, 200);
    QCOMPARE(m_server->limitFaultsSent(), 1);
}

void TestFakeFive9::dailyLimitsSlideOverTwentyFourHours()
{
    FakeFive9Limits limits;
    for (const auto &[type, perDay, stepMs] :
        {std::tuple {FakeFive9Limits::ReportRequest, 800, 100000},
            std::tuple {FakeFive9Limits::RetrieveReport, 1000, 80000}}) {
        qint64 now = 0;
        for (int i = 0; i < perDay; ++i, now += stepMs)
            QVERIFY2(!limits.take(QLatin1String(type), now), qPrintable(QString::number(i)));
        const auto refusal = limits.take(QLatin1String(type), now);
        QVERIFY(refusal);
        QCOMPARE(refusal->limit, qint64(perDay));
        QCOMPARE(refusal->windowSeconds, FakeFive9Limits::Day);
        QCOMPARE(limits.count(QLatin1String(type), FakeFive9Limits::Day, now), qint64(perDay));
        // Windows slide: once the first request is a day old, one more fits.
        QVERIFY(!limits.take(QLatin1String(type), 86400 * 1000 + 1));
    }
}

void TestFakeFive9::reportTakesItsTimeAndIsReportRunningWaitsForIt()
{
    m_server->setReportSeconds(1.0);
    QElapsedTimer clock;
    clock.start();
    const QString id = startReport("Call Log Reports", "Call Log");
    QCOMPARE(call(withIdentifier("getReportResultCsv", id)).faultElement(),
        QStringLiteral("ResultIsNotReadyFault"));
    const Answer now = call(withIdentifier("isReportRunning", id, "<timeout>0</timeout>"));
    QCOMPARE(now.text(u"return"), QStringLiteral("true"));
    QVERIFY2(now.elapsedMs < 500, qPrintable(QString::number(now.elapsedMs)));
    // Waits on the server until the report is done, well before its timeout.
    const Answer waited = call(withIdentifier("isReportRunning", id, "<timeout>20</timeout>"));
    QCOMPARE(waited.text(u"return"), QStringLiteral("false"));
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(waited.elapsedMs < 5000, qPrintable(QString::number(waited.elapsedMs)));
    QCOMPARE(call(withIdentifier("getReportResultCsv", id)).status, 200);
}

void TestFakeFive9::isReportRunningAnswersAtItsTimeout()
{
    m_server->setReportSeconds(60);
    const QString id = startReport("Call Log Reports", "Call Log");
    const Answer answer = call(withIdentifier("isReportRunning", id, "<timeout>1</timeout>"));
    QCOMPARE(answer.text(u"return"), QStringLiteral("true"));
    QVERIFY2(answer.elapsedMs >= 1000 && answer.elapsedMs < 5000,
        qPrintable(QString::number(answer.elapsedMs)));
}

void TestFakeFive9::severalReportsRunAtOnceWithoutBlockingTheServer()
{
    m_server->setReportSeconds(1.5);
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << startReport("Call Log Reports", "Call Log");
    QElapsedTimer clock;
    clock.start();
    // Three waits in flight at once, on three connections.
    QList<QNetworkReply *> waits;
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/wsadmin/v13/AdminWebService"));
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "text/xml");
    request.setRawHeader("Authorization",
        "Basic "
            + (QByteArray(FakeFive9Fixtures::AdminUser) + ':' + FakeFive9Fixtures::AdminPassword)
                  .toBase64());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    request.setSslConfiguration(tls);
    for (const QString &id : std::as_const(ids))
        waits << m_network->post(
            request, envelope(withIdentifier("isReportRunning", id, "<timeout>10</timeout>")));
    // Meanwhile the server answers at once.
    QTest::qWait(100);
    const Answer skills = call(operation("getSkills", {}));
    QCOMPARE(skills.status, 200);
    QVERIFY2(skills.elapsedMs < 1000, qPrintable(QString::number(skills.elapsedMs)));
    for (QNetworkReply *reply : std::as_const(waits))
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    // Together in about one report's time, not three.
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    for (QNetworkReply *reply : std::as_const(waits)) {
        QVERIFY(reply->readAll().contains("<return>false</return>"));
        reply->deleteLater();
    }
}

QTEST_GUILESS_MAIN(TestFakeFive9)
#include "tst_fakefive9.moc"
