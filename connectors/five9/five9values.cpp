#include "five9/five9values.h"

#include <QDateTime>
#include <QLocale>

namespace Five9Values {

std::optional<qint64> timestamp(const QString &text, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    static const QStringList formats = {
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"),
        QStringLiteral("yyyy/MM/dd HH:mm:ss"),
        QStringLiteral("yyyy-MM-dd HH:mm:ss"),
        QStringLiteral("yyyy-MM-ddTHH:mm:ss"),
        QStringLiteral("MM/dd/yyyy HH:mm:ss"),
    };
    for (const QString &format : formats) {
        QDateTime local = QLocale::c().toDateTime(trimmed, format);
        if (!local.isValid())
            continue;
        local = QDateTime(local.date(), local.time(), zone);
        if (local.isValid())
            return local.toSecsSinceEpoch();
    }
    return std::nullopt;
}

std::optional<qint64> durationSeconds(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    const QStringList parts = trimmed.split(u':');
    if (parts.size() > 3)
        return std::nullopt;
    qint64 seconds = 0;
    for (const QString &part : parts) {
        // Digits only: toLongLong would take "-0" or "+5".
        const bool digits = !part.isEmpty()
            && std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.isDigit(); });
        bool ok = false;
        const qint64 value = part.toLongLong(&ok);
        if (!digits || !ok)
            return std::nullopt;
        seconds = seconds * 60 + value;
    }
    return seconds;
}

std::optional<bool> flag(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == u"0" || value == u"false" || value == u"no")
        return false;
    if (value == u"1" || value == u"true" || value == u"yes")
        return true;
    return std::nullopt;
}

} // namespace Five9Values
