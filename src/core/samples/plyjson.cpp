#include "plyjson.h"

#include "core/json/schema.h"

#include <QJsonArray>

#include <cmath>

namespace qm {

namespace {

QJsonValue finite(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QJsonValue point(const std::array<double, 3> &p)
{
    return QJsonArray{finite(p[0]), finite(p[1]), finite(p[2])};
}

QJsonValue distribution(const std::optional<PlyDistribution> &d, const QString &binning)
{
    if (!d)
        return QJsonValue();
    QJsonArray histogram;
    for (const qint64 count : d->histogram)
        histogram.append(count);
    return QJsonObject{{QStringLiteral("min"), finite(d->min)},
                       {QStringLiteral("max"), finite(d->max)},
                       {QStringLiteral("mean"), finite(d->mean)},
                       {QStringLiteral("histogram"), histogram},
                       {QStringLiteral("histogramBinning"), binning},
                       {QStringLiteral("histogramLow"), finite(d->histogramLow)},
                       {QStringLiteral("histogramHigh"), finite(d->histogramHigh)}};
}

} // namespace

QJsonObject plyInfoToJson(const PlyHeader &header, const SplatCloud &cloud,
                          const PlyStatistics &stats, qint64 sizeBytes)
{
    QJsonArray elements;
    for (const PlyElement &element : header.elements) {
        QJsonArray properties;
        for (const PlyProperty &property : element.properties)
            properties.append(QJsonObject{
                {QStringLiteral("name"), property.name},
                {QStringLiteral("type"), plyTypeName(property.type)},
                {QStringLiteral("listCountType"),
                 property.isList ? QJsonValue(plyTypeName(property.countType)) : QJsonValue()}});
        elements.append(QJsonObject{{QStringLiteral("name"), element.name},
                                    {QStringLiteral("count"), element.count},
                                    {QStringLiteral("properties"), properties}});
    }
    const bool box = stats.count > stats.nonFinite;
    return json::document({
        {QStringLiteral("format"), plyFormatKey(header.format)},
        {QStringLiteral("sizeBytes"), json::bytes(sizeBytes)},
        {QStringLiteral("elements"), elements},
        {QStringLiteral("isGaussianSplat"), cloud.isGaussianSplat},
        {QStringLiteral("vertexCount"), stats.count},
        {QStringLiteral("nonFiniteVertices"), stats.nonFinite},
        {QStringLiteral("bboxMin"), box ? point(stats.bboxMin) : QJsonValue()},
        {QStringLiteral("bboxMax"), box ? point(stats.bboxMax) : QJsonValue()},
        {QStringLiteral("opacity"), distribution(stats.alpha, QStringLiteral("linear"))},
        {QStringLiteral("scale"), distribution(stats.scale, QStringLiteral("log10"))},
    });
}

QJsonObject plyErrorToJson(const PlyError &error)
{
    return json::document(
        {{QStringLiteral("error"), QJsonObject{{QStringLiteral("offset"), error.offset},
                                               {QStringLiteral("message"), error.message}}}});
}

} // namespace qm
