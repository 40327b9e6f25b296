#pragma once

#include "core/space/spacetree.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace qm {

class SshTransport;

/// What to scan: a folder of this machine, or `HOST:PATH` of a fleet host.
struct SpaceLocation
{
    QString host; ///< empty: this machine
    QString path;

    /// "HOST:/path" (a host is text before a ':' that holds no '/'; a path starting
    /// with '/' or '.' is always local). Empty text gives an empty path.
    static SpaceLocation parse(const QString &text);
    /// Back to "HOST:PATH" or "PATH".
    QString toString() const;
    bool isRemote() const { return !host.isEmpty(); }
};

/// How to scan.
struct SpaceScanOptions
{
    bool crossFilesystems = false; ///< descend into other filesystems mounted below
    int topFiles = 10;             ///< the largest files kept per folder
    int threads = 2;               ///< folders read at once (local scans)
    qint64 scanSecs = 0;           ///< the time ages are measured against; 0: now
};

/// Records handed from the scanning threads to the tree's thread: scanners add,
/// the owner takes what has arrived (on a timer, or once at the end).
class SpaceRecordQueue
{
public:
    void add(SpaceRecord record);
    void add(std::vector<SpaceRecord> records);
    /// Everything added since the last take, in the order it was added.
    std::vector<SpaceRecord> take();

private:
    std::mutex m_mutex;
    std::vector<SpaceRecord> m_records;
};

/// How a scan ended.
struct SpaceScanResult
{
    QString error;          ///< the location could not be scanned at all; empty: scanned
    bool cancelled = false; ///< stopped early on request
    qint64 badRecords = 0;  ///< remote listing records that made no sense
    qint64 unreadable = 0;  ///< folders that could not be read
    QString commandLine;    ///< the command that listed it (remote)
};

/// Scans the folder `root` of this machine, records into `queue`: sizes are apparent
/// sizes (st_size, as the data-category scan counts them), a file with several hard
/// links is counted once (the first link met, by device and inode), symbolic links are
/// never followed nor counted, other filesystems mounted below are not entered unless
/// `options.crossFilesystems` (their folders are recorded as otherFilesystem). The
/// first record is the root's own; each folder is announced when its parent is read.
/// Folders that cannot be read get their error. Blocking; stops early when `cancel`
/// becomes true.
SpaceScanResult scanLocalSpace(const QString &root, const SpaceScanOptions &options,
                               SpaceRecordQueue &queue, const std::atomic<bool> *cancel = nullptr);

/// What find is given as its starting point for `path` on a host, and prints as the
/// root: "~" is ".", "~/x" and any other relative path "./x", trailing '/' dropped.
/// Never a word find could read as part of its expression ("-delete", "(", "!").
QString spaceListingRoot(const QString &path);

/// The remote listing command for `path` (an argument vector for SshTransport::run),
/// starting at spaceListingRoot(path):
/// GNU find printing `%y %D %i %n %s %T@ %p\0` for files and folders, -xdev unless
/// crossing filesystems, in the C locale so its complaints can be read.
QStringList spaceListingCommand(const QString &path, bool crossFilesystems);

/// Turns the streamed output of spaceListingCommand (FileListingParser's Detailed
/// format) into records for `queue`: folders announced as find meets them, files added
/// to their folder, hard links counted once. Records are handed over every few
/// thousand entries and at finish(). Host output is untrusted: a record outside the
/// root, or of a folder never listed, counts as bad.
class SpaceListingReader
{
public:
    SpaceListingReader(const QByteArray &root, const SpaceScanOptions &options,
                       SpaceRecordQueue &queue);
    ~SpaceListingReader();
    SpaceListingReader(const SpaceListingReader &) = delete;
    SpaceListingReader &operator=(const SpaceListingReader &) = delete;

    void feed(QByteArrayView bytes);
    /// The listing ended: hands over what is left.
    void finish();
    /// find's complaints (standard error, C locale): "find: 'PATH': MESSAGE" lines give
    /// the folder PATH its error; returns how many folders got one.
    qint64 readErrors(const QByteArray &standardError);
    qint64 badRecords() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

/// Scans `path` on the host `ssh` reaches (spaceListingCommand, streamed into a
/// SpaceListingReader). Blocking; stops (and ends the remote find) when `cancel`
/// becomes true.
SpaceScanResult scanRemoteSpace(const SshTransport &ssh, const QString &path,
                                const SpaceScanOptions &options, SpaceRecordQueue &queue,
                                const std::atomic<bool> *cancel = nullptr);

} // namespace qm
