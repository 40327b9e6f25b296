#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace qm {

/// One file of a remote listing.
struct ListedFile
{
    qint64 bytes = 0;
    qint64 modifiedSecs = 0; ///< seconds since the epoch (fraction dropped)
    QByteArrayView path;     ///< as the host printed it; valid only during the callback
    // The Detailed format only (the others leave these as they are):
    char type = 'f';   ///< find's %y: 'f' a file, 'd' a folder, 'l' a link, ...
    qint64 device = 0; ///< %D, the device number: with the inode, tells hard links apart
    qint64 inode = 0;  ///< %i
    qint64 links = 1;  ///< %n, the number of hard links
};

/// Reads the output of `find ROOT -xdev -type f -printf '%s %T@ %p\0'` (GNU find) as it
/// streams in: NUL-terminated records "SIZE MTIME PATH", where PATH may hold any byte
/// but NUL (spaces, quotes, newlines). Each complete record goes to the callback;
/// a record that is not one (garbage from a broken host, a cut-off tail) is counted
/// and skipped. Bounded memory: a record longer than kMaxRecordBytes is dropped.
class FileListingParser
{
public:
    using Callback = std::function<void(const ListedFile &file)>;

    /// What each record holds.
    enum class Format {
        /// "SIZE MTIME PATH": `-printf '%s %T@ %p\0'` (the data-category scan).
        SizeTimePath,
        /// "TYPE DEVICE INODE LINKS SIZE MTIME PATH": `-printf '%y %D %i %n %s %T@ %p\0'`
        /// (the Space scan, which counts a hard-linked file once and lists folders too).
        Detailed,
    };

    /// `separator` ends each record: NUL for `-printf '…\0'`; a newline for the
    /// portable fallback (`find … -exec stat …`), where a name holding a newline cannot
    /// be told from two records and its pieces count as bad records.
    explicit FileListingParser(Callback callback, char separator = '\0',
                               Format format = Format::SizeTimePath);

    /// Feeds the next bytes of the stream.
    void feed(QByteArrayView chunk);
    /// The stream ended: an unterminated last record counts as bad.
    void finish();

    qint64 files() const { return m_files; }
    qint64 badRecords() const { return m_bad; }

    static constexpr qsizetype kMaxRecordBytes = 64 * 1024;

private:
    void record(QByteArrayView bytes);

    Callback m_callback;
    QByteArray m_pending;    ///< the start of a record cut by a chunk boundary
    bool m_skipping = false; ///< inside an over-long record
    char m_separator = '\0';
    Format m_format = Format::SizeTimePath;
    qint64 m_files = 0;
    qint64 m_bad = 0;
};

} // namespace qm
