#include "remotearchive.h"

#include "archiverun.h"
#include "core/cleanup/quarantine.h"
#include "core/hashing/contenthash.h"
#include "core/remote/sshtransport.h"
#include "core/safety/protectedroots.h"
#include "core/units/datasize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <archive.h>
#include <archive_entry.h>
#include <deque>
#include <memory>
#include <sys/stat.h>
#include <thread>

namespace qm {

namespace {

using namespace archiverun;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Archive)
};

constexpr qint64 kDayMs = 86'400'000;
constexpr int kCommandTimeoutMs = 60'000;
/// The stream of a big folder takes as long as its bytes take to cross; a cancel ends it.
constexpr int kStreamTimeoutMs = 7 * 24 * 3600 * 1000;
/// What may wait between ssh and the archive writer: enough to keep both busy.
constexpr qsizetype kQueueBytes = 16 << 20;
/// tar's messages kept (its "file changed as we read it" lines name files to keep).
constexpr qsizetype kMaxTarMessages = 1 << 20;

QString remoteError(const RemoteResult &result)
{
    if (!result.error.isEmpty())
        return result.error;
    const QString line = firstOutputLine(result.process.standardError);
    return line.isEmpty() ? Text::tr("exit status %1").arg(result.process.exitCode) : line;
}

/// Whether `tar` on the host is GNU tar (it then dereferences hard links, so that each
/// planned file arrives whole); nothing when there is no tar, with `*error` set.
std::optional<bool> remoteTar(const RemoteCommands &commands, const QString &host, QString *error)
{
    const RemoteResult version =
        commands.run({QStringLiteral("tar"), QStringLiteral("--version")}, kCommandTimeoutMs);
    if (version.status != HostStatus::Ok) {
        *error = Text::tr("%1 could not be reached: %2").arg(host, remoteError(version));
        return std::nullopt;
    }
    if (version.process.exitCode != 0) {
        *error = Text::tr("%1 has no usable tar (`tar --version` said: %2), which archiving a "
                          "host's files needs")
                     .arg(host, remoteError(version));
        return std::nullopt;
    }
    return version.process.standardOutput.contains("GNU tar");
}

/// Chunks of the tar stream on their way from ssh (the job's thread) to the archive
/// writer (a thread of its own). Bounded: ssh waits while the writer is behind.
class ChunkQueue
{
public:
    /// Adds a chunk, waiting for room; false once the reader gave up.
    bool push(QByteArrayView chunk)
    {
        QMutexLocker lock(&m_mutex);
        while (!m_aborted && m_bytes >= kQueueBytes)
            m_changed.wait(&m_mutex);
        if (m_aborted)
            return false;
        m_chunks.emplace_back(chunk.data(), chunk.size());
        m_bytes += chunk.size();
        m_changed.wakeAll();
        return true;
    }
    /// No more chunks will come.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_changed.wakeAll();
    }
    /// The reader stops: push refuses from now on.
    void abort()
    {
        QMutexLocker lock(&m_mutex);
        m_aborted = true;
        m_changed.wakeAll();
    }
    /// The next chunk, waiting for one; empty at the end.
    QByteArray pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_chunks.empty() && !m_closed && !m_aborted)
            m_changed.wait(&m_mutex);
        if (m_chunks.empty() || m_aborted)
            return {};
        QByteArray chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_bytes -= chunk.size();
        m_changed.wakeAll();
        return chunk;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<QByteArray> m_chunks;
    qsizetype m_bytes = 0;
    bool m_closed = false;
    bool m_aborted = false;
};

/// libarchive's view of the queue: the chunk it is reading stays alive here.
struct StreamReader
{
    ChunkQueue *queue = nullptr;
    QByteArray current;
};

la_ssize_t readChunk(struct archive *, void *client, const void **buffer)
{
    auto *reader = static_cast<StreamReader *>(client);
    reader->current = reader->queue->pop();
    *buffer = reader->current.constData();
    return la_ssize_t(reader->current.size());
}

/// The entry name tar wrote, as a path of the plan: "./a/b" → "a/b".
QByteArray planName(const char *name)
{
    QByteArray bytes(name ? name : "");
    while (bytes.startsWith("./"))
        bytes.remove(0, 2);
    return bytes;
}

/// An archive run whose files come from a host as a tar stream, and whose originals go
/// into the quarantine there.
class RemoteArchiveRun final : public ArchiveRun
{
public:
    RemoteArchiveRun(const ArchivePlan &plan, const ArchiveCallbacks &callbacks,
                     const SshTransport &ssh, const std::function<void(const QString &)> &command)
        : ArchiveRun(plan, callbacks)
        , m_commands{ssh, callbacks.cancel, command}
    {}

protected:
    QString openSource() override
    {
        const std::optional<bool> gnu = remoteTar(m_commands, m_plan.host, &m_error);
        if (!gnu)
            return Text::tr("%1 — nothing was archived or removed.").arg(m_error);
        m_gnuTar = *gnu;
        return {};
    }

    QString writeEntries(struct archive *archive, struct archive_entry *entry, Sink *sink) override;
    void removeOriginals() override;
    QString removedWhere() const override
    {
        return Text::tr("moved into the quarantine on %1").arg(m_plan.host);
    }

private:
    /// Reads the stream into the archive (the writer thread). Empty, or why it stopped.
    QString consume(struct archive *archive, struct archive_entry *entry, Sink *sink);
    /// What the writer thread has to say, said in this thread.
    void relay();

    RemoteCommands m_commands;
    QString m_error;
    bool m_gnuTar = false;
    ChunkQueue m_queue;
    // Shared with the writer thread.
    QMutex m_relayMutex;
    QStringList m_pendingLines;
    std::atomic<qint64> m_streamedBytes{0};
    qint64 m_reportedBytes = 0;
};

void RemoteArchiveRun::relay()
{
    QStringList lines;
    {
        QMutexLocker lock(&m_relayMutex);
        lines.swap(m_pendingLines);
    }
    for (const QString &line : std::as_const(lines))
        log(line);
    const qint64 streamed = m_streamedBytes.load();
    advance(streamed - m_reportedBytes);
    m_reportedBytes = streamed;
}

QString RemoteArchiveRun::writeEntries(struct archive *archive, struct archive_entry *entry,
                                       Sink *sink)
{
    QByteArray names;
    for (const ArchiveItem &item : m_plan.items)
        names += "./" + item.relativePath.toUtf8() + '\0';
    QStringList argv = {QStringLiteral("tar"), QStringLiteral("-c"), QStringLiteral("-f"),
                        QStringLiteral("-"), QStringLiteral("--no-recursion")};
    if (m_gnuTar)
        argv << QStringLiteral("--hard-dereference");
    argv << QStringLiteral("-C") << m_plan.root << QStringLiteral("--null") << QStringLiteral("-T")
         << QStringLiteral("-");

    QString streamError;
    std::thread writer([&] {
        streamError = consume(archive, entry, sink);
        if (!streamError.isEmpty())
            m_queue.abort(); // ssh is stopped when it sends more
    });
    ProcessRequest request;
    request.standardInput = names;
    request.maxErrorBytes = kMaxTarMessages;
    request.onOutput = [this](QByteArrayView chunk) {
        const bool more = m_queue.push(chunk);
        relay();
        return more;
    };
    const RemoteResult result = m_commands.run(argv, kStreamTimeoutMs, request);
    m_queue.close();
    writer.join();
    relay();

    if (cancelled())
        return cancelledWhileWriting();
    if (!streamError.isEmpty())
        return streamError;
    // tar's status: 1 "some files differ" (changed as they were read), 2 files it could
    // not read (gone, no permission); the entries it sent are whole either way. Anything
    // else — ssh failing (255), tar killed — means the stream cannot be trusted.
    const int exitCode = result.process.exitCode;
    if (result.status != HostStatus::Ok || exitCode < 0 || exitCode > 2)
        return Text::tr("The files of %1:%2 did not arrive whole (%3) — nothing was removed.")
            .arg(m_plan.host, m_plan.root, remoteError(result));
    for (const QByteArray &line : result.process.standardError.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        log(Text::tr("tar on %1: %2").arg(m_plan.host, QString::fromUtf8(line.trimmed())));
        if (!line.contains("file changed as we read it"))
            continue;
        for (Written &written : m_written)
            if (!written.keep && line.contains(QByteArray(": ./" + written.name + ": "))) {
                written.keep = true;
                log(Text::tr("%1 changed while it was being archived: the archive holds it as "
                             "it was read, and the original stays.")
                        .arg(absolutePath(m_plan.items.at(written.item))));
            }
    }
    const qsizetype missing =
        m_plan.items.size() - qsizetype(m_written.size()) - m_result.filesLeftOut;
    if (missing > 0) {
        m_result.filesLeftOut += int(missing);
        log(Text::tr("%n planned file(s) did not arrive from the host (gone or unreadable "
                     "since the plan): left out, their originals untouched.",
                     nullptr, int(missing)));
    }
    return {};
}

QString RemoteArchiveRun::consume(struct archive *out, struct archive_entry *outEntry, Sink *sink)
{
    const auto failure = [&](const QString &reason) {
        return Text::tr("The stream of %1:%2 could not be archived: %3 — nothing was removed.")
            .arg(m_plan.host, m_plan.root, reason);
    };
    const auto say = [this](const QString &line) {
        QMutexLocker lock(&m_relayMutex);
        m_pendingLines.append(line);
    };
    std::unique_ptr<struct archive, decltype(&archive_read_free)> in(archive_read_new(),
                                                                     &archive_read_free);
    StreamReader reader{&m_queue, {}};
    struct archive *a = in.get();
    if (!a || archive_read_support_format_tar(a) != ARCHIVE_OK ||
        archive_read_open(a, &reader, nullptr, &readChunk, nullptr) != ARCHIVE_OK)
        return failure(a ? libraryError(a) : Text::tr("out of memory"));

    QHash<QByteArray, qsizetype> byName;
    for (qsizetype i = 0; i < m_plan.items.size(); ++i)
        byName.insert(m_plan.items[i].relativePath.toUtf8(), i);
    std::vector<bool> seen(size_t(m_plan.items.size()), false);
    const auto writeFailed = [&] {
        return writeFailure(sink->error ? archivefs::systemError(sink->error) : libraryError(out));
    };
    for (;;) {
        if (cancelled())
            return cancelledWhileWriting();
        struct archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF) {
            // tar pads its end to a whole record: what follows the end is read and dropped,
            // so that ssh is not stopped as if the stream had been refused.
            while (!m_queue.pop().isEmpty()) {
            }
            return {};
        }
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
            return failure(libraryError(a));
        const QByteArray name = planName(archive_entry_pathname(entry));
        const qsizetype index = byName.value(name, -1);
        if (index < 0 || seen[size_t(index)])
            return failure(Text::tr("the host sent %1, which the plan does not name")
                               .arg(QString::fromUtf8(name)));
        seen[size_t(index)] = true;
        const ArchiveItem &item = m_plan.items.at(index);
        const bool regular = archive_entry_filetype(entry) == AE_IFREG &&
                             archive_entry_hardlink(entry) == nullptr &&
                             archive_entry_size_is_set(entry);
        if (!regular || archive_entry_size(entry) != item.sizeBytes ||
            archive_entry_mtime(entry) != item.modifiedMs / 1000) {
            // Changed since the plan (or a second name of a file BSD tar sent as a link):
            // its data is skipped with the entry, and the original stays.
            ++m_result.filesLeftOut;
            m_streamedBytes += item.sizeBytes;
            say(regular
                    ? Text::tr("Left out %1: it changed since the plan.").arg(absolutePath(item))
                    : Text::tr("Left out %1: the host sent it as a link or a special file.")
                          .arg(absolutePath(item)));
            continue;
        }
        Written written;
        written.item = index;
        written.name = name;
        written.st.st_mode = S_IFREG | (archive_entry_perm(entry) & 07777);
        written.st.st_size = item.sizeBytes;
        written.st.st_uid = archive_entry_uid(entry);
        written.st.st_gid = archive_entry_gid(entry);
#ifdef __APPLE__
        written.st.st_mtimespec = {archive_entry_mtime(entry), archive_entry_mtime_nsec(entry)};
#else
        written.st.st_mtim = {archive_entry_mtime(entry), archive_entry_mtime_nsec(entry)};
#endif
        if (!writeHeader(out, outEntry, name, written.st))
            return writeFailed();
        ContentHash hash;
        qint64 size = 0;
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, m_buffer.data(), m_buffer.size())) > 0) {
            if (cancelled())
                return cancelledWhileWriting();
            hash.addData(QByteArrayView(m_buffer.data(), n));
            if (archive_write_data(out, m_buffer.data(), size_t(n)) != n)
                return writeFailed();
            size += n;
            m_streamedBytes += n;
        }
        if (n < 0)
            return failure(libraryError(a));
        if (size != item.sizeBytes)
            return failure(Text::tr("%1 arrived with %2 of its %3")
                               .arg(QString::fromUtf8(name), formatDataSize(size),
                                    formatDataSize(item.sizeBytes)));
        if (archive_write_finish_entry(out) != ARCHIVE_OK)
            return writeFailed();
        written.digest = hash.result();
        m_result.bytesArchived += size;
        m_written.push_back(std::move(written));
    }
}

void RemoteArchiveRun::removeOriginals()
{
    RemoteCleanupPlan removal;
    removal.host = m_plan.host;
    removal.runFolder = m_plan.runFolder;
    removal.gnuStat = m_plan.gnuStat;
    removal.plan.rule.root = m_plan.root;
    removal.plan.canonicalRoot = m_plan.root;
    for (const Written &written : m_written) {
        if (written.keep) {
            ++m_result.originalsKept;
            continue;
        }
        const ArchiveItem &item = m_plan.items.at(written.item);
        removal.plan.items.append({item.relativePath, item.sizeBytes, item.modifiedMs});
        removal.plan.totalBytes += item.sizeBytes;
    }
    if (removal.plan.items.isEmpty())
        return;
    CleanupCallbacks callbacks;
    callbacks.cancel = m_callbacks.cancel;
    callbacks.log = [this](const QString &line) { log(line); };
    CleanupLimits limits;
    limits.maxFailures = -1; // each original is tried: the archive holds them all
    const CleanupResult result =
        executeRemoteCleanup(m_commands.ssh, removal, limits, callbacks, m_commands.command);
    m_result.originalsRemoved += int(result.filesRemoved);
    m_result.originalsAlreadyGone += int(result.alreadyGone);
    m_result.originalsKept += int(result.keptChanged + result.failed + result.notReached);
    if (!result.ok) {
        m_result.ok = false;
        m_result.error =
            Text::tr("%1 was written and verified, but %n original(s) on %2 could not be moved "
                     "into the quarantine and are still in place (%3).",
                     nullptr, int(result.failed + result.notReached))
                .arg(m_plan.archivePath, m_plan.host, result.error);
    }
}

} // namespace

std::optional<ArchivePlan> planRemoteArchive(const ArchiveRequest &request, const SshTransport &ssh,
                                             const std::atomic<bool> *cancel, QString *error,
                                             bool *unreachable,
                                             const std::function<void(const QString &)> &command)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    bool offline = false;
    bool &hostDown = unreachable ? *unreachable : offline;
    hostDown = false;
    const QString target = request.host + u':' + request.root;
    if (request.olderThanDays < 0) {
        message = Text::tr("The age of files to archive must be 0 days or more, not %1.")
                      .arg(request.olderThanDays);
        return std::nullopt;
    }
    if (request.outputDirectory.isEmpty()) {
        message = Text::tr("Archiving %1 needs a folder of this machine to write the archive "
                           "into.")
                      .arg(target);
        return std::nullopt;
    }
    const QString output = QDir::cleanPath(QFileInfo(request.outputDirectory).absoluteFilePath());
    if (!QFileInfo(output).isDir()) {
        message = Text::tr("The output folder %1 does not exist.").arg(output);
        return std::nullopt;
    }
    if (const QString refusal = checkRemoteRoot(ssh, request.host, request.root,
                                                request.allowProtectedRoot, cancel, &hostDown);
        !refusal.isEmpty()) {
        message = refusal;
        return std::nullopt;
    }
    const RemoteCommands commands{ssh, cancel, command};
    if (!remoteTar(commands, request.host, &message))
        return std::nullopt;

    const qint64 now = request.nowMs >= 0 ? request.nowMs : QDateTime::currentMSecsSinceEpoch();
    CleanupRule rule;
    rule.root = request.root;
    rule.olderThanDays = request.olderThanDays;
    rule.nowMs = now;
    std::optional<RemoteCleanupPlan> listed = planRemoteCleanup(
        ssh, request.host, rule, false, quarantineRunFolder(now), cancel, &message, command);
    if (!listed)
        return std::nullopt;

    ArchivePlan plan;
    plan.host = request.host;
    plan.runFolder = listed->runFolder;
    plan.gnuStat = listed->gnuStat;
    plan.root = listed->plan.canonicalRoot;
    plan.format = request.format;
    plan.olderThanDays = request.olderThanDays;
    plan.createdMs = now;
    plan.cutoffMs = now - qint64(request.olderThanDays) * kDayMs;
    plan.items.reserve(listed->plan.items.size());
    for (const CleanupItem &item : std::as_const(listed->plan.items))
        plan.items.append({item.relativePath, item.sizeBytes, item.modifiedMs});
    plan.totalBytes = listed->plan.totalBytes;
    plan.skippedSpecial = int(listed->plan.skippedOther);
    plan.unreadableFolders = int(listed->plan.unreadableFolders);
    const QString name = QFileInfo(plan.root).fileName();
    plan.archivePath = freeArchivePath(
        output, request.host + u'-' + (name.isEmpty() ? QStringLiteral("root") : name), now,
        plan.format);
    return plan;
}

ArchiveResult executeRemoteArchive(const ArchivePlan &plan, const SshTransport &ssh,
                                   const ArchiveCallbacks &callbacks,
                                   const std::function<void(const QString &)> &command)
{
    RemoteArchiveRun run(plan, callbacks, ssh, command);
    return run.run();
}

} // namespace qm
