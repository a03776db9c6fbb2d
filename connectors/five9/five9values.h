#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

// Reading the values in Five9's report CSV: timestamps in the domain's time zone and
// durations as h:mm:ss.
namespace Five9Values {

// "Mon, 02 Mar 2026 09:14:03", "2026/03/02 09:14:03" or "2026-03-02 09:14:03" (also with a
// T), read in zone; UTC seconds, or nullopt.
std::optional<qint64> timestamp(const QString &text, const QTimeZone &zone);
// "0:03:25", "00:03:25", "3:25" or plain seconds; an empty field is 0.
std::optional<qint64> durationSeconds(const QString &text);
// "1"/"0", "true"/"false", "yes"/"no"; an empty field is false.
std::optional<bool> flag(const QString &text);

} // namespace Five9Values
