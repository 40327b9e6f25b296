#include "storagemetrics.h"

#include "core/fsutil/userfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <functional>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::StorageMetrics)
};

/// A label value as the text format writes it: backslash, double quote and line feed
/// escaped.
QByteArray labelValue(const QString &text)
{
    QByteArray value;
    for (const char c : text.toUtf8()) {
        if (c == '\\')
            value += "\\\\";
        else if (c == '"')
            value += "\\\"";
        else if (c == '\n')
            value += "\\n";
        else
            value += c;
    }
    return value;
}

struct Gauge
{
    const char *name;
    const char *help;
    std::function<double(const LocationScan &)> value;
};

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15); // a time to the millisecond, no float noise
}

} // namespace

QByteArray storageMetricsText(const QList<LocationScan> &scans)
{
    const Gauge gauges[] = {
        {"quartermaster_storage_objects", "Objects the location held at its last orphan scan.",
         [](const LocationScan &s) { return double(s.listedObjects); }},
        {"quartermaster_storage_size_bytes", "Bytes the location held at its last orphan scan.",
         [](const LocationScan &s) { return double(s.listedBytes); }},
        {"quartermaster_storage_referenced_keys",
         "Distinct keys the reference source named at the last orphan scan.",
         [](const LocationScan &s) { return double(s.referencedKeys); }},
        {"quartermaster_storage_orphan_objects",
         "Objects no reference points at, older than the minimum age.",
         [](const LocationScan &s) { return double(s.orphanObjects); }},
        {"quartermaster_storage_orphan_bytes",
         "Bytes of the objects no reference points at, older than the minimum age.",
         [](const LocationScan &s) { return double(s.orphanBytes); }},
        {"quartermaster_storage_missing_references", "Referenced keys the location does not hold.",
         [](const LocationScan &s) { return double(s.missingReferences); }},
        {"quartermaster_storage_orphan_ratio",
         "Orphan bytes over the location's bytes, from 0 to 1.",
         [](const LocationScan &s) { return s.orphanShare; }},
        {"quartermaster_storage_last_scan_timestamp_seconds",
         "When the last orphan scan of the location ran, in seconds since the epoch.",
         [](const LocationScan &s) { return double(s.scannedAtMs) / 1000.0; }},
    };
    QByteArray text;
    for (const Gauge &gauge : gauges) {
        text += QByteArray("# HELP ") + gauge.name + ' ' + gauge.help + '\n';
        text += QByteArray("# TYPE ") + gauge.name + " gauge\n";
        for (const LocationScan &scan : scans)
            text += QByteArray(gauge.name) + "{location=\"" + labelValue(scan.location) + "\"} " +
                    number(gauge.value(scan)) + '\n';
    }
    text += "# HELP quartermaster_storage_health The location's health band by its orphan "
            "ratio (healthy under 0.10, warning to 0.25, critical above): 1 for its band.\n"
            "# TYPE quartermaster_storage_health gauge\n";
    for (const LocationScan &scan : scans) {
        for (const char *band : {"healthy", "warning", "critical"})
            text += "quartermaster_storage_health{location=\"" + labelValue(scan.location) +
                    "\",band=\"" + band + "\"} " + (scan.band == QLatin1String(band) ? "1" : "0") +
                    '\n';
    }
    return text;
}

QString writeStorageMetrics(const QString &directory, const QByteArray &text)
{
    if (!QFileInfo(directory).isDir())
        return Text::tr("%1 is not a folder").arg(QDir::toNativeSeparators(directory));
    const UserFileWrite written =
        writeUserFile(QDir(directory).filePath(QLatin1String(kStorageMetricsFile)), text);
    return written.ok() ? QString() : written.error;
}

} // namespace qm
