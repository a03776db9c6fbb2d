// The yardstick of benchmark (d): a bare Qt Widgets program that shows one empty window and,
// like `acdconnect --quit-after-first-paint`, prints "painted" once that window's first paint
// has been flushed, then quits. With --label the window shows one line of text, so the
// difference to the empty window is what the first text costs (the font system's start).
#include "firstpaintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(960, 600);
    if (QApplication::arguments().contains(QStringLiteral("--label")))
        (new QVBoxLayout(&window))
            ->addWidget(new QLabel(QStringLiteral("Account › Integrations"), &window));
    window.installEventFilter(new FirstPaintProbe(&window));
    window.show();
    return QApplication::exec();
}
