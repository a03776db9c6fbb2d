#include "fakefive9limits.h"

#include <algorithm>

FakeFive9Limits::FakeFive9Limits()
{
    setLimit(QLatin1String(ReportRequest), Minute, 16);
    setLimit(QLatin1String(ReportRequest), Hour, 120);
    setLimit(QLatin1String(ReportRequest), Day, 800);
    setLimit(QLatin1String(RetrieveReport), Minute, 20);
    setLimit(QLatin1String(RetrieveReport), Hour, 200);
    setLimit(QLatin1String(RetrieveReport), Day, 1000);
}

QString FakeFive9Limits::operationType(const QString &operation)
{
    if (operation == u"runReport")
        return QLatin1String(ReportRequest);
    if (operation == u"getReportResultCsv")
        return QLatin1String(RetrieveReport);
    return {};
}

void FakeFive9Limits::setLimit(const QString &operationType, qint64 windowSeconds, qint64 limit)
{
    m_limits[operationType].insert(windowSeconds, limit);
}

qint64 FakeFive9Limits::limit(const QString &operationType, qint64 windowSeconds) const
{
    return m_limits.value(operationType).value(windowSeconds, -1);
}

qint64 FakeFive9Limits::count(
    const QString &operationType, qint64 windowSeconds, qint64 nowMs) const
{
    const QList<qint64> taken = m_taken.value(operationType);
    const auto first = std::upper_bound(taken.cbegin(), taken.cend(), nowMs - windowSeconds * 1000);
    return taken.cend() - first;
}

std::optional<FakeFive9Limits::Refusal> FakeFive9Limits::take(
    const QString &operationType, qint64 nowMs)
{
    const QMap<qint64, qint64> limits = m_limits.value(operationType);
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        if (it.value() >= 0 && count(operationType, it.key(), nowMs) >= it.value())
            return Refusal {it.value(), it.key(), operationType};
    QList<qint64> &taken = m_taken[operationType];
    taken.append(nowMs);
    // Nothing older than the longest window matters any more.
    const qint64 longest = limits.isEmpty() ? Day : limits.lastKey();
    while (!taken.isEmpty() && taken.first() <= nowMs - longest * 1000)
        taken.removeFirst();
    return std::nullopt;
}
