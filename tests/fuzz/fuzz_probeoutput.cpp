// Fuzz target for what hosts print: `df -P` rows, Prometheus text (node_exporter) and
// streamed `find` listings with their data categories and as the Space scan reads them
// (the Detailed format, into a folder tree); rsync's progress, dry-run and
// version output and rclone's JSON stats; and the history CSV users import.
// Any bytes must end in volumes and counted bad lines: never a crash, a hang or an
// overflow; every volume with figures has non-negative ones.

#include "core/history/historycsv.h"
#include "core/probes/datascan.h"
#include "core/probes/dfoutput.h"
#include "core/probes/filelisting.h"
#include "core/probes/prometheustext.h"
#include "core/space/spacescan.h"
#include "core/sync/syncoutput.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const qm::DfOutput df = qm::parseDfOutput(text);
    for (const qm::Volume &volume : df.volumes) {
        if (volume.hasFigures() && (volume.usedBytes < 0 || volume.availableBytes < 0 ||
                                    !volume.mountPoint.startsWith(u'/')))
            std::abort();
    }
    const qm::PrometheusText prometheus = qm::parsePrometheusText(text);
    if (prometheus.badLines > 0 && prometheus.firstError.isEmpty())
        std::abort();
    for (const qm::Volume &volume : qm::nodeExporterVolumes(prometheus.samples)) {
        if (volume.hasFigures() && (volume.usedBytes < 0 || volume.usedBytes > volume.totalBytes))
            std::abort();
    }
    // The same bytes as a streamed find listing, cut in two at an arbitrary point: NUL
    // records (find -printf) and lines (find -exec stat), counted into categories.
    qm::CategoryTotals totals(qm::defaultDataCategories());
    for (const char separator : {'\0', '\n'}) {
        qm::FileListingParser listing(
            [&totals](const qm::ListedFile &file) {
                if (file.bytes < 0 || file.path.isEmpty())
                    std::abort();
                totals.addPath(file.path, file.bytes, file.modifiedSecs);
            },
            separator);
        const qsizetype cut = qsizetype(size / 3);
        listing.feed(QByteArrayView(text.constData(), cut));
        listing.feed(QByteArrayView(text.constData() + cut, text.size() - cut));
        listing.finish();
    }
    for (const qm::CategoryTotal &total : totals.totals()) {
        if (total.bytes < 0 || total.files < 0)
            std::abort();
    }
    // The same bytes as the Space scan's detailed listing of "/r", into a folder tree
    // whose totals must add up.
    {
        qm::SpaceRecordQueue queue;
        qm::SpaceScanOptions options;
        options.scanSecs = 1800000000;
        qm::SpaceListingReader reader("/r", options, queue);
        const qsizetype cut = qsizetype(size / 2);
        reader.feed(QByteArrayView(text.constData(), cut));
        reader.feed(QByteArrayView(text.constData() + cut, text.size() - cut));
        reader.finish();
        reader.readErrors(text);
        qm::SpaceTree tree(QStringLiteral("/r"), options.scanSecs);
        tree.apply(queue.take());
        tree.sortAll();
        qint64 bytes = tree.root()->own.bytes;
        for (const auto &child : tree.root()->children)
            bytes += child->total.bytes;
        if (reader.badRecords() < 0 || tree.root()->total.bytes < 0 ||
            bytes != tree.root()->total.bytes)
            std::abort();
    }
    // rsync and rclone output, split into lines at \r and \n as it streams in.
    qm::OutputLines lines([](QByteArrayView line) {
        for (const std::optional<qm::SyncProgress> &progress :
             {qm::parseRsyncProgressLine(line), qm::parseRcloneStatsLine(line)}) {
            if (progress && (progress->fraction > 1 || progress->bytesDone < -1))
                std::abort();
        }
    });
    lines.feed(QByteArrayView(text.constData(), qsizetype(size / 2)));
    lines.feed(QByteArrayView(text.constData() + size / 2, text.size() - qsizetype(size / 2)));
    lines.finish();
    const qm::RsyncDryRun dryRun = qm::parseRsyncDryRun(text);
    if (dryRun.deleteCount < 0 || dryRun.filesToTransfer < 0 || dryRun.bytesToTransfer < 0)
        std::abort();
    qm::parseRsyncVersion(text);

    // A history CSV: all or nothing, and every sample it gives is a volume or a category.
    QList<qm::ImportedSample> samples;
    QStringList errors;
    const bool parsed = qm::parseHistoryCsv(text, &samples, &errors);
    if (parsed != errors.isEmpty() || (!parsed && !samples.isEmpty()))
        std::abort();
    for (const qm::ImportedSample &sample : samples) {
        const bool volume = !sample.mount.isEmpty() && sample.usedBytes >= 0 &&
                            sample.usedBytes <= sample.totalBytes;
        const bool category = !sample.category.isEmpty() && sample.categoryBytes >= 0;
        if (sample.host.isEmpty() || (!volume && !category))
            std::abort();
    }
    return 0;
}
