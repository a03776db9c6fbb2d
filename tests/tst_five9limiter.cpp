#include "five9/five9limiter.h"

#include <QTest>

// The limiter's arithmetic on a clock the test moves: Five9's documented limits, a domain's
// own limits and counters from getCallCountersState, and a limit Five9 reports anyway.
class TestFive9Limiter : public QObject
{
    Q_OBJECT
private slots:
    void documentedLimitsPerMinuteAndHour();
    void neverMoreThanTheLimitInAnyWindow();
    void countersFromFive9CountOthersButNotUsTwice();
    void aLimitFive9ReportsFillsTheMinute();
    void aRequestCountsFromItsAnswer();

private:
    using Op = Five9Limiter::Operation;
    static constexpr qint64 Minute = 60'000;
    static constexpr qint64 Hour = 60 * Minute;
};

void TestFive9Limiter::documentedLimitsPerMinuteAndHour()
{
    Five9Limiter limiter;
    qint64 now = 0;
    for (int i = 0; i < 16; ++i) {
        QCOMPARE(limiter.delayMs(Op::RunReport, now), 0);
        limiter.record(Op::RunReport, now);
        now += 100;
    }
    // The 17th runReport in the minute waits until the first leaves it.
    QCOMPARE(limiter.delayMs(Op::RunReport, now), Minute - now);
    // Downloads have their own, larger, budget.
    QCOMPARE(limiter.delayMs(Op::RetrieveReport, now), 0);
    for (int i = 0; i < 20; ++i)
        limiter.record(Op::RetrieveReport, now);
    QVERIFY(limiter.delayMs(Op::RetrieveReport, now) > 0);
}

void TestFive9Limiter::neverMoreThanTheLimitInAnyWindow()
{
    // Send as fast as the limiter allows for three hours; count every sliding minute and hour.
    Five9Limiter limiter;
    std::vector<qint64> sent;
    qint64 now = 0;
    while (now < 3 * Hour) {
        const qint64 wait = limiter.delayMs(Op::RunReport, now);
        if (wait > 0) {
            now += wait;
            continue;
        }
        limiter.record(Op::RunReport, now);
        sent.push_back(now);
        now += 250;
    }
    const auto most = [&](qint64 length) {
        size_t best = 0;
        for (size_t i = 0, j = 0; j < sent.size(); ++j) {
            while (sent[j] - sent[i] >= length)
                ++i;
            best = std::max(best, j - i + 1);
        }
        return best;
    };
    QCOMPARE(most(Minute), size_t(16));
    QCOMPARE(most(Hour), size_t(120));
    // And it is not needlessly slow: the hourly budget is used in full each hour.
    QCOMPARE(sent.size(), size_t(360));
}

void TestFive9Limiter::countersFromFive9CountOthersButNotUsTwice()
{
    Five9Limiter limiter;
    qint64 now = 1000;
    for (int i = 0; i < 4; ++i)
        limiter.record(Op::RunReport, now);
    // Five9 counts 10 in this hour: our 4 and 6 from someone else. This domain allows 12.
    limiter.sync(Op::RunReport, Hour, 12, 10, now);
    QCOMPARE(limiter.limits(Op::RunReport).at(1).limit, 12);
    limiter.record(Op::RunReport, now);
    limiter.record(Op::RunReport, now);
    QVERIFY(limiter.delayMs(Op::RunReport, now) > Minute); // the hour is spent
    QCOMPARE(limiter.delayMs(Op::RunReport, now + Hour), 0);
}

void TestFive9Limiter::aLimitFive9ReportsFillsTheMinute()
{
    Five9Limiter limiter;
    limiter.record(Op::RetrieveReport, 0);
    limiter.exceeded(Op::RetrieveReport, 5000);
    // Full from now on: one slot frees when our own request leaves the minute, the rest a
    // minute after the fault.
    QCOMPARE(limiter.delayMs(Op::RetrieveReport, 5000), Minute - 5000);
    limiter.record(Op::RetrieveReport, Minute);
    QCOMPARE(limiter.delayMs(Op::RetrieveReport, Minute), 5000);
    QCOMPARE(limiter.delayMs(Op::RetrieveReport, 5000 + Minute), 0);
}

void TestFive9Limiter::aRequestCountsFromItsAnswer()
{
    // 16 runReports sent 100 ms apart; the first reached Five9 late and was answered at 2 s.
    Five9Limiter limiter;
    for (int i = 0; i < 16; ++i)
        limiter.record(Op::RunReport, i * 100);
    limiter.answered(Op::RunReport, 0, 2000);
    // A minute after the first send, Five9's minute still holds all 16 (the first arrived
    // after 0 s): judged from its send, the 17th would go now and be refused.
    QCOMPARE(limiter.delayMs(Op::RunReport, Minute), 100);
    QCOMPARE(limiter.delayMs(Op::RunReport, Minute + 100), 0);
    // An answer for a time never recorded changes nothing.
    limiter.answered(Op::RunReport, 12345, 70000);
    QCOMPARE(limiter.delayMs(Op::RunReport, Minute), 100);
}

QTEST_GUILESS_MAIN(TestFive9Limiter)
#include "tst_five9limiter.moc"
