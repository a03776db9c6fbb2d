#pragma once

#include <QtGlobal>

#include <deque>
#include <functional>

// The first-import countdown: starts at a promised budget (15 minutes) and is re-estimated
// from measured progress. Progress arrives in lumps (a day of intervals at a time, each after
// a report of its own duration), so the estimate is remaining items ÷ the rate over a sliding
// window of time, not over the last lump. The shown value is a separate, smoothed quantity: it
// ticks down with the clock, follows the estimate down at no more than 3 s per second, and
// never rises (a slower import makes it slow down or hold instead); only the end snaps to 0.
// Pure: time comes from the clock.
class ImportCountdown
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    static constexpr qint64 InitialSeconds = 15 * 60;

    explicit ImportCountdown(Clock clock);

    // Progress of the whole first import, in items (intervals).
    void update(qint64 done, qint64 total);
    void finish();

    // Seconds left as shown to the user; 0 once finished.
    qint64 remainingSeconds();
    // The raw estimate behind it, before smoothing (for tests and diagnostics).
    double estimateSeconds() const;

private:
    struct Sample
    {
        qint64 ms;
        qint64 done;
    };

    double elapsedSeconds(qint64 now) const;
    // Items done by ms, read off the samples as if each lump had been worked on evenly since
    // the sample before it; flat after the last sample.
    double doneAt(qint64 ms) const;
    // Items per second over the window ending at ms, and the time it covers.
    double rateOver(qint64 endMs, double doneAtEnd) const;

    Clock m_clock;
    qint64 m_startMs = 0;
    qint64 m_total = 0;
    bool m_started = false; // has seen its first report
    std::deque<Sample> m_samples; // of the current total, done never decreasing
    Sample m_anchor {0, 0}; // the first of them: where the measurement starts
    qint64 m_lastLump = 0; // items the last report that made progress added
    bool m_finished = false;

    double m_shown = InitialSeconds;
    qint64 m_shownAtMs = 0;
};
