#include "demo/demodata.h"

#include <QStringList>

#include <array>
#include <cmath>

namespace DemoData {
namespace {

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A number in [0, 1) fixed by its inputs.
double noise(quint64 a, quint64 b, quint64 salt)
{
    return double(mix(mix(a * 31 + salt) ^ b) >> 11) / double(1ULL << 53);
}

double dailyShape(int minuteOfDay)
{
    const double hour = minuteOfDay / 60.0;
    if (hour < 7.0 || hour >= 21.0)
        return 0.0;
    const auto bump = [hour](double centre, double width) {
        const double d = (hour - centre) / width;
        return std::exp(-d * d);
    };
    return 0.15 + bump(10.5, 1.6) + 0.8 * bump(14.5, 1.8) + 0.3 * bump(18.5, 1.2);
}

constexpr std::array<double, 7> WeeklyShape = {1.25, 1.1, 1.0, 1.0, 0.95, 0.45, 0.1}; // Mon..Sun

const std::array<const char *, 8> Topics
    = {"Sales", "Support", "Billing", "Retention", "Orders", "Returns", "Loyalty", "Technical"};
const std::array<const char *, 5> Sites = {"Milano", "Berlin", "Lyon", "Madrid", "Dublin"};

} // namespace

QList<QueueRecord> queues(int count)
{
    QList<QueueRecord> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1 %2").arg(QLatin1String(Topics[i % Topics.size()]),
            QLatin1String(Sites[(i / Topics.size()) % Sites.size()]));
        const int round = i / int(Topics.size() * Sites.size());
        result.append({QStringLiteral("Q%1").arg(i + 1, 4, 10, QLatin1Char('0')),
            round ? QStringLiteral("%1 %2").arg(name).arg(round + 1) : name,
            QStringLiteral("queue")});
    }
    return result;
}

qint64 firstIntervalAtOrAfter(qint64 utc)
{
    const qint64 rest = ((utc % IntervalSeconds) + IntervalSeconds) % IntervalSeconds;
    return rest ? utc + (IntervalSeconds - rest) : utc;
}

qint64 intervalCount(const TimeRange &range)
{
    const qint64 first = firstIntervalAtOrAfter(range.fromUtc);
    if (first >= range.toUtc)
        return 0;
    return (range.toUtc - first + IntervalSeconds - 1) / IntervalSeconds;
}

IntervalRecord interval(int queueIndex, qint64 startUtc)
{
    const qint64 day = startUtc >= 0 ? startUtc / 86400 : (startUtc - 86399) / 86400;
    const int minuteOfDay = int((startUtc - day * 86400) / 60);
    const int weekday = int(((day + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday; 0 = Monday
    const quint64 q = quint64(queueIndex) + 1;
    const quint64 t = quint64(startUtc);

    const double size = 4.0 + 26.0 * noise(q, 0, 1);
    const double expected
        = size * dailyShape(minuteOfDay) * WeeklyShape[weekday] * (0.8 + 0.4 * noise(q, t, 2));
    IntervalRecord record;
    record.queueExternalId = QStringLiteral("Q%1").arg(queueIndex + 1, 4, 10, QLatin1Char('0'));
    record.startUtc = startUtc;
    record.offered = int(std::lround(expected));
    record.abandoned = int(std::lround(record.offered * (0.02 + 0.08 * noise(q, t, 3))));
    record.handled = record.offered - record.abandoned;
    const qint64 averageHandle = 180 + qint64(240 * noise(q, 0, 4));
    record.handleSeconds = record.handled * averageHandle;
    record.afterCallSeconds = record.handled * (20 + qint64(40 * noise(q, 0, 5)));
    record.answeredInServiceLevel
        = int(std::lround(record.handled * (0.7 + 0.28 * noise(q, t, 6))));
    return record;
}

} // namespace DemoData
