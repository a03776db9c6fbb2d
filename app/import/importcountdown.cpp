#include "import/importcountdown.h"

#include <algorithm>
#include <cmath>

namespace {
// The rate is measured over this much recent time: dozens of lumps even when reports take
// twenty seconds, so a slow spell at the ACD moves it without swinging it, and a lasting
// change of pace still shows within a fifth of the promised time.
constexpr qint64 WindowMs = 180'000;
// Until progress has been measured for this long, one quick report could claim any rate: the
// estimate stays the promised budget.
constexpr double MinMeasuredSeconds = 3.0;
// Then the measured rate takes over from the budget gradually over this time.
constexpr double WarmupSeconds = 10.0;
// The shown value closes its distance to the estimate with this time constant, but it falls
// by no more than 3 s per second of clock: a countdown running fast, never a jump. An import
// far quicker than the promise thus ends early, with a snap to 0, rather than being shown
// plunging from 15 minutes to 2 (issue 8).
constexpr double FollowSeconds = 5.0;
constexpr double MaxFallPerSecond = 3.0;
// Smoothing steps, so the result does not depend on how often the countdown is asked.
constexpr qint64 StepMs = 100;
} // namespace

ImportCountdown::ImportCountdown(Clock clock)
    : m_clock(std::move(clock))
    , m_startMs(m_clock())
    , m_shownAtMs(m_startMs)
{
}

double ImportCountdown::elapsedSeconds(qint64 now) const
{
    return double(now - m_startMs) / 1000.0;
}

void ImportCountdown::update(qint64 done, qint64 total)
{
    const qint64 now = m_clock();
    total = std::max<qint64>(0, total);
    done = std::clamp<qint64>(done, 0, total);
    // A retry starts again from its checkpoint with a smaller total: measure afresh.
    if (total != m_total || (!m_samples.empty() && done < m_samples.back().done)) {
        m_samples.clear();
        m_lastLump = 0;
        m_total = total;
    }
    if (m_total <= 0)
        return;
    if (m_samples.empty()) {
        m_anchor = {now, done};
        // The first report of a first import resumed from its checkpoint: the promise was
        // for the whole import, so what is left starts at its share of it, not at 15 minutes.
        if (!m_started && done > 0)
            m_shown = std::min(m_shown, InitialSeconds * double(total - done) / double(total));
        m_started = true;
    } else {
        // A report without progress (rows arriving, a phase tick) says nothing about when the
        // lump's work began: the lump is spread from the last progress on.
        if (done == m_samples.back().done)
            return;
        m_lastLump = done - m_samples.back().done;
    }
    m_samples.push_back({now, done});
    // Keep one sample at or before the window's start, for interpolating there.
    while (m_samples.size() >= 2 && m_samples[1].ms <= now - WindowMs)
        m_samples.pop_front();
}

void ImportCountdown::finish()
{
    m_finished = true;
}

double ImportCountdown::doneAt(qint64 ms) const
{
    if (m_samples.empty())
        return 0;
    if (ms <= m_samples.front().ms)
        return double(m_samples.front().done);
    for (std::size_t i = 1; i < m_samples.size(); ++i) {
        const Sample &a = m_samples[i - 1];
        const Sample &b = m_samples[i];
        if (ms < b.ms)
            return double(a.done)
                + double(b.done - a.done) * double(ms - a.ms) / double(b.ms - a.ms);
    }
    return double(m_samples.back().done);
}

double ImportCountdown::rateOver(qint64 endMs, double doneAtEnd) const
{
    const qint64 fromMs = std::max(m_anchor.ms, endMs - WindowMs);
    const double seconds = double(endMs - fromMs) / 1000.0;
    return seconds > 0 ? (doneAtEnd - doneAt(fromMs)) / seconds : 0.0;
}

double ImportCountdown::estimateSeconds() const
{
    if (m_finished)
        return 0;
    const qint64 now = m_clock();
    double budget = std::max(0.0, InitialSeconds - elapsedSeconds(now));
    if (m_total <= 0 || m_samples.empty())
        return budget;
    const Sample &last = m_samples.back();
    const qint64 remaining = m_total - last.done;
    if (remaining <= 0)
        return 0;
    // The promise was 15 minutes for all of it: no more than that share for what is left.
    budget = std::min(budget, InitialSeconds * double(remaining) / double(m_total));
    const double measuredFor = double(last.ms - m_anchor.ms) / 1000.0;
    if (measuredFor < MinMeasuredSeconds || last.done <= m_anchor.done)
        return budget;
    double rate = rateOver(last.ms, double(last.done));
    // While the next lump is overdue the pace has dropped: at best that lump lands now, and
    // the rate cannot be more than that would make it. A stall thus raises the estimate
    // steadily instead of letting it run out.
    rate = std::min(rate, rateOver(now, double(last.done + m_lastLump)));
    if (rate <= 0)
        return budget;
    // The lump being worked on is partly done: count down through it, but not beyond it.
    const double sinceLast = double(now - last.ms) / 1000.0;
    const double inFlight = std::min(sinceLast, double(m_lastLump) / rate);
    const double measured = std::max(0.0, double(remaining) / rate - inFlight);
    const double weight = std::min(1.0, (measuredFor - MinMeasuredSeconds) / WarmupSeconds);
    return weight * measured + (1.0 - weight) * budget;
}

qint64 ImportCountdown::remainingSeconds()
{
    const qint64 now = m_clock();
    // Finished, or every item in: the end is a snap to 0, not a glide.
    if (m_finished || (m_total > 0 && !m_samples.empty() && m_samples.back().done >= m_total)) {
        m_shown = 0;
        m_shownAtMs = now;
        return 0;
    }
    const double estimate = estimateSeconds();
    // Ticks down at 1 s per second when the estimate agrees, faster when the estimate is
    // lower, slower or not at all when it is higher: it never rises.
    while (m_shownAtMs < now) {
        const qint64 stepMs = std::min(StepMs, now - m_shownAtMs);
        const double step = double(stepMs) / 1000.0;
        m_shownAtMs += stepMs;
        // The estimate as it stood at this step: it counts down with the clock too.
        const double target = estimate + double(now - m_shownAtMs) / 1000.0;
        const double speed
            = std::clamp(-1.0 + (target - m_shown) / FollowSeconds, -MaxFallPerSecond, 0.0);
        m_shown = std::max(0.0, m_shown + speed * step);
    }
    // Whole seconds, without a float's last bit turning 890 into 891.
    return qint64(std::ceil(m_shown - 1e-6));
}
