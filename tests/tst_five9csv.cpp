// Reading Five9's report CSV and its values.
#include "five9/five9csv.h"
#include "five9/five9returntext.h"
#include "five9/five9values.h"

#include <QTest>
#include <QTimeZone>
#include <QXmlStreamWriter>

class TestFive9Csv : public QObject
{
    Q_OBJECT
private slots:
    void returnTextStreamsInPiecesOfEverySize();
    void returnTextCutOffAnywhereIsAnError();
    void readsFieldsAsWritten_data();
    void readsFieldsAsWritten();
    void piecesOfEverySizeReadAsTheWhole_data();
    void piecesOfEverySizeReadAsTheWhole();
    void readerStopsAtABrokenRowAndDropsTheRest();
    void brokenCsvNamesTheLine_data();
    void brokenCsvNamesTheLine();
    void durationsAndFlags_data();
    void durationsAndFlags();
    void timestampsAreReadInTheDomainsZone();
    void wallClockTimesAreReadByHand_data();
    void wallClockTimesAreReadByHand();
    void changeOfClocksMapsEveryLocalTime_data();
    void changeOfClocksMapsEveryLocalTime();
};

void TestFive9Csv::readsFieldsAsWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");
    const QStringList header = {QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("plain, CRLF") << QStringLiteral("A,B\r\n1,2\r\n3,4\r\n")
                                 << QList<QStringList> {header,
                                        {QStringLiteral("1"), QStringLiteral("2")},
                                        {QStringLiteral("3"), QStringLiteral("4")}}
                                 << QList<int> {2, 3};
    QTest::newRow("quoted comma") << QStringLiteral("A,B\n\"x, y\",2")
                                  << QList<QStringList> {header,
                                         {QStringLiteral("x, y"), QStringLiteral("2")}}
                                  << QList<int> {2};
    QTest::newRow("embedded newline")
        << QStringLiteral("A,B\r\n\"one\r\ntwo\",2\r\n3,4\r\n")
        << QList<QStringList> {header, {QStringLiteral("one\r\ntwo"), QStringLiteral("2")},
               {QStringLiteral("3"), QStringLiteral("4")}}
        << QList<int> {2, 4};
    QTest::newRow("doubled quotes")
        << QStringLiteral("A,B\n\"say \"\"hi\"\"\",\"\"")
        << QList<QStringList> {header, {QStringLiteral("say \"hi\""), QString()}} << QList<int> {2};
    QTest::newRow("byte order mark")
        << QStringLiteral("\uFEFFA,B\n1,2\n")
        << QList<QStringList> {header, {QStringLiteral("1"), QStringLiteral("2")}}
        << QList<int> {2};
    QTest::newRow("blank lines skipped")
        << QStringLiteral("A,B\n\n1,2\n\n")
        << QList<QStringList> {header, {QStringLiteral("1"), QStringLiteral("2")}}
        << QList<int> {3};
    QTest::newRow("empty text") << QString() << QList<QStringList> {} << QList<int> {};
}

void TestFive9Csv::readsFieldsAsWritten()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    QString error;
    const auto table = Five9Csv::parse(text, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, rows.value(0));
    QCOMPARE(table->rows, rows.mid(1));
    QCOMPARE(table->rowLines, lines);
}

void TestFive9Csv::piecesOfEverySizeReadAsTheWhole_data()
{
    readsFieldsAsWritten_data();
    QTest::newRow("CRLF inside and after quotes")
        << QStringLiteral("\uFEFFA,B\r\n\"a \"\"b\"\"\r\nc\",\"\"\r\n\r\nx,\"y,\"\"z\"\"\"\r\n")
        << QList<QStringList> {{QStringLiteral("A"), QStringLiteral("B")},
               {QStringLiteral("a \"b\"\r\nc"), QString()},
               {QStringLiteral("x"), QStringLiteral("y,\"z\"")}}
        << QList<int> {2, 5};
    QTest::newRow("lone CR line ends")
        << QStringLiteral("A,B\r1,2\r\r3,4")
        << QList<QStringList> {{QStringLiteral("A"), QStringLiteral("B")},
               {QStringLiteral("1"), QStringLiteral("2")},
               {QStringLiteral("3"), QStringLiteral("4")}}
        << QList<int> {2, 4};
}

// Five9's answer arrives in pieces: wherever a piece ends (inside a quoted field, between a
// quote and its double, between "\r" and "\n"), the rows are the same.
void TestFive9Csv::piecesOfEverySizeReadAsTheWhole()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    for (qsizetype size = 1; size <= std::max<qsizetype>(text.size(), 1); ++size) {
        Five9CsvReader reader;
        QList<QStringList> read;
        QList<int> readLines;
        const auto take = [&] {
            if (reader.hasHeader() && read.isEmpty())
                read << reader.header();
            while (const auto row = reader.takeRow()) {
                read << row->fields;
                readLines << row->line;
            }
        };
        for (qsizetype at = 0; at < text.size(); at += size) {
            reader.feed(QStringView(text).mid(at, size));
            take();
        }
        reader.finish();
        take();
        QVERIFY2(!reader.failed(), qPrintable(reader.error()));
        QCOMPARE(read, rows);
        QCOMPARE(readLines, lines);
    }
}

void TestFive9Csv::readerStopsAtABrokenRowAndDropsTheRest()
{
    Five9CsvReader reader;
    reader.feed(u"A,B\n1,2\n3\n4,5\n");
    QVERIFY(reader.failed());
    QVERIFY2(reader.error().contains(u"Row 3"), qPrintable(reader.error()));
    QVERIFY(!reader.takeRow());
    reader.feed(u"6,7\n");
    reader.finish();
    QVERIFY(!reader.takeRow());
}

void TestFive9Csv::brokenCsvNamesTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("too few fields") << QStringLiteral("A,B\n1,2\n3\n") << QStringLiteral("Row 3");
    QTest::newRow("too many fields") << QStringLiteral("A,B\n1,2,3\n") << QStringLiteral("Row 2");
    QTest::newRow("unterminated quote")
        << QStringLiteral("A,B\n1,2\n\"open,2\n") << QStringLiteral("line 3");
}

void TestFive9Csv::brokenCsvNamesTheLine()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    QString error;
    QVERIFY(!Five9Csv::parse(text, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestFive9Csv::durationsAndFlags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: unreadable
    QTest::newRow("h:mm:ss") << QStringLiteral("1:02:03") << qint64(3723);
    QTest::newRow("over a day") << QStringLiteral("25:00:00") << qint64(90000);
    QTest::newRow("mm:ss") << QStringLiteral("03:25") << qint64(205);
    QTest::newRow("plain seconds") << QStringLiteral("42") << qint64(42);
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("words") << QStringLiteral("four minutes") << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-0:00:05") << qint64(-1);
}

void TestFive9Csv::durationsAndFlags()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto value = Five9Values::durationSeconds(text);
    QCOMPARE(value.has_value(), seconds >= 0);
    if (value)
        QCOMPARE(*value, seconds);
}

void TestFive9Csv::timestampsAreReadInTheDomainsZone()
{
    const QTimeZone la(QByteArrayLiteral("America/Los_Angeles"));
    const qint64 expected
        = QDateTime(QDate(2026, 3, 2), QTime(17, 14, 3), Qt::UTC).toSecsSinceEpoch();
    for (const auto *text :
        {"Mon, 02 Mar 2026 09:14:03", "2026/03/02 09:14:03", "2026-03-02 09:14:03"})
        QCOMPARE(
            Five9Values::timestamp(QString::fromLatin1(text), la), std::optional<qint64>(expected));
    QVERIFY(!Five9Values::timestamp(QStringLiteral("yesterday"), la));
    QCOMPARE(Five9Values::flag(QStringLiteral("1")), std::optional<bool>(true));
    QVERIFY(!Five9Values::flag(QStringLiteral("maybe")));
}

void TestFive9Csv::wallClockTimesAreReadByHand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("wallClock"); // invalid: unreadable
    const auto at = [](int y, int mo, int d, int h, int mi, int s) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
    };
    QTest::newRow("Five9's form") << QStringLiteral("Thu, 27 Oct 2016 14:51:34")
                                  << at(2016, 10, 27, 14, 51, 34);
    QTest::newRow("padded, any case")
        << QStringLiteral("  sat, 29 feb 2020 00:00:00 ") << at(2020, 2, 29, 0, 0, 0);
    QTest::newRow("one-digit day")
        << QStringLiteral("Sun, 1 Mar 2026 23:59:59") << at(2026, 3, 1, 23, 59, 59);
    QTest::newRow("year first, slashes")
        << QStringLiteral("2026/03/02 09:14:03") << at(2026, 3, 2, 9, 14, 3);
    QTest::newRow("ISO with T") << QStringLiteral("2026-03-02T09:14:03")
                                << at(2026, 3, 2, 9, 14, 3);
    QTest::newRow("month first") << QStringLiteral("12/31/1999 23:00:00")
                                 << at(1999, 12, 31, 23, 0, 0);
    QTest::newRow("weekday not the date's")
        << QStringLiteral("Mon, 27 Oct 2016 14:51:34") << QDateTime();
    QTest::newRow("29 Feb of a common year")
        << QStringLiteral("Sun, 29 Feb 2026 10:00:00") << QDateTime();
    QTest::newRow("hour 24") << QStringLiteral("2026-03-02 24:00:00") << QDateTime();
    QTest::newRow("no seconds") << QStringLiteral("2026-03-02 09:14") << QDateTime();
    QTest::newRow("trailing text") << QStringLiteral("2026-03-02 09:14:03 PST") << QDateTime();
    QTest::newRow("mixed separators") << QStringLiteral("2026-03/02 09:14:03") << QDateTime();
    QTest::newRow("unknown month") << QStringLiteral("Thu, 27 Okt 2016 14:51:34") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestFive9Csv::wallClockTimesAreReadByHand()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, wallClock);
    const auto seconds = Five9Values::wallClockSeconds(text);
    QCOMPARE(seconds.has_value(), wallClock.isValid());
    if (seconds)
        QCOMPARE(*seconds, wallClock.toSecsSinceEpoch());
}

void TestFive9Csv::changeOfClocksMapsEveryLocalTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("changeAt"); // local time the clocks change at; invalid: no change
    QTest::addColumn<int>("shift"); // seconds the clocks move: + forward, - back
    QTest::newRow("London, spring forward")
        << QByteArray("Europe/London") << QDate(2026, 3, 29) << QTime(1, 0) << 3600;
    QTest::newRow("London, fall back")
        << QByteArray("Europe/London") << QDate(2026, 10, 25) << QTime(2, 0) << -3600;
    QTest::newRow("Los Angeles, spring forward")
        << QByteArray("America/Los_Angeles") << QDate(2026, 3, 8) << QTime(2, 0) << 3600;
    QTest::newRow("Los Angeles, fall back")
        << QByteArray("America/Los_Angeles") << QDate(2026, 11, 1) << QTime(2, 0) << -3600;
    QTest::newRow("Los Angeles, ordinary day")
        << QByteArray("America/Los_Angeles") << QDate(2026, 7, 14) << QTime() << 0;
    QTest::newRow("Kolkata, half-hour offset")
        << QByteArray("Asia/Kolkata") << QDate(2026, 3, 8) << QTime() << 0;
}

// Every local minute of the day and the seconds around the change, in order and in a
// scrambled order (the cache must not depend on which hour came first). Local times that
// exist once match QDateTime; the skipped hour and the repeated hour are read with the offset
// before the change, so the repeated hour is the first of its two occurrences.
void TestFive9Csv::changeOfClocksMapsEveryLocalTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, day);
    QFETCH(QTime, changeAt);
    QFETCH(int, shift);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const qint64 midnight = QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const int before = tz.offsetFromUtc(QDateTime(day.addDays(-1), QTime(12, 0), tz));
    const int after = tz.offsetFromUtc(QDateTime(day.addDays(1), QTime(12, 0), tz));
    QCOMPARE(after - before, shift);

    QList<qint64> wallClocks;
    for (int s = 0; s < 86400; s += 60)
        wallClocks << midnight + s;
    if (changeAt.isValid()) {
        const qint64 change = midnight + changeAt.msecsSinceStartOfDay() / 1000;
        for (qint64 s = change - 5; s < change + std::abs(shift) + 5; ++s)
            wallClocks << s;
    }
    const auto expected = [&](qint64 wallClock) -> qint64 {
        if (changeAt.isValid()) {
            const qint64 change = midnight + changeAt.msecsSinceStartOfDay() / 1000;
            // Forward: [change, change + shift) does not exist. Back: [change + shift,
            // change) exists twice.
            const bool odd = shift > 0 ? wallClock >= change && wallClock < change + shift
                                       : wallClock >= change + shift && wallClock < change;
            if (odd)
                return wallClock - before;
        }
        const QDateTime local = QDateTime::fromSecsSinceEpoch(wallClock, Qt::UTC);
        return QDateTime(local.date(), local.time(), tz).toSecsSinceEpoch();
    };

    Five9Values::ZoneClock inOrder(tz);
    Five9Values::ZoneClock scrambled(tz);
    QList<qint64> shuffled = wallClocks;
    std::reverse(shuffled.begin(), shuffled.end());
    for (qsizetype i = 0; i + 7 < shuffled.size(); i += 7)
        std::swap(shuffled[i], shuffled[shuffled.size() - 1 - i / 2]);
    QHash<qint64, qint64> scrambledUtc;
    for (const qint64 wallClock : std::as_const(shuffled))
        scrambledUtc.insert(wallClock, scrambled.toUtc(wallClock).value_or(-1));
    for (const qint64 wallClock : std::as_const(wallClocks)) {
        const auto utc = inOrder.toUtc(wallClock);
        QVERIFY(utc);
        const QString at = QDateTime::fromSecsSinceEpoch(wallClock, Qt::UTC).toString(Qt::ISODate);
        QVERIFY2(*utc == expected(wallClock),
            qPrintable(
                at + QStringLiteral(": %1 instead of %2").arg(*utc).arg(expected(wallClock))));
        QCOMPARE(scrambledUtc.value(wallClock), *utc);
        QCOMPARE(Five9Values::ZoneClock(tz).toUtc(wallClock), utc); // a fresh cache agrees
    }
    QVERIFY(!Five9Values::ZoneClock(QTimeZone()).toUtc(midnight));
}

namespace {

// A getReportResultCsvResponse as a JAX-WS server writes it, around text.
QByteArray answerWith(const QString &text, const QByteArray &rawExtra = {})
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeNamespace(
        QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"), QStringLiteral("env"));
    w.writeStartElement(
        QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"), QStringLiteral("Envelope"));
    w.writeStartElement(
        QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"), QStringLiteral("Body"));
    w.writeStartElement(QStringLiteral("http://service.admin.ws.five9.com/"),
        QStringLiteral("getReportResultCsvResponse"));
    w.writeTextElement(QStringLiteral("return"), text);
    w.writeEndDocument();
    // References the writer does not produce itself, as other servers write them.
    return xml.replace("</return>", rawExtra + "</return>");
}

} // namespace

void TestFive9Csv::returnTextStreamsInPiecesOfEverySize()
{
    const QString text = QStringLiteral(
        "CALL ID,AGENT NAME\n1,\"O'Brien, & <Anna> \"\"Nan\"\"\"\n2,Jos\u00e9 \u20ac \U0001F600\n");
    const QByteArray answer = answerWith(text, "&#13;&#x1F600;&amp;");
    const QString expected = text + QStringLiteral("\r\U0001F600&");
    for (qsizetype size = 1; size <= answer.size(); ++size) {
        QString got;
        Five9ReturnText reader([&got](QStringView piece) { got += piece; });
        for (qsizetype at = 0; at < answer.size(); at += size)
            reader.feed(QByteArrayView(answer).sliced(at, std::min(size, answer.size() - at)));
        QString error;
        QVERIFY2(reader.finish(&error), qPrintable(QString::number(size) + u' ' + error));
        QCOMPARE(got, expected);
    }
    // An empty result.
    QString got = QStringLiteral("untouched");
    Five9ReturnText empty([&got](QStringView piece) { got = piece.toString(); });
    empty.feed(
        QByteArrayView(answerWith({})).toByteArray().replace("<return></return>", "<return/>"));
    QVERIFY(empty.finish(nullptr));
    QCOMPARE(got, QStringLiteral("untouched"));
}

void TestFive9Csv::returnTextCutOffAnywhereIsAnError()
{
    const QByteArray answer = answerWith(QStringLiteral("CALL ID\n1\n2\n"));
    const qsizetype end = answer.lastIndexOf("Envelope>") + 9;
    for (qsizetype cut = 0; cut < end; ++cut) {
        Five9ReturnText reader([](QStringView) {});
        reader.feed(QByteArrayView(answer).first(cut));
        QString error;
        QVERIFY2(!reader.finish(&error), qPrintable(QString::number(cut)));
        QVERIFY(!error.isEmpty());
    }
    Five9ReturnText whole([](QStringView) {});
    whole.feed(answer);
    QVERIFY(whole.finish(nullptr));
    Five9ReturnText unknown([](QStringView) {});
    unknown.feed(answerWith(QStringLiteral("a"), "&nbsp;"));
    QVERIFY(!unknown.finish(nullptr));
}

QTEST_GUILESS_MAIN(TestFive9Csv)
#include "tst_five9csv.moc"
