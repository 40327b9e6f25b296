// TrendsPage: exporting the usage chart as a PNG image or its data as CSV. The rest of
// the page is in trendspage.cpp.

#include "core/fsutil/userfile.h"
#include "core/history/historycsv.h"
#include "trendschart.h"
#include "trendspage.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>

namespace qm {

bool TrendsPage::exportPng(const QString &path, QString *error) const
{
    // Checked before the chart is drawn: a FIFO or a device named by mistake is
    // refused at once.
    const UserFileTarget target = userFileTarget(path);
    if (!target.ok()) {
        *error = target.error;
        return false;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!m_usage->grab().save(&buffer, "PNG")) {
        *error = tr("cannot draw the chart as PNG");
        return false;
    }
    return writeExport(target, bytes, error);
}

bool TrendsPage::exportCsv(const QString &path, QString *error) const
{
    const UserFileTarget target = userFileTarget(path);
    if (!target.ok()) {
        *error = target.error;
        return false;
    }
    // Used % as everywhere: used / (used + available); empty where not recorded.
    QByteArray text = "host,mount,time,used_bytes_min,used_bytes_max,total_bytes,"
                      "used_percent_min,used_percent_max\n";
    const auto percent = [](double value) {
        return value < 0 ? QByteArray() : QByteArray::number(value, 'f', 3);
    };
    for (const auto &[volume, buckets] : m_shown) {
        for (const UsageBucket &bucket : buckets) {
            text += csvField(volume.first).toUtf8() + ',' + csvField(volume.second).toUtf8() + ',' +
                    QDateTime::fromMSecsSinceEpoch(bucket.timeMs, Qt::UTC)
                        .toString(Qt::ISODateWithMs)
                        .toUtf8() +
                    ',' + QByteArray::number(bucket.usedMin) + ',' +
                    QByteArray::number(bucket.usedMax) + ',' +
                    QByteArray::number(bucket.totalBytes) + ',' + percent(bucket.percentMin) + ',' +
                    percent(bucket.percentMax) + '\n';
        }
    }
    return writeExport(target, text, error);
}

bool TrendsPage::writeExport(const UserFileTarget &target, const QByteArray &bytes, QString *error)
{
    // A user's file: the old file stays whole until the new one is written and read
    // back; a link is followed and kept.
    const UserFileWrite written = replaceUserFile(target, bytes);
    if (!written.ok()) {
        *error = written.error;
        return false;
    }
    return true;
}

void TrendsPage::chooseExport(bool png)
{
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Export Chart") : tr("Export Chart Data"),
        png ? QStringLiteral("trends.png") : QStringLiteral("trends.csv"),
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (png ? exportPng(path, &error) : exportCsv(path, &error))
        Q_EMIT statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT statusMessage(error);
}

} // namespace qm
