#include "logtail.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::LogTail)
};

constexpr qint64 kBlockBytes = 64 * 1024;

/// Whether the last block of a file looks like text: no NUL byte at all, and at most a
/// tenth of control characters other than tab, CR and LF (logs hold escape sequences).
bool looksLikeText(const char *data, qint64 size)
{
    qint64 control = 0;
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte == 0)
            return false;
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != 0x1b)
            ++control;
    }
    return control * 10 <= size;
}

/// Whether rotated copies of the missing `path` are beside it: FILE.1, FILE.gz,
/// FILE-20261207, FILE.2026-12-07.
bool rotatedAway(const QString &path)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    return !folder
                .entryList({info.fileName() + QStringLiteral(".*"),
                            info.fileName() + QStringLiteral("-*")},
                           QDir::Files)
                .isEmpty();
}

/// The last '\n' of the `size` bytes at `data`; null when there is none.
const char *lastLineBreak(const char *data, qint64 size)
{
#ifdef __GLIBC__
    return static_cast<const char *>(::memrchr(data, '\n', size_t(size)));
#else
    for (const char *at = data + size; at > data;) {
        if (*--at == '\n')
            return at;
    }
    return nullptr;
#endif
}

ssize_t readAt(int fd, char *to, qint64 bytes, qint64 offset)
{
    qint64 done = 0;
    while (done < bytes) {
        const ssize_t n = ::pread(fd, to + done, size_t(bytes - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break; // cut short meanwhile (truncated): what is there
        done += n;
    }
    return ssize_t(done);
}

} // namespace

QString logFileStatusKey(LogFileStatus status)
{
    switch (status) {
    case LogFileStatus::Ok:
        return QStringLiteral("ok");
    case LogFileStatus::Missing:
        return QStringLiteral("missing");
    case LogFileStatus::RotatedAway:
        return QStringLiteral("rotated-away");
    case LogFileStatus::Unreadable:
        return QStringLiteral("unreadable");
    case LogFileStatus::NotAFile:
        return QStringLiteral("not-a-file");
    case LogFileStatus::Binary:
        return QStringLiteral("binary");
    }
    return {};
}

LogFile openLocalLog(const QString &path)
{
    LogFile file;
    file.path = path;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR) {
            file.status = rotatedAway(path) ? LogFileStatus::RotatedAway : LogFileStatus::Missing;
            file.error = file.status == LogFileStatus::RotatedAway
                             ? Text::tr("%1 is not there, but rotated copies of it are").arg(path)
                             : Text::tr("%1 is not there").arg(path);
        } else {
            file.status = error == ENXIO ? LogFileStatus::NotAFile : LogFileStatus::Unreadable;
            file.error = Text::tr("cannot open %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(error)));
        }
        return file;
    }
    // Closed with the last copy of the reader.
    const auto descriptor = std::shared_ptr<int>(new int(fd), [](int *open) {
        ::close(*open);
        delete open;
    });
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        file.status = LogFileStatus::NotAFile;
        file.error = Text::tr("%1 is not a regular file").arg(path);
        return file;
    }
    file.fileBytes = qint64(st.st_size);
#ifdef __APPLE__
    file.modifiedMs = qint64(st.st_mtimespec.tv_sec) * 1000 + st.st_mtimespec.tv_nsec / 1'000'000;
#else
    file.modifiedMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
#endif
    file.readAt = [descriptor](char *to, qint64 bytes, qint64 offset, QString *error) {
        const qint64 n = readAt(*descriptor, to, bytes, offset);
        if (n < 0 && error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return n;
    };
    return file;
}

LogTail readLogTail(const QString &path, const LogTailOptions &options,
                    const std::function<bool(const TailLine &)> &line)
{
    return readLogTail(openLocalLog(path), options, line);
}

LogTail readLogTail(const LogFile &file, const LogTailOptions &options,
                    const std::function<bool(const TailLine &)> &line)
{
    LogTail tail;
    tail.status = file.status;
    tail.error = file.error;
    if (!file.readAt) {
        if (tail.ok()) {
            tail.status = LogFileStatus::Unreadable;
            tail.error = Text::tr("cannot read %1").arg(file.path);
        }
        return tail;
    }
    const QString &path = file.path;
    tail.fileBytes = file.fileBytes;
    tail.modifiedMs = file.modifiedMs;
    QString readError;
    const auto readBytes = [&](char *to, qint64 bytes, qint64 offset) {
        return file.readAt(to, bytes, offset, &readError);
    };
    const qint64 floor =
        std::max<qint64>(0, tail.fileBytes - std::max<qint64>(options.maxBytes, 1));
    const qint64 maxLine = std::max<qint64>(options.maxLineBytes, 1);

    QByteArray block(kBlockBytes, Qt::Uninitialized);
    // The end of the line being assembled when it began in a block read later (an
    // earlier part of the file), while it is short enough to keep; `longLine` once not.
    QByteArray pending;
    QByteArray cutLine;
    bool longLine = false;
    qint64 lineEnd = tail.fileBytes; // where the current line ends (its break excluded)
    qint64 position = tail.fileBytes;
    bool first = true;
    bool stopped = false;
    // Hands over the line that starts at `start`; `text` is what is held of it.
    const auto emitLine = [&](qint64 start, QByteArrayView text) {
        TailLine current;
        current.offset = start;
        current.fromEnd = ++tail.lines;
        if (longLine || lineEnd - start > maxLine) {
            current.cut = true;
            cutLine.resize(maxLine);
            const qint64 n = readBytes(cutLine.data(), maxLine, start);
            cutLine.resize(std::max<qint64>(n, 0));
            current.text = cutLine;
        } else {
            current.text = text;
        }
        if (!line(current))
            stopped = true;
        pending.clear();
        longLine = false;
        lineEnd = start - 1; // before the break that ends the line before it
    };
    // A file that ends with a line break has no empty last line.
    if (tail.fileBytes > 0) {
        char last = 0;
        if (readBytes(&last, 1, tail.fileBytes - 1) == 1 && last == '\n')
            lineEnd = position = tail.fileBytes - 1;
    }
    while (position > floor && !stopped) {
        const qint64 start = std::max(floor, position - kBlockBytes);
        const qint64 size = position - start;
        const qint64 n = readBytes(block.data(), size, start);
        if (n != size) {
            tail.status = LogFileStatus::Unreadable;
            tail.error =
                Text::tr("cannot read %1: %2")
                    .arg(path, n < 0 ? readError : Text::tr("it was cut short while read"));
            break;
        }
        tail.bytesRead += size;
        if (first) {
            first = false;
            if (!looksLikeText(block.constData() + std::max<qint64>(0, size - 4096),
                               std::min<qint64>(size, 4096))) {
                tail.status = LogFileStatus::Binary;
                tail.error = Text::tr("%1 does not end in text (NUL bytes or control "
                                      "characters): not read as a log")
                                 .arg(path);
                break;
            }
        }
        const char *data = block.constData();
        qint64 i = size;
        while (i > 0 && !stopped) {
            const char *found = lastLineBreak(data, i);
            const qint64 from = found ? qint64(found - data) + 1 : 0;
            const QByteArrayView part(data + from, i - from);
            if (!found) { // the line goes on in the block before: keep this part
                if (!longLine && lineEnd - (start + from) > maxLine) {
                    longLine = true;
                    pending.clear();
                } else if (!longLine) {
                    pending.prepend(part.data(), part.size());
                }
                break;
            }
            if (pending.isEmpty()) {
                emitLine(start + from, part);
            } else {
                pending.prepend(part.data(), part.size());
                emitLine(start + from, pending);
            }
            i = from - 1;
        }
        position = start;
    }
    if (!stopped && tail.ok() && position == 0) {
        tail.reachedStart = true;
        if (tail.fileBytes > 0) // the first line, empty or not
            emitLine(0, pending);
    }
    return tail;
}

} // namespace qm
