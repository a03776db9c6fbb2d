#pragma once

#include <QHash>
#include <QString>
#include <QTimeZone>

#include <optional>

// Reading the values in Five9's report CSV: timestamps in the domain's time zone and
// durations as h:mm:ss.
namespace Five9Values {

// "Mon, 02 Mar 2026 09:14:03", "2026/03/02 09:14:03", "2026-03-02 09:14:03" (also with a T)
// or "03/02/2026 09:14:03" as wall-clock seconds since the epoch (the time read as if it were
// UTC), or nullopt. Hand-written: no locale, no time zone, no allocation.
std::optional<qint64> wallClockSeconds(QStringView text);

// The domain zone's wall-clock seconds to UTC seconds, with the zone's offset cached per
// local hour, so a report of 50,000 calls asks the zone database about 24 times a day.
// A local time that does not exist (the hour skipped in spring) or exists twice (the hour
// repeated in autumn) is read with the offset in effect before the change.
class ZoneClock
{
public:
    explicit ZoneClock(const QTimeZone &zone);
    // UTC seconds, or nullopt when the zone is not valid.
    std::optional<qint64> toUtc(qint64 wallClockSeconds);

private:
    qint64 resolve(qint64 wallClockSeconds) const;
    int offsetAt(qint64 utcSeconds) const;

    QTimeZone m_zone;
    QHash<qint64, int> m_hourOffsets; // local hour -> offset, or Irregular
};

// wallClockSeconds() read in zone: UTC seconds, or nullopt. For one value; rows go through
// a ZoneClock.
std::optional<qint64> timestamp(QStringView text, const QTimeZone &zone);
// "0:03:25", "00:03:25", "3:25" or plain seconds; an empty field is 0.
std::optional<qint64> durationSeconds(QStringView text);
// "1"/"0", "true"/"false", "yes"/"no"; an empty field is false.
std::optional<bool> flag(QStringView text);

} // namespace Five9Values
