#include "chartpalette.h"

#include <iterator>

namespace qm {

namespace {

// Chosen for distance in CIELAB (pairwise at least 33, from #c62828, #ef6c00 and the
// grey #808080 at least 25) and for a lightness that reads on white.
const QRgb kColours[kChartColours] = {
    0x1f77b4, // blue
    0x2ca02c, // green
    0x8e24aa, // purple
    0x8c564b, // brown
    0xe91e63, // pink
    0x00bfa5, // teal
    0x827717, // olive
    0x1a237e, // navy
    0x000000, // black
    0xe377c2, // light pink
    0x00695c, // dark teal
    0x7b4173, // plum
};

} // namespace

QColor chartColour(int index)
{
    return QColor(kColours[(index % kChartColours + kChartColours) % kChartColours]);
}

QPen chartPen(int index)
{
    QPen pen(chartColour(index));
    // One cosmetic pixel: Qt's raster engine draws it directly, where a wider one goes
    // through the path stroker, many times slower on thousands of points.
    pen.setWidthF(1);
    pen.setCosmetic(true);
    switch ((index / kChartColours) % 4) {
    case 0:
        break;
    case 1:
        pen.setStyle(Qt::DashDotLine);
        break;
    case 2:
        pen.setStyle(Qt::DashDotDotLine);
        break;
    default:
        pen.setDashPattern({12, 4});
        break;
    }
    return pen;
}

} // namespace qm
