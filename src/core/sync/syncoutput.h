#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace qm {

/// One progress report of a sync engine.
struct SyncProgress
{
    qint64 bytesDone = -1;
    double fraction = -1; ///< 0–1; -1 when not known
    double rateBytesPerSecond = -1;
    qint64 etaSeconds = -1;
};

/// Reads one line of `rsync --info=progress2`, such as
/// "  1,234,567  45%   12.34MB/s    0:00:12 (xfr#3, to-chk=10/20)". Nothing when the
/// line is not one (file names, messages). Rates are binary units, as rsync prints
/// them (kB/s = 1024 bytes per second).
std::optional<SyncProgress> parseRsyncProgressLine(QByteArrayView line);

/// Reads one line of rclone's `--use-json-log` output: the progress of a line that
/// carries `stats` (bytes, totalBytes, speed, eta). Nothing for other lines.
std::optional<SyncProgress> parseRcloneStatsLine(QByteArrayView line);

/// Splits a program's output into lines at '\n' and '\r' (rsync redraws its progress
/// with '\r'), as it streams in; bounded: a line longer than 64 KiB is cut.
class OutputLines
{
public:
    explicit OutputLines(std::function<void(QByteArrayView line)> onLine);
    void feed(QByteArrayView chunk);
    void finish();

private:
    std::function<void(QByteArrayView)> m_onLine;
    QByteArray m_pending;
};

/// What an rsync dry run (`--dry-run --stats --itemize-changes`) says it would do.
struct RsyncDryRun
{
    qint64 filesToTransfer = 0;
    qint64 bytesToTransfer = 0; ///< "Total transferred file size"
    qint64 totalBytes = 0;      ///< "Total file size": the whole source
    qint64 deleteCount = 0;
    QStringList deletions;   ///< relative paths, at most kMaxListed
    bool statsFound = false; ///< false: the output was not rsync's (garbage, cut)
    static constexpr qsizetype kMaxListed = 10000;
};

/// Reads the output of an rsync dry run: "*deleting PATH" lines and the --stats block.
RsyncDryRun parseRsyncDryRun(const QByteArray &output);

/// The version of `rsync --version`'s first line ("rsync  version 3.2.7  protocol…"),
/// as {major, minor}; nothing when it is not that.
std::optional<std::pair<int, int>> parseRsyncVersion(const QByteArray &output);

} // namespace qm
