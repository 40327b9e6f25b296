#include "orphanclean.h"

#include "core/archive/archivefs.h"
#include "core/cleanup/cleanupcommon.h"
#include "core/cleanup/quarantine.h"
#include "core/fsutil/userfile.h"
#include "core/logs/logline.h"
#include "core/remote/fleetaccess.h"
#include "core/storage/orphanscan.h"
#include "core/storage/rcloneobjects.h"
#include "core/text/csv.h"
#include "core/units/datasize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::OrphanClean)
};

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

/// The actions of the audit log after which a key is done with.
bool isFinalAction(const QString &action)
{
    return action == QLatin1String("quarantined") || action == QLatin1String("kept") ||
           action == QLatin1String("gone");
}

/// The audit log of a plan: JSON Lines, appended, synced after each batch. Read back it
/// tells which keys are done with and which quarantine run folders the plan's runs used.
/// A run that writes holds an exclusive lock on it: two runs of one plan never overlap.
class AuditLog
{
public:
    ~AuditLog()
    {
        if (m_fd >= 0)
            ::close(m_fd); // and with it the lock
    }

    /// Reads what earlier runs wrote; with `forWriting`, first takes the log (created
    /// 0600) for this run alone, and cuts off a last line that a killed run left
    /// half-written.
    bool open(const QString &path, bool forWriting, QString *error)
    {
        m_path = path;
        if (forWriting) {
            m_fd = ::open(QFile::encodeName(path).constData(),
                          O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
            if (m_fd < 0) {
                *error = Text::tr("cannot write the audit log %1: %2").arg(path, errnoText(errno));
                return false;
            }
            if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
                *error =
                    errno == EWOULDBLOCK
                        ? Text::tr("another run of this plan is going on (its audit log "
                                   "%1 is in use): wait for it to end")
                              .arg(path)
                        : Text::tr("cannot lock the audit log %1: %2").arg(path, errnoText(errno));
                return false;
            }
        }
        QFile file(path);
        if (file.exists()) {
            if (!file.open(QIODevice::ReadOnly)) {
                *error = Text::tr("cannot read the audit log %1: %2").arg(path, file.errorString());
                return false;
            }
            const QByteArray text = file.readAll();
            qsizetype start = 0;
            for (qsizetype end; (end = text.indexOf('\n', start)) >= 0; start = end + 1)
                readLine(QByteArrayView(text).sliced(start, end - start));
            m_size = start;
        }
        m_done.sortUnique();
        if (forWriting && ::ftruncate(m_fd, off_t(m_size)) != 0) {
            *error = Text::tr("cannot write the audit log %1: %2").arg(path, errnoText(errno));
            return false;
        }
        return true;
    }

    bool isDone(QByteArrayView key) const { return m_done.contains(key); }
    /// The run folders of earlier runs, oldest first.
    const QStringList &runFolders() const { return m_runFolders; }

    void append(const QJsonObject &entry)
    {
        m_buffer += QJsonDocument(entry).toJson(QJsonDocument::Compact);
        m_buffer += '\n';
    }
    /// Writes and syncs what was appended: false with `*error` when it could not, the
    /// log then cut back to its last whole batch (what was not written is not done).
    bool flush(QString *error)
    {
        const QByteArray buffer = std::exchange(m_buffer, QByteArray());
        if (m_fd < 0)
            return true;
        int failure = writeAll(m_fd, buffer);
        if (failure == 0)
            failure = archivefs::fullSync(m_fd);
        if (failure != 0) {
            if (::ftruncate(m_fd, off_t(m_size)) != 0) {
                // Not even cut back: nothing more may be written after a torn line.
                ::close(m_fd);
                m_fd = -1;
            }
            *error = Text::tr("cannot write the audit log %1: %2").arg(m_path, errnoText(failure));
            return false;
        }
        m_size += buffer.size();
        return true;
    }

private:
    void readLine(QByteArrayView line)
    {
        const QJsonObject entry = QJsonDocument::fromJson(line.toByteArray()).object();
        if (entry.value(QLatin1String("event")).toString() == QLatin1String("run")) {
            const QString folder = entry.value(QLatin1String("runFolder")).toString();
            if (!folder.isEmpty() && !m_runFolders.contains(folder))
                m_runFolders.append(folder);
        }
        if (isFinalAction(entry.value(QLatin1String("action")).toString()))
            m_done.add(entry.value(QLatin1String("key")).toString().toUtf8());
    }

    QString m_path;
    int m_fd = -1;
    qint64 m_size = 0; ///< what is whole and synced in the file
    KeySet m_done;
    QStringList m_runFolders;
    QByteArray m_buffer;
};

/// One run of a plan.
class Cleaner
{
public:
    Cleaner(const OrphanPlan &plan, const OrphanCleanOptions &options,
            const OrphanCleanCallbacks &callbacks, OrphanCleanResult *result)
        : m_plan(plan)
        , m_options(options)
        , m_callbacks(callbacks)
        , m_result(result)
    {}
    ~Cleaner()
    {
        if (m_runFd >= 0)
            ::close(m_runFd);
    }
    Cleaner(const Cleaner &) = delete;
    Cleaner &operator=(const Cleaner &) = delete;

    void run();

private:
    void log(const QString &line) const
    {
        if (m_callbacks.log)
            m_callbacks.log(line);
    }
    /// One line of the audit log for `item`; `folder` is the run folder it went to
    /// (quarantined), this run's when empty.
    void record(const CleanupItem &item, const QString &action, const QString &reason = {},
                const QString &folder = {})
    {
        ++m_dealt;
        QJsonObject entry{{QStringLiteral("at"), isoMs(QDateTime::currentMSecsSinceEpoch())},
                          {QStringLiteral("key"), item.relativePath},
                          {QStringLiteral("bytes"), item.sizeBytes},
                          {QStringLiteral("action"), action}};
        if (action == QLatin1String("quarantined"))
            entry.insert(QStringLiteral("to"), QString((folder.isEmpty() ? m_quarantine : folder) +
                                                       u'/' + item.relativePath));
        if (!reason.isEmpty())
            entry.insert(QStringLiteral("reason"), reason);
        m_audit.append(entry);
    }
    void moved(const CleanupItem &item, const QString &note = {}, const QString &folder = {})
    {
        ++m_result->moved;
        m_result->movedBytes += item.sizeBytes;
        record(item, QStringLiteral("quarantined"), note, folder);
    }
    void gone(const CleanupItem &item)
    {
        ++m_result->alreadyGone;
        record(item, QStringLiteral("gone"));
    }
    void kept(const CleanupItem &item, const QString &why)
    {
        ++m_result->keptChanged;
        log(Text::tr("Kept %1: %2").arg(item.relativePath, why));
        record(item, QStringLiteral("kept"), why);
    }
    void failed(const CleanupItem &item, const QString &why)
    {
        ++m_result->failed;
        log(Text::tr("Not moved %1: %2").arg(item.relativePath, why));
        record(item, QStringLiteral("failed"), why);
        if (m_firstFailure.isEmpty())
            m_firstFailure = why;
    }

    bool prepareLocal();
    bool prepareQuarantineFolder();
    /// The run folder an earlier run of the plan moved `item` into, if one did: a key
    /// gone from the location may have gone there before the run that moved it could
    /// log so. Empty when none holds it.
    QString localQuarantineOf(const CleanupItem &item) const;
    bool prepareHost(const QString &runFolder);
    /// What a cleanup run reports of each item, into the result and the audit log. With
    /// `gone`, an item found gone goes there instead, to be told apart afterwards.
    CleanupCallbacks itemCallbacks(const QList<CleanupItem> &items,
                                   QList<const CleanupItem *> *gone = nullptr);
    /// Lists the host's folder `root` (streamed): each file to `visit`; false, with
    /// m_stop set, when it cannot be listed.
    bool listHost(const QString &root, bool quarantine,
                  const std::function<void(const CleanupItem &)> &visit);
    /// A host's folder as the dry run sees it: the plan's keys found there, with their
    /// size and time, listed once for the whole run.
    bool hostDryRunBatch(const QList<CleanupItem> &items);
    /// The earlier run folder of this plan on the host that holds `item` with its
    /// planned size (the host's quarantine listed once, when first asked); empty when
    /// none does.
    QString hostQuarantineOf(const CleanupItem &item);
    /// False when the batch could not be dealt with at all (the run stops).
    bool localBatch(const QList<CleanupItem> &items);
    bool hostBatch(const QList<CleanupItem> &items);
    bool rcloneBatch(const QList<CleanupItem> &items);
    TrashOutcome moveLocal(const QString &absolutePath);

    const OrphanPlan &m_plan;
    const OrphanCleanOptions &m_options;
    const OrphanCleanCallbacks &m_callbacks;
    OrphanCleanResult *m_result;
    AuditLog m_audit;
    QString m_quarantine;  ///< this run's folder, relative to the location:
                           ///< .quartermaster-quarantine/RUN
    QStringList m_earlier; ///< the earlier runs' folders, relative to the location
    QString m_canonicalRoot;
    int m_runFd = -1; ///< this run's folder, opened without following a link
    /// Keys dealt with by this run (moved, kept, gone or failed), as the audit log has them.
    qint64 m_dealt = 0;
    QString m_firstFailure;
    QString m_stop;
    QHash<QString, const CleanupItem *> m_byPath;
    std::optional<SshTransport> m_ssh;
    std::optional<RemoteCleanupPlan> m_remote; ///< a host's folder: where batches run
    /// A host's dry run: the plan's keys as the location holds them now.
    std::optional<QHash<QString, CleanupItem>> m_hostNow;
    /// A host's earlier run folders holding a key of the plan: key → folder.
    std::optional<QHash<QString, QString>> m_hostQuarantined;
};

bool Cleaner::prepareLocal()
{
    char *resolved = realpath(QFile::encodeName(m_plan.location.path).constData(), nullptr);
    if (!resolved) {
        m_stop = rootError(m_plan.location.path, errno);
        return false;
    }
    m_canonicalRoot = QFile::decodeName(QByteArray(resolved));
    free(resolved);
    return true;
}

/// The folder `name` in the folder `parent`, made (0700) when missing, opened without
/// following a link: -1 with errno when it cannot be, or when it is a link.
int openFolderAt(int parent, const QByteArray &name)
{
    int fd = ::openat(parent, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT) {
        if (::mkdirat(parent, name.constData(), 0700) != 0 && errno != EEXIST)
            return -1;
        fd = ::openat(parent, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    }
    return fd;
}

/// Renames `from` to `name` in the folder `folder`, never over something there: 0 or
/// the errno.
int renameIntoNoReplace(const QByteArray &from, int folder, const QByteArray &name)
{
#if defined(__linux__) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, from.constData(), folder, name.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#elif defined(__APPLE__)
    if (::renameatx_np(AT_FDCWD, from.constData(), folder, name.constData(), RENAME_EXCL) == 0)
        return 0;
    if (errno != ENOTSUP)
        return errno;
#endif
    // A filesystem without an exclusive rename: look, then rename (a small race).
    struct stat st;
    if (::fstatat(folder, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
        return EEXIST;
    return ::renameat(AT_FDCWD, from.constData(), folder, name.constData()) == 0 ? 0 : errno;
}

/// The quarantine and this run's folder at the top of a local location: real folders,
/// opened one by one without following a link (a link planted there would lead the
/// moves out of the root).
bool Cleaner::prepareQuarantineFolder()
{
    int fd = ::open(QFile::encodeName(m_canonicalRoot).constData(),
                    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    for (const QString &part : m_quarantine.split(u'/')) {
        if (fd < 0)
            break;
        const int next = openFolderAt(fd, QFile::encodeName(part));
        ::close(fd);
        fd = next;
    }
    if (fd < 0) {
        m_stop = Text::tr("cannot open the quarantine folder %1 (it must be a folder of the "
                          "location, not a link): %2; nothing was moved")
                     .arg(m_canonicalRoot + u'/' + m_quarantine, errnoText(errno));
        return false;
    }
    m_runFd = fd;
    return true;
}

QString Cleaner::localQuarantineOf(const CleanupItem &item) const
{
    if (m_canonicalRoot.isEmpty())
        return {};
    for (const QString &folder : m_earlier) {
        struct stat st;
        const QString path = m_canonicalRoot + u'/' + folder + u'/' + item.relativePath;
        if (::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode) &&
            qint64(st.st_size) == item.sizeBytes)
            return folder;
    }
    return {};
}

TrashOutcome Cleaner::moveLocal(const QString &absolutePath)
{
    const QString relative = absolutePath.mid(m_canonicalRoot.size() + 1);
    const QString target = m_canonicalRoot + u'/' + m_quarantine + u'/' + relative;
    if (!m_options.execute)
        return {TrashOutcome::Result::Trashed, target, {}};
    // Down from the run folder one folder at a time, never through a link.
    const QList<QByteArray> parts = QFile::encodeName(relative).split('/');
    int folder = ::dup(m_runFd);
    for (qsizetype i = 0; i + 1 < parts.size() && folder >= 0; ++i) {
        const int next = openFolderAt(folder, parts.at(i));
        ::close(folder);
        folder = next;
    }
    if (folder < 0)
        return {TrashOutcome::Result::Failed,
                {},
                Text::tr("cannot make its folder in the quarantine %1: %2")
                    .arg(target, errnoText(errno))};
    const int error = renameIntoNoReplace(QFile::encodeName(absolutePath), folder, parts.last());
    ::close(folder);
    if (error == 0)
        return {TrashOutcome::Result::Trashed, target, {}};
    if (error == ENOENT && !QFileInfo::exists(absolutePath))
        return {TrashOutcome::Result::AlreadyGone, {}, {}};
    return {TrashOutcome::Result::Failed,
            {},
            Text::tr("cannot move %1 into the quarantine: %2").arg(absolutePath, errnoText(error))};
}

CleanupCallbacks Cleaner::itemCallbacks(const QList<CleanupItem> &items,
                                        QList<const CleanupItem *> *goneItems)
{
    m_byPath.clear();
    for (const CleanupItem &item : items)
        m_byPath.insert(item.relativePath, &item);
    CleanupCallbacks callbacks;
    callbacks.cancel = m_options.store.cancel;
    callbacks.removed = [this](const QString &path, qint64, const QString &) {
        moved(*m_byPath.value(path));
    };
    callbacks.notRemoved = [this, goneItems](const QString &path, CleanupCallbacks::Outcome outcome,
                                             const QString &why) {
        const CleanupItem &item = *m_byPath.value(path);
        switch (outcome) {
        case CleanupCallbacks::Outcome::Gone:
            if (goneItems)
                goneItems->append(&item);
            else if (const QString folder = localQuarantineOf(item); !folder.isEmpty())
                moved(item, Text::tr("found in the quarantine after an interrupted run"), folder);
            else
                gone(item);
            return;
        case CleanupCallbacks::Outcome::Kept:
            kept(item, why);
            return;
        case CleanupCallbacks::Outcome::Failed:
            failed(item, why);
            return;
        }
    };
    return callbacks;
}

bool Cleaner::localBatch(const QList<CleanupItem> &items)
{
    CleanupPlan sub;
    sub.rule.root = m_plan.location.path;
    sub.canonicalRoot = m_canonicalRoot;
    sub.items = items;
    for (const CleanupItem &item : items)
        sub.totalBytes += item.sizeBytes;
    CleanupLimits limits;
    limits.batchSize = INT_MAX;
    limits.maxFailures = -1;
    CleanupCallbacks callbacks = itemCallbacks(items);
    callbacks.remove = [this](const QString &path) { return moveLocal(path); };
    const CleanupResult outcome = executeCleanup(sub, limits, callbacks);
    if (outcome.cancelled) {
        m_result->cancelled = true;
        return false;
    }
    if (!outcome.ok && outcome.notReached > 0) {
        m_stop = outcome.error; // the root moved or cannot be opened
        return false;
    }
    return true;
}

bool Cleaner::prepareHost(const QString &runFolder)
{
    m_ssh = hostTransport(m_options.store.fleet, m_plan.location.host, &m_stop);
    if (!m_ssh)
        return false;
    m_remote = remoteCleanupTarget(*m_ssh, m_plan.location.host, m_plan.location.path, runFolder,
                                   m_options.store.cancel, &m_stop);
    return m_remote.has_value();
}

bool Cleaner::listHost(const QString &root, bool quarantine,
                       const std::function<void(const CleanupItem &)> &visit)
{
    CleanupRule rule;
    rule.root = root;
    if (quarantine) { // every run folder, whatever its age (this run's too)
        rule.olderThanDays = 0;
        rule.nowMs = QDateTime::currentMSecsSinceEpoch() + 86'400'000;
    }
    QString error;
    if (planRemoteCleanup(*m_ssh, m_plan.location.host, rule, quarantine, {},
                          m_options.store.cancel, &error, {}, visit))
        return true;
    m_stop = Text::tr("cannot list %1:%2: %3").arg(m_plan.location.host, root, error);
    return false;
}

bool Cleaner::hostDryRunBatch(const QList<CleanupItem> &items)
{
    if (!m_hostNow) {
        // The location listed once, keeping only the plan's keys: what the host's own
        // check (size and time) will find as each batch moves.
        QSet<QString> planned;
        for (const CleanupItem &item : m_plan.items)
            planned.insert(item.relativePath);
        QHash<QString, CleanupItem> now;
        if (!listHost(m_plan.location.path, false, [&](const CleanupItem &found) {
                if (planned.contains(found.relativePath))
                    now.insert(found.relativePath, found);
            }))
            return false;
        m_hostNow = std::move(now);
    }
    for (const CleanupItem &item : items) {
        const auto found = m_hostNow->constFind(item.relativePath);
        if (found == m_hostNow->cend())
            gone(item);
        else if (found->sizeBytes != item.sizeBytes || found->modifiedMs != item.modifiedMs)
            kept(item, Text::tr("it changed since the plan was made (now %1, modified %2)")
                           .arg(formatDataSize(found->sizeBytes), isoMs(found->modifiedMs)));
        else
            moved(item);
    }
    return true;
}

QString Cleaner::hostQuarantineOf(const CleanupItem &item)
{
    if (m_earlier.isEmpty())
        return {};
    if (!m_hostQuarantined) {
        // Listed once: RUN/KEY for every file of the quarantine, kept when RUN is an
        // earlier run of this plan and KEY one of its keys with the planned size.
        QHash<QString, qint64> planned;
        for (const CleanupItem &each : m_plan.items)
            planned.insert(each.relativePath, each.sizeBytes);
        const QSet<QString> earlier(m_earlier.cbegin(), m_earlier.cend());
        QHash<QString, QString> held;
        const bool listed = listHost(m_plan.location.path, true, [&](const CleanupItem &file) {
            const qsizetype slash = file.relativePath.indexOf(u'/');
            const QString folder =
                QLatin1String(kQuarantineFolderName) + u'/' + file.relativePath.left(slash);
            const QString key = file.relativePath.mid(slash + 1);
            if (slash > 0 && earlier.contains(folder) && planned.value(key, -1) == file.sizeBytes)
                held.insert(key, folder);
        });
        if (!listed) {
            log(Text::tr("Warning: %1").arg(m_stop)); // the keys count as gone, as before
            m_stop.clear();
        }
        m_hostQuarantined = std::move(held);
    }
    return m_hostQuarantined->value(item.relativePath);
}

bool Cleaner::hostBatch(const QList<CleanupItem> &items)
{
    if (!m_options.execute)
        return hostDryRunBatch(items);
    RemoteCleanupPlan batch = *m_remote;
    batch.plan.items = items;
    for (const CleanupItem &item : items)
        batch.plan.totalBytes += item.sizeBytes;
    CleanupLimits limits;
    limits.batchSize = int(items.size());
    limits.maxFailures = -1;
    QList<const CleanupItem *> goneItems;
    const CleanupResult outcome =
        executeRemoteCleanup(*m_ssh, batch, limits, itemCallbacks(items, &goneItems));
    // Gone from the location: moved by a run stopped before it wrote so (into its own
    // run folder on the host), or gone. The host's check says only "not in place".
    for (const CleanupItem *item : std::as_const(goneItems)) {
        if (const QString folder = hostQuarantineOf(*item); !folder.isEmpty())
            moved(*item, Text::tr("found in the quarantine after an interrupted run"), folder);
        else
            gone(*item);
    }
    if (outcome.cancelled) {
        m_result->cancelled = true;
        return false;
    }
    if (!outcome.error.isEmpty() && outcome.notReached > 0) {
        m_stop = outcome.error; // the connection broke, the root moved: stop here
        return false;
    }
    return true;
}

bool Cleaner::rcloneBatch(const QList<CleanupItem> &items)
{
    const QString remote = rcloneRemotePath(m_plan.location);
    const QString quarantine = rcloneRemotePath(m_plan.location, m_quarantine);
    QList<QByteArray> keys;
    keys.reserve(items.size());
    for (const CleanupItem &item : items)
        keys.append(item.relativePath.toUtf8());
    QHash<QByteArray, ListedObject> now;
    QString error;
    if (!rcloneStatKeys(remote, keys, &now, m_options.store, &error)) {
        m_stop = error;
        return false;
    }
    QList<const CleanupItem *> due;
    QList<QByteArray> dueKeys;
    QList<QByteArray> goneKeys;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto found = now.constFind(keys.at(i));
        if (found == now.cend()) {
            goneKeys.append(keys.at(i));
            continue;
        }
        const CleanupItem &item = items.at(i);
        if (found->bytes != item.sizeBytes || found->modifiedMs != item.modifiedMs) {
            kept(item, Text::tr("it changed since the plan was made (now %1, modified %2)")
                           .arg(formatDataSize(found->bytes), isoMs(found->modifiedMs)));
            continue;
        }
        due.append(&item);
        dueKeys.append(keys.at(i));
    }
    // Gone from the location: moved by a run stopped before it wrote so (into its own
    // run folder), or gone.
    QHash<QByteArray, QString> heldIn; // key → the earlier run folder holding it
    for (const QString &folder : m_earlier) {
        if (goneKeys.isEmpty())
            break;
        QHash<QByteArray, ListedObject> found;
        if (!rcloneStatKeys(rcloneRemotePath(m_plan.location, folder), goneKeys, &found,
                            m_options.store, &error)) {
            m_stop = error;
            return false;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const auto held = found.constFind(keys.at(i));
            if (held != found.cend() && held->bytes == items.at(i).sizeBytes)
                heldIn.insert(keys.at(i), folder);
        }
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (now.contains(keys.at(i)))
            continue;
        if (const QString folder = heldIn.value(keys.at(i)); !folder.isEmpty())
            moved(items.at(i), Text::tr("found in the quarantine after an interrupted run"),
                  folder);
        else
            gone(items.at(i));
    }
    if (due.isEmpty())
        return true;
    if (!m_options.execute) {
        for (const CleanupItem *item : due)
            moved(*item);
        return true;
    }
    QString moveError;
    rcloneMoveKeys(remote, quarantine, dueKeys, m_options.store, &moveError);
    // Listed again, both sides: what moved is in the quarantine and no longer here.
    QHash<QByteArray, ListedObject> after;
    QHash<QByteArray, ListedObject> inQuarantine;
    if (!rcloneStatKeys(remote, dueKeys, &after, m_options.store, &error) ||
        !rcloneStatKeys(quarantine, dueKeys, &inQuarantine, m_options.store, &error)) {
        m_stop = Text::tr("cannot list what the batch moved: %1").arg(error);
        return false;
    }
    for (qsizetype i = 0; i < due.size(); ++i) {
        const QByteArray &key = dueKeys.at(i);
        if (after.contains(key))
            failed(*due.at(i),
                   moveError.isEmpty() ? Text::tr("it is still there after the move") : moveError);
        else if (inQuarantine.contains(key))
            moved(*due.at(i));
        else
            gone(*due.at(i)); // removed by someone else between the look and the move
    }
    return true;
}

void Cleaner::run()
{
    const bool local = m_plan.location.kind == SyncEndpoint::Kind::Local;
    QString error;
    if (!m_audit.open(orphanAuditPath(m_plan.csvPath), m_options.execute, &error)) {
        m_result->error = error;
        m_result->notReached = m_plan.items.size();
        return;
    }
    if (m_options.execute)
        m_result->auditPath = orphanAuditPath(m_plan.csvPath);
    const qint64 nowMs =
        m_options.nowMs > 0 ? m_options.nowMs : QDateTime::currentMSecsSinceEpoch();
    // A run folder of its own for every run, named by when it began: emptying the
    // quarantine of what is older than N days then never takes what a later run of the
    // same plan moved. Earlier runs' folders are where a key gone since may be.
    const QString runFolder = quarantineRunFolder(nowMs);
    m_quarantine = QLatin1String(kQuarantineFolderName) + u'/' + runFolder;
    for (const QString &folder : m_audit.runFolders())
        m_earlier.append(QLatin1String(kQuarantineFolderName) + u'/' + folder);
    m_result->quarantine = m_plan.location.text + u'/' + m_quarantine;

    // The keys left, then the caps: a prefix of them, in plan order.
    QList<CleanupItem> pending;
    for (const CleanupItem &item : m_plan.items) {
        if (m_audit.isDone(item.relativePath.toUtf8()))
            ++m_result->doneBefore;
        else
            pending.append(item);
    }
    qsizetype take = 0;
    qint64 takenBytes = 0;
    for (; take < pending.size(); ++take) {
        const qint64 bytes = pending.at(take).sizeBytes;
        if ((m_options.maxObjects >= 0 && take >= m_options.maxObjects) ||
            (m_options.maxBytes >= 0 && bytes > m_options.maxBytes - takenBytes)) {
            m_result->capped = true;
            break;
        }
        takenBytes += bytes;
    }
    m_result->notReached = pending.size();
    if (take == 0) {
        m_result->ok = true;
        return;
    }
    if ((local && !prepareLocal()) ||
        (m_plan.location.kind == SyncEndpoint::Kind::Host && !prepareHost(runFolder))) {
        m_result->error = m_stop + Text::tr("; nothing was moved");
        return;
    }
    if (m_options.execute) {
        m_audit.append({{QStringLiteral("at"), isoMs(nowMs)},
                        {QStringLiteral("event"), QStringLiteral("run")},
                        {QStringLiteral("runFolder"), runFolder},
                        {QStringLiteral("location"), m_plan.location.text},
                        {QStringLiteral("keys"), qint64(take)}});
        if (!m_audit.flush(&error) || (local && !prepareQuarantineFolder())) {
            m_result->error = m_stop.isEmpty() ? error : m_stop;
            return;
        }
    }
    log(Text::tr("Cleaning up %n key(s) (%1) of %2 into %3", nullptr, int(take))
            .arg(formatDataSize(takenBytes), m_plan.location.text, m_result->quarantine));

    const qsizetype batchSize = std::max(m_options.batchSize, 1);
    qsizetype reached = 0;
    while (reached < take) {
        if (m_options.store.cancel && m_options.store.cancel->load()) {
            m_result->cancelled = true;
            break;
        }
        const QList<CleanupItem> batch = pending.mid(reached, std::min(batchSize, take - reached));
        const qint64 dealtBefore = m_dealt;
        // The references first, for these keys, now: a key referenced again is kept.
        QList<QByteArray> keys;
        keys.reserve(batch.size());
        for (const CleanupItem &item : batch)
            keys.append(item.relativePath.toUtf8());
        KeySet referenced;
        if (!readReferencesAmong(m_plan.source, keys, &referenced, &error,
                                 m_options.store.cancel)) {
            m_stop =
                Text::tr("the reference check failed, so nothing more was moved: %1").arg(error);
            break;
        }
        referenced.sortUnique();
        QList<CleanupItem> unreferenced;
        for (const CleanupItem &item : batch) {
            if (referenced.contains(item.relativePath.toUtf8())) {
                ++m_result->keptReferenced;
                record(item, QStringLiteral("kept"),
                       Text::tr("referenced again since the plan was made"));
            } else {
                unreferenced.append(item);
            }
        }
        bool goOn = true;
        if (!unreferenced.isEmpty()) {
            switch (m_plan.location.kind) {
            case SyncEndpoint::Kind::Local:
                goOn = localBatch(unreferenced);
                break;
            case SyncEndpoint::Kind::Host:
                goOn = hostBatch(unreferenced);
                break;
            case SyncEndpoint::Kind::Rclone:
                goOn = rcloneBatch(unreferenced);
                break;
            }
        }
        if (!m_audit.flush(&error)) {
            // What the log does not hold is not done: a later run finds what moved in
            // this run's folder.
            m_dealt = dealtBefore;
            m_stop = error;
            break;
        }
        if (!goOn)
            break;
        reached += batch.size();
        if (m_callbacks.progress)
            m_callbacks.progress(m_result->doneBefore + reached, m_plan.items.size());
    }
    m_result->notReached = pending.size() - m_dealt;
    // A run folder that received nothing (a run stopped before its first move) goes.
    if (m_runFd >= 0)
        ::rmdir(QFile::encodeName(m_canonicalRoot + u'/' + m_quarantine).constData());
    if (m_options.execute && m_remote) // rmdir leaves a folder that holds anything
        RemoteCommands{*m_ssh, nullptr, {}}.run(
            {QStringLiteral("rmdir"), QStringLiteral("--"),
             m_remote->plan.canonicalRoot + u'/' + m_quarantine},
            30'000);
    if (!m_stop.isEmpty())
        m_result->error = m_stop;
    else if (m_result->cancelled)
        m_result->error =
            Text::tr("Cancelled with %n key(s) not reached", nullptr, int(m_result->notReached));
    else if (m_result->failed > 0)
        m_result->error =
            Text::tr("%n key(s) could not be moved; the first: %1", nullptr, int(m_result->failed))
                .arg(m_firstFailure);
    m_result->ok = m_result->error.isEmpty();
    if (m_options.execute) {
        m_audit.append({{QStringLiteral("at"), isoMs(QDateTime::currentMSecsSinceEpoch())},
                        {QStringLiteral("event"), QStringLiteral("end")},
                        {QStringLiteral("moved"), m_result->moved},
                        {QStringLiteral("movedBytes"), m_result->movedBytes},
                        {QStringLiteral("notReached"), m_result->notReached},
                        {QStringLiteral("error"), m_result->error}});
        m_audit.flush(&error);
    }
}

} // namespace

QString orphanAuditPath(const QString &csvPath)
{
    QString path = csvPath;
    if (path.endsWith(QLatin1String(".csv")))
        path.chop(4);
    return path + QStringLiteral(".audit.jsonl");
}

std::optional<OrphanPlan> readOrphanPlan(const QString &csvPath, QString *error)
{
    const auto refuse = [&](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    OrphanPlan plan;
    plan.csvPath = csvPath;
    const QString infoPath = orphanPlanInfoPath(csvPath);
    QFile infoFile(infoPath);
    if (!infoFile.open(QIODevice::ReadOnly))
        return refuse(Text::tr("cannot read %1, the plan's description: %2")
                          .arg(infoPath, infoFile.errorString()));
    const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
    const int version = info.value(QLatin1String("schemaVersion")).toInt();
    if (version == 1)
        return refuse(Text::tr("%1 was saved by an earlier version, with times to the second "
                               "only: scan again to make a plan that can be carried out")
                          .arg(infoPath));
    if (version != kOrphanPlanSchemaVersion)
        return refuse(Text::tr("%1 is not the description of an orphan plan").arg(infoPath));
    QString why;
    const std::optional<SyncEndpoint> location =
        SyncEndpoint::parse(info.value(QLatin1String("location")).toString(), &why);
    if (!location)
        return refuse(Text::tr("%1: the plan's location does not read: %2").arg(infoPath, why));
    plan.location = *location;
    const std::optional<ReferenceSource> source =
        referenceSourceFromJson(info.value(QLatin1String("reference")).toObject(), &why);
    if (!source)
        return refuse(Text::tr("%1: %2").arg(infoPath, why));
    plan.source = *source;
    plan.minAgeDays = info.value(QLatin1String("minAgeDays")).toInt();
    const std::optional<qint64> created =
        logTimeFromText(info.value(QLatin1String("createdAt")).toString());
    plan.createdAtMs = created ? *created / 1000 : 0;

    QFile csvFile(csvPath);
    if (!csvFile.open(QIODevice::ReadOnly))
        return refuse(Text::tr("cannot read the plan %1: %2").arg(csvPath, csvFile.errorString()));
    const QByteArray csv = csvFile.readAll();
    qsizetype at = 0;
    const std::optional<QList<QByteArray>> header = nextCsvRecord(csv, &at);
    if (!header || *header != QList<QByteArray>{"key", "bytes", "modifiedAt"})
        return refuse(Text::tr("%1 is not an orphan plan (its first line is not "
                               "key,bytes,modifiedAt)")
                          .arg(csvPath));
    const bool local = plan.location.kind != SyncEndpoint::Kind::Rclone;
    QSet<QString> seen;
    for (qint64 record = 2; at < csv.size(); ++record) {
        const std::optional<QList<QByteArray>> fields = nextCsvRecord(csv, &at);
        bool sized = false;
        CleanupItem item;
        if (fields && fields->size() == 3) {
            item.relativePath = QString::fromUtf8(fields->at(0));
            item.sizeBytes = fields->at(1).toLongLong(&sized);
            const std::optional<qint64> modified =
                logTimeFromText(QString::fromLatin1(fields->at(2)));
            sized = sized && item.sizeBytes >= 0 && modified;
            item.modifiedMs = modified ? *modified / 1000 : 0;
        }
        if (!sized)
            return refuse(Text::tr("record %1 of the plan %2 does not read (key,bytes,"
                                   "modifiedAt); nothing was done")
                              .arg(record)
                              .arg(csvPath));
        // A remote's key may hold what a path may not ("a//b"), but never climb out of
        // the location or into its quarantine.
        const bool safe =
            local ? isSafeRelativePath(item.relativePath)
                  : !item.relativePath.isEmpty() && !item.relativePath.startsWith(u'/') &&
                        !item.relativePath.split(u'/').contains(QStringLiteral("..")) &&
                        !item.relativePath.startsWith(QLatin1String(kQuarantineFolderName) + u'/');
        if (!safe || seen.contains(item.relativePath))
            return refuse(Text::tr("the plan %1 is damaged: “%2” is not a key inside the "
                                   "location, or is listed twice; nothing was done")
                              .arg(csvPath, item.relativePath));
        seen.insert(item.relativePath);
        plan.totalBytes += item.sizeBytes;
        plan.items.append(item);
    }
    if (plan.items.size() != info.value(QLatin1String("objects")).toInteger(-1) ||
        plan.totalBytes != info.value(QLatin1String("bytes")).toInteger(-1))
        return refuse(Text::tr("the plan %1 does not add up to the totals of %2 (a file was "
                               "cut or edited?); nothing was done")
                          .arg(csvPath, infoPath));
    return plan;
}

OrphanCleanResult cleanOrphans(const OrphanPlan &plan, const OrphanCleanOptions &options,
                               const OrphanCleanCallbacks &callbacks)
{
    OrphanCleanResult result;
    Cleaner(plan, options, callbacks, &result).run();
    return result;
}

} // namespace qm
