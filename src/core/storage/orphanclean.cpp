#include "orphanclean.h"

#include "core/archive/archivefs.h"
#include "core/cleanup/cleanupcommon.h"
#include "core/cleanup/quarantine.h"
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
#include <sys/stat.h>
#include <unistd.h>

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
/// tells which keys are done with and which quarantine folder the plan's runs use.
class AuditLog
{
public:
    ~AuditLog()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    /// Reads what earlier runs wrote; with `forWriting`, opens it for appending (created
    /// 0600), cutting off a last line that a killed run left half-written.
    bool open(const QString &path, bool forWriting, QString *error)
    {
        m_path = path;
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
            m_wholeLines = start;
        }
        m_done.sortUnique();
        if (!forWriting)
            return true;
        m_fd = ::open(QFile::encodeName(path).constData(),
                      O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_fd < 0 || ::ftruncate(m_fd, off_t(m_wholeLines)) != 0) {
            *error = Text::tr("cannot write the audit log %1: %2").arg(path, errnoText(errno));
            return false;
        }
        return true;
    }

    bool isDone(QByteArrayView key) const { return m_done.contains(key); }
    QString runFolder() const { return m_runFolder; }

    void append(const QJsonObject &entry)
    {
        m_buffer += QJsonDocument(entry).toJson(QJsonDocument::Compact);
        m_buffer += '\n';
    }
    /// Writes and syncs what was appended: false with `*error` when it could not.
    bool flush(QString *error)
    {
        if (m_fd < 0) {
            m_buffer.clear();
            return true;
        }
        qsizetype at = 0;
        while (at < m_buffer.size()) {
            const ssize_t n =
                ::write(m_fd, m_buffer.constData() + at, size_t(m_buffer.size() - at));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                *error =
                    Text::tr("cannot write the audit log %1: %2").arg(m_path, errnoText(errno));
                return false;
            }
            at += n;
        }
        m_buffer.clear();
        if (archivefs::fullSync(m_fd) != 0) {
            *error = Text::tr("cannot write the audit log %1: %2").arg(m_path, errnoText(errno));
            return false;
        }
        return true;
    }

private:
    void readLine(QByteArrayView line)
    {
        const QJsonObject entry = QJsonDocument::fromJson(line.toByteArray()).object();
        if (m_runFolder.isEmpty() &&
            entry.value(QLatin1String("event")).toString() == QLatin1String("run"))
            m_runFolder = entry.value(QLatin1String("runFolder")).toString();
        if (isFinalAction(entry.value(QLatin1String("action")).toString()))
            m_done.add(entry.value(QLatin1String("key")).toString().toUtf8());
    }

    QString m_path;
    int m_fd = -1;
    qsizetype m_wholeLines = 0;
    KeySet m_done;
    QString m_runFolder;
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

    void run();

private:
    void log(const QString &line) const
    {
        if (m_callbacks.log)
            m_callbacks.log(line);
    }
    void record(const CleanupItem &item, const QString &action, const QString &reason = {})
    {
        QJsonObject entry{{QStringLiteral("at"), isoMs(QDateTime::currentMSecsSinceEpoch())},
                          {QStringLiteral("key"), item.relativePath},
                          {QStringLiteral("bytes"), item.sizeBytes},
                          {QStringLiteral("action"), action}};
        if (action == QLatin1String("quarantined"))
            entry.insert(QStringLiteral("to"), QString(m_quarantine + u'/' + item.relativePath));
        if (!reason.isEmpty())
            entry.insert(QStringLiteral("reason"), reason);
        m_audit.append(entry);
    }
    void moved(const CleanupItem &item, const QString &note = {})
    {
        ++m_result->moved;
        m_result->movedBytes += item.sizeBytes;
        record(item, QStringLiteral("quarantined"), note);
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
    bool prepareHost(const QString &runFolder);
    /// What a cleanup run reports of each item, into the result and the audit log.
    CleanupCallbacks itemCallbacks(const QList<CleanupItem> &items);
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
    QString m_quarantine; ///< relative to the location: .quartermaster-quarantine/RUN
    QString m_canonicalRoot;
    QString m_firstFailure;
    QString m_stop;
    QHash<QString, const CleanupItem *> m_byPath;
    std::optional<SshTransport> m_ssh;
    std::optional<RemoteCleanupPlan> m_remote; ///< a host's folder: where batches run
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

/// The quarantine and its run folder at the top of a local location: real folders,
/// never links (a link planted there would lead the moves out of the root).
bool Cleaner::prepareQuarantineFolder()
{
    QString path = m_canonicalRoot;
    for (const QString &part : m_quarantine.split(u'/')) {
        path += u'/' + part;
        const QByteArray native = QFile::encodeName(path);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
            m_stop =
                Text::tr("cannot create the quarantine folder %1: %2").arg(path, errnoText(errno));
            return false;
        }
        struct stat st;
        if (::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            m_stop = Text::tr("%1 is not a folder (a link?): the quarantine must be a folder "
                              "of the location; nothing was moved")
                         .arg(path);
            return false;
        }
    }
    return true;
}

TrashOutcome Cleaner::moveLocal(const QString &absolutePath)
{
    const QString relative = absolutePath.mid(m_canonicalRoot.size() + 1);
    const QString target = m_canonicalRoot + u'/' + m_quarantine + u'/' + relative;
    if (!m_options.execute)
        return {TrashOutcome::Result::Trashed, target, {}};
    const qsizetype slash = target.lastIndexOf(u'/');
    if (!QDir().mkpath(target.left(slash)))
        return {TrashOutcome::Result::Failed,
                {},
                Text::tr("cannot create the folder %1").arg(target.left(slash))};
    const int error =
        archivefs::renameNoReplace(QFile::encodeName(absolutePath), QFile::encodeName(target));
    if (error == 0)
        return {TrashOutcome::Result::Trashed, target, {}};
    if (error == ENOENT && !QFileInfo::exists(absolutePath))
        return {TrashOutcome::Result::AlreadyGone, {}, {}};
    return {TrashOutcome::Result::Failed,
            {},
            Text::tr("cannot move %1 into the quarantine: %2").arg(absolutePath, errnoText(error))};
}

CleanupCallbacks Cleaner::itemCallbacks(const QList<CleanupItem> &items)
{
    m_byPath.clear();
    for (const CleanupItem &item : items)
        m_byPath.insert(item.relativePath, &item);
    CleanupCallbacks callbacks;
    callbacks.cancel = m_options.store.cancel;
    callbacks.removed = [this](const QString &path, qint64, const QString &) {
        moved(*m_byPath.value(path));
    };
    callbacks.notRemoved = [this](const QString &path, CleanupCallbacks::Outcome outcome,
                                  const QString &why) {
        const CleanupItem &item = *m_byPath.value(path);
        switch (outcome) {
        case CleanupCallbacks::Outcome::Gone: {
            // Moved by a run that was stopped before it wrote so in the log?
            struct stat st;
            const QString inQuarantine = m_canonicalRoot + u'/' + m_quarantine + u'/' + path;
            if (!m_canonicalRoot.isEmpty() &&
                ::lstat(QFile::encodeName(inQuarantine).constData(), &st) == 0 &&
                S_ISREG(st.st_mode) && qint64(st.st_size) == item.sizeBytes)
                moved(item, Text::tr("found in the quarantine after an interrupted run"));
            else
                gone(item);
            return;
        }
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
    if (!outcome.ok && outcome.notReached == items.size() && !items.isEmpty()) {
        m_stop = outcome.error; // the root moved or cannot be opened: nothing was done
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

bool Cleaner::hostBatch(const QList<CleanupItem> &items)
{
    if (!m_options.execute) {
        // The host's own check (size, time, no link on the way) runs as it moves: a dry
        // run cannot make it without moving.
        for (const CleanupItem &item : items)
            moved(item);
        return true;
    }
    RemoteCleanupPlan batch = *m_remote;
    batch.plan.items = items;
    for (const CleanupItem &item : items)
        batch.plan.totalBytes += item.sizeBytes;
    CleanupLimits limits;
    limits.batchSize = int(items.size());
    limits.maxFailures = -1;
    const CleanupResult outcome = executeRemoteCleanup(*m_ssh, batch, limits, itemCallbacks(items));
    if (!outcome.error.isEmpty() && outcome.failed == 0) {
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
    // Gone from the location: moved by a run stopped before it wrote so, or gone.
    QHash<QByteArray, ListedObject> held;
    if (!goneKeys.isEmpty() &&
        !rcloneStatKeys(quarantine, goneKeys, &held, m_options.store, &error)) {
        m_stop = error;
        return false;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (now.contains(keys.at(i)))
            continue;
        const auto inQuarantine = held.constFind(keys.at(i));
        if (inQuarantine != held.cend() && inQuarantine->bytes == items.at(i).sizeBytes)
            moved(items.at(i), Text::tr("found in the quarantine after an interrupted run"));
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
    const QString runFolder =
        m_audit.runFolder().isEmpty() ? quarantineRunFolder(nowMs) : m_audit.runFolder();
    m_quarantine = QLatin1String(kQuarantineFolderName) + u'/' + runFolder;
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
        bool dealt = unreferenced.isEmpty();
        if (!dealt) {
            switch (m_plan.location.kind) {
            case SyncEndpoint::Kind::Local:
                dealt = localBatch(unreferenced);
                break;
            case SyncEndpoint::Kind::Host:
                dealt = hostBatch(unreferenced);
                break;
            case SyncEndpoint::Kind::Rclone:
                dealt = rcloneBatch(unreferenced);
                break;
            }
        }
        if (!m_audit.flush(&error)) {
            m_stop = error;
            reached += batch.size();
            break;
        }
        if (!dealt)
            break;
        reached += batch.size();
        if (m_callbacks.progress)
            m_callbacks.progress(m_result->doneBefore + reached, m_plan.items.size());
    }
    m_result->notReached = pending.size() - reached;
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
    if (info.value(QLatin1String("schemaVersion")).toInt() != 1)
        return refuse(Text::tr("%1 is not the description of an orphan plan").arg(infoPath));
    QString why;
    const std::optional<SyncEndpoint> location =
        SyncEndpoint::parse(info.value(QLatin1String("location")).toString(), &why);
    if (!location)
        return refuse(Text::tr("%1: the plan's location does not read: %2").arg(infoPath, why));
    plan.location = *location;
    const QJsonObject reference = info.value(QLatin1String("reference")).toObject();
    const auto text = [&reference](const char *name) {
        return reference.value(QLatin1String(name)).toString();
    };
    if (reference.value(QLatin1String("sql")).isString()) {
        const std::optional<SqlLocation> database = SqlLocation::parse(text("database"), &why);
        if (!database)
            return refuse(Text::tr("%1: the plan's database does not read: %2").arg(infoPath, why));
        plan.source.kind = ReferenceSource::Kind::Sql;
        plan.source.database = *database;
        plan.source.sql = text("sql");
        plan.source.timeoutSeconds =
            reference.value(QLatin1String("timeoutSeconds")).toInt(plan.source.timeoutSeconds);
    } else if (reference.value(QLatin1String("file")).isString()) {
        plan.source.kind = ReferenceSource::Kind::File;
        plan.source.file = text("file");
        plan.source.column = text("column");
    } else {
        return refuse(Text::tr("%1 names no reference source").arg(infoPath));
    }
    plan.source.stripPrefix = text("stripPrefix");
    plan.source.addPrefix = text("addPrefix");
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
        const bool safe =
            local ? isSafeRelativePath(item.relativePath)
                  : !item.relativePath.isEmpty() &&
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
