// Build-time tool: renders an SVG icon into square sizes, so the rasters are always made from
// the SVG beside them: PNG for the hicolor icon theme, and raw premultiplied RGBA bytes (OUT
// ending in .rgba) for the icons the window paints at start (ui/icons.h), which then need no
// decoder and no image plugin.
//   acd-render-icon ICON.svg SIZE=OUT.png|OUT.rgba [SIZE=OUT ...]
// Qt's own SVG renderer draws them, the same one that draws the icon in the window.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

static int fail(const QString &message)
{
    std::fprintf(stderr, "acd-render-icon: %s\n", qPrintable(message));
    return 1;
}

int main(int argc, char *argv[])
{
    if (argc < 3)
        return fail(QStringLiteral("usage: acd-render-icon ICON.svg SIZE=OUT.png..."));
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid())
        return fail(QStringLiteral("%1 is not a valid SVG").arg(QString::fromLocal8Bit(argv[1])));

    for (int i = 2; i < argc; ++i) {
        const QString request = QString::fromLocal8Bit(argv[i]);
        const qsizetype equals = request.indexOf(QLatin1Char('='));
        bool isNumber = false;
        const int size = request.left(equals).toInt(&isNumber);
        if (equals < 0 || !isNumber || size <= 0)
            return fail(QStringLiteral("%1 is not SIZE=OUT.png").arg(request));
        const QString output = request.mid(equals + 1);

        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        if (!QDir().mkpath(QFileInfo(output).absolutePath()))
            return fail(QStringLiteral("cannot write %1").arg(output));
        if (output.endsWith(QLatin1String(".rgba"))) {
            // Byte order R, G, B, A on every machine; rows without padding.
            const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888_Premultiplied);
            QFile file(output);
            bool written = file.open(QIODevice::WriteOnly);
            for (int y = 0; written && y < size; ++y)
                written = file.write(reinterpret_cast<const char *>(rgba.constScanLine(y)),
                              qint64(size) * 4)
                    == qint64(size) * 4;
            if (!written)
                return fail(QStringLiteral("cannot write %1").arg(output));
        } else if (!image.save(output, "PNG")) {
            return fail(QStringLiteral("cannot write %1").arg(output));
        }
    }
    return 0;
}
