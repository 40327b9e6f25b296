#include "spacescan.h"

#include "core/fsutil/folderentries.h"
#include "core/probes/filelisting.h"
#include "core/remote/sshtransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <sys/stat.h>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SpaceScan)
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

qint64 nowOr(qint64 scanSecs)
{
    return scanSecs > 0 ? scanSecs : QDateTime::currentSecsSinceEpoch();
}

/// The files met for a folder's largest: a min-heap of at most `limit`, names kept as
/// bytes until the end (most files never get in).
class LargestFiles
{
public:
    explicit LargestFiles(int limit)
        : m_limit(size_t(std::max(0, limit)))
    {}

    void offer(qint64 bytes, qint64 modifiedSecs, QByteArrayView name)
    {
        if (m_limit == 0 || (m_files.size() == m_limit && m_files.front().bytes >= bytes))
            return;
        m_files.push_back({bytes, modifiedSecs, name.toByteArray()});
        std::push_heap(m_files.begin(), m_files.end(), larger);
        if (m_files.size() > m_limit) {
            std::pop_heap(m_files.begin(), m_files.end(), larger);
            m_files.pop_back();
        }
    }

    /// Largest first.
    QList<SpaceFile> take()
    {
        std::sort_heap(m_files.begin(), m_files.end(), larger);
        QList<SpaceFile> files;
        files.reserve(qsizetype(m_files.size()));
        for (const Entry &entry : m_files)
            files.append({QFile::decodeName(entry.name), entry.bytes, entry.modifiedSecs});
        m_files.clear();
        return files;
    }

    bool empty() const { return m_files.empty(); }

private:
    struct Entry
    {
        qint64 bytes;
        qint64 modifiedSecs;
        QByteArray name;
    };
    static bool larger(const Entry &a, const Entry &b) { return a.bytes > b.bytes; }
    size_t m_limit;
    std::vector<Entry> m_files;
};

/// The files with several hard links met so far, by device and inode: each counts once.
class HardLinks
{
public:
    /// True the first time a (device, inode) is met.
    bool firstTime(quint64 device, quint64 inode)
    {
        std::lock_guard lock(m_mutex);
        return m_seen.insert({device, inode}).second;
    }

private:
    struct Key
    {
        quint64 device;
        quint64 inode;
        bool operator==(const Key &) const = default;
    };
    struct Hash
    {
        size_t operator()(const Key &key) const
        {
            return std::hash<quint64>()(key.inode * 0x9E3779B97F4A7C15ull ^ key.device);
        }
    };
    std::mutex m_mutex;
    std::unordered_set<Key, Hash> m_seen;
};

/// A folder to read: its path relative to the root, and its id in the scan.
struct FolderToRead
{
    QByteArray relative;
    qint64 id = 0;
};

/// The shared state of one local scan: a queue of folders, the walkers busy (the last
/// idle walker ends the walk), the hard links met.
class SpaceWalk
{
public:
    SpaceWalk(int rootFd, dev_t device, const SpaceScanOptions &options, qint64 scanSecs,
              SpaceRecordQueue &queue, const std::atomic<bool> *cancel)
        : m_rootFd(rootFd)
        , m_device(device)
        , m_options(options)
        , m_scanSecs(scanSecs)
        , m_queue(queue)
        , m_cancel(cancel)
    {
        m_folders.push_back({QByteArray(), 0});
    }

    void run()
    {
        for (;;) {
            FolderToRead folder;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_folders.empty() || m_busy == 0; });
                if (m_folders.empty())
                    return;
                folder = std::move(m_folders.front());
                m_folders.pop_front();
                ++m_busy;
            }
            if (!(m_cancel && m_cancel->load()))
                read(folder);
            std::lock_guard lock(m_mutex);
            --m_busy;
            if (m_busy == 0 && m_folders.empty())
                m_wake.notify_all();
        }
    }

    qint64 unreadable() const { return m_unreadable.load(); }

private:
    void read(const FolderToRead &folder);
    /// Adds the regular file `name` of the open folder `fd` to `record`.
    void file(int fd, const char *name, SpaceRecord *record, LargestFiles *largest);

    const int m_rootFd;
    const dev_t m_device;
    const SpaceScanOptions m_options;
    const qint64 m_scanSecs;
    SpaceRecordQueue &m_queue;
    const std::atomic<bool> *m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<FolderToRead> m_folders;
    int m_busy = 0;
    std::atomic<qint64> m_nextId{1};
    std::atomic<qint64> m_unreadable{0};
    HardLinks m_links;
};

void SpaceWalk::file(int fd, const char *name, SpaceRecord *record, LargestFiles *largest)
{
    qint64 bytes = 0;
    qint64 modified = 0;
#ifdef __linux__
    struct statx st;
    if (statx(fd, name, AT_SYMLINK_NOFOLLOW | AT_STATX_DONT_SYNC,
              STATX_TYPE | STATX_SIZE | STATX_MTIME | STATX_INO | STATX_NLINK, &st) != 0 ||
        !S_ISREG(st.stx_mode))
        return; // gone since the listing, or replaced
    if (st.stx_nlink > 1 &&
        !m_links.firstTime((quint64(st.stx_dev_major) << 32) | st.stx_dev_minor, st.stx_ino))
        return;
    bytes = qint64(st.stx_size);
    modified = qint64(st.stx_mtime.tv_sec);
#else
    struct stat st;
    if (fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
        return;
    if (st.st_nlink > 1 && !m_links.firstTime(quint64(st.st_dev), quint64(st.st_ino)))
        return;
    bytes = qint64(st.st_size);
    modified = qint64(st.st_mtime);
#endif
    const QByteArrayView fileName(name);
    record->own.addFile(bytes, modified, m_scanSecs);
    record->kindBytes[size_t(spaceFileKind(fileName))] += bytes;
    largest->offer(bytes, modified, fileName);
}

void SpaceWalk::read(const FolderToRead &folder)
{
    SpaceRecord record;
    record.id = folder.id;
    const int fd = openat(m_rootFd, folder.relative.isEmpty() ? "." : folder.relative.constData(),
                          O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        record.error = errnoText(errno);
        ++m_unreadable;
        m_queue.add(std::move(record));
        return;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || (st.st_dev != m_device && !m_options.crossFilesystems)) {
        close(fd);
        record.otherFilesystem = true;
        m_queue.add(std::move(record));
        return;
    }
    std::vector<SpaceRecord> records(1);
    std::vector<FolderToRead> subfolders;
    LargestFiles largest(m_options.topFiles);
    const int error = forEachFolderEntry(fd, [&](const char *name, unsigned char type) {
        if (isDotOrDotDot(name))
            return;
        if (type == DT_UNKNOWN) {
            struct stat entry;
            if (fstatat(fd, name, &entry, AT_SYMLINK_NOFOLLOW) != 0)
                return;
            type = S_ISDIR(entry.st_mode) ? DT_DIR : S_ISREG(entry.st_mode) ? DT_REG : DT_LNK;
        }
        if (type == DT_REG) {
            file(fd, name, &record, &largest);
        } else if (type == DT_DIR) {
            SpaceRecord announced;
            announced.announced = true;
            announced.id = m_nextId++;
            announced.parentId = folder.id;
            announced.name = QByteArray(name);
            QByteArray relative = folder.relative;
            if (!relative.isEmpty())
                relative += '/';
            relative += name;
            subfolders.push_back({std::move(relative), announced.id});
            records.push_back(std::move(announced));
        }
        // Symbolic links, sockets, devices: never followed, never counted.
    });
    close(fd);
    if (error != 0) {
        record.error = errnoText(error);
        ++m_unreadable;
    }
    record.largest = largest.take();
    records.front() = std::move(record);
    // The announcements reach the queue before any subfolder can be read.
    m_queue.add(std::move(records));
    if (!subfolders.empty()) {
        std::lock_guard lock(m_mutex);
        for (FolderToRead &subfolder : subfolders)
            m_folders.push_back(std::move(subfolder));
        m_wake.notify_all();
    }
}

} // namespace

SpaceLocation SpaceLocation::parse(const QString &text)
{
    SpaceLocation location;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (colon > 0 && (slash < 0 || colon < slash) && !text.startsWith(QLatin1Char('.'))) {
        location.host = text.left(colon);
        location.path = text.mid(colon + 1);
        if (location.path.isEmpty())
            location.path = QStringLiteral("~");
    } else {
        location.path = text;
    }
    return location;
}

QString SpaceLocation::toString() const
{
    return host.isEmpty() ? path : host + QLatin1Char(':') + path;
}

void SpaceRecordQueue::add(SpaceRecord record)
{
    std::lock_guard lock(m_mutex);
    m_records.push_back(std::move(record));
}

void SpaceRecordQueue::add(std::vector<SpaceRecord> records)
{
    std::lock_guard lock(m_mutex);
    if (m_records.empty()) {
        m_records = std::move(records);
        return;
    }
    for (SpaceRecord &record : records)
        m_records.push_back(std::move(record));
}

std::vector<SpaceRecord> SpaceRecordQueue::take()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_records, {});
}

SpaceScanResult scanLocalSpace(const QString &root, const SpaceScanOptions &options,
                               SpaceRecordQueue &queue, const std::atomic<bool> *cancel)
{
    SpaceScanResult result;
    const int rootFd =
        open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0) {
        result.error = QStringLiteral("%1: %2").arg(root, errnoText(errno));
        return result;
    }
    struct stat st;
    if (fstat(rootFd, &st) != 0) {
        result.error = QStringLiteral("%1: %2").arg(root, errnoText(errno));
        close(rootFd);
        return result;
    }
    SpaceWalk walk(rootFd, st.st_dev, options, nowOr(options.scanSecs), queue, cancel);
    const int threads = qBound(1, options.threads, 16);
    std::vector<std::thread> walkers;
    for (int i = 1; i < threads; ++i)
        walkers.emplace_back([&walk] { walk.run(); });
    walk.run();
    for (std::thread &walker : walkers)
        walker.join();
    close(rootFd);
    result.unreadable = walk.unreadable();
    result.cancelled = cancel && cancel->load();
    return result;
}

QString spaceListingRoot(const QString &path)
{
    // find prints paths as given. Its first word that starts with '-', '(' or '!' begins
    // the expression: "-delete" as a starting point would delete the home folder.
    QString root = path;
    if (root == QLatin1String("~"))
        root = QStringLiteral(".");
    else if (root.startsWith(QLatin1String("~/")))
        root = root.mid(2);
    while (root.size() > 1 && root.endsWith(QLatin1Char('/')))
        root.chop(1);
    if (root.isEmpty())
        root = QStringLiteral(".");
    if (!root.startsWith(QLatin1Char('/')) && root != QLatin1String(".") &&
        !root.startsWith(QLatin1String("./")))
        root.prepend(QLatin1String("./"));
    return root;
}

QStringList spaceListingCommand(const QString &path, bool crossFilesystems)
{
    QStringList argv = {QStringLiteral("env"), QStringLiteral("LC_ALL=C"), QStringLiteral("find"),
                        spaceListingRoot(path)};
    if (!crossFilesystems)
        argv << QStringLiteral("-xdev");
    argv << QStringLiteral("(") << QStringLiteral("-type") << QStringLiteral("f")
         << QStringLiteral("-o") << QStringLiteral("-type") << QStringLiteral("d")
         << QStringLiteral(")") << QStringLiteral("-printf")
         << QStringLiteral("%y %D %i %n %s %T@ %p\\0");
    return argv;
}

/// The largest file a listing may claim (1 PiB).
constexpr qint64 kMaxFileBytes = qint64(1) << 50;

struct SpaceListingReader::State
{
    State(const QByteArray &rootPath, const SpaceScanOptions &scanOptions, SpaceRecordQueue &out)
        : root(rootPath)
        , options(scanOptions)
        , scanSecs(nowOr(scanOptions.scanSecs))
        , queue(out)
        , parser([this](const ListedFile &file) { entry(file); }, '\0',
                 FileListingParser::Format::Detailed)
    {
        folders.insert(root, 0);
    }

    /// The id of the folder `path`, or -1.
    qint64 folderId(QByteArrayView path)
    {
        if (path == QByteArrayView(lastFolder))
            return lastId;
        const auto it = folders.constFind(path.toByteArray());
        if (it == folders.constEnd())
            return -1;
        lastFolder = it.key();
        lastId = it.value();
        return lastId;
    }

    SpaceRecord &recordOf(qint64 id)
    {
        auto it = records.find(id);
        if (it == records.end()) {
            it = records.emplace(id, SpaceRecord()).first;
            it->second.id = id;
        }
        return it->second;
    }

    void entry(const ListedFile &file)
    {
        const QByteArrayView path = file.path;
        if (file.bytes > kMaxFileBytes) {
            ++bad; // no file is that large: a broken host, and sums must not overflow
            return;
        }
        if (file.type == 'd' && path == QByteArrayView(root)) {
            recordOf(0); // read: even an empty root
            return;
        }
        const qsizetype slash = path.lastIndexOf('/');
        if (slash < 0 || !path.startsWith(QByteArrayView(root))) {
            ++bad;
            return;
        }
        const QByteArrayView parent = slash == 0 ? QByteArrayView("/", 1) : path.first(slash);
        const QByteArrayView name = path.sliced(slash + 1);
        const qint64 parentId = folderId(parent);
        if (parentId < 0 || name.isEmpty()) {
            ++bad;
            return;
        }
        if (file.type == 'd') {
            SpaceRecord announced;
            announced.announced = true;
            announced.id = nextId++;
            announced.parentId = parentId;
            announced.name = name.toByteArray();
            folders.insert(path.toByteArray(), announced.id);
            recordOf(announced.id);
            announcements.push_back(std::move(announced));
        } else if (file.type == 'f') {
            if (file.links > 1 && !links.insert({file.device, file.inode}).second)
                return;
            SpaceRecord &record = recordOf(parentId);
            record.own.addFile(file.bytes, file.modifiedSecs, scanSecs);
            record.kindBytes[size_t(spaceFileKind(name))] += file.bytes;
            auto &kept = largest.try_emplace(parentId, options.topFiles).first->second;
            kept.offer(file.bytes, file.modifiedSecs, name);
        } else {
            ++bad;
            return;
        }
        if (++sinceHandOver >= 4096)
            handOver();
    }

    void handOver()
    {
        std::vector<SpaceRecord> out = std::move(announcements);
        announcements.clear();
        out.reserve(out.size() + records.size());
        for (auto &[id, record] : records) {
            const auto kept = largest.find(id);
            if (kept != largest.end())
                record.largest = kept->second.take();
            out.push_back(std::move(record));
        }
        records.clear();
        largest.clear();
        sinceHandOver = 0;
        queue.add(std::move(out));
    }

    struct PairHash
    {
        size_t operator()(const std::pair<qint64, qint64> &key) const
        {
            return std::hash<qint64>()(key.second * 31 + key.first);
        }
    };

    QByteArray root;
    SpaceScanOptions options;
    qint64 scanSecs;
    SpaceRecordQueue &queue;
    FileListingParser parser;
    QHash<QByteArray, qint64> folders;
    QByteArray lastFolder;
    qint64 lastId = -1;
    qint64 nextId = 1;
    qint64 bad = 0;
    int sinceHandOver = 0;
    std::vector<SpaceRecord> announcements;
    std::unordered_map<qint64, SpaceRecord> records;
    std::unordered_map<qint64, LargestFiles> largest;
    std::unordered_set<std::pair<qint64, qint64>, PairHash> links;
};

SpaceListingReader::SpaceListingReader(const QByteArray &root, const SpaceScanOptions &options,
                                       SpaceRecordQueue &queue)
    : d(std::make_unique<State>(root, options, queue))
{}

SpaceListingReader::~SpaceListingReader() = default;

void SpaceListingReader::feed(QByteArrayView bytes)
{
    d->parser.feed(bytes);
}

void SpaceListingReader::finish()
{
    d->parser.finish();
    d->handOver();
}

qint64 SpaceListingReader::badRecords() const
{
    return d->bad + d->parser.badRecords();
}

qint64 SpaceListingReader::readErrors(const QByteArray &standardError)
{
    qint64 found = 0;
    std::vector<SpaceRecord> out;
    for (const QByteArray &line : standardError.split('\n')) {
        // find: '/data/x': Permission denied
        if (!line.startsWith("find: '"))
            continue;
        const qsizetype end = line.lastIndexOf("': ");
        if (end < 7)
            continue;
        const qint64 id = d->folderId(QByteArrayView(line).sliced(7, end - 7));
        if (id < 0)
            continue;
        SpaceRecord record;
        record.id = id;
        record.error = QString::fromUtf8(line.mid(end + 3));
        out.push_back(std::move(record));
        ++found;
    }
    d->queue.add(std::move(out));
    return found;
}

SpaceScanResult scanRemoteSpace(const SshTransport &ssh, const QString &path,
                                const SpaceScanOptions &options, SpaceRecordQueue &queue,
                                const std::atomic<bool> *cancel)
{
    SpaceScanResult result;
    // find prints paths as it was given them.
    const QString root = spaceListingRoot(path);
    SpaceListingReader reader(root.toUtf8(), options, queue);
    ProcessRequest request;
    request.timeoutMs = 6 * 3600 * 1000;
    request.cancel = cancel;
    request.onOutput = [&](QByteArrayView chunk) {
        reader.feed(chunk);
        return true;
    };
    const RemoteResult listed =
        ssh.run(spaceListingCommand(root, options.crossFilesystems), request);
    reader.finish();
    result.commandLine = listed.process.commandLine;
    result.unreadable = reader.readErrors(listed.process.standardError);
    result.badRecords = reader.badRecords();
    result.cancelled = cancel && cancel->load();
    if (listed.status != HostStatus::Ok && !result.cancelled) {
        result.error = listed.error;
    } else if (!result.cancelled && listed.process.exitCode != 0 && result.unreadable == 0) {
        const QByteArray err = listed.process.standardError.trimmed();
        result.error =
            Text::tr("the listing of %1 failed: %2")
                .arg(path, err.isEmpty() ? Text::tr("exit status %1").arg(listed.process.exitCode)
                                         : QString::fromUtf8(err.left(err.indexOf('\n'))));
    }
    return result;
}

} // namespace qm
