// Carrying out a cleanup plan: each item checked against the disk, then moved to the
// trash or the quarantine, or deleted. Planning is in cleanupplan.cpp.

#include "cleanup.h"
#include "cleanupcommon.h"
#include "core/units/datasize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Cleanup)
};

QString joinPath(const QString &root, const QString &relative)
{
    if (root.endsWith(QLatin1Char('/')))
        return root + relative; // the filesystem root
    return root + QLatin1Char('/') + relative;
}

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
    const auto notRemoved = [&](CleanupCallbacks::Outcome outcome, const QString &detail) {
        if (m_callbacks.notRemoved)
            m_callbacks.notRemoved(item.relativePath, outcome, detail);
    };
    switch (check(item, absolutePath, &why)) {
    case Check::Due:
        break;
    case Check::Gone:
        ++m_result->alreadyGone;
        notRemoved(CleanupCallbacks::Outcome::Gone, {});
        return;
    case Check::Changed:
        ++m_result->keptChanged;
        log(Text::tr("Kept %1: %2").arg(item.relativePath, why));
        notRemoved(CleanupCallbacks::Outcome::Kept, why);
        return;
    case Check::Error:
        ++m_result->failed;
        why = Text::tr("Cannot check %1: %2").arg(absolutePath, why);
        log(why);
        notRemoved(CleanupCallbacks::Outcome::Failed, why);
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
        notRemoved(CleanupCallbacks::Outcome::Gone, {});
        return;
    case TrashOutcome::Result::Failed:
        ++m_result->failed;
        why = outcome.error.isEmpty() ? Text::tr("Cannot remove %1").arg(absolutePath)
                                      : outcome.error;
        log(why);
        notRemoved(CleanupCallbacks::Outcome::Failed, why);
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
