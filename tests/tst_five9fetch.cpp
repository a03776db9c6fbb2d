#include "fakefive9calllog.h"
#include "fakefive9harness.h"

#include <QTest>

#include <map>

using namespace FakeFive9Harness;

// The Five9 connector's interval import against the fake serving Five9's own report layouts:
// totals equal a separate computation over the rows the fake serves, in the stock layout and
// in the copy with SKILL, and a day over Five9's result cap is imported whole.
class TestFive9Fetch : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void totalsEqualAComputationOverTheCsv_data();
    void totalsEqualAComputationOverTheCsv();
    void aDayOverTheResultCapIsImportedWhole();

private:
    using Layout = FakeFive9CallLog::Layout;
    struct Totals
    {
        qint64 offered = 0, handled = 0, abandoned = 0, handleSeconds = 0, afterCallSeconds = 0,
               inServiceLevel = 0;
        friend bool operator==(const Totals &, const Totals &) = default;
    };
    using Expected = std::map<std::pair<qint64, QString>, Totals>;

    Expected computeByHand(QDate first, int days, Layout layout, const QString &grouping) const;
    static Expected fromRecords(const QList<IntervalRecord> &records);
    static QString describe(const Expected &expected);

    std::unique_ptr<FakeFive9Server> m_fake;
    const QTimeZone m_zone {TimeZone.toUtf8()};
};

void TestFive9Fetch::init()
{
    m_fake = std::make_unique<FakeFive9Server>();
    FakeFive9Fixtures::installDomain(*m_fake);
    m_fake->setDomainTimeZone(m_zone);
    QVERIFY(m_fake->listen());
}

void TestFive9Fetch::cleanup()
{
    m_fake.reset();
}

// Written from the report's documented meaning, not from the connector: a call is offered
// to its campaign or skill; handled when an agent took it (AGENT neither "[None]" nor
// empty), it was not abandoned and it is no voicemail; its handle time is talk + hold +
// park + after-call work; in service level when handled within 20 s of queue wait.
TestFive9Fetch::Expected TestFive9Fetch::computeByHand(
    QDate first, int days, Layout layout, const QString &grouping) const
{
    const QStringList columns = FakeFive9CallLog::columns(layout);
    const auto at = [&](const QStringList &row, const char *name) {
        return row.at(columns.indexOf(QLatin1String(name)));
    };
    const auto seconds = [](const QString &hms) -> qint64 {
        const QStringList parts = hms.split(u':');
        return parts.size() == 3
            ? parts[0].toLongLong() * 3600 + parts[1].toLongLong() * 60 + parts[2].toLongLong()
            : 0;
    };
    Expected expected;
    for (int d = 0; d < days; ++d) {
        for (const QStringList &row : m_fake->callLog().dayRows(first.addDays(d), layout, m_zone)) {
            const QString queue = at(row, grouping == u"skill" ? "SKILL" : "CAMPAIGN");
            if (queue.isEmpty() || queue == u"[None]")
                continue;
            const QDateTime when = QDateTime::fromString(
                at(row, "TIMESTAMP"), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
            const QDateTime local(when.date(), when.time(), m_zone);
            const qint64 utc = local.toSecsSinceEpoch();
            Totals &t = expected[{utc - utc % 900, queue}];
            ++t.offered;
            const bool abandoned = at(row, "ABANDONED") == u"1";
            const QString agent = at(row, "AGENT");
            const bool voicemail = at(row, "CALL TYPE").contains(u"Voicemail", Qt::CaseInsensitive);
            t.abandoned += abandoned;
            if (abandoned || voicemail || agent.isEmpty() || agent == u"[None]")
                continue;
            ++t.handled;
            const qint64 afterCall = seconds(at(row, "AFTER CALL WORK TIME"));
            t.handleSeconds += seconds(at(row, "TALK TIME")) + seconds(at(row, "HOLD TIME"))
                + seconds(at(row, "PARK TIME")) + afterCall;
            t.afterCallSeconds += afterCall;
            t.inServiceLevel += seconds(at(row, "QUEUE WAIT TIME")) <= 20;
        }
    }
    return expected;
}

TestFive9Fetch::Expected TestFive9Fetch::fromRecords(const QList<IntervalRecord> &records)
{
    Expected got;
    for (const IntervalRecord &r : records) {
        Totals &t = got[{r.startUtc, r.queueExternalId}];
        t.offered += r.offered;
        t.handled += r.handled;
        t.abandoned += r.abandoned;
        t.handleSeconds += r.handleSeconds;
        t.afterCallSeconds += r.afterCallSeconds;
        t.inServiceLevel += r.answeredInServiceLevel;
    }
    return got;
}

QString TestFive9Fetch::describe(const Expected &expected)
{
    Totals sum;
    for (const auto &[key, t] : expected) {
        sum.offered += t.offered;
        sum.handled += t.handled;
        sum.abandoned += t.abandoned;
        sum.handleSeconds += t.handleSeconds;
    }
    return QStringLiteral("%1 intervals: offered %2, handled %3, abandoned %4, handle %5 s")
        .arg(expected.size())
        .arg(sum.offered)
        .arg(sum.handled)
        .arg(sum.abandoned)
        .arg(sum.handleSeconds);
}

void TestFive9Fetch::totalsEqualAComputationOverTheCsv_data()
{
    QTest::addColumn<QString>("grouping");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("report");
    QTest::addColumn<int>("layout");
    QTest::newRow("stock Call Log, by campaign")
        << QStringLiteral("campaign") << QStringLiteral("Call Log Reports")
        << QStringLiteral("Call Log") << int(Layout::Stock);
    QTest::newRow("Call Log with Skills, by skill")
        << QStringLiteral("skill") << QStringLiteral("Shared Reports")
        << QStringLiteral("Call Log with Skills") << int(Layout::WithSkill);
}

void TestFive9Fetch::totalsEqualAComputationOverTheCsv()
{
    QFETCH(QString, grouping);
    QFETCH(QString, folder);
    QFETCH(QString, report);
    QFETCH(int, layout);
    m_fake->setCallsPerDay(1500);
    Five9Connector connector;
    connector.setRetryPolicy(fastPolicy());
    ConnectionSettings s = settings(m_fake->baseUrl(), grouping);
    s.values.insert(QStringLiteral("callLogFolder"), folder);
    s.values.insert(QStringLiteral("callLogReport"), report);
    const QDate first(2026, 3, 2);
    const Run r = run(connector.fetchIntervals(s, localDays(first, 3)));
    QVERIFY(r.finished);
    QVERIFY2(r.result.ok(), qPrintable(r.result.message));

    const Expected expected = computeByHand(first, 3, Layout(layout), grouping);
    const Expected got = fromRecords(r.intervals);
    qInfo("%s", qPrintable(describe(expected)));
    // The data really has what the rules are about.
    QVERIFY(std::any_of(expected.cbegin(), expected.cend(),
        [](const auto &e) { return e.second.offered > e.second.handled + e.second.abandoned; }));
    QCOMPARE(describe(got), describe(expected));
    QVERIFY(got == expected);
}

void TestFive9Fetch::aDayOverTheResultCapIsImportedWhole()
{
    const QDate busy(2026, 3, 3);
    m_fake->setCallsPerDay(300);
    m_fake->setCallsOnDay(busy, 120000);
    Five9Connector connector;
    // The fake makes a busy day's CSV on this thread in one go (seconds under a sanitizer),
    // while the connector's clock runs: no transfer timeout is meant to be tested here.
    Five9RetryPolicy patient = fastPolicy();
    patient.transferTimeout = std::chrono::minutes(5);
    connector.setRetryPolicy(patient);
    const ConnectionSettings s = settings(m_fake->baseUrl(), QStringLiteral("campaign"));
    const QDate first(2026, 3, 2);
    const Run r = run(connector.fetchIntervals(s, localDays(first, 3)), 120000);
    QVERIFY(r.finished);
    QVERIFY2(r.result.ok(), qPrintable(r.result.message));

    const Expected expected = computeByHand(first, 3, Layout::Stock, QStringLiteral("campaign"));
    const Expected got = fromRecords(r.intervals);
    qInfo("%s in %lld reports", qPrintable(describe(got)),
        qint64(m_fake->requestCount(QStringLiteral("runReport"))));
    qint64 offered = 0;
    for (const auto &[key, t] : got)
        offered += t.offered;
    QVERIFY(offered > 120000); // the busy day whole, and the quiet days around it
    QCOMPARE(describe(got), describe(expected));
    QVERIFY(got == expected);
    // Split until every result was under the cap: more reports than days.
    QVERIFY(m_fake->requestCount(QStringLiteral("runReport")) > 3);
}

QTEST_GUILESS_MAIN(TestFive9Fetch)
#include "tst_five9fetch.moc"
