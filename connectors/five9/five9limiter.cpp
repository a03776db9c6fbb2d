#include "five9/five9limiter.h"

#include <algorithm>

namespace {
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
} // namespace

Five9Limiter::Five9Limiter()
{
    for (Operation operation : {Operation::RunReport, Operation::RetrieveReport})
        track(operation).windows = documentedLimits(operation);
}

QList<Five9Limiter::Window> Five9Limiter::documentedLimits(Operation operation)
{
    if (operation == Operation::RunReport)
        return {{Minute, 16}, {Hour, 120}, {Day, 800}};
    return {{Minute, 20}, {Hour, 200}, {Day, 1000}};
}

void Five9Limiter::forget(Track &track, qint64 nowMs)
{
    qint64 longest = 0;
    for (const Window &window : std::as_const(track.windows))
        longest = std::max(longest, window.lengthMs);
    while (!track.sentMs.empty() && track.sentMs.front() <= nowMs - longest)
        track.sentMs.pop_front();
}

void Five9Limiter::sync(Operation operation, qint64 lengthMs, int limit, int used, qint64 nowMs)
{
    if (lengthMs <= 0 || limit <= 0)
        return;
    Track &t = track(operation);
    const auto window = std::find_if(t.windows.begin(), t.windows.end(),
        [lengthMs](const Window &w) { return w.lengthMs == lengthMs; });
    if (window == t.windows.end()) {
        t.windows.append({lengthMs, limit});
        std::sort(t.windows.begin(), t.windows.end(),
            [](const Window &a, const Window &b) { return a.lengthMs < b.lengthMs; });
    } else {
        window->limit = limit;
    }
    forget(t, nowMs);
    const auto ours = std::count_if(
        t.sentMs.cbegin(), t.sentMs.cend(), [&](qint64 at) { return at > nowMs - lengthMs; });
    for (qint64 others = used - ours; others > 0; --others)
        t.sentMs.push_back(nowMs);
}

void Five9Limiter::exceeded(Operation operation, qint64 nowMs)
{
    Track &t = track(operation);
    if (t.windows.isEmpty())
        return;
    const Window shortest = t.windows.first();
    forget(t, nowMs);
    const auto inWindow = std::count_if(t.sentMs.cbegin(), t.sentMs.cend(),
        [&](qint64 at) { return at > nowMs - shortest.lengthMs; });
    for (qint64 missing = shortest.limit - inWindow; missing > 0; --missing)
        t.sentMs.push_back(nowMs);
}

qint64 Five9Limiter::delayMs(Operation operation, qint64 nowMs) const
{
    const Track &t = track(operation);
    qint64 delay = 0;
    for (const Window &window : t.windows) {
        // The requests inside the window, newest last; with limit of them there, the next
        // may go when the oldest of the last 'limit' leaves the window.
        const auto first
            = std::lower_bound(t.sentMs.cbegin(), t.sentMs.cend(), nowMs - window.lengthMs + 1);
        const qint64 inWindow = t.sentMs.cend() - first;
        if (inWindow < window.limit)
            continue;
        const qint64 blocking = *(t.sentMs.cend() - window.limit);
        delay = std::max(delay, blocking + window.lengthMs - nowMs);
    }
    return delay;
}

void Five9Limiter::record(Operation operation, qint64 nowMs)
{
    Track &t = track(operation);
    forget(t, nowMs);
    // Kept in order: a time from a clock read earlier must not go behind a later one.
    t.sentMs.insert(std::upper_bound(t.sentMs.begin(), t.sentMs.end(), nowMs), nowMs);
}

void Five9Limiter::answered(Operation operation, qint64 sentMs, qint64 nowMs)
{
    Track &t = track(operation);
    const auto sent = std::lower_bound(t.sentMs.begin(), t.sentMs.end(), sentMs);
    if (sent == t.sentMs.end() || *sent != sentMs || nowMs <= sentMs)
        return;
    t.sentMs.erase(sent);
    t.sentMs.insert(std::upper_bound(t.sentMs.begin(), t.sentMs.end(), nowMs), nowMs);
}
