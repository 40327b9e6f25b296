#include "quarantine.h"

#include "core/cleanup/namematcher.h"
#include "core/probes/filelisting.h"
#include "core/remote/sshtransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <climits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Cleanup)
};

constexpr qint64 kDayMs = 86'400'000;
constexpr int kCommandTimeoutMs = 60'000;
constexpr int kListingTimeoutMs = 30 * 60'000;
constexpr int kBatchTimeoutMs = 10 * 60'000;
/// A batch's arguments stay well below any system's ARG_MAX (macOS: 1 MiB).
constexpr qsizetype kMaxBatchArgumentBytes = 128 * 1024;
constexpr qsizetype kMaxShownCommand = 4096;

int countArg(qint64 count)
{
    return int(std::min<qint64>(count, INT_MAX));
}

/// Resolves a folder on the host: "cd -P" and "pwd -P" print it with every link resolved.
const QString kResolveScript = QStringLiteral("cd -P -- \"$1\" && pwd -P");

/// Acts on one batch of a plan. A fixed script: every path arrives as an argument, none
/// is ever part of the script text. Arguments: stat flavour (gnu|bsd), action
/// (move|delete), the canonical root, the run folder, then (path, size, mtime) triples.
/// Prints "INDEX<TAB>R|G|K|F[<TAB>why]" per item (R removed, G gone, K kept, F failed);
/// exits 3 with a reason on its first line when the root or quarantine is not usable.
const QString kBatchScript = QStringLiteral(R"SH(set -u
flavour=$1; action=$2; root=$3; run=$4; shift 4
stat_of() {
  if [ "$flavour" = gnu ]; then stat -c '%s %Y %d' -- "$1"; else stat -f '%z %m %d' -- "$1"; fi
}
cd -P -- "$root" 2>/dev/null || { echo root-missing; exit 3; }
[ "$(pwd -P)" = "$root" ] || { echo root-moved; exit 3; }
rootdev=$(stat_of .) || { echo root-stat; exit 3; }
rootdev=${rootdev##* }
q=.quartermaster-quarantine
if [ "$action" = move ]; then
  if [ -L "$q" ]; then echo quarantine-link; exit 3; fi
  mkdir -p -- "$q/$run" || { echo quarantine-mkdir; exit 3; }
  qdev=$(stat_of "$q/$run") || { echo quarantine-stat; exit 3; }
  [ "${qdev##* }" = "$rootdev" ] || { echo quarantine-filesystem; exit 3; }
fi
i=0
while [ $# -ge 3 ]; do
  rel=$1; size=$2; mtime=$3; shift 3
  i=$((i + 1))
  dir=${rel%/*}
  [ "$dir" = "$rel" ] && dir=
  p=.; ok=1
  if [ -n "$dir" ]; then
    saved=$IFS; IFS=/; set -f
    for part in $dir; do
      p=$p/$part
      if [ -L "$p" ] || [ ! -d "$p" ]; then ok=0; break; fi
    done
    IFS=$saved; set +f
  fi
  if [ $ok = 0 ]; then
    if [ ! -e "$p" ] && [ ! -L "$p" ]; then printf '%s\tG\n' "$i"
    else printf '%s\tK\tfolder\n' "$i"; fi
    continue
  fi
  f=./$rel
  if [ ! -e "$f" ] && [ ! -L "$f" ]; then printf '%s\tG\n' "$i"; continue; fi
  if [ -L "$f" ] || [ ! -f "$f" ]; then printf '%s\tK\ttype\n' "$i"; continue; fi
  st=$(stat_of "$f" 2>/dev/null) || { printf '%s\tF\tstat\n' "$i"; continue; }
  if [ "$st" != "$size $mtime $rootdev" ]; then printf '%s\tK\tchanged\n' "$i"; continue; fi
  if [ "$action" = delete ]; then
    if err=$(rm -f -- "$f" 2>&1); then printf '%s\tR\n' "$i"
    else printf '%s\tF\t%s\n' "$i" "$err" | head -n 1; fi
    continue
  fi
  t=$q/$run/$rel
  if [ -e "$t" ] || [ -L "$t" ]; then printf '%s\tF\texists\n' "$i"; continue; fi
  if err=$( { { [ -z "$dir" ] || mkdir -p -- "$q/$run/$dir"; } && mv -- "$f" "$t"; } 2>&1); then
    printf '%s\tR\n' "$i"
  else
    printf '%s\tF\t%s\n' "$i" "$err" | head -n 1
  fi
done
if [ "$action" = delete ]; then
  find . -mindepth 1 -depth -type d -empty -exec rmdir -- {} \; 2>/dev/null
fi
exit 0
)SH");

QString shortened(const QString &commandLine)
{
    if (commandLine.size() <= kMaxShownCommand)
        return commandLine;
    return commandLine.left(kMaxShownCommand) +
           Text::tr(" … (%n more character(s))", nullptr,
                    countArg(commandLine.size() - kMaxShownCommand));
}

QString remoteError(const RemoteResult &result)
{
    if (!result.error.isEmpty())
        return result.error;
    const QString line = firstOutputLine(result.process.standardError);
    return line.isEmpty() ? Text::tr("exit status %1").arg(result.process.exitCode) : line;
}

} // namespace

namespace {

/// `root` on the host with every link resolved; nothing, with `*error`, when the host
/// does not answer (`*unreachable` set) or the folder does not resolve.
std::optional<QString> resolveRoot(const RemoteCommands &commands, const QString &host,
                                   const QString &root, bool *unreachable, QString *error)
{
    const RemoteResult resolved = commands.run(
        {QStringLiteral("sh"), QStringLiteral("-c"), kResolveScript, QStringLiteral("sh"), root},
        kCommandTimeoutMs);
    *unreachable = resolved.status != HostStatus::Ok;
    if (*unreachable) {
        *error = Text::tr("%1 could not be reached: %2").arg(host, remoteError(resolved));
        return std::nullopt;
    }
    QString canonical = QString::fromUtf8(resolved.process.standardOutput);
    if (canonical.endsWith(QLatin1Char('\n')))
        canonical.chop(1);
    if (resolved.process.exitCode != 0 || !QDir::isAbsolutePath(canonical)) {
        *error = Text::tr("%1:%2 does not exist or cannot be entered (a drive that is not "
                          "mounted?): %3")
                     .arg(host, root, remoteError(resolved));
        return std::nullopt;
    }
    return QDir::cleanPath(canonical);
}

/// Whether the host's find has -printf (GNU), and else whether its stat is GNU's.
void findFlavour(const RemoteCommands &commands, bool *printf, bool *gnuStat)
{
    const RemoteResult version =
        commands.run({QStringLiteral("find"), QStringLiteral("--version")}, kCommandTimeoutMs);
    *printf = version.status == HostStatus::Ok && version.process.exitCode == 0 &&
              version.process.standardOutput.contains("GNU");
    *gnuStat = true;
    if (!*printf) {
        const RemoteResult stat =
            commands.run({QStringLiteral("stat"), QStringLiteral("--version")}, kCommandTimeoutMs);
        *gnuStat = stat.status == HostStatus::Ok && stat.process.exitCode == 0;
    }
}

} // namespace

std::optional<RemoteCleanupPlan> remoteCleanupTarget(const SshTransport &ssh, const QString &host,
                                                     const QString &root, const QString &runFolder,
                                                     const std::atomic<bool> *cancel,
                                                     QString *error)
{
    const RemoteCommands commands{ssh, cancel, {}};
    RemoteCleanupPlan remote;
    remote.host = host;
    remote.runFolder = runFolder;
    remote.plan.rule.root = root;
    remote.plan.rule.nowMs = QDateTime::currentMSecsSinceEpoch();
    bool unreachable = false;
    const std::optional<QString> canonical = resolveRoot(commands, host, root, &unreachable, error);
    if (!canonical)
        return std::nullopt;
    remote.plan.canonicalRoot = *canonical;
    bool printf = false;
    findFlavour(commands, &printf, &remote.gnuStat);
    return remote;
}

QString quarantineRunFolder(qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc())
               .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
           QStringLiteral("-%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                     QLatin1Char('0'));
}

std::optional<qint64> quarantineRunTime(const QString &runFolder)
{
    if (runFolder.size() < 16 || runFolder.at(15) != QLatin1Char('Z'))
        return std::nullopt;
    QDateTime time = QDateTime::fromString(runFolder.left(15), QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!time.isValid())
        return std::nullopt;
    time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

QJsonObject RemoteCleanupPlan::toJson() const
{
    return {{QStringLiteral("host"), host},
            {QStringLiteral("runFolder"), runFolder},
            {QStringLiteral("emptying"), emptying},
            {QStringLiteral("gnuStat"), gnuStat},
            {QStringLiteral("plan"), plan.toJson()}};
}

std::optional<RemoteCleanupPlan> RemoteCleanupPlan::fromJson(const QJsonObject &object,
                                                             QString *error)
{
    RemoteCleanupPlan remote;
    remote.host = object.value(QStringLiteral("host")).toString();
    remote.runFolder = object.value(QStringLiteral("runFolder")).toString();
    remote.emptying = object.value(QStringLiteral("emptying")).toBool();
    remote.gnuStat = object.value(QStringLiteral("gnuStat")).toBool(true);
    const bool runOk = remote.emptying ? remote.runFolder.isEmpty()
                                       : quarantineRunTime(remote.runFolder).has_value() &&
                                             !remote.runFolder.contains(QLatin1Char('/'));
    if (remote.host.isEmpty() || !runOk) {
        if (error)
            *error = Text::tr("the remote cleanup plan names no host or a bad run folder");
        return std::nullopt;
    }
    std::optional<CleanupPlan> plan =
        CleanupPlan::fromJson(object.value(QStringLiteral("plan")).toObject(), error);
    if (!plan)
        return std::nullopt;
    remote.plan = std::move(*plan);
    return remote;
}

std::optional<RemoteCleanupPlan>
planRemoteCleanup(const SshTransport &ssh, const QString &host, const CleanupRule &rule,
                  bool emptying, const QString &runFolder, const std::atomic<bool> *cancel,
                  QString *error, const std::function<void(const QString &)> &command,
                  const std::function<void(const CleanupItem &)> &visit)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (rule.root.isEmpty() || !QDir::isAbsolutePath(rule.root)) {
        message =
            Text::tr("The folder to clean up must be an absolute path, not \"%1\"").arg(rule.root);
        return std::nullopt;
    }
    if (emptying && (rule.olderThanDays < 0 || !rule.patterns.isEmpty())) {
        message = Text::tr("Emptying the quarantine takes an age in days and no pattern");
        return std::nullopt;
    }
    NameMatcher matcher;
    if (rule.olderThanDays < -1 || !matcher.set(rule.patterns, &message)) {
        if (message.isEmpty())
            message = Text::tr("The age must be a number of days (0 or more), not %1")
                          .arg(rule.olderThanDays);
        return std::nullopt;
    }
    const RemoteCommands commands{ssh, cancel, command};

    RemoteCleanupPlan remote;
    remote.host = host;
    remote.emptying = emptying;
    remote.runFolder = emptying ? QString() : runFolder;
    CleanupPlan &plan = remote.plan;
    plan.rule = rule;
    if (plan.rule.nowMs < 0)
        plan.rule.nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 cutoffMs = plan.rule.nowMs - qint64(std::max(rule.olderThanDays, 0)) * kDayMs;

    const QString base =
        rule.root +
        (emptying ? QStringLiteral("/") + QLatin1String(kQuarantineFolderName) : QString());
    bool unreachable = false;
    const std::optional<QString> canonical =
        resolveRoot(commands, host, base, &unreachable, &message);
    if (!canonical) {
        if (emptying && !unreachable) { // no quarantine yet: nothing to empty
            message.clear();
            plan.canonicalRoot = QDir::cleanPath(base);
            return remote;
        }
        return std::nullopt;
    }
    if (emptying && !canonical->endsWith(QLatin1Char('/') + QLatin1String(kQuarantineFolderName))) {
        message =
            Text::tr("%1:%2 is a link, not the quarantine folder: left alone").arg(host, base);
        return std::nullopt;
    }
    plan.canonicalRoot = *canonical;
    bool printf = false;
    findFlavour(commands, &printf, &remote.gnuStat);
    QStringList argv = {
        QStringLiteral("find"), plan.canonicalRoot,      QStringLiteral("-xdev"),
        QStringLiteral("("),    QStringLiteral("-name"), QStringLiteral(".Trash"),
        QStringLiteral("-o"),   QStringLiteral("-name"), QStringLiteral(".Trash-*")};
    if (!emptying)
        argv << QStringLiteral("-o") << QStringLiteral("-name")
             << QLatin1String(kQuarantineFolderName);
    argv << QStringLiteral(")") << QStringLiteral("-prune") << QStringLiteral("-o")
         << QStringLiteral("-type") << QStringLiteral("f");
    if (printf) {
        argv << QStringLiteral("-printf") << QStringLiteral("%s %T@ %p\\0");
    } else {
        argv << QStringLiteral("-exec") << QStringLiteral("stat");
        if (remote.gnuStat)
            argv << QStringLiteral("-c") << QStringLiteral("%s %Y %n");
        else
            argv << QStringLiteral("-f") << QStringLiteral("%z %m %N");
        argv << QStringLiteral("{}") << QStringLiteral("+");
    }
    const QByteArray prefix = plan.canonicalRoot.toUtf8() + '/';
    QHash<QString, CleanupItem> onlyFiles;
    for (const CleanupItem &file : rule.onlyFiles)
        onlyFiles.insert(file.relativePath, file);
    FileListingParser parser(
        [&](const ListedFile &file) {
            if (!file.path.startsWith(prefix)) {
                ++plan.skippedOther;
                return;
            }
            const QByteArrayView bytes = file.path.sliced(prefix.size());
            const QString relative = QString::fromUtf8(bytes);
            if (relative.toUtf8() != bytes || relative.isEmpty()) {
                ++plan.skippedOther; // not UTF-8: could not be named again exactly
                return;
            }
            const QString name = relative.section(QLatin1Char('/'), -1);
            const auto chosen = onlyFiles.constFind(relative);
            if (!matcher.matches(name) || (!onlyFiles.isEmpty() && chosen == onlyFiles.cend()))
                return;
            const qint64 modifiedMs = file.modifiedSecs * 1000;
            if (emptying) {
                const std::optional<qint64> runTime =
                    relative.contains(QLatin1Char('/'))
                        ? quarantineRunTime(relative.section(QLatin1Char('/'), 0, 0))
                        : std::nullopt;
                if (!runTime) {
                    ++plan.skippedOther;
                    return;
                }
                if (*runTime >= cutoffMs)
                    return;
            } else if (rule.olderThanDays >= 0 && modifiedMs >= cutoffMs) {
                return;
            }
            if (chosen != onlyFiles.cend() &&
                (chosen->sizeBytes != file.bytes || chosen->modifiedMs != modifiedMs)) {
                ++plan.skippedOther; // changed since it was chosen: not what the person saw
                return;
            }
            if (visit)
                visit({relative, file.bytes, modifiedMs});
            else
                plan.items.append({relative, file.bytes, modifiedMs});
            plan.totalBytes += file.bytes;
        },
        printf ? '\0' : '\n');
    ProcessRequest streaming;
    streaming.onOutput = [&parser](QByteArrayView chunk) {
        parser.feed(chunk);
        return true;
    };
    const RemoteResult listed = commands.run(argv, kListingTimeoutMs, streaming);
    parser.finish();
    if (cancel && cancel->load()) {
        message = Text::tr("The cleanup plan was cancelled");
        return std::nullopt;
    }
    const QByteArray &stderrText = listed.process.standardError;
    plan.unreadableFolders =
        stderrText.count("Permission denied") + stderrText.count("Operation not permitted");
    plan.skippedOther += parser.badRecords();
    if (listed.status != HostStatus::Ok ||
        (listed.process.exitCode != 0 && plan.unreadableFolders == 0)) {
        message = Text::tr("the listing of %1:%2 failed: %3")
                      .arg(host, plan.canonicalRoot, remoteError(listed));
        return std::nullopt;
    }
    std::sort(plan.items.begin(), plan.items.end(), [](const CleanupItem &a, const CleanupItem &b) {
        return a.relativePath < b.relativePath;
    });
    return remote;
}

CleanupResult executeRemoteCleanup(const SshTransport &ssh, const RemoteCleanupPlan &remote,
                                   const CleanupLimits &limits, const CleanupCallbacks &callbacks,
                                   const std::function<void(const QString &)> &command)
{
    const CleanupPlan &plan = remote.plan;
    CleanupResult result;
    const auto log = [&callbacks](const QString &line) {
        if (callbacks.log)
            callbacks.log(line);
    };
    // The caps choose a prefix of the plan, as executeCleanup's do.
    qsizetype reachable = 0;
    qint64 plannedBytes = 0;
    for (const CleanupItem &item : plan.items) {
        if ((limits.maxFiles >= 0 && reachable + 1 > limits.maxFiles) ||
            (limits.maxBytes >= 0 && plannedBytes + item.sizeBytes > limits.maxBytes)) {
            result.capped = true;
            break;
        }
        ++reachable;
        plannedBytes += item.sizeBytes;
    }
    result.notReached = plan.items.size() - reachable;
    const qint64 maxFailures = limits.maxFailures == 0 ? 1 : limits.maxFailures;
    const QString quarantine = plan.canonicalRoot + QLatin1Char('/') +
                               QLatin1String(kQuarantineFolderName) + QLatin1Char('/') +
                               remote.runFolder + QLatin1Char('/');
    result.removal = remote.emptying ? CleanupResult::Removal::DeletedForGood
                                     : CleanupResult::Removal::Quarantine;
    if (!remote.emptying)
        result.quarantineFolder = remote.host + QLatin1Char(':') + quarantine;
    qint64 filesDone = 0;
    qint64 bytesDone = 0;
    qsizetype next = 0;
    while (next < reachable) {
        if (callbacks.cancel && callbacks.cancel->load()) {
            result.cancelled = true;
            result.error = Text::tr("The cleanup was cancelled");
            break;
        }
        if (maxFailures > 0 && result.failed >= maxFailures) {
            result.error =
                Text::tr("Stopped after %n failed removal(s)", nullptr, countArg(result.failed));
            break;
        }
        QStringList argv = {QStringLiteral("sh"),
                            QStringLiteral("-c"),
                            kBatchScript,
                            QStringLiteral("sh"),
                            remote.gnuStat ? QStringLiteral("gnu") : QStringLiteral("bsd"),
                            remote.emptying ? QStringLiteral("delete") : QStringLiteral("move"),
                            plan.canonicalRoot,
                            remote.runFolder};
        const qsizetype first = next;
        qsizetype argumentBytes = 0;
        while (next < reachable && next - first < std::max(limits.batchSize, 1) &&
               argumentBytes < kMaxBatchArgumentBytes) {
            const CleanupItem &item = plan.items.at(next++);
            argv << item.relativePath << QString::number(item.sizeBytes)
                 << QString::number(item.modifiedMs / 1000);
            argumentBytes += item.relativePath.size() + 32;
        }
        ProcessRequest request;
        request.timeoutMs = kBatchTimeoutMs;
        const RemoteResult run = ssh.run(argv, request);
        if (command)
            command(shortened(run.process.commandLine));
        QList<QChar> codes(next - first, QChar());
        QStringList reasons(next - first);
        for (const QByteArray &line : run.process.standardOutput.split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            bool ok = false;
            const qsizetype index = fields.value(0).toLongLong(&ok) - 1;
            if (!ok || index < 0 || index >= codes.size() || fields.size() < 2 ||
                fields[1].size() != 1)
                continue;
            codes[index] = QLatin1Char(fields[1][0]);
            reasons[index] = QString::fromUtf8(fields.value(2));
        }
        if (run.status != HostStatus::Ok || run.process.exitCode != 0) {
            // The script stops before touching anything when the root or quarantine is
            // not as planned; a broken connection leaves the rest for the next run.
            const QString why = run.status == HostStatus::Ok && run.process.exitCode == 3
                                    ? firstOutputLine(run.process.standardOutput)
                                    : remoteError(run);
            result.error =
                why == QLatin1String("root-moved") || why == QLatin1String("root-missing")
                    ? Text::tr("%1:%2 is gone or has moved since the plan: nothing removed there")
                          .arg(remote.host, plan.canonicalRoot)
                    : Text::tr("the cleanup on %1 stopped: %2").arg(remote.host, why);
        }
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const CleanupItem &item = plan.items.at(first + i);
            switch (codes[i].toLatin1()) {
            case 'R':
                ++result.filesRemoved;
                result.bytesRemoved += item.sizeBytes;
                if (callbacks.removed)
                    callbacks.removed(item.relativePath, item.sizeBytes,
                                      remote.emptying ? Text::tr("deleted")
                                                      : quarantine + item.relativePath);
                break;
            case 'G':
                ++result.alreadyGone;
                if (callbacks.notRemoved)
                    callbacks.notRemoved(item.relativePath, CleanupCallbacks::Outcome::Gone, {});
                break;
            case 'K':
                ++result.keptChanged;
                log(Text::tr("kept %1: changed since the plan (%2)")
                        .arg(item.relativePath, reasons[i]));
                if (callbacks.notRemoved)
                    callbacks.notRemoved(item.relativePath, CleanupCallbacks::Outcome::Kept,
                                         reasons[i]);
                break;
            case 'F':
                ++result.failed;
                log(Text::tr("could not remove %1: %2").arg(item.relativePath, reasons[i]));
                if (callbacks.notRemoved)
                    callbacks.notRemoved(item.relativePath, CleanupCallbacks::Outcome::Failed,
                                         reasons[i]);
                break;
            default:
                ++result.notReached; // no answer for it: left for a later run
                continue;
            }
            ++filesDone;
            bytesDone += item.sizeBytes;
        }
        if (callbacks.progress)
            callbacks.progress(filesDone, bytesDone);
        if (!result.error.isEmpty())
            break;
    }
    result.notReached += reachable - next;
    result.ok = result.error.isEmpty() && result.failed == 0 && !result.cancelled &&
                result.notReached == (result.capped ? plan.items.size() - reachable : 0);
    if (!result.ok && result.error.isEmpty())
        result.error = Text::tr("%n file(s) could not be removed", nullptr,
                                countArg(result.failed + result.notReached));
    return result;
}

} // namespace qm
