// The values in Five9's report cells, one cell per line of the input: timestamps (the
// hand-written Five9Values::wallClockSeconds, then local time to UTC through a ZoneClock in a
// zone with summer time), durations and flags.
#include "five9/five9values.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(FuzzSupport::bytes(data, size));
    const QTimeZone zone("America/Los_Angeles");
    Five9Values::ZoneClock clock(zone);
    for (const QStringView cell : QStringView(text).split(u'\n')) {
        if (const auto wallClock = Five9Values::wallClockSeconds(cell)) {
            const auto utc = clock.toUtc(*wallClock);
            FuzzSupport::check(utc.has_value(), "a valid zone places every time");
            // Los Angeles is 7 or 8 hours behind UTC.
            FuzzSupport::check(*utc - *wallClock >= 7 * 3600 && *utc - *wallClock <= 8 * 3600,
                "the zone's offset", cell.toString());
            FuzzSupport::check(Five9Values::timestamp(cell, zone) == utc,
                "one value read alone as in a row", cell.toString());
        }
        if (const auto seconds = Five9Values::durationSeconds(cell))
            FuzzSupport::check(*seconds >= 0, "no negative duration", cell.toString());
        Five9Values::flag(cell);
    }
    return 0;
}
