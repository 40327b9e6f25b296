#include "spacetree.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <algorithm>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SpaceTree)
};

constexpr qint64 kDay = 24 * 3600;

/// The kind of each known extension (lower case, without the dot), looked up once per
/// file of a scan: a hash, not a walk through the lists.
const QHash<QByteArray, SpaceFileKind> &kindsByExtension()
{
    static const QHash<QByteArray, SpaceFileKind> kinds = [] {
        struct Kind
        {
            SpaceFileKind kind;
            std::initializer_list<const char *> extensions;
        };
        const Kind lists[] = {
            {SpaceFileKind::Image,
             {"png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "svg", "heic", "exr",
              "raw", "cr2", "nef", "ico"}},
            {SpaceFileKind::Video,
             {"mp4", "mkv", "mov", "avi", "webm", "m4v", "mpg", "mpeg", "wmv"}},
            {SpaceFileKind::Audio, {"mp3", "wav", "flac", "ogg", "m4a", "aac", "opus"}},
            {SpaceFileKind::Archive,
             {"zip", "tar", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "deb", "rpm", "iso",
              "dmg", "lz4"}},
            {SpaceFileKind::Document,
             {"pdf",  "txt", "md",  "doc",  "docx", "odt",  "xls",   "xlsx", "ods", "ppt",
              "pptx", "csv", "log", "html", "htm",  "json", "jsonl", "yaml", "yml", "xml"}},
            {SpaceFileKind::Code,
             {"c",    "cc", "cpp", "h", "hpp", "py", "js",  "ts",  "rs",  "go",
              "java", "sh", "rb",  "o", "so",  "a",  "pyc", "dll", "exe", "whl"}},
            {SpaceFileKind::Data,
             {"ply", "pt", "pth", "ckpt", "safetensors", "bin", "npy", "npz", "h5", "hdf5", "onnx",
              "sqlite", "db", "parquet", "arrow", "pkl", "tfrecord", "gguf", "sgf"}},
        };
        QHash<QByteArray, SpaceFileKind> made;
        for (const Kind &list : lists) {
            for (const char *extension : list.extensions)
                made.insert(QByteArray(extension), list.kind);
        }
        return made;
    }();
    return kinds;
}

/// The longest extension looked up.
constexpr qsizetype kMaxExtension = 12;

} // namespace

int spaceAgeBucket(qint64 ageSecs)
{
    static constexpr qint64 limits[] = {kDay, 7 * kDay, 30 * kDay, 90 * kDay, 365 * kDay};
    for (int i = 0; i < 5; ++i) {
        if (ageSecs < limits[i])
            return i;
    }
    return 5;
}

QString spaceAgeBucketName(int bucket)
{
    switch (bucket) {
    case 0:
        return Text::tr("< 1 day");
    case 1:
        return Text::tr("< 7 days");
    case 2:
        return Text::tr("< 30 days");
    case 3:
        return Text::tr("< 90 days");
    case 4:
        return Text::tr("< 1 year");
    default:
        break;
    }
    return Text::tr("older");
}

SpaceFileKind spaceFileKind(QByteArrayView fileName)
{
    const qsizetype dot = fileName.lastIndexOf('.');
    const qsizetype length = fileName.size() - dot - 1;
    if (dot <= 0 || length <= 0 || length > kMaxExtension)
        return SpaceFileKind::Other;
    char lower[kMaxExtension];
    for (qsizetype i = 0; i < length; ++i) {
        const char c = fileName[dot + 1 + i];
        lower[i] = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    }
    return kindsByExtension().value(QByteArray::fromRawData(lower, length), SpaceFileKind::Other);
}

QString spaceFileKindName(SpaceFileKind kind)
{
    switch (kind) {
    case SpaceFileKind::Image:
        return Text::tr("Images");
    case SpaceFileKind::Video:
        return Text::tr("Video");
    case SpaceFileKind::Audio:
        return Text::tr("Audio");
    case SpaceFileKind::Archive:
        return Text::tr("Archives");
    case SpaceFileKind::Document:
        return Text::tr("Documents and text");
    case SpaceFileKind::Code:
        return Text::tr("Code and programs");
    case SpaceFileKind::Data:
        return Text::tr("Models and data");
    case SpaceFileKind::Other:
        break;
    }
    return Text::tr("Other");
}

void SpaceTotals::addFile(qint64 fileBytes, qint64 modifiedSecs, qint64 scanSecs)
{
    bytes += fileBytes;
    ++files;
    newestSecs = std::max(newestSecs, modifiedSecs);
    oldestSecs = oldestSecs < 0 ? modifiedSecs : std::min(oldestSecs, modifiedSecs);
    ageBytes[size_t(spaceAgeBucket(scanSecs - modifiedSecs))] += fileBytes;
}

void SpaceTotals::add(const SpaceTotals &other)
{
    bytes += other.bytes;
    files += other.files;
    newestSecs = std::max(newestSecs, other.newestSecs);
    if (other.oldestSecs >= 0)
        oldestSecs = oldestSecs < 0 ? other.oldestSecs : std::min(oldestSecs, other.oldestSecs);
    for (size_t i = 0; i < ageBytes.size(); ++i)
        ageBytes[i] += other.ageBytes[i];
}

void SpaceTotals::subtract(const SpaceTotals &other)
{
    bytes -= other.bytes;
    files -= other.files;
    for (size_t i = 0; i < ageBytes.size(); ++i)
        ageBytes[i] -= other.ageBytes[i];
}

SpaceTree::SpaceTree(const QString &location, qint64 scanSecs)
    : m_root(std::make_unique<SpaceNode>())
    , m_scanSecs(scanSecs)
{
    m_root->name = location;
    m_ids.insert(0, m_root.get());
}

void SpaceTree::removeFromAncestors(SpaceNode *node, const SpaceTotals &totals)
{
    for (SpaceNode *up = node->parent; up; up = up->parent)
        up->total.subtract(totals);
}

namespace {

qint64 countFolders(const SpaceNode *node)
{
    qint64 n = 1;
    for (const auto &child : node->children)
        n += countFolders(child.get());
    return n;
}

} // namespace

void SpaceTree::beginScan(SpaceNode *node, qint64 scanSecs, Observer *observer)
{
    m_scanSecs = scanSecs;
    removeFromAncestors(node, node->total);
    if (!node->children.empty()) {
        m_folders -= countFolders(node) - 1;
        if (observer)
            observer->beginRemoveChildren(node, 0, int(node->children.size()) - 1);
        node->children.clear();
        if (observer)
            observer->endRemoveChildren();
    }
    node->own = {};
    node->total = {};
    node->kindBytes = {};
    node->largest.clear();
    node->error.clear();
    node->otherFilesystem = false;
    node->read = false;
    m_ids.clear();
    m_ids.insert(0, node);
}

std::vector<SpaceNode *> SpaceTree::apply(std::vector<SpaceRecord> records, Observer *observer)
{
    QSet<SpaceNode *> changedSet;
    std::vector<SpaceNode *> changed;
    // New folders first, grouped by parent, so each parent announces one range. A
    // folder announced in this batch may be the parent of another: in waves.
    std::vector<SpaceRecord *> pending;
    for (SpaceRecord &record : records) {
        if (record.announced && !m_ids.contains(record.id))
            pending.push_back(&record);
    }
    while (!pending.empty()) {
        std::vector<SpaceNode *> parents;
        QHash<SpaceNode *, std::vector<SpaceRecord *>> byParent;
        std::vector<SpaceRecord *> later;
        for (SpaceRecord *record : pending) {
            SpaceNode *parent = m_ids.value(record->parentId);
            if (!parent) {
                later.push_back(record);
                continue;
            }
            auto &list = byParent[parent];
            if (list.empty())
                parents.push_back(parent);
            list.push_back(record);
        }
        if (parents.empty())
            break; // the rest have no known parent: dropped
        for (SpaceNode *parent : parents) {
            const std::vector<SpaceRecord *> &list = byParent[parent];
            const int first = int(parent->children.size());
            if (!changedSet.contains(parent)) {
                changedSet.insert(parent);
                changed.push_back(parent);
            }
            if (observer)
                observer->beginInsertChildren(parent, first, first + int(list.size()) - 1);
            for (SpaceRecord *record : list) {
                auto node = std::make_unique<SpaceNode>();
                node->name = QFile::decodeName(record->name);
                node->parent = parent;
                node->row = int(parent->children.size());
                m_ids.insert(record->id, node.get());
                parent->children.push_back(std::move(node));
                ++m_folders;
            }
            if (observer)
                observer->endInsertChildren();
        }
        pending = std::move(later);
    }
    for (SpaceRecord &record : records) {
        SpaceNode *node = m_ids.value(record.id);
        if (!node)
            continue;
        if (record.announced)
            continue;
        node->read = true;
        node->otherFilesystem = node->otherFilesystem || record.otherFilesystem;
        if (!record.error.isEmpty())
            node->error = node->error.isEmpty() ? record.error : node->error;
        node->own.add(record.own);
        for (size_t i = 0; i < node->kindBytes.size(); ++i)
            node->kindBytes[i] += record.kindBytes[i];
        if (!record.largest.isEmpty()) {
            const qsizetype keep = std::max(node->largest.size(), record.largest.size());
            node->largest += record.largest;
            std::stable_sort(
                node->largest.begin(), node->largest.end(),
                [](const SpaceFile &a, const SpaceFile &b) { return a.bytes > b.bytes; });
            node->largest.resize(keep);
        }
        for (SpaceNode *up = node; up; up = up->parent) {
            up->total.add(record.own);
            if (up->parent && !changedSet.contains(up->parent)) {
                changedSet.insert(up->parent);
                changed.push_back(up->parent);
            }
        }
    }
    // Parents before children: by depth.
    const auto depth = [](const SpaceNode *node) {
        int d = 0;
        for (; node->parent; node = node->parent)
            ++d;
        return d;
    };
    std::stable_sort(changed.begin(), changed.end(),
                     [&](SpaceNode *a, SpaceNode *b) { return depth(a) < depth(b); });
    return changed;
}

void SpaceTree::sortChildren(SpaceNode *node)
{
    std::stable_sort(node->children.begin(), node->children.end(),
                     [](const std::unique_ptr<SpaceNode> &a, const std::unique_ptr<SpaceNode> &b) {
                         if (a->total.bytes != b->total.bytes)
                             return a->total.bytes > b->total.bytes;
                         return a->name < b->name;
                     });
    for (size_t i = 0; i < node->children.size(); ++i)
        node->children[i]->row = int(i);
}

void SpaceTree::sortAll()
{
    std::vector<SpaceNode *> stack = {m_root.get()};
    while (!stack.empty()) {
        SpaceNode *node = stack.back();
        stack.pop_back();
        sortChildren(node);
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
}

QString SpaceTree::locationOf(const SpaceNode *node) const
{
    QStringList names;
    for (; node && node->parent; node = node->parent)
        names.prepend(node->name);
    QString location = m_root->name;
    for (const QString &name : std::as_const(names)) {
        if (!location.endsWith(QLatin1Char('/')))
            location += QLatin1Char('/');
        location += name;
    }
    return location;
}

SpaceNode *SpaceTree::find(const QString &location) const
{
    const QString base = m_root->name;
    if (location == base)
        return m_root.get();
    QString prefix = base;
    if (!prefix.endsWith(QLatin1Char('/')))
        prefix += QLatin1Char('/');
    if (!location.startsWith(prefix))
        return nullptr;
    SpaceNode *node = m_root.get();
    const QStringList names =
        location.mid(prefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        SpaceNode *next = nullptr;
        for (const auto &child : node->children) {
            if (child->name == name) {
                next = child.get();
                break;
            }
        }
        if (!next)
            return nullptr;
        node = next;
    }
    return node;
}

QList<SpaceFile> SpaceTree::largestFiles(const SpaceNode *node, int count) const
{
    if (!node || count <= 0)
        return {};
    struct Found
    {
        const SpaceNode *folder;
        const SpaceFile *file;
    };
    std::vector<Found> found;
    std::vector<const SpaceNode *> stack = {node};
    const auto smaller = [](const Found &a, const Found &b) {
        return a.file->bytes > b.file->bytes;
    };
    while (!stack.empty()) {
        const SpaceNode *folder = stack.back();
        stack.pop_back();
        for (const SpaceFile &file : folder->largest) {
            if (int(found.size()) == count && found.front().file->bytes >= file.bytes)
                break; // the folder's list is largest first: nothing further gets in
            found.push_back({folder, &file});
            std::push_heap(found.begin(), found.end(), smaller);
            if (int(found.size()) > count) {
                std::pop_heap(found.begin(), found.end(), smaller);
                found.pop_back();
            }
        }
        for (const auto &child : folder->children)
            stack.push_back(child.get());
    }
    std::sort_heap(found.begin(), found.end(), smaller);
    QList<SpaceFile> files;
    for (const Found &f : found) {
        QString path = locationOf(f.folder);
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        files.append({path + f.file->name, f.file->bytes, f.file->modifiedSecs});
    }
    return files;
}

} // namespace qm
