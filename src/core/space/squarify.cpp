#include "squarify.h"

#include <algorithm>

namespace qm {

namespace {

/// The worst aspect ratio of a row of `sum` total area, with largest and smallest
/// members `largest` and `smallest`, laid along a side of `side`.
double worstRatio(double sum, double largest, double smallest, double side)
{
    const double side2 = side * side;
    const double sum2 = sum * sum;
    return std::max(side2 * largest / sum2, sum2 / (side2 * smallest));
}

} // namespace

QList<QRectF> squarify(const QList<double> &weights, const QRectF &rect)
{
    QList<QRectF> rects(weights.size());
    double total = 0;
    qsizetype count = 0;
    for (const double w : weights) {
        if (w > 0) {
            total += w;
            ++count;
        }
    }
    if (total <= 0 || rect.width() <= 0 || rect.height() <= 0)
        return rects;
    const double scale = rect.width() * rect.height() / total; // area per unit of weight
    QRectF free = rect;
    qsizetype i = 0;
    while (i < count) {
        const bool horizontal = free.width() >= free.height(); // row along the left side
        const double side = horizontal ? free.height() : free.width();
        // Grow the row while its worst ratio improves.
        qsizetype end = i + 1;
        double sum = weights[i] * scale;
        double worst = worstRatio(sum, weights[i] * scale, weights[i] * scale, side);
        while (end < count) {
            const double area = weights[end] * scale;
            const double next = worstRatio(sum + area, weights[i] * scale, area, side);
            if (next > worst)
                break;
            worst = next;
            sum += area;
            ++end;
        }
        if (end == count)
            sum = free.width() * free.height(); // the last row takes what is left (rounding)
        const double thickness = side > 0 ? sum / side : 0;
        double along = horizontal ? free.top() : free.left();
        double rowSum = 0;
        for (qsizetype k = i; k < end; ++k)
            rowSum += weights[k];
        for (qsizetype k = i; k < end; ++k) {
            const double length = side * weights[k] / rowSum;
            if (horizontal)
                rects[k] = QRectF(free.left(), along, thickness, length);
            else
                rects[k] = QRectF(along, free.top(), length, thickness);
            along += length;
        }
        if (horizontal)
            free.setLeft(free.left() + thickness);
        else
            free.setTop(free.top() + thickness);
        i = end;
    }
    return rects;
}

} // namespace qm
