// Aggregating Five9's call log: the stock "Call Log" report and copies of it with SKILL (and
// HANDLE TIME) added, checked against totals computed straight from the calls the test
// writes into the CSV, not from the CSV.
#include "five9/five9calllog.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using Five9Settings::Grouping;
Q_DECLARE_METATYPE(Grouping)

namespace {

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

QTimeZone domainZone()
{
    return QTimeZone(QByteArrayLiteral("America/Los_Angeles"));
}

// One call as the test means it; -1 for a duration whose cell is empty.
struct Call
{
    QDate date;
    QTime time; // in the domain's zone
    QString campaign;
    QString callType;
    QString agent;
    QString skill;
    QString abandoned; // "1", "0" or ""
    QString customer;
    int queueWait = 0;
    int ring = -1;
    int talk = 0;
    int hold = 0;
    int park = 0;
    int afterCall = 0;
    int transfers = -1;

    // What a report with HANDLE TIME says: deliberately not the four added up, so a test
    // sees which one was used.
    int handleColumn() const { return 7 + std::max(talk, 0) + std::max(afterCall, 0); }
};

QString hms(int seconds)
{
    if (seconds < 0)
        return {};
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString cell(const Call &c, int index, const QString &column)
{
    if (column == u"CALL ID")
        return QString::number(700000 + index);
    if (column == u"TIMESTAMP")
        return QLocale::c().toString(c.date, QStringLiteral("ddd, dd MMM yyyy "))
            + c.time.toString(QStringLiteral("HH:mm:ss"));
    if (column == u"CAMPAIGN")
        return c.campaign;
    if (column == u"CALL TYPE")
        return c.callType;
    if (column == u"AGENT")
        return c.agent;
    if (column == u"AGENT NAME")
        return c.agent.startsWith(u'[') ? QString() : QStringLiteral("Surname, ") + c.agent;
    if (column == u"DISPOSITION")
        return c.abandoned == u"1" ? QStringLiteral("Abandon") : QStringLiteral("Sale");
    if (column == u"CUSTOMER NAME")
        return c.customer;
    if (column == u"QUEUE WAIT TIME")
        return hms(c.queueWait);
    if (column == u"RING TIME")
        return hms(c.ring);
    if (column == u"TALK TIME")
        return hms(c.talk);
    if (column == u"HOLD TIME")
        return hms(c.hold);
    if (column == u"PARK TIME")
        return hms(c.park);
    if (column == u"AFTER CALL WORK TIME")
        return hms(c.afterCall);
    if (column == u"TRANSFERS")
        return c.transfers < 0 ? QString() : QString::number(c.transfers);
    if (column == u"ABANDONED")
        return c.abandoned;
    if (column == u"SKILL")
        return c.skill;
    if (column == u"HANDLE TIME")
        return hms(c.handleColumn());
    if (column == u"NOTES")
        return QStringLiteral("said \"call back\",\r\nthen hung up");
    if (column.endsWith(u"TIME") || column.startsWith(u"BILL"))
        return hms(index % 97);
    return QStringLiteral("1");
}

QString csvField(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("[,\"\r\n]"));
    if (!text.contains(special))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// The report Five9 would send for these calls; overrides replace cells: {row, column} -> text.
QString csv(const QList<Call> &calls, const QStringList &columns,
    const QMap<std::pair<int, QString>, QString> &overrides = {})
{
    QStringList lines;
    QStringList header;
    for (const QString &column : columns)
        header << csvField(column);
    lines << header.join(u',');
    for (int i = 0; i < calls.size(); ++i) {
        QStringList fields;
        for (const QString &column : columns)
            fields << csvField(overrides.value({i, column}, cell(calls.at(i), i, column)));
        lines << fields.join(u',');
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

TimeRange reportDay()
{
    return {QDateTime(QDate(2026, 3, 2), QTime(0, 0), domainZone()).toSecsSinceEpoch(),
        QDateTime(QDate(2026, 3, 3), QTime(0, 0), domainZone()).toSecsSinceEpoch()};
}

// Calls around 2 March 2026 (Los Angeles, no change of clocks near): random ones from an hour
// before the day to an hour after it, and some at the edges.
QList<Call> someCalls(int count)
{
    QRandomGenerator random(9);
    const auto pick
        = [&](const QStringList &from) { return from.at(random.bounded(int(from.size()))); };
    const auto duration
        = [&](int max) { return random.bounded(8) == 0 ? -1 : random.bounded(max); };
    QList<Call> calls;
    for (int i = 0; i < count; ++i) {
        Call c;
        const int second = random.bounded(26 * 3600) - 3600;
        c.date = QDate(2026, 3, 2).addDays(second < 0 ? -1 : second / 86400);
        c.time = QTime(0, 0).addSecs((second + 86400) % 86400);
        c.campaign = pick({QStringLiteral("Inbound Sales"), QStringLiteral("Inbound Support"),
            QStringLiteral("[Deleted]"), QStringLiteral("Outbound, Renewals")});
        c.callType = pick({QStringLiteral("Inbound"), QStringLiteral("Outbound"),
            QStringLiteral("Inbound Voicemail"), QStringLiteral("VOICEMAIL"),
            QStringLiteral("Queue Callback")});
        c.agent = pick({QStringLiteral("anna.verdi"), QStringLiteral("maria.rossi"),
            QStringLiteral("[None]"), QString()});
        c.skill = pick({QStringLiteral("Sales EN"), QStringLiteral("Support, Tier 1"),
            QStringLiteral("Billing"), QStringLiteral("[None]"), QString()});
        c.abandoned = pick({QStringLiteral("1"), QStringLiteral("0"), QString()});
        c.customer = pick({QStringLiteral("Rossi, Maria"), QStringLiteral("O\"Brien \"Jr\""),
            QStringLiteral("Plain")});
        c.queueWait = random.bounded(10) == 0 ? -1 : random.bounded(40);
        c.ring = duration(30);
        c.talk = duration(1200);
        c.hold = duration(120);
        c.park = duration(60);
        c.afterCall = duration(300);
        c.transfers = random.bounded(3) - 1;
        calls << c;
    }
    // The edges of the day and of an interval, and of the service level (20 s).
    const auto edge = [&](QDate date, QTime time, int queueWait) {
        Call c = calls.at(calls.size() % count);
        c.date = date;
        c.time = time;
        c.agent = QStringLiteral("luca.bianchi");
        c.abandoned = QStringLiteral("0");
        c.callType = QStringLiteral("Inbound");
        c.skill = QStringLiteral("Billing");
        c.queueWait = queueWait;
        calls << c;
    };
    edge(QDate(2026, 3, 1), QTime(23, 59, 59), 1);
    edge(QDate(2026, 3, 2), QTime(0, 0, 0), 20);
    edge(QDate(2026, 3, 2), QTime(9, 14, 59), 21);
    edge(QDate(2026, 3, 2), QTime(9, 15, 0), 20);
    edge(QDate(2026, 3, 2), QTime(23, 59, 59), 0);
    edge(QDate(2026, 3, 3), QTime(0, 0, 0), 0);
    return calls;
}

// The second computation: the rules of five9calllog.cpp's comment, applied to the calls.
QList<IntervalRecord> expectedTotals(
    const QList<Call> &calls, Grouping grouping, bool handleColumn, int serviceLevel)
{
    const TimeRange range = reportDay();
    QMap<std::pair<qint64, QString>, IntervalRecord> totals;
    for (const Call &c : calls) {
        const qint64 utc = QDateTime(c.date, c.time, domainZone()).toSecsSinceEpoch();
        if (utc < range.fromUtc || utc >= range.toUtc)
            continue;
        const bool hasSkill = !c.skill.isEmpty() && c.skill != u"[None]";
        QString queue = c.campaign;
        if (grouping == Grouping::Skill)
            queue = c.skill;
        else if (grouping == Grouping::CampaignAndSkill)
            queue = c.campaign + QStringLiteral(" / ") + c.skill;
        if (grouping != Grouping::Campaign && !hasSkill)
            continue;
        const qint64 start = utc - utc % (15 * 60);
        IntervalRecord &r = totals[{start, queue}];
        r.queueExternalId = queue;
        r.startUtc = start;
        r.offered += 1;
        const bool abandoned = c.abandoned == u"1";
        if (abandoned)
            r.abandoned += 1;
        const bool agent = !c.agent.isEmpty() && c.agent != u"[None]";
        const bool voicemail = c.callType.toLower().contains(u"voicemail");
        if (agent && !abandoned && !voicemail) {
            const auto zero = [](int seconds) { return std::max(seconds, 0); };
            r.handled += 1;
            r.handleSeconds += handleColumn
                ? c.handleColumn()
                : zero(c.talk) + zero(c.hold) + zero(c.park) + zero(c.afterCall);
            r.afterCallSeconds += zero(c.afterCall);
            if (zero(c.queueWait) <= serviceLevel)
                r.answeredInServiceLevel += 1;
        }
    }
    return totals.values();
}

Five9CallLog::Options options(Grouping grouping)
{
    Five9CallLog::Options o;
    o.grouping = grouping;
    o.zone = domainZone();
    o.serviceLevelSeconds = 20;
    o.range = reportDay();
    return o;
}

// The stock columns plus these, in an order nothing like Five9's.
QStringList shuffledWith(const QStringList &extra, const QStringList &without = {})
{
    QStringList columns = StockColumns + extra;
    for (const QString &column : without)
        columns.removeAll(column);
    std::reverse(columns.begin(), columns.end());
    std::rotate(columns.begin(), columns.begin() + 5, columns.end());
    return columns;
}

struct Streamed
{
    QList<IntervalRecord> intervals;
    qsizetype rows = 0;
    QString error;
};

Streamed streamInPieces(const QString &text, qsizetype size, const Five9CallLog::Options &o)
{
    Five9CsvReader reader;
    Five9CallLog::Aggregator aggregator(o);
    for (qsizetype at = 0; at < text.size(); at += size) {
        reader.feed(QStringView(text).mid(at, size));
        aggregator.read(reader);
    }
    reader.finish();
    aggregator.read(reader);
    return {aggregator.result(), aggregator.rowCount(), aggregator.error()};
}

} // namespace

class TestFive9CallLog : public QObject
{
    Q_OBJECT
private slots:
    void totalsAreThoseOfTheCalls_data();
    void totalsAreThoseOfTheCalls();
    void handleTimeAddsUpTheStockColumns();
    void piecesOfEverySizeGiveTheWholeResult();
    void missingColumnsAreAllNamedWithTheFix_data();
    void missingColumnsAreAllNamedWithTheFix();
    void unreadableValueNamesRowAndColumn_data();
    void unreadableValueNamesRowAndColumn();
};

void TestFive9CallLog::totalsAreThoseOfTheCalls_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<Grouping>("grouping");
    const QStringList skills = shuffledWith({QStringLiteral("SKILL"), QStringLiteral("NOTES")});
    QTest::newRow("stock report, by campaign") << StockColumns << Grouping::Campaign;
    QTest::newRow("stock report shuffled, by campaign") << shuffledWith({}) << Grouping::Campaign;
    QTest::newRow("with skills, by skill") << skills << Grouping::Skill;
    QTest::newRow("with skills, by campaign and skill") << skills << Grouping::CampaignAndSkill;
    QTest::newRow("with HANDLE TIME, no TALK/HOLD/PARK, by skill") << shuffledWith(
        {QStringLiteral("SKILL"), QStringLiteral("HANDLE TIME")},
        {QStringLiteral("TALK TIME"), QStringLiteral("HOLD TIME"), QStringLiteral("PARK TIME")})
                                                                   << Grouping::Skill;
}

void TestFive9CallLog::totalsAreThoseOfTheCalls()
{
    QFETCH(QStringList, columns);
    QFETCH(Grouping, grouping);
    const QList<Call> calls = someCalls(600);
    const QList<IntervalRecord> expected
        = expectedTotals(calls, grouping, columns.contains(u"HANDLE TIME"), 20);
    // The calls cover what they should, or the comparison proves little.
    const auto sum = [&](auto member) {
        qint64 total = 0;
        for (const IntervalRecord &r : expected)
            total += r.*member;
        return total;
    };
    QVERIFY(sum(&IntervalRecord::handled) > 50);
    QVERIFY(sum(&IntervalRecord::abandoned) > 50);
    QVERIFY(sum(&IntervalRecord::answeredInServiceLevel) > 20);
    QVERIFY(sum(&IntervalRecord::offered)
        > sum(&IntervalRecord::handled) + sum(&IntervalRecord::abandoned));
    if (grouping == Grouping::Campaign)
        QVERIFY(std::any_of(expected.cbegin(), expected.cend(),
            [](const IntervalRecord &r) { return r.queueExternalId == u"[Deleted]"; }));

    const QString text = csv(calls, columns);
    QString error;
    const auto table = Five9Csv::parse(text, &error);
    QVERIFY2(table, qPrintable(error));
    const auto intervals = Five9CallLog::aggregate(*table, options(grouping), &error);
    QVERIFY2(intervals, qPrintable(error));
    QCOMPARE(intervals->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const IntervalRecord &e = expected.at(i);
        const IntervalRecord &a = intervals->at(i);
        QVERIFY2(a == e,
            qPrintable(QStringLiteral("%1 at %2: %3/%4/%5 %6 s %7 s %8 instead of %9/%10/%11 %12 s "
                                      "%13 s %14")
                           .arg(e.queueExternalId)
                           .arg(QDateTime::fromSecsSinceEpoch(e.startUtc, Qt::UTC).toString())
                           .arg(a.offered)
                           .arg(a.handled)
                           .arg(a.abandoned)
                           .arg(a.handleSeconds)
                           .arg(a.afterCallSeconds)
                           .arg(a.answeredInServiceLevel)
                           .arg(e.offered)
                           .arg(e.handled)
                           .arg(e.abandoned)
                           .arg(e.handleSeconds)
                           .arg(e.afterCallSeconds)
                           .arg(e.answeredInServiceLevel)));
    }

    const Streamed whole = streamInPieces(text, text.size(), options(grouping));
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.intervals, expected);
    QCOMPARE(whole.rows, calls.size()); // also the rows outside the day and without a queue
}

// The formula, on one call with numbers to check by eye.
void TestFive9CallLog::handleTimeAddsUpTheStockColumns()
{
    Call c;
    c.date = QDate(2026, 3, 2);
    c.time = QTime(9, 20, 0);
    c.campaign = QStringLiteral("Inbound Sales");
    c.callType = QStringLiteral("Inbound");
    c.agent = QStringLiteral("anna.verdi");
    c.abandoned = QStringLiteral("0");
    c.queueWait = 20;
    c.talk = 60;
    c.hold = 30;
    c.park = 10;
    c.afterCall = 20;
    c.ring = -1;
    QString error;
    const auto table = Five9Csv::parse(csv({c}, StockColumns), &error);
    QVERIFY2(table, qPrintable(error));
    const auto intervals = Five9CallLog::aggregate(*table, options(Grouping::Campaign), &error);
    QVERIFY2(intervals, qPrintable(error));
    IntervalRecord expected;
    expected.queueExternalId = QStringLiteral("Inbound Sales");
    expected.startUtc = QDateTime(QDate(2026, 3, 2), QTime(17, 15), Qt::UTC).toSecsSinceEpoch();
    expected.offered = 1;
    expected.handled = 1;
    expected.handleSeconds = 120;
    expected.afterCallSeconds = 20;
    expected.answeredInServiceLevel = 1;
    QCOMPARE(*intervals, QList<IntervalRecord> {expected});
}

void TestFive9CallLog::piecesOfEverySizeGiveTheWholeResult()
{
    const QList<Call> calls = someCalls(24);
    const QString text
        = csv(calls, shuffledWith({QStringLiteral("SKILL"), QStringLiteral("NOTES")}));
    const Five9CallLog::Options o = options(Grouping::CampaignAndSkill);
    const Streamed whole = streamInPieces(text, text.size(), o);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QVERIFY(!whole.intervals.isEmpty());
    QCOMPARE(whole.intervals, expectedTotals(calls, Grouping::CampaignAndSkill, false, 20));

    // A bad value in row 6 (line 7): the same error whatever the pieces.
    const QString broken = csv(calls, shuffledWith({QStringLiteral("SKILL")}),
        {{{5, QStringLiteral("HOLD TIME")}, QStringLiteral("1:xx")}});
    const Streamed wholeBroken = streamInPieces(broken, broken.size(), o);
    QVERIFY2(wholeBroken.error.contains(u"Row 7"), qPrintable(wholeBroken.error));

    for (qsizetype size = 1; size <= text.size(); ++size) {
        const Streamed pieces = streamInPieces(text, size, o);
        if (pieces.intervals != whole.intervals || pieces.rows != whole.rows
            || !pieces.error.isEmpty())
            QFAIL(qPrintable(QStringLiteral("pieces of %1: %2").arg(size).arg(pieces.error)));
        if (size <= broken.size() && streamInPieces(broken, size, o).error != wholeBroken.error)
            QFAIL(qPrintable(QStringLiteral("broken, pieces of %1").arg(size)));
    }
}

void TestFive9CallLog::missingColumnsAreAllNamedWithTheFix_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Grouping>("grouping");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("report");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("alsoSaid"); // besides the columns, folder and report

    const QString stockFolder = QStringLiteral("Call Log Reports");
    const QString stockReport = QStringLiteral("Call Log");
    const QString shared = QStringLiteral("Shared Reports");
    const QString withSkills = QStringLiteral("Call Log with Skills");
    QStringList stripped = StockColumns;
    stripped.removeAll(QStringLiteral("TALK TIME"));
    stripped.removeAll(QStringLiteral("ABANDONED"));
    stripped.removeAll(QStringLiteral("CAMPAIGN"));
    QStringList handle = shuffledWith({QStringLiteral("SKILL"), QStringLiteral("HANDLE TIME")},
        {QStringLiteral("TALK TIME"), QStringLiteral("HOLD TIME"), QStringLiteral("PARK TIME")});
    QStringList spelled;
    for (const QString &column : StockColumns)
        spelled << QStringLiteral(" ") + column.toLower() + QStringLiteral(" ");

    QTest::newRow("stock report, by skill")
        << StockColumns << Grouping::Skill << stockFolder << stockReport
        << QStringList {QStringLiteral("SKILL")}
        << QStringList {QStringLiteral("copy"), QStringLiteral("grouping by campaign")};
    QTest::newRow("stock report, by campaign") << StockColumns << Grouping::Campaign << stockFolder
                                               << stockReport << QStringList {} << QStringList {};
    QTest::newRow("any spelling, by campaign") << spelled << Grouping::Campaign << stockFolder
                                               << stockReport << QStringList {} << QStringList {};
    QTest::newRow("stock report, by campaign and skill")
        << StockColumns << Grouping::CampaignAndSkill << shared << withSkills
        << QStringList {QStringLiteral("SKILL")}
        << QStringList {QStringLiteral("add the column"), QStringLiteral("grouping by campaign")};
    QTest::newRow("copy short of four columns")
        << stripped << Grouping::CampaignAndSkill << shared << withSkills
        << QStringList {QStringLiteral("CAMPAIGN"), QStringLiteral("SKILL"),
               QStringLiteral("TALK TIME"), QStringLiteral("ABANDONED")}
        << QStringList {QStringLiteral("add the columns")};
    QTest::newRow("HANDLE TIME stands for TALK, HOLD and PARK")
        << handle << Grouping::Skill << shared << withSkills << QStringList {} << QStringList {};
    QTest::newRow("no header at all")
        << QStringList {} << Grouping::Campaign << shared << withSkills
        << QStringList {QStringLiteral("TIMESTAMP"), QStringLiteral("CAMPAIGN"),
               QStringLiteral("AGENT"), QStringLiteral("QUEUE WAIT TIME"),
               QStringLiteral("TALK TIME"), QStringLiteral("HOLD TIME"),
               QStringLiteral("PARK TIME"), QStringLiteral("AFTER CALL WORK TIME"),
               QStringLiteral("ABANDONED")}
        << QStringList {};
}

void TestFive9CallLog::missingColumnsAreAllNamedWithTheFix()
{
    QFETCH(QStringList, header);
    QFETCH(Grouping, grouping);
    QFETCH(QString, folder);
    QFETCH(QString, report);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, alsoSaid);
    Five9CallLog::Options o = options(grouping);
    o.reportFolder = folder;
    o.reportName = report;
    QCOMPARE(Five9CallLog::missingColumns(header, o), missing);

    const QString message = Five9CallLog::missingColumnsMessage(missing, o);
    QCOMPARE(message.isEmpty(), missing.isEmpty());
    if (missing.isEmpty())
        return;
    for (const QString &said : missing + alsoSaid + QStringList {folder, report})
        QVERIFY2(message.contains(said, Qt::CaseInsensitive),
            qPrintable(said + QStringLiteral(" not in: ") + message));

    // The header alone fails the report, with that message; no row is needed.
    Five9CsvTable table;
    table.header = header;
    if (header.isEmpty())
        return; // an empty report has no calls, not missing columns
    QString error;
    QVERIFY(!Five9CallLog::aggregate(table, o, &error));
    QCOMPARE(error, message);
    Five9CallLog::Aggregator aggregator(o);
    QVERIFY(!aggregator.setHeader(header));
    QCOMPARE(aggregator.error(), message);
}

void TestFive9CallLog::unreadableValueNamesRowAndColumn_data()
{
    QTest::addColumn<int>("row"); // of the calls; the report's line is row + 2
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("talk time in words")
        << 2 << QStringLiteral("TALK TIME") << QStringLiteral("two minutes");
    QTest::newRow("negative wait")
        << 0 << QStringLiteral("QUEUE WAIT TIME") << QStringLiteral("-0:00:05");
    QTest::newRow("abandoned maybe") << 3 << QStringLiteral("ABANDONED") << QStringLiteral("maybe");
    QTest::newRow("empty timestamp") << 1 << QStringLiteral("TIMESTAMP") << QString();
    QTest::newRow("day out of month")
        << 1 << QStringLiteral("TIMESTAMP") << QStringLiteral("Tue, 31 Feb 2026 10:00:00");
    // Row 7 of someCalls(6) + edges is the call a second before the day: read all the same.
    QTest::newRow("outside the range")
        << 6 << QStringLiteral("PARK TIME") << QStringLiteral("1:2:3:4");
}

void TestFive9CallLog::unreadableValueNamesRowAndColumn()
{
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, value);
    const QList<Call> calls = someCalls(6);
    QVERIFY(QDateTime(calls.at(6).date, calls.at(6).time, domainZone()).toSecsSinceEpoch()
        < reportDay().fromUtc);
    QString error;
    const auto table = Five9Csv::parse(
        csv(calls, shuffledWith({QStringLiteral("SKILL")}), {{{row, column}, value}}), &error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY(!Five9CallLog::aggregate(*table, options(Grouping::Skill), &error));
    QVERIFY2(error.contains(QStringLiteral("Row %1 ").arg(row + 2)), qPrintable(error));
    QVERIFY2(error.contains(column), qPrintable(error));
    QVERIFY2(error.contains(u'"' + value + u'"'), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFive9CallLog)
#include "tst_five9calllog.moc"
