#include "icons.h"

#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QResource>

QIcon Icons::named(const QString &name)
{
    // The GUI thread only, as every QIcon.
    static QHash<QString, QIcon> made;
    if (const auto found = made.constFind(name); found != made.cend())
        return *found;
    QIcon icon;
    for (const int size : renderedSizes) {
        const QByteArray bytes = QResource(QStringLiteral(":/icons/%1/%2.rgba").arg(size).arg(name))
                                     .uncompressedData();
        if (bytes.size() != qsizetype(size) * size * 4)
            continue;
        // The image reads the bytes in place; fromImage copies them into a pixmap.
        const QImage image(reinterpret_cast<const uchar *>(bytes.constData()), size, size, size * 4,
            QImage::Format_RGBA8888_Premultiplied);
        icon.addPixmap(QPixmap::fromImage(image));
    }
    made.insert(name, icon);
    return icon;
}
