#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace qm {

/// A file a person named, opened for reading only when it is a regular file.
///
/// Opening a FIFO for reading blocks until a writer comes (for ever, when none does), a
/// device can stream without end, and a folder has no bytes: a command handed such a
/// path must refuse it at once rather than hang. open() opens with O_NONBLOCK (so the
/// open itself cannot block), checks with fstat that the file is regular, and only then
/// clears O_NONBLOCK for ordinary reads. It also remembers the size and modification
/// time seen at open, so a reader can tell that the file changed under it (unchanged()).
/// Every config reader, the PLY reader and any command reading a user's file go
/// through here.
class InputFile
{
public:
    InputFile() = default;
    ~InputFile();
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    /// Opens `path` (following symbolic links). False with `*error` set, worded for a
    /// person and naming `path`, when it does not exist ("the file does not exist"), is
    /// a folder ("it is a folder, not a file"), is anything else but a regular file
    /// ("it is a FIFO (named pipe), not a regular file", a device, a socket), or cannot
    /// be opened
    /// (the system's reason). Never blocks on a FIFO or a device. Reopening closes the
    /// file opened before. `reason`, when given, receives the same without the path
    /// ("the file does not exist"), for a caller that words the message itself.
    bool open(const QString &path, QString *error, QString *reason = nullptr);
    bool isOpen() const { return m_fd >= 0; }
    void close();

    /// The open file's descriptor (-1 when not open); it stays owned by this object.
    int descriptor() const { return m_fd; }
    /// The size in bytes when it was opened.
    qint64 size() const { return m_size; }

    /// Reads up to `size` bytes at `offset` into `buffer` (pread, retrying interrupted
    /// and short reads): the count read, fewer than `size` only where the file ends, or
    /// -1 with errno set. Thread-safe: it moves no file position.
    qint64 readAt(qint64 offset, char *buffer, qint64 size) const;

    /// Reads the whole file, at most `maxBytes`: the bytes, or nothing with `*error`
    /// set when reading fails, when the file holds more than `maxBytes` (`*tooLarge`
    /// set too, when given), or when it changed while it was read (unchanged()).
    std::optional<QByteArray> readAll(qint64 maxBytes, QString *error,
                                      bool *tooLarge = nullptr) const;

    /// Whether the open file still has the size and modification time it had when
    /// opened: false once it was truncated, appended to or rewritten in place.
    bool unchanged() const;

    /// "the file changed while it was read", for the error of a reader that found
    /// !unchanged() or a file shorter than its size.
    static QString changedWhileReadMessage();

private:
    int m_fd = -1;
    QString m_path;
    qint64 m_size = 0;
    qint64 m_modifiedNs = 0;
};

/// What kind of file `mode` (a stat(2) st_mode) is, for a person: "a folder", "a FIFO
/// (named pipe)", "a character device", "a block device", "a socket", "a symbolic
/// link", "a regular file".
QString fileKindText(unsigned int mode);

} // namespace qm
