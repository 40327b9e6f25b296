#include "datascan.h"

#include "core/fsutil/folderentries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::DataScan)
};

DataRootScan::Status statusOfErrno(int error)
{
    switch (error) {
    case ENOENT:
        return DataRootScan::Status::Missing;
    case EACCES:
    case EPERM:
        return DataRootScan::Status::Denied;
    default:
        return DataRootScan::Status::Error;
    }
}

QString rootErrorText(const QString &root, int error)
{
    switch (statusOfErrno(error)) {
    case DataRootScan::Status::Missing:
        return Text::tr("%1 does not exist").arg(root);
    case DataRootScan::Status::Denied:
        return error == EPERM
                   ? Text::tr("%1: operation not permitted (on macOS, give the app Full Disk "
                              "Access or access to removable volumes)")
                         .arg(root)
                   : Text::tr("%1: permission denied").arg(root);
    default:
        break;
    }
    return QStringLiteral("%1: %2").arg(root, QString::fromLocal8Bit(strerror(error)));
}

/// An open folder, shared by the chunks of its files; closed with the last one.
struct OpenFolder
{
    explicit OpenFolder(int descriptor)
        : fd(descriptor)
    {}
    ~OpenFolder() { close(fd); }
    OpenFolder(const OpenFolder &) = delete;
    OpenFolder &operator=(const OpenFolder &) = delete;
    const int fd;
};

/// Files of one folder that belong to a category, waiting for their size and time.
struct StatChunk
{
    struct File
    {
        quint32 nameOffset; ///< into names, NUL-terminated
        int category;
    };
    std::shared_ptr<const OpenFolder> folder;
    QByteArray names;
    std::vector<File> files;
};

/// One piece of work: a folder to read (relative to the root), or files to stat.
struct WalkItem
{
    QByteArray folder;
    std::unique_ptr<StatChunk> chunk;
};

/// The files of a folder are stat'ed in chunks of this many, handed to whichever
/// walker is free as soon as the listing has found them: a folder of 150,000 rejected
/// samples keeps both threads busy.
constexpr size_t kStatChunk = 2048;

/// The shared state of one walk: a queue of work (folders to read, files to stat) and
/// the count of walkers busy, so the last idle walker knows the walk is over.
class Walk
{
public:
    Walk(int rootFd, dev_t device, const QByteArray &rootPath, const std::atomic<bool> *cancel)
        : m_rootFd(rootFd)
        , m_device(device)
        , m_rootPath(rootPath)
        , m_cancel(cancel)
    {
        splitPath(m_rootPath, &m_rootFolders);
    }

    void push(QByteArray folder)
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(folder), {}});
        m_wake.notify_one();
    }

    void run(CategoryTotals *totals, qint64 *unreadable)
    {
        for (;;) {
            WalkItem item;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_queue.empty() || m_busy == 0; });
                if (m_queue.empty())
                    return; // nothing queued and nobody busy who could queue more
                item = std::move(m_queue.front());
                m_queue.pop_front();
                ++m_busy;
            }
            if (!(m_cancel && m_cancel->load())) {
                if (item.chunk)
                    statFiles(*item.chunk, totals);
                else
                    readFolder(item.folder, totals, unreadable);
            }
            item = {}; // the last chunk of a folder closes it
            std::lock_guard lock(m_mutex);
            --m_busy;
            if (m_busy == 0 && m_queue.empty())
                m_wake.notify_all();
        }
    }

private:
    void readFolder(const QByteArray &relative, CategoryTotals *totals, qint64 *unreadable);
    static void statFiles(const StatChunk &chunk, CategoryTotals *totals);
    void entry(int dirFd, const QByteArray &relative, const char *name, unsigned char type,
               const std::vector<QByteArrayView> &folders, CategoryTotals *totals, StatChunk *chunk,
               std::vector<QByteArray> *subfolders);

    int m_rootFd;
    dev_t m_device;
    QByteArray m_rootPath;
    std::vector<QByteArrayView> m_rootFolders; ///< views into m_rootPath
    const std::atomic<bool> *m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<WalkItem> m_queue;
    int m_busy = 0;
};

void Walk::statFiles(const StatChunk &chunk, CategoryTotals *totals)
{
    const int fd = chunk.folder->fd;
    for (const StatChunk::File &file : chunk.files) {
        const char *name = chunk.names.constData() + file.nameOffset;
#ifdef __linux__
        struct statx st;
        if (statx(fd, name, AT_SYMLINK_NOFOLLOW | AT_STATX_DONT_SYNC, STATX_SIZE | STATX_MTIME,
                  &st) != 0)
            continue; // gone since the listing
        totals->add(file.category, qint64(st.stx_size), qint64(st.stx_mtime.tv_sec));
#else
        struct stat st;
        if (fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
            continue;
        totals->add(file.category, qint64(st.st_size), qint64(st.st_mtime));
#endif
    }
}

void Walk::entry(int dirFd, const QByteArray &relative, const char *name, unsigned char type,
                 const std::vector<QByteArrayView> &folders, CategoryTotals *totals,
                 StatChunk *chunk, std::vector<QByteArray> *subfolders)
{
    if (isDotOrDotDot(name))
        return;
    if (type == DT_UNKNOWN) {
        struct stat st;
        if (fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            return;
        type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_LNK;
    }
    if (type == DT_REG) {
        // Only files of a category cost a stat, done after the folder is read.
        const int category = totals->matcher().match(folders, QByteArrayView(name));
        if (category >= 0) {
            chunk->files.push_back({quint32(chunk->names.size()), category});
            chunk->names.append(name, qsizetype(strlen(name)) + 1);
        }
    } else if (type == DT_DIR) {
        QByteArray child = relative;
        if (!child.isEmpty())
            child += '/';
        child += name;
        subfolders->push_back(std::move(child));
    }
    // Symbolic links, sockets, devices: never followed, never counted.
}

void Walk::readFolder(const QByteArray &relative, CategoryTotals *totals, qint64 *unreadable)
{
    // A new open of "." rather than dup(): a dup shares the read position.
    const int fd = openat(m_rootFd, relative.isEmpty() ? "." : relative.constData(),
                          O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        ++*unreadable;
        return;
    }
    const auto folder = std::make_shared<const OpenFolder>(fd);
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_dev != m_device)
        return; // another filesystem mounted here: not ours to count
    // The root's own folders come first, so "ply_files/*.ply" matches in a root that is
    // a ply_files folder, as it does in a remote listing (which prints whole paths).
    std::vector<QByteArrayView> folders = m_rootFolders;
    if (totals->matcher().needsFolders())
        splitPath(relative, &folders);
    std::vector<QByteArray> subfolders;
    auto chunk = std::make_unique<StatChunk>();
    chunk->folder = folder;
    // A full chunk goes to the front of the queue: another walker stats it while this
    // one lists on, and the few folders with chunks pending are the only ones open.
    const auto handOver = [&] {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_front({{}, std::move(chunk)});
            m_wake.notify_one();
        }
        chunk = std::make_unique<StatChunk>();
        chunk->folder = folder;
    };
    const int listError = forEachFolderEntry(fd, [&](const char *name, unsigned char type) {
        entry(fd, relative, name, type, folders, totals, chunk.get(), &subfolders);
        if (chunk->files.size() >= kStatChunk)
            handOver();
    });
    if (listError != 0)
        ++*unreadable;
    if (!subfolders.empty()) {
        std::lock_guard lock(m_mutex);
        for (QByteArray &subfolder : subfolders)
            m_queue.push_back({std::move(subfolder), {}});
        m_wake.notify_all();
    }
    statFiles(*chunk, totals); // the rest, here
}

} // namespace

QString dataRootStatusKey(DataRootScan::Status status)
{
    switch (status) {
    case DataRootScan::Status::Ok:
        return QStringLiteral("ok");
    case DataRootScan::Status::Missing:
        return QStringLiteral("missing");
    case DataRootScan::Status::Denied:
        return QStringLiteral("denied");
    case DataRootScan::Status::Error:
        break;
    }
    return QStringLiteral("error");
}

CategoryTotals::CategoryTotals(const QList<DataCategory> &categories)
    : m_matcher(categories)
{
    for (const DataCategory &category : categories)
        m_totals.append({category.name, 0, 0, -1});
}

void CategoryTotals::add(int category, qint64 bytes, qint64 modifiedSecs)
{
    CategoryTotal &total = m_totals[category];
    total.bytes += bytes;
    ++total.files;
    total.newestSecs = qMax(total.newestSecs, modifiedSecs);
}

void CategoryTotals::addPath(QByteArrayView path, qint64 bytes, qint64 modifiedSecs)
{
    const int category = m_matcher.matchPath(path);
    if (category >= 0)
        add(category, bytes, modifiedSecs);
}

void CategoryTotals::merge(const CategoryTotals &other)
{
    for (int i = 0; i < m_totals.size(); ++i) {
        const CategoryTotal &theirs = other.m_totals.at(i);
        m_totals[i].bytes += theirs.bytes;
        m_totals[i].files += theirs.files;
        m_totals[i].newestSecs = qMax(m_totals[i].newestSecs, theirs.newestSecs);
    }
}

DataRootScan scanLocalDataRoot(const QString &root, const QList<DataCategory> &categories,
                               const std::atomic<bool> *cancel, int threads)
{
    DataRootScan scan;
    scan.root = root;
    const QByteArray path = QFile::encodeName(root);
    const int rootFd = open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0) {
        const int error = errno;
        scan.status = statusOfErrno(error);
        if (error == ENOTDIR)
            scan.status = DataRootScan::Status::Error;
        scan.error = error == ENOTDIR ? Text::tr("%1 is not a folder").arg(root)
                                      : rootErrorText(root, error);
        CategoryTotals empty(categories);
        scan.categories = empty.totals();
        return scan;
    }
    struct stat st;
    fstat(rootFd, &st);
    // Reading the root's own entries tells a privacy denial (macOS lets a folder be
    // opened, then refuses to list it) from an empty folder.
    {
        const int probe = openat(rootFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        DIR *dir = probe >= 0 ? fdopendir(probe) : nullptr;
        errno = 0;
        const bool readable = dir && (readdir(dir) != nullptr || errno == 0);
        const int error = errno;
        if (dir)
            closedir(dir);
        if (!readable) {
            close(rootFd);
            scan.status = statusOfErrno(error);
            scan.error = rootErrorText(root, error);
            CategoryTotals empty(categories);
            scan.categories = empty.totals();
            return scan;
        }
    }

    Walk walk(rootFd, st.st_dev, QFile::encodeName(QDir::cleanPath(root)), cancel);
    walk.push(QByteArray());
    threads = qBound(1, threads, 16);
    // Each walker's totals built on their own: copies would share one list, and two
    // threads writing to their copies would race on detaching it.
    std::vector<CategoryTotals> totals;
    totals.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i)
        totals.emplace_back(categories);
    std::vector<qint64> unreadable(size_t(threads), 0);
    std::vector<std::thread> walkers;
    for (int i = 1; i < threads; ++i)
        walkers.emplace_back([&, i] { walk.run(&totals[size_t(i)], &unreadable[size_t(i)]); });
    walk.run(&totals[0], &unreadable[0]);
    for (std::thread &walker : walkers)
        walker.join();
    close(rootFd);

    for (int i = 1; i < threads; ++i)
        totals[0].merge(totals[size_t(i)]);
    scan.categories = totals[0].totals();
    for (const qint64 n : unreadable)
        scan.unreadableFolders += n;
    if (cancel && cancel->load()) {
        scan.status = DataRootScan::Status::Error;
        scan.error = Text::tr("cancelled");
    }
    return scan;
}

} // namespace qm
