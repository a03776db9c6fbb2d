#pragma once

#include <QIcon>

// The program's own icons, drawn as SVG in resources/icons/ and rendered at build time
// (ui/CMakeLists.txt, tools/rendericon.cpp) into raw RGBA rasters in the sizes a window asks
// for. A start-up paints them with no SVG plugin, no image decoder (whose first use scans the
// image plugins) and no icon theme: the style's theme icons for the states cost more
// instructions than the rest of the table (docs/benchmarks.md, (d)).
namespace Icons {

// The icon rendered from resources/icons/<name>.svg, e.g. "state-connected",
// "connector-five9", "acdconnect"; made once and shared. A name without rasters gives a null
// icon.
QIcon named(const QString &name);

// The sizes every icon is rendered in, in device pixels (ui/CMakeLists.txt renders these).
inline constexpr int renderedSizes[] = {16, 24, 32, 48, 64};

} // namespace Icons
