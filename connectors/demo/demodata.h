#pragma once

#include "api/records.h"

#include <QList>

// Deterministic contact-centre traffic: each (queue, interval) pair always gives the same
// figures, however a range is split, with a daily curve (opening hours, late-morning and
// afternoon peaks) and a weekly one (busy Mondays, quiet weekends).
namespace DemoData {

QList<QueueRecord> queues(int count);
IntervalRecord interval(int queueIndex, qint64 startUtc);
// Interval starts within range, aligned to 15 minutes.
qint64 firstIntervalAtOrAfter(qint64 utc);
qint64 intervalCount(const TimeRange &range);

} // namespace DemoData
