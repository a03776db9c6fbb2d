#include "five9/five9regions.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Five9Regions", text);
}
} // namespace

namespace Five9Regions {

QList<Five9Region> all()
{
    // Hosts from Five9's public material (see shared/research/README.md); Frankfurt's host
    // was found in only one source.
    return {
        {QStringLiteral("us"), tr("United States"), tr("US"), QStringLiteral("api.five9.com"),
            QStringLiteral("America/Los_Angeles")},
        {QStringLiteral("ca"), tr("Canada"), tr("Canada"), QStringLiteral("api.five9.ca"),
            QStringLiteral("America/Toronto")},
        {QStringLiteral("eu-uk"), tr("Europe (UK)"), tr("Europe, UK"),
            QStringLiteral("api.five9.eu"), QStringLiteral("Europe/London")},
        {QStringLiteral("eu-de"), tr("Europe (Frankfurt)"), tr("Europe, Frankfurt"),
            QStringLiteral("api.eu.five9.com"), QStringLiteral("Europe/Berlin")},
    };
}

QString defaultKey()
{
    return QStringLiteral("us");
}

Five9Region byKey(const QString &key)
{
    const QList<Five9Region> regions = all();
    for (const Five9Region &region : regions)
        if (region.key == key)
            return region;
    return regions.first();
}

} // namespace Five9Regions
