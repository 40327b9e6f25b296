#pragma once

#include <QList>
#include <QRectF>

namespace qm {

/// Lays `weights` out in `rect` as a squarified treemap (Bruls, Huizing and van Wijk,
/// 2000): rows of rectangles along the shorter side, each row closed when adding the
/// next weight would make its worst aspect ratio worse. `weights` must be sorted
/// largest first; zero and negative weights get an empty rectangle. Returns one
/// rectangle per weight, in the same order: together they tile `rect` (up to rounding),
/// never overlap, and each has an area proportional to its weight.
QList<QRectF> squarify(const QList<double> &weights, const QRectF &rect);

} // namespace qm
