#pragma once

#include "core/volumes/volume.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace qm {

/// One sample of the Prometheus text exposition format.
struct PrometheusSample
{
    QString name;
    QList<QPair<QString, QString>> labels; ///< in the order written, escapes resolved
    double value = 0.0;                    ///< NaN and ±Inf as written

    /// The value of label `name`, or a null string.
    QString label(QStringView labelName) const;
};

/// What a scrape held.
struct PrometheusText
{
    QList<PrometheusSample> samples;
    int badLines = 0;       ///< lines that are neither samples nor comments, skipped
    QString firstError;     ///< "line 12: …" for the first of them
    bool truncated = false; ///< input or sample count passed the limits and was cut
};

/// Limits that keep a hostile exporter from exhausting memory.
inline constexpr qsizetype kMaxPrometheusBytes = 32 * 1024 * 1024;
inline constexpr qsizetype kMaxPrometheusSamples = 1000000;
inline constexpr int kMaxPrometheusLabels = 64;

/// Parses the Prometheus text exposition format (version 0.0.4): `# HELP` / `# TYPE`
/// and other comments skipped; samples `name{label="value",...} value [timestamp]`
/// with `\\`, `\"` and `\n` escapes in label values and Go float syntax for values
/// (`NaN`, `+Inf`, `-Inf`). Only samples whose metric name `keep` accepts are stored
/// (all when `keep` is empty), so a full node_exporter scrape costs little. Never
/// fails as a whole: a malformed line is counted and skipped.
PrometheusText parsePrometheusText(const QByteArray &text,
                                   const std::function<bool(QStringView name)> &keep = {});

/// The filesystems in node_exporter's `node_filesystem_*` series (docs/formats.md,
/// "node_exporter"), one
/// volume per mount point: total from `size_bytes`, used = size − free, available from
/// `avail_bytes`, read-only from `readonly`, an error state from `device_error`.
/// Series with non-finite or negative values give no figures.
VolumeList nodeExporterVolumes(const QList<PrometheusSample> &samples);

/// The metric names nodeExporterVolumes reads, for parsePrometheusText's `keep`.
bool isNodeFilesystemMetric(QStringView name);

} // namespace qm
