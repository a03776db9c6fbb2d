#pragma once

#include <QList>

#include <array>
#include <deque>

// Keeps the connector within a Five9 domain's request limits for reports. Five9 counts
// runReport ("ReportRequest") and getReportResultCsv ("RetrieveReport") per minute, hour and
// day, and answers OperationsLimitExceeded beyond them; the documented limits are the
// defaults, getCallCountersState gives a domain's own limits and how much of them is used.
//
// The limiter keeps the times of the requests it let through and allows a new one only when
// every window would stay within its limit: a sliding window, which never exceeds a fixed
// window's count either, so it holds whichever way Five9 counts. Times are milliseconds on
// one monotonic clock, passed in, so the arithmetic is testable without waiting.
class Five9Limiter
{
public:
    enum class Operation { RunReport, RetrieveReport };
    struct Window
    {
        qint64 lengthMs = 0;
        int limit = 0;
    };

    Five9Limiter();

    // Five9's documented limits: runReport 16/min, 120/h, 800/day; results 20/min, 200/h,
    // 1,000/day.
    static QList<Window> documentedLimits(Operation operation);

    // What getCallCountersState said at nowMs: in the window of lengthMs, 'used' of 'limit'
    // requests are spent. The requests the limiter itself let through are part of 'used';
    // the rest were sent by someone else (another program, an earlier run) at unknown times,
    // so they are counted as if sent now.
    void sync(Operation operation, qint64 lengthMs, int limit, int used, qint64 nowMs);
    // Five9 said the limit is reached although the count here says otherwise (another
    // client used it): the shortest window is taken as full from now.
    void exceeded(Operation operation, qint64 nowMs);

    // 0 when a request may be sent at nowMs, else how long to wait.
    qint64 delayMs(Operation operation, qint64 nowMs) const;
    // A request is sent now: it counts from now on, also while it is on its way.
    void record(Operation operation, qint64 nowMs);
    // The request recorded at sentMs was answered at nowMs. Five9 counted it when it
    // arrived, somewhere in between, so it now counts from the answer: a window judged from
    // the send time would let the next request go before Five9's own window has moved on.
    void answered(Operation operation, qint64 sentMs, qint64 nowMs);

    QList<Window> limits(Operation operation) const { return track(operation).windows; }

private:
    struct Track
    {
        QList<Window> windows;
        std::deque<qint64> sentMs; // ours and others', oldest first
    };
    Track &track(Operation operation) { return m_tracks[size_t(operation)]; }
    const Track &track(Operation operation) const { return m_tracks[size_t(operation)]; }
    static void forget(Track &track, qint64 nowMs);

    std::array<Track, 2> m_tracks;
};
