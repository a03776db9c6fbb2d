#pragma once

#include <QList>
#include <QString>

// Five9's data centres and the API host of each: the one place that knows them.
struct Five9Region
{
    QString key; // stored in the integration's settings
    QString label; // translated
    QString shortLabel; // translated, for suggested names
    QString host;
    QString timeZone; // the usual time zone of a domain hosted there (IANA id)
};

namespace Five9Regions {
QList<Five9Region> all();
// The region for a settings key; the United States for an unknown key.
Five9Region byKey(const QString &key);
QString defaultKey();
} // namespace Five9Regions
