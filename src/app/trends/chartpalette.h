#pragma once

#include <QColor>
#include <QPen>

namespace qm {

/// How many colours the line charts cycle through before a line gets a dash pattern.
constexpr int kChartColours = 12;

/// The colour of the `index`th line of a chart: 12 colours far apart from each other
/// (CIELAB distance at least 30) and from the threshold lines' red and orange and the
/// "now" line's grey, all dark enough to read as a thin line on white.
QColor chartColour(int index);

/// The pen of the `index`th line: chartColour(), one cosmetic pixel wide; solid for the
/// first 12, then dash-dot, dash-dot-dot and long dashes (12 each), then again. No two
/// of the first 48 lines share colour and pattern. (Dashes are kept for forecasts and
/// dots for thresholds and estimated stretches, which follow their line's colour.)
QPen chartPen(int index);

} // namespace qm
