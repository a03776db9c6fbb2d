#include "import/importcountdown.h"

#include <algorithm>
#include <cmath>

namespace {
// How long a measured rate must have been observed before it is trusted fully; until then
// the estimate blends it with the promised budget so the first few batches cannot swing it.
constexpr double WarmupSeconds = 20.0;
} // namespace

ImportCountdown::ImportCountdown(Clock clock)
    : m_clock(std::move(clock))
    , m_startMs(m_clock())
    , m_shownAtMs(m_startMs)
{
}

double ImportCountdown::elapsedSeconds() const
{
    return double(m_clock() - m_startMs) / 1000.0;
}

void ImportCountdown::update(qint64 done, qint64 total)
{
    const qint64 now = m_clock();
    m_done = std::max<qint64>(0, done);
    m_total = std::max<qint64>(0, total);
    if (m_firstSampleMs < 0 && m_done > 0) {
        // The first sample only anchors the rate: the work before it includes connecting.
        m_firstSampleMs = now;
        m_firstSampleDone = m_done;
    }
    m_lastSampleMs = now;
}

void ImportCountdown::finish()
{
    m_finished = true;
}

double ImportCountdown::estimateSeconds() const
{
    if (m_finished)
        return 0;
    double budget = std::max(0.0, InitialSeconds - elapsedSeconds());
    if (m_total <= 0)
        return budget;
    if (m_done >= m_total)
        return 0;
    // The promise was 15 minutes for all of it: no more than that share for what is left.
    budget = std::min(budget, InitialSeconds * double(m_total - m_done) / double(m_total));
    if (m_firstSampleMs < 0)
        return budget;
    const double measuredFor = double(m_lastSampleMs - m_firstSampleMs) / 1000.0;
    const qint64 measuredItems = m_done - m_firstSampleDone;
    if (measuredFor <= 0 || measuredItems <= 0)
        return budget;
    const double rate = double(measuredItems) / measuredFor;
    const double sinceSample = double(m_clock() - m_lastSampleMs) / 1000.0;
    const double measured = std::max(0.0, double(m_total - m_done) / rate - sinceSample);
    const double weight = std::min(1.0, measuredFor / WarmupSeconds);
    return weight * measured + (1.0 - weight) * budget;
}

qint64 ImportCountdown::remainingSeconds()
{
    const qint64 now = m_clock();
    const double estimate = estimateSeconds();
    // Follows the estimate's change, but never loses more than the clock did (then it drops
    // to the estimate): it rises only when and as much as the estimate rose.
    const double tick = double(now - m_shownAtMs) / 1000.0;
    const double change = std::max(estimate - m_lastEstimate, -tick);
    m_shown = m_finished ? 0.0 : std::max(0.0, std::min(estimate, m_shown + change));
    m_shownAtMs = now;
    m_lastEstimate = estimate;
    return qint64(std::ceil(m_shown));
}
