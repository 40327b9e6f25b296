// Carrying out an archive plan: write, verify, then remove the originals. Planning and
// the saved plan are in archive.cpp.

#include "archiverun.h"

#include "core/hashing/contenthash.h"
#include "core/units/datasize.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace qm {

namespace archiverun {

namespace {

using namespace archivefs;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Archive)
};

/// Few, large writes: the default 10 KiB block would mean a system call per 10 KiB.
constexpr int kBlockBytes = 1 << 20;
/// How much written output may wait in the page cache before its write-back is started
/// (Linux): the disk writes while zstd compresses, and the fsync at the end, which every
/// archive needs before an original may go, has little left to wait for.
constexpr qint64 kWriteBackBytes = 8 << 20;

/// Starts writing what the sink holds beyond `writeBackFrom` to the disk, without
/// waiting for it (a hint: errors surface in the final fsync).
void startWriteBack(Sink *sink)
{
#ifdef SYNC_FILE_RANGE_WRITE
    if (sink->bytes - sink->writeBackFrom < kWriteBackBytes)
        return;
    ::sync_file_range(sink->fd, sink->writeBackFrom, sink->bytes - sink->writeBackFrom,
                      SYNC_FILE_RANGE_WRITE);
    sink->writeBackFrom = sink->bytes;
#else
    Q_UNUSED(sink);
#endif
}

la_ssize_t writeToSink(struct archive *archive, void *client, const void *data, size_t size)
{
    auto *sink = static_cast<Sink *>(client);
    const char *bytes = static_cast<const char *>(data);
    size_t left = size;
    while (left > 0) {
        const ssize_t n = ::write(sink->fd, bytes, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            sink->error = n < 0 ? errno : EIO;
            archive_set_error(archive, sink->error, "%s", std::strerror(sink->error));
            return -1;
        }
        bytes += n;
        left -= size_t(n);
    }
    sink->bytes += qint64(size);
    startWriteBack(sink);
    return la_ssize_t(size);
}

using WriteHandle = std::unique_ptr<struct archive, decltype(&archive_write_free)>;
using ReadHandle = std::unique_ptr<struct archive, decltype(&archive_read_free)>;
using EntryHandle = std::unique_ptr<struct archive_entry, decltype(&archive_entry_free)>;

bool moveToTrash(const QString &path, QString *error)
{
    QFile file(path);
    if (file.moveToTrash())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

/// Closes a descriptor when it goes out of scope.
struct FdGuard
{
    int fd = -1;
    ~FdGuard()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

QString libraryError(struct archive *archive)
{
    const char *message = archive_error_string(archive);
    return message ? QString::fromUtf8(message) : Text::tr("unknown libarchive error");
}

ArchiveRun::ArchiveRun(const ArchivePlan &plan, const ArchiveCallbacks &callbacks)
    : m_plan(plan)
    , m_callbacks(callbacks)
    , m_buffer(kChunkBytes)
    , m_tree(plan.singleFile ? QFileInfo(plan.root).absolutePath() : plan.root, plan.singleFile)
{}

void ArchiveRun::advance(qint64 bytes, bool force)
{
    m_done += bytes;
    if (!m_callbacks.progress || (!force && m_sinceProgress.isValid() &&
                                  m_sinceProgress.elapsed() < m_callbacks.progressIntervalMs))
        return;
    m_sinceProgress.start();
    m_callbacks.progress(m_done, 2 * m_plan.totalBytes);
}

QString ArchiveRun::absolutePath(const ArchiveItem &item) const
{
    return m_plan.singleFile ? m_plan.root : m_plan.root + u'/' + item.relativePath;
}

QString ArchiveRun::writeFailure(const QString &reason) const
{
    return Text::tr("%1 while writing %2 — nothing was removed.").arg(reason, m_plan.archivePath);
}

QString ArchiveRun::cancelledWhileWriting() const
{
    return Text::tr("Cancelled while writing %1 — nothing was removed.").arg(m_plan.archivePath);
}

QString ArchiveRun::openSource()
{
    if (const int e = m_tree.open())
        return Text::tr("Cannot open %1: %2 — nothing was archived or removed.")
            .arg(m_plan.root, systemError(e));
    return {};
}

QString ArchiveRun::removedWhere() const
{
    return Text::tr("moved to the trash");
}

ArchiveResult ArchiveRun::run()
{
    const QString path = m_plan.archivePath;
    const QString folder = QFileInfo(path).absolutePath();
    const QString partial = archivePartialPath(path);
    const auto fail = [this](const QString &error) {
        m_result.ok = false;
        m_result.error = error;
        m_result.archivePath.clear(); // nothing archived: no archive kept
        m_result.archiveBytes = 0;
        m_result.bytesArchived = 0;
        return m_result;
    };
    if (m_plan.items.isEmpty()) {
        log(Text::tr("Nothing under %1 is old enough to archive.").arg(m_plan.root));
        m_result.ok = true;
        return m_result;
    }
    if (const QString error = openSource(); !error.isEmpty())
        return fail(error);
    // Only the default folder is created: a mistyped output folder should be an error.
    if (m_plan.host.isEmpty() && !m_plan.singleFile &&
        folder == joinPath(m_plan.root, QStringLiteral("archives")) &&
        ::mkdir(nativePath(folder).constData(), 0755) != 0 && errno != EEXIST)
        return fail(Text::tr("Cannot create the folder %1: %2 — nothing was archived or "
                             "removed.")
                        .arg(folder, systemError(errno)));
    struct stat st;
    if (::lstat(nativePath(path).constData(), &st) == 0)
        return fail(Text::tr("%1 already exists, and archiving never replaces a file — nothing "
                             "was archived or removed. Plan the archive again.")
                        .arg(path));
    ::unlink(nativePath(partial).constData()); // left by an interrupted run; only ever ours
    // 0600: the archive may hold files that other users could not read.
    Sink sink;
    sink.fd =
        ::open(nativePath(partial).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (sink.fd < 0)
        return fail(writeFailure(systemError(errno)));

    log(Text::tr("Writing %1: %n file(s), %2.", nullptr, int(m_plan.items.size()))
            .arg(path, formatDataSize(m_plan.totalBytes)));
    QElapsedTimer timer;
    timer.start();
    QString error = write(&sink);
    if (error.isEmpty() && !m_written.empty())
        error = finishWrite(&sink); // closes sink.fd
    if (sink.fd >= 0)
        ::close(sink.fd);
    if (!error.isEmpty() || m_written.empty()) {
        ::unlink(nativePath(partial).constData());
        if (!error.isEmpty())
            return fail(error);
        log(Text::tr("Nothing left to archive: every planned file changed since the plan."));
        m_result.ok = true;
        return m_result;
    }
    if (const int e = renameNoReplace(nativePath(partial), nativePath(path))) {
        ::unlink(nativePath(partial).constData());
        return fail(e == EEXIST ? Text::tr("%1 appeared while it was being written, and "
                                           "archiving never replaces a file — nothing was "
                                           "removed.")
                                      .arg(path)
                                : writeFailure(systemError(e)));
    }
    if (const int e = syncFolder(folder)) {
        ::unlink(nativePath(path).constData());
        return fail(writeFailure(
            Text::tr("Cannot flush the folder %1 to disk (%2)").arg(folder, systemError(e))));
    }
    m_result.writeMs = timer.elapsed();
    m_result.archiveBytes = sink.bytes;
    log(Text::tr("Wrote %1: %n file(s), %2 → %3.", nullptr, int(m_written.size()))
            .arg(path, formatDataSize(m_result.bytesArchived), formatDataSize(sink.bytes)));

    if (m_callbacks.beforeVerify)
        m_callbacks.beforeVerify(path);
    timer.start();
    error = verify();
    m_result.verifyMs = timer.elapsed();
    if (!error.isEmpty()) {
        ::unlink(nativePath(path).constData());
        syncFolder(folder);
        return fail(error);
    }
    log(Text::tr("Verified %1: every entry matches what was written.").arg(path));
    m_result.ok = true;
    m_result.archivePath = path;
    m_result.filesArchived = int(m_written.size());
    removeOriginals();
    log(Text::tr("Archived %n file(s), %1 → %2; %3 original(s) %4, %5 kept.", nullptr,
                 m_result.filesArchived)
            .arg(formatDataSize(m_result.bytesArchived), formatDataSize(m_result.archiveBytes))
            .arg(m_result.originalsRemoved)
            .arg(removedWhere())
            .arg(m_result.originalsKept));
    return m_result;
}

QString ArchiveRun::write(Sink *sink)
{
    WriteHandle archive(archive_write_new(), &archive_write_free);
    EntryHandle entry(archive_entry_new(), &archive_entry_free);
    if (!archive || !entry)
        return writeFailure(systemError(ENOMEM));
    struct archive *a = archive.get();
    const bool zst = m_plan.format == ArchiveFormat::TarZst;
    // A single file becomes the bare compressed stream, which `zstd -d` or `gunzip`
    // turn back into the file; a folder becomes a POSIX tar (long names, big files, UTF-8).
    int r = m_plan.singleFile ? archive_write_set_format_raw(a)
                              : archive_write_set_format_pax_restricted(a);
    if (r == ARCHIVE_OK)
        r = zst ? archive_write_add_filter_zstd(a) : archive_write_add_filter_gzip(a);
    if (r == ARCHIVE_OK && zst)
        r = archive_write_set_filter_option(a, "zstd", "compression-level", "3");
    if (r == ARCHIVE_OK && zst) {
        // Compression in worker threads, one per core (up to four): reading and hashing
        // (XXH3, about 15 GB/s) leave this thread mostly idle, so it needs no core of its own.
        const QByteArray threads =
            QByteArray::number(std::clamp(QThread::idealThreadCount(), 1, 4));
        if (archive_write_set_filter_option(a, "zstd", "threads", threads.constData()) !=
            ARCHIVE_OK)
            log(Text::tr("This libarchive cannot compress with several threads; using one."));
    }
    if (r == ARCHIVE_OK)
        r = archive_write_set_bytes_per_block(a, kBlockBytes);
    if (r == ARCHIVE_OK)
        r = archive_write_set_bytes_in_last_block(a, 1); // no padding to a whole block
    if (r == ARCHIVE_OK)
        r = archive_write_open2(a, sink, nullptr, &writeToSink, nullptr, nullptr);
    if (r != ARCHIVE_OK)
        return writeFailure(libraryError(a));

    advance(0, true);
    if (const QString error = writeEntries(a, entry.get(), sink); !error.isEmpty())
        return error;
    if (archive_write_close(a) != ARCHIVE_OK)
        return writeFailure(sink->error ? systemError(sink->error) : libraryError(a));
    m_done = m_plan.totalBytes; // left-out files count as done
    advance(0, true);
    return {};
}

QString ArchiveRun::writeEntries(struct archive *a, struct archive_entry *entry, Sink *sink)
{
    for (qsizetype i = 0; i < m_plan.items.size(); ++i) {
        if (cancelled())
            return cancelledWhileWriting();
        const QString error = writeEntry(a, entry, sink, i);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

bool ArchiveRun::writeHeader(struct archive *a, struct archive_entry *entry, const QByteArray &name,
                             const struct stat &st) const
{
    const struct timespec modified = modifiedTime(st);
    archive_entry_clear(entry);
    archive_entry_set_pathname_utf8(entry, name.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, st.st_mode & 07777);
    archive_entry_set_size(entry, st.st_size);
    archive_entry_set_mtime(entry, modified.tv_sec, modified.tv_nsec);
    archive_entry_set_uid(entry, st.st_uid);
    archive_entry_set_gid(entry, st.st_gid);
    return archive_write_header(a, entry) == ARCHIVE_OK;
}

QString ArchiveRun::writeEntry(struct archive *a, struct archive_entry *entry, Sink *sink,
                               qsizetype index)
{
    const ArchiveItem &item = m_plan.items.at(index);
    const QByteArray relative = nativePath(item.relativePath);
    struct stat st;
    int e = m_tree.status(relative, &st);
    FdGuard file;
    if (e == 0 && S_ISREG(st.st_mode) && st.st_size == item.sizeBytes &&
        milliseconds(modifiedTime(st)) == item.modifiedMs)
        file.fd = m_tree.openFile(relative, st, &e);
    if (file.fd < 0) {
        ++m_result.filesLeftOut;
        log(e == ENOENT
                ? Text::tr("Left out %1: it is gone.").arg(absolutePath(item))
                : Text::tr("Left out %1: it changed since the plan.").arg(absolutePath(item)));
        return {};
    }
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(file.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    const auto archiveFailure = [&] {
        return writeFailure(sink->error ? systemError(sink->error) : libraryError(a));
    };
    Written written;
    written.item = index;
    written.name = item.relativePath.toUtf8();
    written.st = st;
    if (!writeHeader(a, entry, written.name, st))
        return archiveFailure();

    ContentHash hash;
    for (qint64 left = st.st_size; left > 0;) {
        if (cancelled())
            return cancelledWhileWriting();
        const ssize_t n =
            ::read(file.fd, m_buffer.data(), size_t(std::min<qint64>(left, kChunkBytes)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Text::tr("Cannot read %1: %2 — nothing was removed.")
                .arg(absolutePath(item), systemError(errno));
        if (n == 0) // the tar header already promised the planned size
            return Text::tr("%1 shrank while it was being archived — nothing was removed. "
                            "Run the archive again.")
                .arg(absolutePath(item));
        hash.addData(QByteArrayView(m_buffer.data(), n));
        if (archive_write_data(a, m_buffer.data(), size_t(n)) != n)
            return archiveFailure();
        left -= n;
        advance(n);
    }
    if (archive_write_finish_entry(a) != ARCHIVE_OK)
        return archiveFailure();
    struct stat after;
    written.keep = ::fstat(file.fd, &after) != 0 || !sameFile(after, st);
    if (written.keep)
        log(Text::tr("%1 changed while it was being archived: the archive holds it as it was "
                     "read, and the original stays.")
                .arg(absolutePath(item)));
    written.digest = hash.result();
    m_result.bytesArchived += st.st_size;
    m_written.push_back(std::move(written));
    return {};
}

QString ArchiveRun::finishWrite(Sink *sink)
{
    if (const int e = fullSync(sink->fd))
        return writeFailure(Text::tr("Cannot flush it to disk (fsync): %1").arg(systemError(e)));
#ifdef POSIX_FADV_DONTNEED
    // Out of the page cache, so that the read-back reads what is on the disk.
    ::posix_fadvise(sink->fd, 0, 0, POSIX_FADV_DONTNEED);
#endif
    const int fd = std::exchange(sink->fd, -1);
    if (::close(fd) != 0)
        return writeFailure(systemError(errno));
    return {};
}

QString ArchiveRun::verify()
{
    const auto failure = [this](const QString &detail) {
        return Text::tr("Verification of %1 failed: %2. The archive was deleted and nothing was "
                        "removed.")
            .arg(m_plan.archivePath, detail);
    };
    FdGuard file{
        ::open(nativePath(m_plan.archivePath).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC)};
    if (file.fd < 0)
        return failure(systemError(errno));
    ReadHandle archive(archive_read_new(), &archive_read_free);
    if (!archive)
        return failure(systemError(ENOMEM));
    struct archive *a = archive.get();
    const bool zst = m_plan.format == ArchiveFormat::TarZst;
    int r =
        m_plan.singleFile ? archive_read_support_format_raw(a) : archive_read_support_format_tar(a);
    if (r == ARCHIVE_OK)
        r = zst ? archive_read_support_filter_zstd(a) : archive_read_support_filter_gzip(a);
    if (r == ARCHIVE_OK)
        r = archive_read_open_fd(a, file.fd, kBlockBytes);
    if (r != ARCHIVE_OK)
        return failure(libraryError(a));
    if (archive_filter_code(a, 0) != (zst ? ARCHIVE_FILTER_ZSTD : ARCHIVE_FILTER_GZIP))
        return failure(Text::tr("it is not a %1 stream").arg(QLatin1String(zst ? "zstd" : "gzip")));

    QHash<QByteArray, qsizetype> byName;
    for (size_t i = 0; i < m_written.size(); ++i)
        byName.insert(m_written[i].name, qsizetype(i));
    std::vector<bool> seen(m_written.size(), false);
    size_t matched = 0;
    for (;;) {
        struct archive_entry *entry = nullptr;
        r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK)
            return failure(
                Text::tr("it cannot be read after %n entries (%1)", nullptr, int(matched))
                    .arg(libraryError(a)));
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const QByteArray name = utf8 ? QByteArray(utf8) : QByteArray(archive_entry_pathname(entry));
        // A raw stream has one nameless entry: the single file.
        const qsizetype index =
            m_plan.singleFile ? (matched == 0 ? 0 : -1) : byName.value(name, -1);
        if (index < 0 || seen[size_t(index)])
            return failure(
                Text::tr("it holds an unexpected entry %1").arg(QString::fromUtf8(name)));
        const Written &written = m_written[size_t(index)];
        const QString shown = QString::fromUtf8(written.name);
        if (!m_plan.singleFile &&
            (archive_entry_filetype(entry) != AE_IFREG || !archive_entry_size_is_set(entry) ||
             archive_entry_size(entry) != written.st.st_size))
            return failure(Text::tr("entry %1 has the wrong type or size").arg(shown));
        ContentHash hash;
        qint64 size = 0;
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, m_buffer.data(), m_buffer.size())) > 0) {
            if (cancelled())
                return Text::tr("Cancelled while verifying %1. The archive was deleted and "
                                "nothing was removed.")
                    .arg(m_plan.archivePath);
            hash.addData(QByteArrayView(m_buffer.data(), n));
            size += n;
            advance(n);
        }
        if (n < 0)
            return failure(Text::tr("entry %1 cannot be read (%2)").arg(shown, libraryError(a)));
        if (size != written.st.st_size || hash.result() != written.digest)
            return failure(Text::tr("entry %1 differs from the file that was written").arg(shown));
        seen[size_t(index)] = true;
        ++matched;
    }
    if (matched != m_written.size()) {
        const auto missing = std::find(seen.begin(), seen.end(), false) - seen.begin();
        return failure(Text::tr("%1 is missing from it")
                           .arg(QString::fromUtf8(m_written[size_t(missing)].name)));
    }
    m_done = 2 * m_plan.totalBytes; // left-out files count as done
    advance(0, true);
    return {};
}

void ArchiveRun::removeOriginals()
{
    const auto remove = m_callbacks.removeOriginal ? m_callbacks.removeOriginal : &moveToTrash;
    int failures = 0;
    QString firstFailure;
    for (size_t i = 0; i < m_written.size(); ++i) {
        const Written &written = m_written[i];
        const QString path = absolutePath(m_plan.items.at(written.item));
        if (cancelled()) {
            m_result.originalsKept += int(m_written.size() - i);
            m_result.ok = false;
            m_result.error = Text::tr("Cancelled after %1 was written and verified: %2 "
                                      "original(s) moved to the trash, %3 left in place.")
                                 .arg(m_plan.archivePath)
                                 .arg(m_result.originalsRemoved)
                                 .arg(m_result.originalsKept);
            return;
        }
        if (written.keep) {
            ++m_result.originalsKept;
            continue;
        }
        struct stat st;
        const int e = m_tree.status(nativePath(m_plan.items.at(written.item).relativePath), &st);
        if (e == ENOENT) {
            ++m_result.originalsAlreadyGone;
            continue;
        }
        if (e != 0 || !S_ISREG(st.st_mode) || !sameFile(st, written.st)) {
            ++m_result.originalsKept;
            log(Text::tr("Kept %1: it changed after it was archived.").arg(path));
            continue;
        }
        QString error;
        if (remove(path, &error)) {
            ++m_result.originalsRemoved;
            continue;
        }
        ++m_result.originalsKept;
        if (failures++ == 0)
            firstFailure = Text::tr("%1: %2").arg(path, error);
        log(Text::tr("Could not remove %1 (%2); it stays in place.").arg(path, error));
    }
    if (failures > 0) {
        m_result.ok = false;
        m_result.error = Text::tr("%1 was written and verified, but %n original(s) could not be "
                                  "moved to the trash and are still in place (first: %2).",
                                  nullptr, failures)
                             .arg(m_plan.archivePath, firstFailure);
    }
}

} // namespace archiverun

ArchiveResult executeArchive(const ArchivePlan &plan, const ArchiveCallbacks &callbacks)
{
    archiverun::ArchiveRun run(plan, callbacks);
    return run.run();
}

} // namespace qm
