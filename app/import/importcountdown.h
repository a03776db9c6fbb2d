#pragma once

#include <QtGlobal>

#include <functional>

// The first-import countdown: starts at a promised budget (15 minutes) and is re-estimated
// from measured progress (remaining items ÷ observed rate). The shown value counts down with
// the clock, drops at once when the import turns out faster, and rises only by as much as the
// estimate itself rose, so it never jumps backwards on noise. Pure: time comes from the clock.
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
    double elapsedSeconds() const;

    Clock m_clock;
    qint64 m_startMs = 0;
    qint64 m_firstSampleMs = -1; // first update with done > 0
    qint64 m_firstSampleDone = 0;
    qint64 m_lastSampleMs = -1;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_finished = false;

    double m_shown = InitialSeconds;
    double m_lastEstimate = InitialSeconds;
    qint64 m_shownAtMs = 0;
};
