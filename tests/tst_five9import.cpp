// Five9 interval statistics and agent states through the fake, checked against a second,
// independent reading of the fixture call log.
#include "fakefive9harness.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>

using namespace FakeFive9Harness;
using Kind = ConnectorResult::Kind;

namespace {

// A deliberately different CSV reading: one line per row (the fixture has no line breaks
// in fields), fields by a regular expression.
QList<QMap<QString, QString>> readFixture(const QString &name)
{
    QFile file(FakeFive9Fixtures::fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression field(QStringLiteral("(?:^|,)(?:\"([^\"]*)\"|([^,]*))"));
    const auto split = [](const QString &line) {
        QStringList fields;
        auto it = field.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            fields << (m.capturedStart(1) >= 0 ? m.captured(1) : m.captured(2));
        }
        return fields;
    };
    const QStringList lines
        = QString::fromUtf8(file.readAll())
              .split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    const QStringList header = split(lines.first());
    QList<QMap<QString, QString>> rows;
    for (const QString &line : lines.mid(1)) {
        const QStringList values = split(line);
        QMap<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header.at(i), values.value(i));
        rows << row;
    }
    return rows;
}

qint64 seconds(const QString &hms)
{
    const QStringList p = hms.split(u':');
    return p.at(0).toInt() * 3600 + p.at(1).toInt() * 60 + p.at(2).toInt();
}

// "Mon, 02 Mar 2026 09:14:03" in Rome, 2 March being before the clocks change: UTC+1.
qint64 utcSeconds(const QString &stamp)
{
    const QTime time = QTime::fromString(stamp.right(8), QStringLiteral("HH:mm:ss"));
    return QDateTime(QDate(2026, 3, 2), time, Qt::UTC).toSecsSinceEpoch() - 3600;
}

QList<IntervalRecord> expectedIntervals(const QString &grouping)
{
    QMap<std::pair<qint64, QString>, IntervalRecord> map;
    for (const auto &row : readFixture(QStringLiteral("calllog-2026-03-02.csv"))) {
        const QString campaign = row.value(QStringLiteral("CAMPAIGN"));
        const QString skill = row.value(QStringLiteral("SKILL"));
        QString queue = grouping == u"skill" ? skill
            : grouping == u"campaign"        ? campaign
                                             : campaign + QStringLiteral(" / ") + skill;
        if (skill.isEmpty() && grouping != u"campaign")
            continue;
        const qint64 at = utcSeconds(row.value(QStringLiteral("TIMESTAMP")));
        const qint64 start = at / 900 * 900;
        IntervalRecord &r = map[{start, queue}];
        r.queueExternalId = queue;
        r.startUtc = start;
        r.offered += 1;
        if (row.value(QStringLiteral("ABANDONED")) == u"1") {
            r.abandoned += 1;
        } else if (!row.value(QStringLiteral("AGENT")).isEmpty()) {
            r.handled += 1;
            r.handleSeconds += seconds(row.value(QStringLiteral("HANDLE TIME")));
            r.afterCallSeconds += seconds(row.value(QStringLiteral("AFTER CALL WORK TIME")));
            if (seconds(row.value(QStringLiteral("QUEUE WAIT TIME"))) <= 20)
                r.answeredInServiceLevel += 1;
        }
    }
    return map.values();
}

} // namespace

class TestFive9Import : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dayOfCallsGivesIntervalTotalsPerGrouping_data();
    void dayOfCallsGivesIntervalTotalsPerGrouping();
    void longRangeRunsOneReportPerDayAtOnce();
    void reportTimesAreInTheDomainsTimeZone();
    void badNumberFailsTheReportNamingTheRowAndImportsNothing();
    void reportWithQuotedNewlinesAndBomIsRead();
    void emptyReportGivesNoIntervals_data();
    void emptyReportGivesNoIntervals();
    void agentStatesUseUserNameAndStateOrReasonAsIds();

private:
    Run fetch(const TimeRange &range, const QString &grouping = QStringLiteral("skill"))
    {
        return run(m_connector->fetchIntervals(settings(m_server->baseUrl(), grouping), range));
    }
    void serveCallLog(const QString &csv)
    {
        m_server->setReportSource([csv](const QString &, const QString &, const QDateTime &,
                                      const QDateTime &) { return csv; });
    }
    std::unique_ptr<FakeFive9Server> m_server;
    std::unique_ptr<Five9Connector> m_connector;
};

void TestFive9Import::initTestCase()
{
    qRegisterMetaType<ConnectorResult>();
}

void TestFive9Import::init()
{
    m_server = startFixtureServer();
    QVERIFY(m_server);
    m_connector = fastConnector();
}

void TestFive9Import::cleanup()
{
    m_connector.reset();
    m_server.reset();
}

void TestFive9Import::dayOfCallsGivesIntervalTotalsPerGrouping_data()
{
    QTest::addColumn<QString>("grouping");
    QTest::newRow("by skill") << QStringLiteral("skill");
    QTest::newRow("by campaign") << QStringLiteral("campaign");
    QTest::newRow("by campaign and skill") << QStringLiteral("campaign+skill");
}

void TestFive9Import::dayOfCallsGivesIntervalTotalsPerGrouping()
{
    QFETCH(QString, grouping);
    const Run r = fetch(localDays(QDate(2026, 3, 2), 1), grouping);
    QCOMPARE(r.result.kind, Kind::Ok);
    const QList<IntervalRecord> expected = expectedIntervals(grouping);
    QVERIFY(expected.size() > 10);
    QCOMPARE(r.intervals.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const IntervalRecord &got = r.intervals.at(i);
        const IntervalRecord &want = expected.at(i);
        QCOMPARE(got.queueExternalId, want.queueExternalId);
        QCOMPARE(got.startUtc, want.startUtc);
        QCOMPARE(got.offered, want.offered);
        QCOMPARE(got.handled, want.handled);
        QCOMPARE(got.abandoned, want.abandoned);
        QCOMPARE(got.handleSeconds, want.handleSeconds);
        QCOMPARE(got.afterCallSeconds, want.afterCallSeconds);
        QCOMPARE(got.answeredInServiceLevel, want.answeredInServiceLevel);
    }
    // By campaign every one of the fixture's 60 calls counts once.
    if (grouping == u"campaign") {
        int offered = 0;
        for (const IntervalRecord &record : r.intervals)
            offered += record.offered;
        QCOMPARE(offered, 60);
    }
}

void TestFive9Import::longRangeRunsOneReportPerDayAtOnce()
{
    const Run one = fetch(localDays(QDate(2026, 3, 2), 1));
    const Run three = fetch(localDays(QDate(2026, 3, 2), 3));
    QCOMPARE(three.result.kind, Kind::Ok);
    QCOMPARE(m_server->reportRuns().size(), 1 + 3);
    QCOMPARE(three.intervalBatches, 3);
    // The fixture repeats daily, so day n is day 1 moved by n days. The days' reports run
    // at the same time and finish in any order: compare in time order.
    QCOMPARE(three.intervals.size(), 3 * one.intervals.size());
    QList<IntervalRecord> sorted = three.intervals;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.startUtc != b.startUtc ? a.startUtc < b.startUtc
                                        : a.queueExternalId < b.queueExternalId;
    });
    for (qsizetype i = 0; i < one.intervals.size(); ++i) {
        IntervalRecord moved = one.intervals.at(i);
        moved.startUtc += 2 * 86400;
        QCOMPARE(sorted.at(2 * one.intervals.size() + i), moved);
    }
}

void TestFive9Import::reportTimesAreInTheDomainsTimeZone()
{
    fetch(localDays(QDate(2026, 3, 2), 1));
    QCOMPARE(m_server->reportRuns().size(), 1);
    const auto [start, end] = m_server->reportRuns().first();
    QCOMPARE(start, QStringLiteral("2026-03-02T00:00:00.000+01:00"));
    QCOMPARE(end, QStringLiteral("2026-03-03T00:00:00.000+01:00"));
}

void TestFive9Import::badNumberFailsTheReportNamingTheRowAndImportsNothing()
{
    serveCallLog(QStringLiteral(
        "TIMESTAMP,CAMPAIGN,SKILL,AGENT,ABANDONED,QUEUE WAIT TIME,HANDLE TIME,AFTER CALL WORK "
        "TIME\r\n"
        "\"Mon, 02 Mar 2026 09:00:10\",Sales,Sales EN,maria.rossi,0,0:00:05,0:04:00,0:00:30\r\n"
        "\"Mon, 02 Mar 2026 09:01:10\",Sales,Sales EN,maria.rossi,0,0:00:05,four "
        "minutes,0:00:30\r\n"
        "\"Mon, 02 Mar 2026 09:02:10\",Sales,Sales EN,maria.rossi,0,0:00:05,0:03:00,0:00:30\r\n"));
    const Run r = fetch(localDays(QDate(2026, 3, 2), 1));
    QCOMPARE(r.result.kind, Kind::ProtocolError);
    QVERIFY2(r.result.message.contains(u"Row 3"), qPrintable(r.result.message));
    QVERIFY2(r.result.message.contains(u"HANDLE TIME"), qPrintable(r.result.message));
    QCOMPARE(r.intervalBatches, 0);
}

void TestFive9Import::reportWithQuotedNewlinesAndBomIsRead()
{
    serveCallLog(
        QStringLiteral("\uFEFFTIMESTAMP,CAMPAIGN,SKILL,AGENT,ABANDONED,QUEUE WAIT TIME,HANDLE "
                       "TIME,AFTER CALL WORK TIME,NOTES\r\n"
                       "\"Mon, 02 Mar 2026 09:00:10\",Sales,\"Support, Tier "
                       "1\",maria.rossi,0,0:00:05,0:04:00,0:00:30,\"line one\r\nline two\"\r\n"
                       "\"Mon, 02 Mar 2026 09:14:59\",Sales,\"Support, Tier "
                       "1\",,1,0:01:05,0:00:00,0:00:00,\"said \"\"bye\"\"\"\r\n"));
    const Run r = fetch(localDays(QDate(2026, 3, 2), 1));
    QCOMPARE(r.result.kind, Kind::Ok);
    QCOMPARE(r.intervals.size(), 1);
    const IntervalRecord &record = r.intervals.first();
    QCOMPARE(record.queueExternalId, QStringLiteral("Support, Tier 1"));
    QCOMPARE(
        record.startUtc, QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(record.offered, 2);
    QCOMPARE(record.handled, 1);
    QCOMPARE(record.abandoned, 1);
    QCOMPARE(record.handleSeconds, 240);
    QCOMPARE(record.afterCallSeconds, 30);
    QCOMPARE(record.answeredInServiceLevel, 1);
}

void TestFive9Import::emptyReportGivesNoIntervals_data()
{
    QTest::addColumn<QString>("csv");
    QTest::newRow("nothing at all") << QString();
    QTest::newRow("header only") << QStringLiteral(
        "TIMESTAMP,SKILL,AGENT,ABANDONED,QUEUE WAIT TIME,HANDLE TIME,AFTER CALL WORK TIME\r\n");
}

void TestFive9Import::emptyReportGivesNoIntervals()
{
    QFETCH(QString, csv);
    serveCallLog(csv);
    const Run r = fetch(localDays(QDate(2026, 3, 2), 1));
    QCOMPARE(r.result.kind, Kind::Ok);
    QCOMPARE(r.intervals.size(), 0);
    QCOMPARE(m_server->operations().count(QStringLiteral("getReportResultCsv")), 1);
}

void TestFive9Import::agentStatesUseUserNameAndStateOrReasonAsIds()
{
    const Run r = run(m_connector->fetchAgentStates(
        settings(m_server->baseUrl()), localDays(QDate(2026, 3, 2), 1)));
    QCOMPARE(r.result.kind, Kind::Ok);
    QCOMPARE(r.states.size(), readFixture(QStringLiteral("agentstates-2026-03-02.csv")).size());
    const AgentStateRecord training {QStringLiteral("luca.bianchi"),
        QStringLiteral("Not Ready/Training, product"),
        QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC).toSecsSinceEpoch(), 45 * 60};
    QVERIFY(r.states.contains(training));
}

QTEST_GUILESS_MAIN(TestFive9Import)
#include "tst_five9import.moc"
