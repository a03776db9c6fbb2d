#include "five9/five9values.h"

#include <QDateTime>

#include <limits>

namespace {

constexpr qint64 DaySeconds = 86400;
constexpr qint64 HourSeconds = 3600;
constexpr int Irregular = std::numeric_limits<int>::min();

// Reads a text left to right; every read either consumes what it asked for or fails.
class Cursor
{
public:
    explicit Cursor(QStringView text)
        : m_text(text)
    {
    }
    bool atEnd() const { return m_pos == m_text.size(); }
    bool literal(char16_t c)
    {
        if (atEnd() || m_text.at(m_pos) != c)
            return false;
        ++m_pos;
        return true;
    }
    void spaces()
    {
        while (!atEnd() && m_text.at(m_pos) == u' ')
            ++m_pos;
    }
    // minDigits..maxDigits ASCII digits.
    std::optional<int> number(int minDigits, int maxDigits)
    {
        int value = 0;
        int digits = 0;
        while (digits < maxDigits && !atEnd() && m_text.at(m_pos) >= u'0'
            && m_text.at(m_pos) <= u'9') {
            value = value * 10 + (m_text.at(m_pos).unicode() - u'0');
            ++m_pos;
            ++digits;
        }
        if (digits < minDigits)
            return std::nullopt;
        return value;
    }
    // The index in names of the next three letters (any case), or -1.
    template<size_t N> int name(const char *const (&names)[N])
    {
        if (m_pos + 3 > m_text.size())
            return -1;
        const QStringView word = m_text.mid(m_pos, 3);
        for (size_t i = 0; i < N; ++i) {
            if (word.compare(QLatin1String(names[i], 3), Qt::CaseInsensitive) == 0) {
                m_pos += 3;
                return int(i);
            }
        }
        return -1;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = int(year - era * 400);
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::optional<qint64> wallClock(int year, int month, int day, Cursor &in)
{
    const auto hour = in.number(1, 2);
    if (!hour || !in.literal(u':'))
        return std::nullopt;
    const auto minute = in.number(2, 2);
    if (!minute || !in.literal(u':'))
        return std::nullopt;
    const auto second = in.number(2, 2);
    in.spaces();
    if (!second || !in.atEnd())
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || *hour > 23
        || *minute > 59 || *second > 59)
        return std::nullopt;
    return daysFromCivil(year, month, day) * DaySeconds + *hour * HourSeconds + *minute * 60
        + *second;
}

// "Mon, 02 Mar 2026 09:14:03", Five9's own form. A weekday that does not match the date is
// refused, as QDateTime refused it: such a value was not written by Five9.
std::optional<qint64> rfcStyle(Cursor in)
{
    static constexpr const char *weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char *months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int weekday = in.name(weekdays);
    if (weekday < 0 || !in.literal(u','))
        return std::nullopt;
    in.spaces();
    const auto day = in.number(1, 2);
    if (!day || !in.literal(u' '))
        return std::nullopt;
    const int month = in.name(months);
    if (month < 0 || !in.literal(u' '))
        return std::nullopt;
    const auto year = in.number(4, 4);
    if (!year || !in.literal(u' '))
        return std::nullopt;
    const auto seconds = wallClock(*year, month + 1, *day, in);
    if (!seconds)
        return std::nullopt;
    const qint64 days = *seconds / DaySeconds - (*seconds % DaySeconds < 0);
    if (((days % 7 + 7 + 4) % 7) != weekday) // 1970-01-01 was a Thursday
        return std::nullopt;
    return seconds;
}

// "2026/03/02 09:14:03", "2026-03-02 09:14:03", "2026-03-02T09:14:03".
std::optional<qint64> yearFirst(Cursor in)
{
    const auto year = in.number(4, 4);
    if (!year)
        return std::nullopt;
    char16_t separator = u'-';
    if (!in.literal(separator)) {
        separator = u'/';
        if (!in.literal(separator))
            return std::nullopt;
    }
    const auto month = in.number(1, 2);
    if (!month || !in.literal(separator))
        return std::nullopt;
    const auto day = in.number(1, 2);
    if (!day || !(in.literal(u' ') || (separator == u'-' && in.literal(u'T'))))
        return std::nullopt;
    return wallClock(*year, *month, *day, in);
}

// "03/02/2026 09:14:03" (month first, as in the US).
std::optional<qint64> monthFirst(Cursor in)
{
    const auto month = in.number(1, 2);
    if (!month || !in.literal(u'/'))
        return std::nullopt;
    const auto day = in.number(1, 2);
    if (!day || !in.literal(u'/'))
        return std::nullopt;
    const auto year = in.number(4, 4);
    if (!year || !in.literal(u' '))
        return std::nullopt;
    return wallClock(*year, *month, *day, in);
}

} // namespace

namespace Five9Values {

std::optional<qint64> wallClockSeconds(QStringView text)
{
    const Cursor in(text.trimmed());
    if (const auto seconds = rfcStyle(in))
        return seconds;
    if (const auto seconds = yearFirst(in))
        return seconds;
    return monthFirst(in);
}

ZoneClock::ZoneClock(const QTimeZone &zone)
    : m_zone(zone)
{
}

std::optional<qint64> ZoneClock::toUtc(qint64 wallClockSeconds)
{
    if (!m_zone.isValid())
        return std::nullopt;
    const qint64 hourStart
        = wallClockSeconds - ((wallClockSeconds % HourSeconds) + HourSeconds) % HourSeconds;
    auto cached = m_hourOffsets.constFind(hourStart / HourSeconds);
    if (cached == m_hourOffsets.cend()) {
        // An hour whose first and last second have the same offset has no change of offset
        // inside (zones change at most once in an hour), so the offset holds for all of it.
        const qint64 first = hourStart - resolve(hourStart);
        const qint64 last = hourStart + HourSeconds - 1 - resolve(hourStart + HourSeconds - 1);
        const int offset = int(hourStart - first);
        const bool regular = last - first == HourSeconds - 1;
        if (m_hourOffsets.size() > 100000) // a report spans days, not decades; stay bounded
            m_hourOffsets.clear();
        cached = m_hourOffsets.insert(hourStart / HourSeconds, regular ? offset : Irregular);
    }
    if (*cached == Irregular) // the hour in which the offset changes: every second on its own
        return wallClockSeconds - resolve(wallClockSeconds);
    return wallClockSeconds - *cached;
}

int ZoneClock::offsetAt(qint64 utcSeconds) const
{
    return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

// The offset for a wall-clock time: the one of the day before or of the day after, whichever
// gives back this wall-clock time (zones change offset at most once in two days); the day
// before's when both do (the repeated hour) or neither does (the skipped hour).
qint64 ZoneClock::resolve(qint64 wallClockSeconds) const
{
    const int before = offsetAt(wallClockSeconds - DaySeconds);
    const int after = offsetAt(wallClockSeconds + DaySeconds);
    if (offsetAt(wallClockSeconds - before) == before)
        return before;
    if (offsetAt(wallClockSeconds - after) == after)
        return after;
    return before;
}

std::optional<qint64> timestamp(QStringView text, const QTimeZone &zone)
{
    const auto wallClock = wallClockSeconds(text);
    if (!wallClock)
        return std::nullopt;
    return ZoneClock(zone).toUtc(*wallClock);
}

std::optional<qint64> durationSeconds(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return 0;
    // Up to three groups of digits: [[h:]m:]s. Digits only: no sign, no spaces inside.
    qint64 seconds = 0;
    int groups = 0;
    qsizetype i = 0;
    while (true) {
        const qsizetype start = i;
        qint64 value = 0;
        while (i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9') {
            if (i - start >= 12) // more than a lifetime of seconds: not a duration
                return std::nullopt;
            value = value * 10 + (text.at(i).unicode() - u'0');
            ++i;
        }
        if (i == start || ++groups > 3)
            return std::nullopt;
        seconds = seconds * 60 + value;
        if (i == text.size())
            return seconds;
        if (text.at(i) != u':')
            return std::nullopt;
        ++i;
    }
}

std::optional<bool> flag(QStringView text)
{
    text = text.trimmed();
    const auto is = [text](const char *word) {
        return text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    };
    if (text.isEmpty() || is("0") || is("false") || is("no"))
        return false;
    if (is("1") || is("true") || is("yes"))
        return true;
    return std::nullopt;
}

} // namespace Five9Values
