#pragma once

#include "core/sync/syncoutput.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace qm {

/// What the measurement's dry runs print for each item, added to the dry run's own
/// `--dry-run --itemize-changes --stats`: a second `--itemize-changes` (rsync then
/// lists unchanged files too) and `--out-format=%i|%l|%M|%n` (the itemized change,
/// the size in bytes, the modification time, the path relative to the source).
QStringList replicationListingOptions();

/// One regular file of a dry run's listing.
struct ListedItem
{
    QString path; ///< relative to the source, as rsync prints it (`\#ooo` escapes kept)
    qint64 bytes = 0;
    /// The modification time, read as UTC (rsync prints it in the local time of the
    /// rsync that prints the listing: the measurement runs that one with TZ=UTC).
    QDateTime modified;
    /// True when the destination holds the same file (the item starts with '.': no
    /// data to transfer, at most attributes differ); false when it lacks it or holds a
    /// different version ('>', '<', 'c', 'h').
    bool held = false;
};

/// Reads one line of the listing; nothing for anything else (directories, symbolic
/// links, devices, rsync's messages and statistics, garbage).
std::optional<ListedItem> parseListingLine(QByteArrayView line);

/// `path` with rsync's `\#ooo` escapes of unprintable bytes decoded, for a person.
QString unescapedRsyncPath(const QString &path);

/// Reads one dry run's output as it streams in (any chunking; bounded lines): the
/// regular files it lists and its --stats block.
class DryRunListing
{
public:
    /// With `onItem`, each listed file is handed over as it is read instead of being
    /// kept (items() stays empty): a listing of a million files need not be held.
    explicit DryRunListing(std::function<void(ListedItem &&item)> onItem = {});
    void feed(QByteArrayView chunk);
    void finish();

    /// Every regular file listed, in the order printed (without an `onItem`).
    const QList<ListedItem> &items() const { return m_items; }
    /// What the --stats block said; statsFound is false when the output was not an
    /// rsync dry run's (garbage, cut off).
    const RsyncDryRun &stats() const { return m_stats; }
    /// The first line that was neither a listed item nor statistics, for errors (cut to
    /// 300 characters; "N bytes of binary data" when it is not text).
    QString firstOtherLine() const { return m_firstOther; }

private:
    void line(QByteArrayView text);

    OutputLines m_lines;
    std::function<void(ListedItem &&)> m_onItem;
    QList<ListedItem> m_items;
    QByteArray m_rest; ///< the lines that are not items (the statistics), bounded
    RsyncDryRun m_stats;
    QString m_firstOther;
};

/// A file of the producer, from its listing.
struct ProducerFile
{
    QString path;
    qint64 bytes = 0;
    QDateTime modified;
};

/// What one receiver holds of the producer's files; `measured` false when its dry run
/// failed (it then counts as holding nothing).
struct ReceiverHoldings
{
    bool measured = false;
    QSet<QString> held; ///< paths its dry run listed as the same file
};

/// The combined result over the producer's files.
struct ReplicationTally
{
    qint64 totalFiles = 0;
    qint64 totalBytes = 0;
    /// Files (and their bytes) held by fewer than the target of receivers.
    qint64 atRiskFiles = 0;
    qint64 atRiskBytes = 0;
    QDateTime oldestAtRisk; ///< invalid when nothing is at risk
    /// The oldest files at risk, oldest first, at most kOldestListed.
    QList<ProducerFile> oldestFiles;
    /// Per receiver (in the order given): files and bytes of the producer it does not
    /// hold.
    QList<qint64> missingFiles;
    QList<qint64> missingBytes;
    static constexpr qsizetype kOldestListed = 20;
};

/// Counts, for each of `files`, the receivers that hold it, and tallies the files with
/// fewer than `target` copies. A receiver that was not measured holds nothing. A file
/// a receiver lists but the producer no longer has is ignored.
ReplicationTally tallyReplication(const QList<ProducerFile> &files,
                                  const QList<ReceiverHoldings> &receivers, int target);

} // namespace qm
