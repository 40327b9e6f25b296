#pragma once

#include <QByteArray>
#include <QString>

namespace qm {

/// The raw bytes of a fleet config file (`distributed_hosts.yaml`) as read from disk.
struct ConfigFileContents
{
    QString path;     ///< absolute path
    QByteArray bytes; ///< exactly the file's bytes
    QString error;    ///< empty on success; otherwise what went wrong, for a person

    bool ok() const { return error.isEmpty(); }
    /// Number of lines, counting a last line without a final newline.
    qsizetype lineCount() const;
};

/// Largest config file accepted: far beyond any real fleet config, small enough that
/// a mistaken pick (a disk image) cannot exhaust memory.
inline constexpr qint64 kMaxConfigFileBytes = 16 * 1024 * 1024;

/// Reads `path`. Fails with a clear message when the file is missing, a folder, not a
/// regular file (a FIFO or a device: refused at once, never waited on; see InputFile),
/// unreadable, larger than kMaxConfigFileBytes, changed while it was read, or not
/// valid UTF-8 text. Blocking (the file may sit on a slow mount): call it off the GUI
/// thread.
ConfigFileContents readConfigFile(const QString &path);

} // namespace qm
