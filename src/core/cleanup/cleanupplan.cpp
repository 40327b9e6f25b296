// Planning a cleanup: the walk that lists what a rule would remove, the saved plan
// (JSON) and its description for a person. Carrying a plan out is in
// cleanupexecute.cpp.

#include "cleanup.h"
#include "cleanupcommon.h"
#include "core/cleanup/namematcher.h"
#include "core/cleanup/quarantine.h"
#include "core/units/datasize.h"

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

} // namespace qm
