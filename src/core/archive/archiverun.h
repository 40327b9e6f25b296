#pragma once

// One execution of an archive plan (archiverun.cpp): write, verify, then remove the
// originals. The files of this machine are read from the root; a host's arrive as a tar
// stream over ssh (remotearchive.cpp), which overrides where entries come from and how
// originals are removed. Internal to src/core/archive.

#include "archive.h"
#include "archivefs.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <sys/stat.h>
#include <vector>

struct archive;
struct archive_entry;

namespace qm::archiverun {

/// Bytes read and written at once.
inline constexpr size_t kChunkBytes = 1 << 20;

/// Where libarchive's output goes: our descriptor, with the errno of a failed write kept
/// so that "No space left on device" reaches the person, not a generic write error.
struct Sink
{
    int fd = -1;
    int error = 0;
    qint64 bytes = 0;
    qint64 writeBackFrom = 0; ///< the first byte whose write-back has not been started
};

/// One file as it went into the archive.
struct Written
{
    qsizetype item = 0;  ///< index into the plan's items
    QByteArray name;     ///< the entry name, UTF-8
    QByteArray digest;   ///< of the bytes read
    struct stat st = {}; ///< as it was just before it was read (a host's: size only)
    bool keep = false;   ///< changed while it was read: its original stays
};

/// What libarchive says went wrong; it says nothing after some failures.
QString libraryError(struct archive *archive);

/// One executeArchive call: the files of this machine. Not thread-safe; everything runs
/// in the calling thread unless a subclass says otherwise.
class ArchiveRun
{
public:
    ArchiveRun(const ArchivePlan &plan, const ArchiveCallbacks &callbacks);
    virtual ~ArchiveRun() = default;
    ArchiveRun(const ArchiveRun &) = delete;
    ArchiveRun &operator=(const ArchiveRun &) = delete;

    ArchiveResult run();

protected:
    /// Before anything is written: empty, or why the files cannot be reached (said for
    /// a person, with "nothing was archived or removed").
    virtual QString openSource();
    /// Writes every entry of the plan that is still as planned (each into `m_written`),
    /// through `archive` and its reusable `entry`; empty, or why it stopped.
    virtual QString writeEntries(struct archive *archive, struct archive_entry *entry, Sink *sink);
    /// After verification: removes the originals of `m_written` (not those to keep),
    /// counting into `m_result`, and sets `m_result.ok`/`error` when one could not go.
    virtual void removeOriginals();
    /// Where removeOriginals puts them, for the closing line ("to the trash").
    virtual QString removedWhere() const;

    bool cancelled() const
    {
        return m_callbacks.cancel && m_callbacks.cancel->load(std::memory_order_relaxed);
    }
    void log(const QString &line) const
    {
        if (m_callbacks.log)
            m_callbacks.log(line);
    }
    /// Counts `bytes` done and reports progress at most every progressIntervalMs
    /// (always with `force`).
    void advance(qint64 bytes, bool force = false);
    QString absolutePath(const ArchiveItem &item) const;
    QString writeFailure(const QString &reason) const;
    QString cancelledWhileWriting() const;
    /// Sets `entry` to a regular file named `name` with the mode, size, time and owner
    /// of `st`, and writes its header.
    bool writeHeader(struct archive *archive, struct archive_entry *entry, const QByteArray &name,
                     const struct stat &st) const;

    const ArchivePlan &m_plan;
    const ArchiveCallbacks &m_callbacks;
    std::vector<char> m_buffer;
    std::vector<Written> m_written;
    ArchiveResult m_result;

private:
    QString write(Sink *sink);
    QString writeEntry(struct archive *archive, struct archive_entry *entry, Sink *sink,
                       qsizetype index);
    QString finishWrite(Sink *sink);
    QString verify();

    archivefs::Tree m_tree;
    QElapsedTimer m_sinceProgress;
    qint64 m_done = 0;
};

} // namespace qm::archiverun
