#include "import/importscheduler.h"

#include "api/records.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace {
// ACDs publish an interval's statistics shortly after it closes; importing right at the
// boundary would mostly fetch the interval again next time.
constexpr qint64 SettleSeconds = 60;
} // namespace

ImportScheduler::ImportScheduler(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

ImportScheduler::~ImportScheduler() = default;

qint64 ImportScheduler::nextSlot(qint64 afterUtc, int stepMinutes)
{
    const qint64 step = std::max<qint64>(IntervalSeconds, qint64(stepMinutes) * 60);
    const qint64 boundary = afterUtc - (afterUtc % step) + step;
    return boundary + SettleSeconds;
}

QTimer &ImportScheduler::timer(const QString &id)
{
    auto it = m_timers.find(id);
    if (it != m_timers.end())
        return *it->second;
    auto created = std::make_unique<QTimer>();
    created->setSingleShot(true);
    created->setTimerType(Qt::PreciseTimer);
    connect(created.get(), &QTimer::timeout, this, [this, id] { emit due(id); });
    return *m_timers.emplace(id, std::move(created)).first->second;
}

void ImportScheduler::planAt(const QString &id, qint64 dueUtc, int stepMinutes)
{
    const qint64 now = m_clock();
    // A time "in the future" beyond the next slot means the clock was set back: go by the
    // clock now rather than wait for a slot that may be days away.
    dueUtc = std::min(dueUtc, nextSlot(now, stepMinutes));
    planIn(id, std::max<qint64>(0, dueUtc - now) * 1000);
}

void ImportScheduler::planIn(const QString &id, qint64 delayMs)
{
    timer(id).start(std::chrono::milliseconds(std::max<qint64>(0, delayMs)));
}

void ImportScheduler::cancel(const QString &id)
{
    if (auto it = m_timers.find(id); it != m_timers.end())
        it->second->stop();
}

bool ImportScheduler::isPlanned(const QString &id) const
{
    const auto it = m_timers.find(id);
    return it != m_timers.end() && it->second->isActive();
}

void ImportScheduler::forget(const QString &id)
{
    m_timers.erase(id);
}
