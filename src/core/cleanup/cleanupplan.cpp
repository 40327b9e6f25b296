#include "cleanup.h"

#include "cleanup/namematcher.h"
#include "cleanup/quarantine.h"
#include "units/datasize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Cleanup)
};

constexpr qint64 kDayMs = 86'400'000;
// The times an ISO-8601 string can hold (years 1 to 9999): a file dated outside them
// could not be saved in a plan and found again.
constexpr qint64 kFirstMs = -62'135'596'800'000;
constexpr qint64 kLastMs = 253'402'300'799'999;

int countArg(qint64 count)
{
    return int(std::min<qint64>(count, INT_MAX));
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

qint64 modifiedMsOf(const struct stat &st)
{
#ifdef __APPLE__
    const struct timespec &time = st.st_mtimespec;
#else
    const struct timespec &time = st.st_mtim;
#endif
    return qint64(time.tv_sec) * 1000 + qint64(time.tv_nsec) / 1'000'000;
}

/// A path that stays inside whatever folder it is joined to.
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QChar(0)))
        return false;
    for (const QStringView part : QStringView(path).split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

QString joinPath(const QString &root, const QString &relative)
{
    if (root.endsWith(QLatin1Char('/')))
        return root + relative; // the filesystem root
    return root + QLatin1Char('/') + relative;
}

/// Where a walk from the root to a folder ended.
struct FolderOpening
{
    enum class Status { Open, Missing, Link, NotFolder, OtherFilesystem, Error };
    Status status = Status::Error;
    int fd = -1; ///< owned by the caller when Open
    int error = 0;
};

/// Opens `relative` (empty: the root itself) one folder at a time from `rootFd`, never
/// following a link and never onto another filesystem: one link anywhere on the way,
/// even one swapped in since the last look, stops the walk.
FolderOpening openInside(int rootFd, dev_t rootDevice, const QByteArray &relative)
{
    FolderOpening opening;
    int fd = openat(rootFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        opening.error = errno;
        return opening;
    }
    const QList<QByteArray> parts = relative.isEmpty() ? QList<QByteArray>() : relative.split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part == "." || part == "..") {
            close(fd); // never climbs, whatever the caller passed
            opening.error = EINVAL;
            return opening;
        }
        const int next =
            openat(fd, part.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0) {
            opening.error = errno;
            struct stat st;
            if (fstatat(fd, part.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
                opening.status = (errno == ENOENT || errno == ENOTDIR)
                                     ? FolderOpening::Status::Missing
                                     : FolderOpening::Status::Error;
            else if (S_ISLNK(st.st_mode))
                opening.status = FolderOpening::Status::Link;
            else if (!S_ISDIR(st.st_mode))
                opening.status = FolderOpening::Status::NotFolder;
            close(fd);
            return opening;
        }
        close(fd);
        fd = next;
        struct stat st;
        if (fstat(fd, &st) != 0 || st.st_dev != rootDevice) {
            opening.status = FolderOpening::Status::OtherFilesystem;
            close(fd);
            return opening;
        }
    }
    opening.status = FolderOpening::Status::Open;
    opening.fd = fd;
    return opening;
}

/// Whether a file name matches any of the rule's patterns.
QString rootError(const QString &root, int error)
{
    switch (error) {
    case ENOENT:
        return Text::tr("%1 does not exist (a drive that is not mounted?)").arg(root);
    case ENOTDIR:
        return Text::tr("%1 is not a folder").arg(root);
    case EACCES:
        return Text::tr("%1: permission denied").arg(root);
    default:
        return QStringLiteral("%1: %2").arg(root, errnoText(error));
    }
}

/// The walk of one plan.
struct Planner
{
    int rootFd = -1;
    dev_t rootDevice = 0;
    dev_t homeTrashDevice = 0;
    ino_t homeTrashInode = 0;
    bool hasHomeTrash = false;
    NameMatcher matcher;
    QHash<QString, CleanupItem> onlyFiles; ///< by path; empty: any file
    qint64 cutoffMs = 0;
    bool anyAge = true;
    CleanupPlan *plan = nullptr;
    const std::atomic<bool> *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }

    void readFolder(const QByteArray &relative, QList<QByteArray> *folders);
    void entry(int dirFd, const QByteArray &relative, const char *name, unsigned char type,
               QList<QByteArray> *folders);
};

void Planner::readFolder(const QByteArray &relative, QList<QByteArray> *folders)
{
    const FolderOpening opening = openInside(rootFd, rootDevice, relative);
    if (opening.status == FolderOpening::Status::OtherFilesystem) {
        ++plan->skippedOther; // a drive mounted inside the root is not part of it
        return;
    }
    if (opening.status != FolderOpening::Status::Open) {
        ++plan->unreadableFolders;
        return;
    }
    struct stat st;
    if (hasHomeTrash && fstat(opening.fd, &st) == 0 && st.st_dev == homeTrashDevice &&
        st.st_ino == homeTrashInode) {
        close(opening.fd);
        ++plan->skippedOther;
        return;
    }
    DIR *dir = fdopendir(opening.fd); // owns the descriptor from here on
    if (!dir) {
        close(opening.fd);
        ++plan->unreadableFolders;
        return;
    }
    while (!cancelled()) { // a folder may hold a million files: stop within it
        errno = 0;
        const struct dirent *d = readdir(dir);
        if (!d) {
            if (errno != 0)
                ++plan->unreadableFolders;
            break;
        }
        entry(dirfd(dir), relative, d->d_name, d->d_type, folders);
    }
    closedir(dir);
}

void Planner::entry(int dirFd, const QByteArray &relative, const char *name, unsigned char type,
                    QList<QByteArray> *folders)
{
    if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
        return;
    const QByteArray nameBytes(name);
    const QString decoded = QFile::decodeName(nameBytes);
    if (QFile::encodeName(decoded) != nameBytes) {
        // The plan holds text: a name that does not survive the trip would be looked
        // for under another name later, and reported gone while it is still there.
        ++plan->skippedOther;
        return;
    }
    struct stat st;
    bool statted = false;
    if (type == DT_UNKNOWN) {
        if (fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            return; // gone since the listing
        statted = true;
        type = S_ISDIR(st.st_mode)   ? DT_DIR
               : S_ISREG(st.st_mode) ? DT_REG
               : S_ISLNK(st.st_mode) ? DT_LNK
                                     : DT_UNKNOWN;
    }
    const QByteArray path = relative.isEmpty() ? nameBytes : relative + '/' + nameBytes;
    if (type == DT_DIR) {
        // A trash folder: moving its files to the trash again would free nothing.
        if (nameBytes == ".Trash" || nameBytes.startsWith(".Trash-") ||
            nameBytes == kQuarantineFolderName)
            ++plan->skippedOther;
        else
            folders->append(path);
        return;
    }
    if (!matcher.matches(decoded))
        return;
    const auto chosen = onlyFiles.constFind(QFile::decodeName(path));
    if (!onlyFiles.isEmpty() && chosen == onlyFiles.cend())
        return;
    if (type == DT_LNK) {
        ++plan->skippedSymlinks;
        return;
    }
    if (type != DT_REG) {
        ++plan->skippedOther;
        return;
    }
    if (!statted && fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return;
    if (!S_ISREG(st.st_mode))
        return; // replaced since the listing: the next plan will see what it is now
    const qint64 modifiedMs = modifiedMsOf(st);
    if (modifiedMs < kFirstMs || modifiedMs > kLastMs) {
        ++plan->skippedOther;
        return;
    }
    if (!anyAge && modifiedMs >= cutoffMs)
        return;
    if (chosen != onlyFiles.cend() &&
        (chosen->sizeBytes != qint64(st.st_size) || chosen->modifiedMs != modifiedMs)) {
        ++plan->skippedOther; // changed since it was chosen: not what the person saw
        return;
    }
    plan->items.append({QFile::decodeName(path), qint64(st.st_size), modifiedMs});
    plan->totalBytes += qint64(st.st_size);
}

} // namespace

std::optional<CleanupPlan> planCleanup(const CleanupRule &rule, const std::atomic<bool> *cancel,
                                       QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    message.clear();
    if (rule.root.isEmpty() || !QDir::isAbsolutePath(rule.root)) {
        message =
            Text::tr("The folder to clean up must be an absolute path, not \"%1\"").arg(rule.root);
        return std::nullopt;
    }
    if (rule.olderThanDays < -1) {
        message = Text::tr("The age must be a number of days (0 or more), not %1")
                      .arg(rule.olderThanDays);
        return std::nullopt;
    }
    Planner planner;
    if (!planner.matcher.set(rule.patterns, &message))
        return std::nullopt;

    CleanupPlan plan;
    plan.rule = rule;
    if (plan.rule.nowMs < 0)
        plan.rule.nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const CleanupItem &file : rule.onlyFiles)
        planner.onlyFiles.insert(file.relativePath, file);
    planner.anyAge = rule.olderThanDays < 0;
    planner.cutoffMs = plan.rule.nowMs - qint64(std::max(rule.olderThanDays, 0)) * kDayMs;
    planner.plan = &plan;
    planner.cancel = cancel;

    const QByteArray rootPath = QFile::encodeName(rule.root);
    char *resolved = realpath(rootPath.constData(), nullptr);
    if (!resolved) {
        message = rootError(rule.root, errno);
        return std::nullopt;
    }
    plan.canonicalRoot = QFile::decodeName(QByteArray(resolved));
    free(resolved);
    planner.rootFd = open(QFile::encodeName(plan.canonicalRoot).constData(),
                          O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (planner.rootFd < 0 || fstat(planner.rootFd, &st) != 0) {
        message = rootError(rule.root, errno);
        if (planner.rootFd >= 0)
            close(planner.rootFd);
        return std::nullopt;
    }
    planner.rootDevice = st.st_dev;
    const QString homeTrash =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
        QStringLiteral("/Trash");
    if (lstat(QFile::encodeName(homeTrash).constData(), &st) == 0 && S_ISDIR(st.st_mode)) {
        planner.hasHomeTrash = true;
        planner.homeTrashDevice = st.st_dev;
        planner.homeTrashInode = st.st_ino;
    }

    QList<QByteArray> folders{QByteArray()};
    while (!folders.isEmpty() && !planner.cancelled()) {
        const QByteArray folder = folders.takeLast();
        const qint64 unreadableBefore = plan.unreadableFolders;
        planner.readFolder(folder, &folders);
        if (folder.isEmpty() && plan.unreadableFolders != unreadableBefore) {
            message = Text::tr("%1 cannot be read").arg(rule.root);
            close(planner.rootFd);
            return std::nullopt;
        }
    }
    close(planner.rootFd);
    if (planner.cancelled()) {
        message = Text::tr("The cleanup plan was cancelled");
        return std::nullopt;
    }
    std::sort(plan.items.begin(), plan.items.end(), [](const CleanupItem &a, const CleanupItem &b) {
        return a.relativePath < b.relativePath;
    });
    return plan;
}

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> timeFrom(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

/// An integer of JSON (a double without a fraction, exact), at least `minimum`.
std::optional<qint64> integerFrom(const QJsonValue &value, qint64 minimum = 0)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= -9007199254740992.0 && number <= 9007199254740992.0))
        return std::nullopt;
    const qint64 integer = qint64(number);
    if (double(integer) != number || integer < minimum)
        return std::nullopt;
    return integer;
}

} // namespace

QJsonArray cleanupItemsToJson(const QList<CleanupItem> &items)
{
    QJsonArray array;
    for (const CleanupItem &item : items)
        array.append(QJsonObject{{QStringLiteral("path"), item.relativePath},
                                 {QStringLiteral("sizeBytes"), item.sizeBytes},
                                 {QStringLiteral("modifiedAt"), isoTime(item.modifiedMs)}});
    return array;
}

std::optional<QList<CleanupItem>> cleanupItemsFromJson(const QJsonValue &value, QString *error)
{
    if (!value.isArray()) {
        if (error)
            *error = Text::tr("the list of files is not a list");
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    QList<CleanupItem> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        const QJsonValue path = item.value(QStringLiteral("path"));
        const std::optional<qint64> size = integerFrom(item.value(QStringLiteral("sizeBytes")));
        const std::optional<qint64> modified = timeFrom(item.value(QStringLiteral("modifiedAt")));
        if (!path.isString() || !isSafeRelativePath(path.toString()) || !size || !modified) {
            if (error)
                *error = Text::tr("file %1 of the list is not valid (a path must stay inside "
                                  "the root; a size and a time are needed)")
                             .arg(i + 1);
            return std::nullopt;
        }
        items.append({path.toString(), *size, *modified});
    }
    return items;
}

QJsonObject CleanupPlan::toJson() const
{
    QJsonArray itemArray;
    for (const CleanupItem &item : items)
        itemArray.append(QJsonObject{{QStringLiteral("path"), item.relativePath},
                                     {QStringLiteral("sizeBytes"), item.sizeBytes},
                                     {QStringLiteral("modifiedAt"), isoTime(item.modifiedMs)}});
    return QJsonObject{
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("root"), rule.root},
        {QStringLiteral("canonicalRoot"), canonicalRoot},
        {QStringLiteral("olderThanDays"),
         rule.olderThanDays < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(rule.olderThanDays)},
        {QStringLiteral("patterns"), QJsonArray::fromStringList(rule.patterns)},
        {QStringLiteral("onlyFiles"), cleanupItemsToJson(rule.onlyFiles)},
        {QStringLiteral("plannedAt"), isoTime(rule.nowMs)},
        {QStringLiteral("fileCount"), qint64(items.size())},
        {QStringLiteral("totalBytes"), totalBytes},
        {QStringLiteral("skippedSymlinks"), skippedSymlinks},
        {QStringLiteral("skippedOther"), skippedOther},
        {QStringLiteral("unreadableFolders"), unreadableFolders},
        {QStringLiteral("items"), itemArray},
    };
}

std::optional<CleanupPlan> CleanupPlan::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [&](const QString &what) {
        if (error)
            *error = Text::tr("The cleanup plan is damaged: %1").arg(what);
        return std::nullopt;
    };
    const auto badField = [](const QString &name) {
        return Text::tr("\"%1\" is missing or not valid").arg(name);
    };
    if (object.value(QStringLiteral("schemaVersion")) != QJsonValue(1))
        return fail(Text::tr("it is not a version 1 cleanup plan"));
    CleanupPlan plan;
    const QJsonValue root = object.value(QStringLiteral("root"));
    const QJsonValue canonicalRoot = object.value(QStringLiteral("canonicalRoot"));
    if (!root.isString() || !QDir::isAbsolutePath(root.toString()))
        return fail(badField(QStringLiteral("root")));
    if (!canonicalRoot.isString() || !QDir::isAbsolutePath(canonicalRoot.toString()) ||
        QDir::cleanPath(canonicalRoot.toString()) != canonicalRoot.toString())
        return fail(badField(QStringLiteral("canonicalRoot")));
    plan.rule.root = root.toString();
    plan.canonicalRoot = canonicalRoot.toString();

    const QJsonValue days = object.value(QStringLiteral("olderThanDays"));
    if (days.isNull()) {
        plan.rule.olderThanDays = -1;
    } else {
        const std::optional<qint64> value = integerFrom(days);
        if (!value || *value > INT_MAX)
            return fail(badField(QStringLiteral("olderThanDays")));
        plan.rule.olderThanDays = int(*value);
    }
    const QJsonValue patterns = object.value(QStringLiteral("patterns"));
    if (!patterns.isArray())
        return fail(badField(QStringLiteral("patterns")));
    for (const QJsonValue &pattern : patterns.toArray()) {
        if (!pattern.isString())
            return fail(badField(QStringLiteral("patterns")));
        plan.rule.patterns.append(pattern.toString());
    }
    // Absent in plans saved before files could be chosen one by one: any file.
    const QJsonValue onlyFiles = object.value(QStringLiteral("onlyFiles"));
    if (!onlyFiles.isUndefined()) {
        QString why;
        std::optional<QList<CleanupItem>> files = cleanupItemsFromJson(onlyFiles, &why);
        if (!files)
            return fail(QStringLiteral("onlyFiles: ") + why);
        plan.rule.onlyFiles = std::move(*files);
    }
    const std::optional<qint64> plannedAt = timeFrom(object.value(QStringLiteral("plannedAt")));
    if (!plannedAt)
        return fail(badField(QStringLiteral("plannedAt")));
    plan.rule.nowMs = *plannedAt;

    const auto count = [&](const char *key, qint64 *out) {
        const std::optional<qint64> value = integerFrom(object.value(QLatin1String(key)));
        if (value)
            *out = *value;
        return value.has_value();
    };
    qint64 fileCount = 0;
    qint64 totalBytes = 0;
    for (const auto &[key, out] :
         {std::pair{"fileCount", &fileCount}, std::pair{"totalBytes", &totalBytes},
          std::pair{"skippedSymlinks", &plan.skippedSymlinks},
          std::pair{"skippedOther", &plan.skippedOther},
          std::pair{"unreadableFolders", &plan.unreadableFolders}}) {
        if (!count(key, out))
            return fail(badField(QLatin1String(key)));
    }

    const QJsonValue items = object.value(QStringLiteral("items"));
    if (!items.isArray())
        return fail(badField(QStringLiteral("items")));
    const QJsonArray itemArray = items.toArray();
    QSet<QString> seen;
    seen.reserve(itemArray.size());
    for (qsizetype i = 0; i < itemArray.size(); ++i) {
        const QJsonObject item = itemArray.at(i).toObject();
        const QJsonValue path = item.value(QStringLiteral("path"));
        const std::optional<qint64> size = integerFrom(item.value(QStringLiteral("sizeBytes")));
        const std::optional<qint64> modified = timeFrom(item.value(QStringLiteral("modifiedAt")));
        if (!path.isString() || !isSafeRelativePath(path.toString()) || !size || !modified)
            return fail(Text::tr("file %1 of the list is not valid (a path must stay inside "
                                 "the root; a size and a time are needed)")
                            .arg(i + 1));
        if (seen.contains(path.toString()))
            return fail(Text::tr("%1 is listed twice").arg(path.toString()));
        seen.insert(path.toString());
        if (*size > LLONG_MAX - plan.totalBytes)
            return fail(Text::tr("the sizes add up to more than any disk holds"));
        plan.items.append({path.toString(), *size, *modified});
        plan.totalBytes += *size;
    }
    if (fileCount != plan.items.size() || totalBytes != plan.totalBytes)
        return fail(Text::tr("the file count or the total size does not match the list"));
    std::sort(plan.items.begin(), plan.items.end(), [](const CleanupItem &a, const CleanupItem &b) {
        return a.relativePath < b.relativePath;
    });
    return plan;
}

namespace {

/// One run of a plan.
class Execution
{
public:
    Execution(const CleanupPlan &plan, const CleanupCallbacks &callbacks, CleanupResult *result)
        : m_plan(plan)
        , m_callbacks(callbacks)
        , m_result(result)
    {}
    ~Execution()
    {
        if (m_rootFd >= 0)
            close(m_rootFd);
    }
    Execution(const Execution &) = delete;
    Execution &operator=(const Execution &) = delete;

    /// Checks the plan and opens its root: false (and the result's error set) when
    /// nothing of it may be done.
    bool open();
    /// Whether the root is still the folder opened at the start.
    bool rootUnchanged() const;
    void process(const CleanupItem &item);
    void log(const QString &line) const
    {
        if (m_callbacks.log)
            m_callbacks.log(line);
    }
    QString firstFailure() const { return m_firstFailure; }

private:
    enum class Check { Due, Gone, Changed, Error };
    Check check(const CleanupItem &item, const QString &absolutePath, QString *why) const;

    const CleanupPlan &m_plan;
    const CleanupCallbacks &m_callbacks;
    CleanupResult *m_result;
    int m_rootFd = -1;
    dev_t m_rootDevice = 0;
    ino_t m_rootInode = 0;
    QString m_firstFailure;
};

bool Execution::open()
{
    const auto refuse = [&](const QString &why) {
        m_result->error = why;
        return false;
    };
    const QString &root = m_plan.canonicalRoot;
    if (!QDir::isAbsolutePath(root) || QDir::cleanPath(root) != root)
        return refuse(Text::tr("The cleanup plan is damaged: its root \"%1\" is not an absolute "
                               "path; nothing was removed")
                          .arg(root));
    QSet<QString> seen;
    seen.reserve(m_plan.items.size());
    for (const CleanupItem &item : m_plan.items) {
        if (!isSafeRelativePath(item.relativePath) || seen.contains(item.relativePath))
            return refuse(Text::tr("The cleanup plan is damaged: \"%1\" is not a path inside "
                                   "the root, or is listed twice; nothing was removed")
                              .arg(item.relativePath));
        seen.insert(item.relativePath);
    }
    char *resolved = realpath(QFile::encodeName(root).constData(), nullptr);
    if (!resolved)
        return refuse(rootError(root, errno) + Text::tr("; nothing was removed"));
    const QString now = QFile::decodeName(QByteArray(resolved));
    free(resolved);
    if (now != root)
        return refuse(Text::tr("%1 now leads to %2 (a link on the way changed): plan the "
                               "cleanup again; nothing was removed")
                          .arg(root, now));
    m_rootFd = ::open(QFile::encodeName(root).constData(),
                      O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (m_rootFd < 0 || fstat(m_rootFd, &st) != 0)
        return refuse(rootError(root, errno) + Text::tr("; nothing was removed"));
    m_rootDevice = st.st_dev;
    m_rootInode = st.st_ino;
    return true;
}

bool Execution::rootUnchanged() const
{
    struct stat st;
    return lstat(QFile::encodeName(m_plan.canonicalRoot).constData(), &st) == 0 &&
           S_ISDIR(st.st_mode) && st.st_dev == m_rootDevice && st.st_ino == m_rootInode;
}

Execution::Check Execution::check(const CleanupItem &item, const QString &absolutePath,
                                  QString *why) const
{
    const QByteArray relative = QFile::encodeName(item.relativePath);
    const qsizetype slash = relative.lastIndexOf('/');
    const FolderOpening opening =
        openInside(m_rootFd, m_rootDevice, slash < 0 ? QByteArray() : relative.left(slash));
    switch (opening.status) {
    case FolderOpening::Status::Open:
        break;
    case FolderOpening::Status::Missing:
    case FolderOpening::Status::NotFolder:
        return Check::Gone; // its folder went, and the file with it
    case FolderOpening::Status::Link:
        *why = Text::tr("a folder on its way is now a symbolic link, which is never followed");
        return Check::Changed;
    case FolderOpening::Status::OtherFilesystem:
        *why = Text::tr("a folder on its way is now on another filesystem (a drive mounted "
                        "there?)");
        return Check::Changed;
    case FolderOpening::Status::Error:
        *why = errnoText(opening.error);
        return Check::Error;
    }
    const QByteArray name = relative.mid(slash + 1);
    struct stat st;
    const int statResult = fstatat(opening.fd, name.constData(), &st, AT_SYMLINK_NOFOLLOW);
    const int statError = errno;
    close(opening.fd);
    if (statResult != 0) {
        if (statError == ENOENT)
            return Check::Gone;
        *why = errnoText(statError);
        return Check::Error;
    }
    if (!S_ISREG(st.st_mode)) {
        *why = Text::tr("it is no longer a regular file");
        return Check::Changed;
    }
    if (qint64(st.st_size) != item.sizeBytes || modifiedMsOf(st) != item.modifiedMs) {
        *why = Text::tr("it changed since the plan was made (now %1, modified %2)")
                   .arg(formatDataSize(qint64(st.st_size)), isoTime(modifiedMsOf(st)));
        return Check::Changed;
    }
    // The removal goes by path: that path must lead to the very file just checked, or
    // a folder was swapped on the way between the two looks.
    struct stat byPath;
    if (lstat(QFile::encodeName(absolutePath).constData(), &byPath) != 0) {
        if (errno == ENOENT)
            return Check::Gone;
        *why = errnoText(errno);
        return Check::Error;
    }
    if (byPath.st_dev != st.st_dev || byPath.st_ino != st.st_ino) {
        *why = Text::tr("its path no longer leads to the planned file (a folder on the way "
                        "was replaced)");
        return Check::Changed;
    }
    return Check::Due;
}

void Execution::process(const CleanupItem &item)
{
    const QString absolutePath = joinPath(m_plan.canonicalRoot, item.relativePath);
    QString why;
    switch (check(item, absolutePath, &why)) {
    case Check::Due:
        break;
    case Check::Gone:
        ++m_result->alreadyGone;
        return;
    case Check::Changed:
        ++m_result->keptChanged;
        log(Text::tr("Kept %1: %2").arg(item.relativePath, why));
        return;
    case Check::Error:
        ++m_result->failed;
        why = Text::tr("Cannot check %1: %2").arg(absolutePath, why);
        log(why);
        if (m_firstFailure.isEmpty())
            m_firstFailure = why;
        return;
    }
    const TrashOutcome outcome =
        m_callbacks.remove ? m_callbacks.remove(absolutePath) : moveToTrash(absolutePath);
    switch (outcome.result) {
    case TrashOutcome::Result::Trashed:
        ++m_result->filesRemoved;
        m_result->bytesRemoved += item.sizeBytes;
        if (m_callbacks.removed)
            m_callbacks.removed(item.relativePath, item.sizeBytes, outcome.pathInTrash);
        return;
    case TrashOutcome::Result::AlreadyGone:
        ++m_result->alreadyGone;
        return;
    case TrashOutcome::Result::Failed:
        ++m_result->failed;
        why = outcome.error.isEmpty() ? Text::tr("Cannot remove %1").arg(absolutePath)
                                      : outcome.error;
        log(why);
        if (m_firstFailure.isEmpty())
            m_firstFailure = why;
        return;
    }
}

} // namespace

CleanupResult executeCleanup(const CleanupPlan &plan, const CleanupLimits &limits,
                             const CleanupCallbacks &callbacks)
{
    CleanupResult result;
    const qsizetype count = plan.items.size();
    result.notReached = count;
    Execution execution(plan, callbacks, &result);
    if (!execution.open()) {
        execution.log(result.error);
        return result;
    }
    execution.log(Text::tr("Cleaning up %Ln file(s) (%1) under %2", nullptr, countArg(count))
                      .arg(formatDataSize(plan.totalBytes), plan.canonicalRoot));

    const qsizetype batchSize = std::max(limits.batchSize, 1);
    const qint64 maxFailures = limits.maxFailures == 0 ? 1 : limits.maxFailures;
    qsizetype reached = 0;
    qint64 reachedBytes = 0;
    QString stopReason;
    for (; reached < count; ++reached) {
        if (reached > 0 && reached % batchSize == 0) {
            if (callbacks.progress)
                callbacks.progress(reached, reachedBytes);
            if (!execution.rootUnchanged()) {
                stopReason = Text::tr("%1 was moved or replaced during the cleanup; stopped")
                                 .arg(plan.canonicalRoot);
                break;
            }
        }
        if (callbacks.cancel && callbacks.cancel->load()) {
            result.cancelled = true;
            break;
        }
        const CleanupItem &item = plan.items.at(reached);
        if ((limits.maxFiles >= 0 && reached >= limits.maxFiles) ||
            (limits.maxBytes >= 0 && item.sizeBytes > limits.maxBytes - reachedBytes)) {
            result.capped = true;
            break;
        }
        execution.process(item);
        reachedBytes += item.sizeBytes;
        if (maxFailures > 0 && result.failed >= maxFailures) {
            ++reached;
            stopReason =
                Text::tr("Stopped after %Ln failed file(s)", nullptr, countArg(result.failed));
            break;
        }
    }
    result.notReached = count - reached;
    if (callbacks.progress)
        callbacks.progress(reached, reachedBytes);

    if (!stopReason.isEmpty()) {
        result.error = execution.firstFailure().isEmpty()
                           ? stopReason
                           : stopReason + QStringLiteral(": ") + execution.firstFailure();
    } else if (result.cancelled) {
        result.error = Text::tr("Cancelled with %Ln file(s) not reached", nullptr,
                                countArg(result.notReached));
    } else if (result.failed > 0) {
        result.error = Text::tr("%Ln file(s) could not be removed; the first: %1", nullptr,
                                countArg(result.failed))
                           .arg(execution.firstFailure());
    }
    result.ok = result.error.isEmpty();
    execution.log(describeResult(result));
    return result;
}

QString describePlan(const CleanupPlan &plan)
{
    QStringList lines;
    const qsizetype count = plan.items.size();
    if (count == 0)
        lines.append(Text::tr("Nothing to clean up under %1.").arg(plan.canonicalRoot));
    else
        lines.append(Text::tr("Would move %Ln file(s) (%1) under %2 to the trash. Freed now: "
                              "%3; held in the trash: %4.",
                              nullptr, countArg(count))
                         .arg(formatDataSize(plan.totalBytes), plan.canonicalRoot,
                              formatDataSize(0), formatDataSize(plan.totalBytes)));
    if (!plan.rule.onlyFiles.isEmpty()) {
        // Files chosen elsewhere (by a sample rule, say): that choice is the scope; the
        // age and name conditions of a sweep do not apply.
        lines.append(Text::tr("Scope: the %Ln file(s) chosen, each only while it is as it "
                              "was when chosen, in %1.",
                              nullptr, countArg(plan.rule.onlyFiles.size()))
                         .arg(plan.canonicalRoot));
    } else {
        const QString age = plan.rule.olderThanDays < 0
                                ? Text::tr("of any age")
                                : Text::tr("modified more than %Ln day(s) before %1", nullptr,
                                           plan.rule.olderThanDays)
                                      .arg(isoTime(plan.rule.nowMs));
        const QString names =
            plan.rule.patterns.isEmpty()
                ? Text::tr("with any name")
                : Text::tr("named %1").arg(plan.rule.patterns.join(QStringLiteral(", ")));
        lines.append(Text::tr("Scope: regular files %1, %2, in %3 and its folders.")
                         .arg(age, names, plan.canonicalRoot));
    }
    if (plan.skippedSymlinks > 0)
        lines.append(Text::tr("%Ln symbolic link(s) left alone: links are never followed or "
                              "removed.",
                              nullptr, countArg(plan.skippedSymlinks)));
    if (plan.skippedOther > 0)
        lines.append(Text::tr("%Ln other item(s) left alone: special files, trash folders, "
                              "other filesystems, names not valid here.",
                              nullptr, countArg(plan.skippedOther)));
    if (plan.unreadableFolders > 0)
        lines.append(Text::tr("%Ln folder(s) could not be read: their files are not in the "
                              "plan.",
                              nullptr, countArg(plan.unreadableFolders)));
    return lines.join(QLatin1Char('\n'));
}

QString describeResult(const CleanupResult &result)
{
    QStringList parts;
    const int removed = countArg(result.filesRemoved);
    const QString bytes = formatDataSize(result.bytesRemoved);
    switch (result.removal) {
    case CleanupResult::Removal::Trash:
        parts.append(Text::tr("Moved %Ln file(s) (%1) to the trash", nullptr, removed).arg(bytes));
        break;
    case CleanupResult::Removal::Quarantine:
        parts.append(
            Text::tr("Moved %Ln file(s) (%1) to the quarantine folder %2", nullptr, removed)
                .arg(bytes, result.quarantineFolder));
        break;
    case CleanupResult::Removal::DeletedForGood:
        parts.append(
            Text::tr("Deleted %Ln file(s) (%1) for good from the quarantine", nullptr, removed)
                .arg(bytes));
        break;
    }
    if (result.alreadyGone > 0)
        parts.append(Text::tr("%Ln already gone", nullptr, countArg(result.alreadyGone)));
    if (result.keptChanged > 0)
        parts.append(
            Text::tr("%Ln changed since planned and kept", nullptr, countArg(result.keptChanged)));
    if (result.failed > 0)
        parts.append(Text::tr("%Ln failed", nullptr, countArg(result.failed)));
    if (result.notReached > 0)
        parts.append(result.capped
                         ? Text::tr("%Ln left by the caps for a later run", nullptr,
                                    countArg(result.notReached))
                         : Text::tr("%Ln not reached", nullptr, countArg(result.notReached)));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace qm
