#include "logrotation.h"

#include "core/archive/archive.h"
#include "core/archive/archivefs.h"
#include "core/cleanup/quarantine.h"
#include "core/health/healthmachine.h"
#include "core/health/rotationrules.h"
#include "core/json/schema.h"
#include "core/remote/processrunner.h"
#include "core/units/datasize.h"
#include "core/units/duration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/falloc.h>
#include <linux/magic.h>
#include <sys/vfs.h>
#endif

namespace qm {

namespace {

using namespace archivefs;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::LogRotation)
};

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kCopyChunk = 1 << 20;

QString stampOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyyMMdd-HHmmss");
}

/// The names in `file`'s folder that begin with its name and a dash: all of them
/// (`files` false), or the regular files that are no link.
QStringList namesBeside(const QString &file, bool files)
{
    const QFileInfo info(file);
    return info.absoluteDir().entryList({info.fileName() + QStringLiteral("-*")},
                                        files ? QDir::Files | QDir::Hidden | QDir::NoSymLinks
                                              : QDir::AllEntries | QDir::System | QDir::Hidden |
                                                    QDir::NoDotAndDotDot,
                                        QDir::Name);
}

/// The processes that hold the file (`dev`, `ino`) open; `*complete` false when some
/// could not be looked at.
QList<RotationHolder> holdersOf(const QString &path, dev_t dev, ino_t ino, bool *complete)
{
    QList<RotationHolder> holders;
    *complete = true;
#ifdef __linux__
    QDir proc(QStringLiteral("/proc"));
    const QStringList pids = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pidText : pids) {
        bool numeric = false;
        const qint64 pid = pidText.toLongLong(&numeric);
        if (!numeric || pid == ::getpid())
            continue;
        const QString fdFolder = QStringLiteral("/proc/%1/fd").arg(pidText);
        // Another user's process cannot be looked at; one that ended meanwhile holds
        // nothing.
        if (::access(QFile::encodeName(fdFolder).constData(), R_OK | X_OK) != 0) {
            if (errno == EACCES || errno == EPERM)
                *complete = false;
            continue;
        }
        QDir fds(fdFolder);
        const QStringList entries =
            fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot);
        for (const QString &fd : entries) {
            struct stat st;
            if (::stat(QFile::encodeName(fdFolder + u'/' + fd).constData(), &st) != 0 ||
                st.st_dev != dev || st.st_ino != ino)
                continue;
            RotationHolder holder;
            holder.pid = pid;
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pidText));
            if (comm.open(QIODevice::ReadOnly))
                holder.command = QString::fromUtf8(comm.readAll().trimmed());
            QFile info(QStringLiteral("/proc/%1/fdinfo/%2").arg(pidText, fd));
            if (info.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : info.readAll().split('\n')) {
                    if (line.startsWith("flags:"))
                        holder.append =
                            (line.mid(6).trimmed().toLongLong(nullptr, 8) & O_APPEND) != 0;
                }
            }
            if (std::none_of(holders.cbegin(), holders.cend(), [&](const RotationHolder &h) {
                    return h.pid == holder.pid && h.append == holder.append;
                }))
                holders << holder;
        }
    }
    Q_UNUSED(path);
#else
    Q_UNUSED(dev);
    Q_UNUSED(ino);
    // macOS: lsof is all there is.
    ProcessRequest request;
    request.program = findProgram(QStringLiteral("lsof"));
    request.arguments = {QStringLiteral("-F"), QStringLiteral("pc"), QStringLiteral("--"), path};
    request.timeoutMs = 20'000;
    const ProcessResult result = request.program.isEmpty() ? ProcessResult() : runProcess(request);
    if (result.outcome != ProcessResult::Outcome::Finished || result.exitCode > 1) {
        *complete = false;
        return holders;
    }
    for (const QByteArray &line : result.standardOutput.split('\n')) {
        if (line.startsWith('p'))
            holders.append({line.mid(1).toLongLong(), {}, true});
        else if (line.startsWith('c') && !holders.isEmpty())
            holders.last().command = QString::fromUtf8(line.mid(1));
    }
    holders.removeIf([](const RotationHolder &h) { return h.pid == ::getpid(); });
#endif
    return holders;
}

/// Whether the filesystem of `fd` can cut a file's start in place.
bool canCollapse(int fd)
{
#ifdef __linux__
    struct statfs fs;
    if (::fstatfs(fd, &fs) != 0)
        return false;
    return fs.f_type == EXT4_SUPER_MAGIC || fs.f_type == XFS_SUPER_MAGIC;
#else
    Q_UNUSED(fd);
    return false;
#endif
}

/// Fills `item` for `file` from a fresh look.
bool inspect(const RotationRequest &request, const QString &file, qint64 now, RotationItem *item,
             bool *holdersKnown, QString *error)
{
    struct stat st;
    if (::lstat(QFile::encodeName(file).constData(), &st) != 0) {
        *error = Text::tr("cannot read %1: %2").arg(file, systemError(errno));
        return false;
    }
    if (S_ISLNK(st.st_mode)) {
        *error = rotationRefusedLink(file, QFileInfo(file).symLinkTarget());
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = Text::tr("%1 is not a regular file").arg(file);
        return false;
    }
    LogFacts facts;
    facts.file = file;
    facts.bytes = qint64(st.st_size);
    facts.modifiedMs = milliseconds(modifiedTime(st));
    const QDateTime born = QFileInfo(file).birthTime();
    facts.bornMs = born.isValid() ? born.toMSecsSinceEpoch() : -1;
    facts.namesBeside = namesBeside(file, false);
    facts.filesBeside = namesBeside(file, true);
    facts.holders = holdersOf(file, st.st_dev, st.st_ino, &facts.holdersComplete);
    if (request.allowCollapse) {
        const int fd =
            ::open(QFile::encodeName(file).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        facts.canCollapse = fd >= 0 && canCollapse(fd);
        if (fd >= 0)
            ::close(fd);
    }
    *holdersKnown = *holdersKnown && facts.holdersComplete;
    decideRotation(request, facts, now, item);
    return true;
}

/// Copies [from, until) of `in` to the end of `out`; false with `*error`.
bool copyRange(int in, int out, qint64 from, qint64 until, QString *error)
{
    QByteArray buffer(kCopyChunk, Qt::Uninitialized);
    for (qint64 at = from; at < until;) {
        const ssize_t n =
            ::pread(in, buffer.data(), size_t(std::min(kCopyChunk, until - at)), off_t(at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = n < 0 ? systemError(errno) : Text::tr("the log was cut short while copied");
            return false;
        }
        for (ssize_t written = 0; written < n;) {
            const ssize_t w = ::write(out, buffer.constData() + written, size_t(n - written));
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0) {
                *error = systemError(errno);
                return false;
            }
            written += w;
        }
        at += n;
    }
    return true;
}

/// Sets `item.file` aside at `aside` as its method says; false with `*error` (the log
/// then as it was, the copy removed).
bool setAside(const RotationItem &item, const QString &aside,
              const std::function<void(const QString &)> &log, QString *error)
{
    const QByteArray from = QFile::encodeName(item.file);
    const QByteArray to = QFile::encodeName(aside);
    if (item.method == RotationMethod::Rename) {
        if (const int e = renameNoReplace(from, to); e != 0) {
            *error = systemError(e);
            return false;
        }
        syncFolder(QFileInfo(item.file).absolutePath());
        return true;
    }
    const int in = ::open(from.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0) {
        *error = systemError(errno);
        return false;
    }
    const int out = ::open(to.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) {
        *error = systemError(errno);
        ::close(in);
        return false;
    }
    const auto fail = [&](const QString &why) {
        *error = why;
        ::close(in);
        ::close(out);
        ::unlink(to.constData());
        return false;
    };
    struct stat st;
    if (::fstat(in, &st) != 0)
        return fail(systemError(errno));
    ::fchmod(out, st.st_mode & 0777);
    if (item.method == RotationMethod::Collapse) {
        // The cut falls on a block: the copy ends there, the live file keeps the rest.
        const qint64 block = st.st_blksize > 0 ? qint64(st.st_blksize) : 4096;
        qint64 cut = (qint64(st.st_size) / block) * block;
        if (cut >= qint64(st.st_size))
            cut -= block; // the cut may not reach the end
        if (cut <= 0)
            return fail(Text::tr("it is smaller than a block of its filesystem"));
        if (!copyRange(in, out, 0, cut, error) || fullSync(out) != 0)
            return fail(error->isEmpty() ? systemError(errno) : *error);
#ifdef __linux__
        if (::fallocate(in, FALLOC_FL_COLLAPSE_RANGE, 0, off_t(cut)) != 0)
            return fail(Text::tr("cannot cut its start in place: %1").arg(systemError(errno)));
#endif
        log(Text::tr("%1: copied its first %2 and cut them off in place; the %3 after the cut, "
                     "with what was written meanwhile, stay in it")
                .arg(item.file, formatDataSize(cut),
                     formatDataSize(std::max<qint64>(0, QFileInfo(item.file).size()))));
    } else {
        // Copy until the size holds still, then truncate at once.
        qint64 copied = 0;
        qint64 size = qint64(st.st_size);
        for (int round = 0; round < 20 && copied < size; ++round) {
            if (!copyRange(in, out, copied, size, error))
                return fail(*error);
            copied = size;
            if (::fstat(in, &st) != 0)
                return fail(systemError(errno));
            size = qint64(st.st_size);
        }
        if (fullSync(out) != 0)
            return fail(systemError(errno));
        QElapsedTimer window;
        window.start();
        if (::fstat(in, &st) == 0 && qint64(st.st_size) > copied &&
            !copyRange(in, out, copied, qint64(st.st_size), error))
            return fail(*error);
        const qint64 last = qint64(st.st_size);
        if (::ftruncate(in, 0) != 0)
            return fail(Text::tr("cannot truncate it: %1").arg(systemError(errno)));
        log(Text::tr("%1: copied %2, then truncated %3 µs after the last copy (lines written in "
                     "that moment are lost)")
                .arg(item.file, formatDataSize(last))
                .arg(window.nsecsElapsed() / 1000));
    }
    ::close(in);
    if (fullSync(out) != 0) {
        ::close(out);
        *error = systemError(errno);
        return false;
    }
    ::close(out);
    syncFolder(QFileInfo(item.file).absolutePath());
    return true;
}

} // namespace

QString rotationGuarantee(RotationMethod method)
{
    switch (method) {
    case RotationMethod::Rename:
        return Text::tr("no process holds it open: renamed whole, nothing written meanwhile can "
                        "be lost");
    case RotationMethod::Collapse:
        return Text::tr("held open: copied, then its copied start cut off in place; what is "
                        "written meanwhile stays in the live file, nothing is lost (a line "
                        "crossing the cut goes on in the live file)");
    case RotationMethod::CopyTruncate:
        return Text::tr("held open, and this filesystem cannot cut a file's start: copied until "
                        "its size holds still, then truncated; lines written in the moment "
                        "between the last copy and the cut are lost");
    case RotationMethod::Refused:
        return Text::tr("held open by a writer without O_APPEND: a cut would leave it writing "
                        "past the end, so it is not rotated (restart the writer, or have it "
                        "append)");
    }
    return {};
}

QString rotationRefusedLink(const QString &file, const QString &target)
{
    return Text::tr("%1 is a symbolic link, and rotation never follows links: give the file it "
                    "points to (%2)")
        .arg(file, target);
}

void decideRotation(const RotationRequest &request, const LogFacts &facts, qint64 now,
                    RotationItem *item)
{
    const QString logName = QFileInfo(facts.file).fileName();
    const QString folder = QFileInfo(facts.file).path();
    QStringList rotations; // oldest first: their names sort by time
    for (const QString &name : facts.filesBeside) {
        if (isRotationOf(name, logName) &&
            (name.endsWith(QLatin1String(".zst")) || name.endsWith(QLatin1String(".gz"))))
            rotations << folder + u'/' + name;
    }
    rotations.sort();
    item->file = facts.file;
    item->bytes = facts.bytes;
    item->modifiedMs = facts.modifiedMs;
    // Age: since the last rotation, or since the file was made.
    qint64 since = -1;
    if (!rotations.isEmpty()) {
        const QString stamp = QFileInfo(rotations.last()).fileName().mid(logName.size() + 1, 15);
        const QDateTime at = QDateTime::fromString(stamp, u"yyyyMMdd-HHmmss");
        if (at.isValid())
            since = QDateTime(at.date(), at.time(), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    if (since < 0)
        since = facts.bornMs > 0 ? facts.bornMs : facts.modifiedMs;
    const bool tooLarge =
        request.maxMegabytes >= 0 && item->bytes > qint64(request.maxMegabytes * 1e6);
    const bool tooOld =
        request.maxAgeDays >= 0 && now - since > qint64(request.maxAgeDays * kDayMs);
    item->due = (tooLarge || tooOld) && item->bytes > 0;
    if (tooLarge)
        item->reason = Text::tr("%1, over %2")
                           .arg(formatDataSize(item->bytes),
                                formatDataSize(qint64(request.maxMegabytes * 1e6)));
    else if (tooOld)
        item->reason =
            Text::tr("last rotated %1 ago, more than %n day(s)", nullptr, int(request.maxAgeDays))
                .arg(formatDuration((now - since) / 1000));
    else
        item->reason = Text::tr("%1, not due").arg(formatDataSize(item->bytes));
    if ((tooLarge || tooOld) && item->bytes == 0)
        item->reason = Text::tr("empty");
    item->holders.clear();
    bool appendOnly = true;
    for (const RotationHolder &holder : facts.holders) {
        item->holders << QStringLiteral("%1 (%2)").arg(holder.pid).arg(holder.command);
        appendOnly = appendOnly && holder.append;
    }
    // A process that could not be looked at may hold it: cut in place then too.
    if (facts.holders.isEmpty() && facts.holdersComplete)
        item->method = RotationMethod::Rename;
    else if (!appendOnly)
        item->method = RotationMethod::Refused;
    else
        item->method = facts.canCollapse ? RotationMethod::Collapse : RotationMethod::CopyTruncate;
    item->guarantee = rotationGuarantee(item->method);
    const QString suffix = request.compression == RotationCompression::Zstd ? QStringLiteral(".zst")
                                                                            : QStringLiteral(".gz");
    const auto taken = [&facts](const QString &name) { return facts.namesBeside.contains(name); };
    QString base = logName + u'-' + stampOf(now);
    for (int n = 2; taken(base + suffix) || taken(base) || taken(base + suffix + u".partial"); ++n)
        base = logName + u'-' + stampOf(now) + QStringLiteral("-%1").arg(n);
    item->rotatedPath = folder + u'/' + base + suffix;
    // After this one, `keep` rotations stay: the oldest of the rest go.
    const qsizetype stay = std::max(0, request.keep - (item->due ? 1 : 0));
    item->expiring = rotations.mid(0, std::max<qsizetype>(0, rotations.size() - stay));
}

QStringList rotationLogsAmong(const QStringList &matches)
{
    static const QRegularExpression rotation(
        QStringLiteral("^.+-\\d{8}-\\d{6}(-\\d+)?(\\.zst|\\.gz)?$"));
    QStringList logs;
    for (const QString &match : matches) {
        const QString name = QFileInfo(match).fileName();
        // A rotation is never a log of its own, not even when its log has gone.
        if (!rotation.match(name).hasMatch() && !name.endsWith(QLatin1String(".partial")))
            logs << match;
    }
    return logs;
}

QString rotationMethodKey(RotationMethod method)
{
    switch (method) {
    case RotationMethod::Rename:
        return QStringLiteral("rename");
    case RotationMethod::Collapse:
        return QStringLiteral("collapse");
    case RotationMethod::CopyTruncate:
        return QStringLiteral("copy-truncate");
    case RotationMethod::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

bool isRotationOf(const QString &name, const QString &logName)
{
    static const QRegularExpression stamp(
        QStringLiteral("^-\\d{8}-\\d{6}(-\\d+)?(\\.zst|\\.gz)?$"));
    return name.startsWith(logName) && stamp.match(name.mid(logName.size())).hasMatch();
}

int RotationPlan::dueCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const RotationItem &item) {
        return item.due && item.method != RotationMethod::Refused;
    }));
}

QJsonObject RotationPlan::toJson() const
{
    QJsonArray array;
    for (const RotationItem &item : items)
        array.append(
            QJsonObject{{QStringLiteral("file"), item.file},
                        {QStringLiteral("bytes"), item.bytes},
                        {QStringLiteral("modifiedAt"), json::time(item.modifiedMs)},
                        {QStringLiteral("due"), item.due},
                        {QStringLiteral("reason"), item.reason},
                        {QStringLiteral("method"), rotationMethodKey(item.method)},
                        {QStringLiteral("holders"), QJsonArray::fromStringList(item.holders)},
                        {QStringLiteral("rotatedPath"), item.rotatedPath},
                        {QStringLiteral("expiring"), QJsonArray::fromStringList(item.expiring)},
                        {QStringLiteral("guarantee"), item.guarantee}});
    return {
        {QStringLiteral("host"), request.host.isEmpty() ? QStringLiteral("local") : request.host},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("maxMegabytes"), request.maxMegabytes},
        {QStringLiteral("maxAgeDays"), request.maxAgeDays},
        {QStringLiteral("keep"), request.keep},
        {QStringLiteral("compression"), request.compression == RotationCompression::Zstd
                                            ? QStringLiteral("zst")
                                            : QStringLiteral("gz")},
        {QStringLiteral("holdersKnown"), holdersKnown},
        {QStringLiteral("logs"), array}};
}

std::optional<RotationPlan> planRotation(const RotationRequest &request, QString *error,
                                         const FleetAccess *fleet, const std::atomic<bool> *cancel,
                                         const std::function<void(const QString &)> &command,
                                         bool *unreachable)
{
    if (request.maxMegabytes < 0 && request.maxAgeDays < 0) {
        *error = Text::tr("give a size (--max-size MB) or an age (--max-age-days N) to rotate at");
        return std::nullopt;
    }
    if (request.keep < 0) {
        *error = Text::tr("the rotations kept must be 0 or more");
        return std::nullopt;
    }
    if (!request.host.isEmpty())
        return planHostRotation(request, fleet, cancel, command, error, unreachable);
    RotationPlan plan;
    plan.request = request;
    const qint64 now = request.nowMs >= 0 ? request.nowMs : QDateTime::currentMSecsSinceEpoch();
    plan.request.nowMs = now;
    QStringList files;
    const QFileInfo path(
        QDir::cleanPath(QFileInfo(expandHomePath(request.path)).absoluteFilePath()));
    if (isLogGlob(request.path)) {
        const QRegularExpression name(
            QRegularExpression::wildcardToRegularExpression(path.fileName()));
        QStringList matches;
        const QFileInfoList entries = path.absoluteDir().entryInfoList(
            QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (name.match(entry.fileName()).hasMatch())
                matches << entry.filePath();
        }
        files = rotationLogsAmong(matches);
        if (files.isEmpty()) {
            *error = Text::tr("no file matches %1").arg(request.path);
            return std::nullopt;
        }
    } else {
        files << path.filePath();
    }
    for (const QString &file : std::as_const(files)) {
        RotationItem item;
        if (!inspect(plan.request, file, now, &item, &plan.holdersKnown, error))
            return std::nullopt;
        plan.items << item;
    }
    return plan;
}

RotationResult executeRotation(const RotationPlan &plan, const std::atomic<bool> *cancel,
                               const std::function<void(const QString &)> &log,
                               const FleetAccess *fleet)
{
    const auto say = [&log](const QString &line) {
        if (log)
            log(line);
    };
    if (!plan.request.host.isEmpty())
        return executeHostRotation(plan, fleet, cancel, say);
    RotationResult result;
    const qint64 now =
        plan.request.nowMs >= 0 ? plan.request.nowMs : QDateTime::currentMSecsSinceEpoch();
    const QString runFolder = quarantineRunFolder(now);
    for (const RotationItem &planned : plan.items) {
        if (cancel && cancel->load()) {
            result.ok = false;
            result.errors << Text::tr("cancelled before %1").arg(planned.file);
            break;
        }
        if (!planned.due)
            continue;
        // Looked at again: it may have changed since the plan.
        RotationItem item;
        bool known = true;
        QString error;
        if (!inspect(plan.request, planned.file, now, &item, &known, &error)) {
            result.ok = false;
            result.errors << error;
            continue;
        }
        if (!item.due) {
            say(Text::tr("%1: no longer due (%2), left as it is").arg(item.file, item.reason));
            continue;
        }
        if (item.method == RotationMethod::Refused) {
            result.ok = false;
            result.errors << Text::tr("%1 was not rotated: %2").arg(item.file, item.guarantee);
            continue;
        }
        const QString aside =
            item.rotatedPath.chopped(plan.request.compression == RotationCompression::Zstd ? 4 : 3);
        if (!setAside(item, aside, say, &error)) {
            result.ok = false;
            result.errors << Text::tr("%1 was not rotated: %2").arg(item.file, error);
            continue;
        }
        if (item.method == RotationMethod::Rename)
            say(Text::tr("%1: renamed to %2 (%3)")
                    .arg(item.file, QFileInfo(aside).fileName(), formatDataSize(item.bytes)));
        // Compressed, fsynced and read back before the uncompressed copy goes; the
        // compressed file keeps the log's permissions.
        struct stat asideStat;
        const bool modeKnown = ::lstat(QFile::encodeName(aside).constData(), &asideStat) == 0;
        ArchiveRequest archive;
        archive.root = aside;
        archive.olderThanDays = 0;
        archive.format = plan.request.compression == RotationCompression::Zstd
                             ? ArchiveFormat::TarZst
                             : ArchiveFormat::TarGz;
        archive.nowMs = std::max(now, QDateTime::currentMSecsSinceEpoch()) + 60'000;
        std::optional<ArchivePlan> archivePlan = planArchive(archive, cancel, &error);
        ArchiveCallbacks callbacks;
        callbacks.cancel = cancel;
        callbacks.removeOriginal = [](const QString &path, QString *why) {
            // The copy this rotation made, now verified in its compressed file.
            if (::unlink(QFile::encodeName(path).constData()) == 0)
                return true;
            *why = systemError(errno);
            return false;
        };
        ArchiveResult compressed;
        if (archivePlan)
            compressed = executeArchive(*archivePlan, callbacks);
        else
            compressed.error = error;
        if (!compressed.ok || compressed.archivePath.isEmpty()) {
            result.ok = false;
            result.errors << Text::tr("%1 was set aside as %2 but not compressed: %3 (the copy "
                                      "is kept)")
                                 .arg(item.file, aside, compressed.error);
            continue;
        }
        if (modeKnown)
            ::chmod(QFile::encodeName(compressed.archivePath).constData(),
                    asideStat.st_mode & 0777);
        ++result.rotated;
        result.bytesRotated += compressed.bytesArchived;
        result.bytesCompressed += compressed.archiveBytes;
        result.rotatedFiles << compressed.archivePath;
        say(Text::tr("%1: compressed to %2 (%3 → %4) and read back")
                .arg(item.file, QFileInfo(compressed.archivePath).fileName(),
                     formatDataSize(compressed.bytesArchived),
                     formatDataSize(compressed.archiveBytes)));
        // The oldest rotations beyond `keep` to the quarantine, never deleted here.
        const QString quarantine = QFileInfo(item.file).absoluteDir().filePath(
            QLatin1String(kQuarantineFolderName) + u'/' + runFolder);
        for (const QString &old : std::as_const(item.expiring)) {
            if (!QDir().mkpath(quarantine)) {
                result.ok = false;
                result.errors << Text::tr("cannot make %1").arg(quarantine);
                break;
            }
            const QString target = quarantine + u'/' + QFileInfo(old).fileName();
            if (const int e = renameNoReplace(QFile::encodeName(old), QFile::encodeName(target));
                e != 0) {
                result.ok = false;
                result.errors
                    << Text::tr("cannot move %1 to the quarantine: %2").arg(old, systemError(e));
                continue;
            }
            ++result.moved;
            say(Text::tr("%1: moved to %2").arg(QFileInfo(old).fileName(), quarantine));
        }
    }
    return result;
}

} // namespace qm
