#pragma once

#include "datacategories.h"

#include <QList>
#include <QString>

#include <atomic>

namespace qm {

/// Bytes, files and newest modification of one data category under one root.
struct CategoryTotal
{
    QString name;
    qint64 bytes = 0;
    qint64 files = 0;
    qint64 newestSecs = -1; ///< seconds since the epoch; -1 when there is no file
    friend bool operator==(const CategoryTotal &, const CategoryTotal &) = default;
};

/// The result of scanning one data root of a host.
struct DataRootScan
{
    enum class Status {
        Ok,
        Missing, ///< the root does not exist
        Denied,  ///< permissions or privacy controls (macOS "Operation not permitted")
        Error,   ///< anything else (not a folder, I/O error, a broken listing)
    };
    QString root;
    Status status = Status::Ok;
    QString error;
    QList<CategoryTotal> categories; ///< one per category, in the categories' order
    qint64 unreadableFolders = 0;    ///< folders inside the root that could not be read
    qint64 badRecords = 0;           ///< listing records that made no sense (remote)
    QString commandLine;             ///< the command that listed it (remote)
};

/// "ok", "missing", "denied", "error".
QString dataRootStatusKey(DataRootScan::Status status);

/// Adds files to the totals of their category.
class CategoryTotals
{
public:
    explicit CategoryTotals(const QList<DataCategory> &categories);
    const CategoryMatcher &matcher() const { return m_matcher; }
    void add(int category, qint64 bytes, qint64 modifiedSecs);
    /// Adds a file by its path (relative or absolute, '/'-separated).
    void addPath(QByteArrayView path, qint64 bytes, qint64 modifiedSecs);
    void merge(const CategoryTotals &other);
    QList<CategoryTotal> totals() const { return m_totals; }

private:
    CategoryMatcher m_matcher;
    QList<CategoryTotal> m_totals;
};

/// Scans the folder `root` of this machine with our own walker: never follows a
/// symbolic link (the root itself may be one), stays on the root's filesystem, and
/// reads only the size and time of files that belong to a category. `threads`
/// folders are read at once. Folders inside that cannot be read are counted, not
/// fatal; a root that cannot be read gets Missing, Denied or Error. Stops early
/// (status Error, "cancelled") when `cancel` becomes true.
DataRootScan scanLocalDataRoot(const QString &root, const QList<DataCategory> &categories,
                               const std::atomic<bool> *cancel = nullptr, int threads = 2);

} // namespace qm
