#include "demo/demoagents.h"

#include <QStringList>

#include <array>

namespace DemoAgents {
namespace {

constexpr qint64 DaySeconds = 86400;

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A small random source fixed by its seed: the same user and day give the same shift.
class Sequence
{
public:
    explicit Sequence(quint64 seed)
        : m_state(mix(seed))
    {
    }
    // A whole number in [low, high].
    qint64 between(qint64 low, qint64 high)
    {
        m_state = mix(m_state);
        return low + qint64(m_state % quint64(high - low + 1));
    }

private:
    quint64 m_state;
};

const std::array<const char *, 12> FirstNames = {"Maria", "Luca", "Anna", "Jonas", "Claire",
    "Pablo", "Siobhan", "Marco", "Lena", "Hugo", "Lucia", "Conor"};
const std::array<const char *, 8> LastNames
    = {"Rossi", "Becker", "Martin", "Garcia", "Murphy", "Bianchi", "Weber", "Dubois"};

const QString Ready = QStringLiteral("Ready");
const QString OnCall = QStringLiteral("On Call");
const QString AfterCallWork = QStringLiteral("After Call Work");
const QString NotReady = QStringLiteral("Not Ready");
const QString Logout = QStringLiteral("Logout");

QString notReady(const char *reason)
{
    return NotReady + u'/' + QLatin1String(reason);
}

QString userId(int index)
{
    return QStringLiteral("U%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

} // namespace

QList<ExternalUser> users()
{
    QList<ExternalUser> result;
    result.reserve(UserCount);
    for (int i = 0; i < UserCount; ++i) {
        const QString first = QLatin1String(FirstNames[i % FirstNames.size()]);
        const QString last = QLatin1String(LastNames[(i * 5 + i / 8) % LastNames.size()]);
        result.append({userId(i), first + u' ' + last,
            (first + u'.' + last).toLower() + QStringLiteral("@demo.example")});
    }
    return result;
}

QList<ExternalActivity> activities()
{
    const QString state = QStringLiteral("state");
    const QString reason = QStringLiteral("reason code");
    QList<ExternalActivity> result = {{Ready, Ready, state}, {OnCall, OnCall, state},
        {AfterCallWork, AfterCallWork, state}, {NotReady, NotReady, state}};
    for (const char *code : {"Break", "Lunch", "Meeting", "Training"})
        result.append({notReady(code), notReady(code), reason});
    result.append({Logout, Logout, state});
    return result;
}

QList<qint64> daysOf(const TimeRange &range)
{
    QList<qint64> days;
    if (range.isEmpty())
        return days;
    const auto floorDay = [](qint64 utc) {
        return (utc >= 0 ? utc / DaySeconds : (utc - DaySeconds + 1) / DaySeconds) * DaySeconds;
    };
    for (qint64 day = floorDay(range.fromUtc); day < range.toUtc; day += DaySeconds)
        days.append(day);
    return days;
}

QList<AgentStateRecord> shift(int userIndex, qint64 dayStartUtc)
{
    const qint64 dayNumber = dayStartUtc / DaySeconds;
    const int weekday = int(((dayNumber + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday
    if (weekday >= 5)
        return {};
    const QString user = userId(userIndex);
    Sequence random((quint64(userIndex + 1) << 32) ^ quint64(dayNumber));

    // Shifts start between 06:00 and 09:30 UTC, staggered by user, and last eight hours.
    const qint64 shiftStart = dayStartUtc + 6 * 3600 + (userIndex % 8) * 1800;
    const qint64 shiftEnd = shiftStart + 8 * 3600;
    QList<AgentStateRecord> states;
    qint64 at = shiftStart;
    const auto add = [&](const QString &activity, qint64 seconds) {
        seconds = std::max<qint64>(1, std::min(seconds, shiftEnd - at));
        states.append({user, activity, at, seconds});
        at += seconds;
    };
    // Breaks after about two and six hours, lunch after four; a meeting or a training on
    // some days.
    struct Pause
    {
        qint64 from;
        QString activity;
        qint64 seconds;
    };
    QList<Pause> pauses = {{shiftStart + 2 * 3600, notReady("Break"), 15 * 60},
        {shiftStart + 4 * 3600, notReady("Lunch"), 30 * 60},
        {shiftStart + 6 * 3600, notReady("Break"), 15 * 60}};
    const qint64 extra = random.between(0, 9);
    if (extra == 0)
        pauses.insert(1, {shiftStart + 3 * 3600, notReady("Meeting"), 45 * 60});
    else if (extra == 1)
        pauses.insert(2, {shiftStart + 5 * 3600, notReady("Training"), 60 * 60});

    add(NotReady, random.between(60, 300)); // signing in
    qsizetype nextPause = 0;
    while (at < shiftEnd) {
        if (nextPause < pauses.size() && at >= pauses.at(nextPause).from) {
            add(pauses.at(nextPause).activity, pauses.at(nextPause).seconds);
            ++nextPause;
            continue;
        }
        add(Ready, random.between(10, 360));
        if (at < shiftEnd)
            add(OnCall, random.between(150, 720));
        if (at < shiftEnd)
            add(AfterCallWork, random.between(20, 180));
    }
    states.append({user, Logout, shiftEnd, dayStartUtc + DaySeconds - shiftEnd});
    return states;
}

} // namespace DemoAgents
