#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace qm {

/// The age classes of the Space view's histogram, by modification time against the
/// start of the scan: < 1 day, < 7 days, < 30 days, < 90 days, < 1 year, older.
constexpr int kSpaceAgeBuckets = 6;
/// The bucket of a file modified `ageSecs` seconds before the scan (negative: the
/// future, counted as new).
int spaceAgeBucket(qint64 ageSecs);
/// "< 1 day", "< 7 days", …, "older": the bucket's name for a person.
QString spaceAgeBucketName(int bucket);

/// What kind of file a name is, by its extension: how the treemap colours files.
enum class SpaceFileKind {
    Image,
    Video,
    Audio,
    Archive,
    Document,
    Code,
    Data, ///< models, point clouds, databases, arrays: what the fleet produces
    Other,
};
constexpr int kSpaceFileKinds = 8;
SpaceFileKind spaceFileKind(QByteArrayView fileName);
/// "Images", "Video", …: the kind's name for a person.
QString spaceFileKindName(SpaceFileKind kind);

/// One file of a folder, kept among the folder's largest.
struct SpaceFile
{
    QString name; ///< in its folder; a full path where a function says so
    qint64 bytes = 0;
    qint64 modifiedSecs = 0;
    friend bool operator==(const SpaceFile &, const SpaceFile &) = default;
};

/// Totals of files, added up: a folder's own files, or a whole subtree.
struct SpaceTotals
{
    qint64 bytes = 0; ///< apparent size (st_size), each hard-linked file once
    qint64 files = 0;
    qint64 newestSecs = -1; ///< newest modification, seconds since the epoch; -1: no file
    qint64 oldestSecs = -1; ///< oldest modification; -1: no file
    std::array<qint64, kSpaceAgeBuckets> ageBytes{};

    void addFile(qint64 fileBytes, qint64 modifiedSecs, qint64 scanSecs);
    void add(const SpaceTotals &other);
    /// Takes `other` away again (newest and oldest cannot be taken away: they stay).
    void subtract(const SpaceTotals &other);
};

/// What a scan found out about one folder, handed from the scanning thread to whoever
/// owns the tree. A folder is announced (`announced`: name and parent, nothing else)
/// when its parent is read, so the first level shows at once; its own files and error
/// follow in a second record when it is read itself. A remote scan may send a folder's
/// files in several records: every record adds to what is there.
struct SpaceRecord
{
    qint64 id = 0;        ///< the scan's number of the folder; 0 is the scanned root
    qint64 parentId = -1; ///< for an announcement
    QByteArray name;      ///< for an announcement: the name as the filesystem has it
    bool announced = false;
    bool otherFilesystem = false; ///< a mount point that was not crossed: not read
    SpaceTotals own;              ///< files directly in the folder
    std::array<qint64, kSpaceFileKinds> kindBytes{};
    QList<SpaceFile> largest; ///< the folder's largest files, at most the scan's top N
    QString error;            ///< why the folder (or part of it) could not be read
};

/// One folder of a scan.
struct SpaceNode
{
    QString name; ///< the scanned root's node holds the whole location
    SpaceNode *parent = nullptr;
    std::vector<std::unique_ptr<SpaceNode>> children; ///< largest first once sorted
    int row = 0;                                      ///< index in the parent's children
    SpaceTotals own;                                  ///< files directly inside
    SpaceTotals total;                                ///< own plus every subfolder's
    std::array<qint64, kSpaceFileKinds> kindBytes{};  ///< own files by kind
    QList<SpaceFile> largest;                         ///< own largest files, largest first
    QString error;
    bool otherFilesystem = false;
    bool read = false; ///< its own record arrived (not only announced)
};

/// The folder tree of a scan of one location ("/data", "host:/data"): sizes, counts,
/// ages and the largest files of each folder, filled in as records arrive. Lives on
/// one thread (the GUI's, or qmctl's): scanners hand it records, never touch it.
class SpaceTree
{
public:
    /// Told of structural changes, so that an item model can announce them.
    class Observer
    {
    public:
        virtual ~Observer() = default;
        virtual void beginInsertChildren(SpaceNode *parent, int first, int last) = 0;
        virtual void endInsertChildren() = 0;
        virtual void beginRemoveChildren(SpaceNode *parent, int first, int last) = 0;
        virtual void endRemoveChildren() = 0;
    };

    /// `location` names the root; `scanSecs` is the time ages are measured against.
    explicit SpaceTree(const QString &location = {}, qint64 scanSecs = 0);

    QString location() const { return m_root->name; }
    qint64 scanSecs() const { return m_scanSecs; }
    SpaceNode *root() const { return m_root.get(); }
    /// Folders in the tree, the root included.
    qint64 folderCount() const { return m_folders; }

    /// Starts taking records of a new scan of `node`'s folder (the root, or a
    /// subfolder being scanned again): the node's children and files are removed
    /// (through the observer), its totals taken from its ancestors; the scan's id 0 is
    /// `node`. `scanSecs` is the new scan's time.
    void beginScan(SpaceNode *node, qint64 scanSecs, Observer *observer = nullptr);

    /// Adds the records of the current scan. New folders are appended to their
    /// parents (sort afterwards); totals are added to every ancestor. A record of an
    /// unknown folder is dropped. Returns the nodes whose children's sizes changed, so
    /// their order may have (each once, parents before children).
    std::vector<SpaceNode *> apply(std::vector<SpaceRecord> records, Observer *observer = nullptr);

    /// Sorts `node`'s children largest first (by name when equal) and renumbers rows.
    static void sortChildren(SpaceNode *node);
    /// Sorts every folder's children.
    void sortAll();

    /// The node's location: the tree's location, then the names down to it, joined by
    /// '/' ("host:/data/a").
    QString locationOf(const SpaceNode *node) const;
    /// The node at `location` (as locationOf gives it), or nullptr.
    SpaceNode *find(const QString &location) const;

    /// The `count` largest files under `node` (its subtree), largest first, each with
    /// its location as name. Exact as long as `count` is at most the top N the scan kept
    /// per folder.
    QList<SpaceFile> largestFiles(const SpaceNode *node, int count) const;

private:
    void removeFromAncestors(SpaceNode *node, const SpaceTotals &totals);

    std::unique_ptr<SpaceNode> m_root;
    QHash<qint64, SpaceNode *> m_ids; ///< the current scan's folders by id
    qint64 m_scanSecs = 0;
    qint64 m_folders = 1;
};

} // namespace qm
