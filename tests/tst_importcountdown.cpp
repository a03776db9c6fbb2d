#include "import/importcountdown.h"

#include <QTest>

#include <cmath>

// The first-import countdown against a simulated clock: no sleeping, every step exact.
class TestImportCountdown : public QObject
{
    Q_OBJECT
private slots:
    void startsAtFifteenMinutesAndTicksWithTheClock();
    void followsMeasuredProgress_data();
    void followsMeasuredProgress();
    void neverJumpsBackwardsByMoreThanTheEstimateRose();
    void endsAtZero();

private:
    qint64 m_nowMs = 0;
    ImportCountdown::Clock clock()
    {
        return [this] { return m_nowMs; };
    }
};

void TestImportCountdown::startsAtFifteenMinutesAndTicksWithTheClock()
{
    m_nowMs = 5'000'000;
    ImportCountdown countdown(clock());
    QCOMPARE(countdown.remainingSeconds(), 15 * 60);
    m_nowMs += 10'000; // connecting, no progress yet
    QCOMPARE(countdown.remainingSeconds(), 15 * 60 - 10);
    countdown.update(0, 1000);
    m_nowMs += 5'000;
    QCOMPARE(countdown.remainingSeconds(), 15 * 60 - 15);
}

void TestImportCountdown::followsMeasuredProgress_data()
{
    QTest::addColumn<double>("itemsPerSecond");
    QTest::addColumn<qint64>("total");
    QTest::newRow("fast: 2 minutes of work") << 100.0 << qint64(12'000);
    QTest::newRow("about the budget: 14 minutes") << 10.0 << qint64(8'400);
    QTest::newRow("slow: 25 minutes") << 2.0 << qint64(3'000);
}

// A steady import: once the rate has been observed for a while, the countdown is the true
// time left within a few seconds, and it moves down monotonically within a small tolerance.
void TestImportCountdown::followsMeasuredProgress()
{
    QFETCH(double, itemsPerSecond);
    QFETCH(qint64, total);
    m_nowMs = 0;
    ImportCountdown countdown(clock());
    m_nowMs = 3'000; // connecting and discovering queues
    const qint64 workStartMs = m_nowMs;
    const double trueDuration = double(total) / itemsPerSecond;
    qint64 previous = countdown.remainingSeconds();
    qint64 maxRise = 0;
    qint64 lastShown = previous;
    for (qint64 step = 1;; ++step) {
        m_nowMs = workStartMs + step * 500;
        const double seconds = double(m_nowMs - workStartMs) / 1000.0;
        const qint64 done = std::min<qint64>(total, qint64(seconds * itemsPerSecond));
        countdown.update(done, total);
        const qint64 shown = countdown.remainingSeconds();
        maxRise = std::max(maxRise, shown - previous);
        previous = shown;
        lastShown = shown;
        const double trueLeft = trueDuration - seconds;
        if (seconds >= 30 && trueLeft > 0) // past the warm-up the estimate is the truth
            QVERIFY2(std::abs(double(shown) - trueLeft) <= 3.0,
                qPrintable(QStringLiteral("at %1 s shown %2 s, true %3 s")
                               .arg(seconds)
                               .arg(shown)
                               .arg(trueLeft)));
        if (done >= total)
            break;
    }
    // The slow case starts above the budget's tick and rises while the estimate rises; it
    // must never rise more than a couple of seconds per half-second step.
    QVERIFY2(maxRise <= (trueDuration > 900 ? 60 : 1), qPrintable(QString::number(maxRise)));
    QVERIFY(lastShown <= 1);
    countdown.finish();
    QCOMPARE(countdown.remainingSeconds(), 0);
}

// A stall makes the estimate grow; the shown value may rise by that growth, never more, and
// a burst afterwards brings it down at once.
void TestImportCountdown::neverJumpsBackwardsByMoreThanTheEstimateRose()
{
    m_nowMs = 0;
    ImportCountdown countdown(clock());
    const qint64 total = 10'000;
    qint64 done = 0;
    // 60 s at 20 items/s.
    for (int s = 1; s <= 60; ++s) {
        m_nowMs = s * 1000;
        done += 20;
        countdown.update(done, total);
        countdown.remainingSeconds();
    }
    double previousEstimate = countdown.estimateSeconds();
    qint64 previousShown = countdown.remainingSeconds();
    // 60 s without progress (a slow response from the ACD).
    for (int s = 61; s <= 120; ++s) {
        m_nowMs = s * 1000;
        countdown.update(done, total);
        const double estimate = countdown.estimateSeconds();
        const qint64 shown = countdown.remainingSeconds();
        const double rose = std::max(0.0, estimate - previousEstimate);
        QVERIFY2(double(shown) <= double(previousShown) + rose + 1.0,
            qPrintable(QStringLiteral("shown %1 → %2, estimate rose %3")
                           .arg(previousShown)
                           .arg(shown)
                           .arg(rose)));
        previousEstimate = estimate;
        previousShown = shown;
    }
    // A burst: the rest arrives quickly, the shown value drops with the estimate.
    m_nowMs = 125'000;
    countdown.update(total - 100, total);
    const qint64 afterBurst = countdown.remainingSeconds();
    QVERIFY2(afterBurst < previousShown / 2, qPrintable(QString::number(afterBurst)));
}

void TestImportCountdown::endsAtZero()
{
    m_nowMs = 0;
    ImportCountdown countdown(clock());
    countdown.update(10, 100);
    m_nowMs = 10'000;
    countdown.update(100, 100);
    QCOMPARE(countdown.remainingSeconds(), 0);
    countdown.finish();
    m_nowMs = 20'000;
    QCOMPARE(countdown.remainingSeconds(), 0);
}

QTEST_GUILESS_MAIN(TestImportCountdown)
#include "tst_importcountdown.moc"
