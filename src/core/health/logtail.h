#pragma once

// The end of a log, read backwards in blocks: what a health check reads of a file that
// may be gigabytes long, still being written, binary, gone or not readable
// (docs/health.md, "Reading a log").

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace qm {

/// How a log could be read.
enum class LogFileStatus {
    Ok,
    Missing,     ///< no such file, and nothing that looks rotated from it either
    RotatedAway, ///< no such file, but FILE.1, FILE.gz, FILE-20261207… are there
    Unreadable,  ///< there, but not to be opened (permissions) or read (an I/O error)
    NotAFile,    ///< a folder, a device, a socket: never read
    Binary,      ///< its end holds NUL bytes or is mostly not text
};

/// "ok", "missing", "rotated-away", "unreadable", "not-a-file", "binary": the JSON keys.
QString logFileStatusKey(LogFileStatus status);

/// One line of the tail, newest first.
struct TailLine
{
    /// Without its line break; at most maxLineBytes (its start). Valid only during the
    /// call that hands it over: copy what is kept.
    QByteArrayView text;
    qint64 fromEnd = 0; ///< 1 for the last line of the file, 2 for the one before, …
    qint64 offset = 0;  ///< where it starts in the file
    bool cut = false;   ///< longer than maxLineBytes: only its start is in `text`
};

/// How much of the end is read.
struct LogTailOptions
{
    qint64 maxBytes = qint64(64) << 20;    ///< the most bytes read from the end (64 MiB)
    qint64 maxLineBytes = qint64(1) << 20; ///< a longer line is cut to its first 1 MiB
};

/// What reading the tail found.
struct LogTail
{
    LogFileStatus status = LogFileStatus::Ok;
    QString error;          ///< why it is not Ok, for a person
    qint64 fileBytes = -1;  ///< the size when opened
    qint64 modifiedMs = -1; ///< the modification time when opened
    qint64 bytesRead = 0;
    qint64 lines = 0;          ///< lines handed over
    bool reachedStart = false; ///< the whole file was read (line numbers are then known)

    bool ok() const { return status == LogFileStatus::Ok; }
};

/// A log opened to read its end: its status, size and time when opened, and a reader of
/// its bytes (on this machine a file descriptor kept open, so a file replaced meanwhile
/// is read as it was; on a host, ranges fetched over ssh).
struct LogFile
{
    QString path; ///< as a person named it, for messages
    LogFileStatus status = LogFileStatus::Ok;
    QString error; ///< why it is not Ok, for a person
    qint64 fileBytes = -1;
    qint64 modifiedMs = -1;
    /// Reads up to `bytes` at `offset` into `to`: how many were read (fewer where the
    /// file ends), or -1 with `*error` for a person.
    std::function<qint64(char *to, qint64 bytes, qint64 offset, QString *error)> readAt;
};

/// Opens `path` on this machine once, without blocking (a link to a regular file is
/// read; a FIFO, a device — `/dev/zero` — or a folder is NotAFile); a missing file with
/// rotated copies beside it is RotatedAway.
LogFile openLocalLog(const QString &path);

/// Reads `file` from its end backwards, as readLogTail(path, …) does.
LogTail readLogTail(const LogFile &file, const LogTailOptions &options,
                    const std::function<bool(const TailLine &)> &line);

/// Reads `path` from its end backwards, handing each line to `line` (newest first; a
/// last line without a line break counts) until it returns false, the start of the
/// file is reached or `options.maxBytes` have been read. The file is opened once, without
/// blocking (a link to a regular file is read; a FIFO, a device — `/dev/zero` — or a
/// folder is NotAFile and never read), so a file replaced meanwhile is read as it was
/// when opened; memory stays within a block and one cut line whatever the file holds.
LogTail readLogTail(const QString &path, const LogTailOptions &options,
                    const std::function<bool(const TailLine &)> &line);

} // namespace qm
