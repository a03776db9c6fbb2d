// Reading Five9's report CSV and its values.
#include "five9/five9csv.h"
#include "five9/five9values.h"

#include <QTest>
#include <QTimeZone>

class TestFive9Csv : public QObject
{
    Q_OBJECT
private slots:
    void readsFieldsAsWritten_data();
    void readsFieldsAsWritten();
    void brokenCsvNamesTheLine_data();
    void brokenCsvNamesTheLine();
    void durationsAndFlags_data();
    void durationsAndFlags();
    void timestampsAreReadInTheDomainsZone();
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

QTEST_GUILESS_MAIN(TestFive9Csv)
#include "tst_five9csv.moc"
