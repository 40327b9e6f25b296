// Log rotation on a host of the fleet (logrotation.h): the same plan and the same steps as
// for this machine's logs, carried out by the host's own programs over ssh. Each command is
// a fixed script that takes the paths as its arguments, so no name is ever read as shell.

#include "core/cleanup/quarantine.h"
#include "core/health/healthmachine.h"
#include "core/health/logrotation.h"
#include "core/health/rotationrules.h"
#include "core/remote/fleetaccess.h"
#include "core/storage/objectlisting.h"
#include "core/units/datasize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::LogRotation)
};

// Looks at a log (or each file a glob matches) and says, as NUL-ended fields:
// "tools" and the programs the host has; per file "file PATH 'SIZE MTIME BIRTH' FSTYPE",
// "besidefile NAME" for each regular file beside it whose name begins with its name and a
// dash ("beside NAME" for anything else so named), "holder
// PID COMMAND FLAGS" for each open descriptor of it, "readonly" when the log or its
// folder may not be written; or "link PATH TARGET", "missing
// PATH", "notfile PATH", "unreadable PATH". "hidden": a process's descriptors could not
// be looked at; "nolook": neither /proc nor lsof is there.
const char kPlanScript[] = R"sh(f=$1
case $f in "~/"*) f=$HOME/${f#"~/"};; esac
t=
for p in zstd gzip fallocate cmp lsof; do
  if command -v "$p" >/dev/null 2>&1; then t="$t $p"; fi
done
printf 'tools\0%s\0' "$t"
if [ "$2" = 1 ]; then
  IFS=
  set --
  for c in "${f%/*}"/${f##*/}; do set -- "$@" "$c"; done
  unset IFS
else
  set -- "$f"
fi
procfs=
if [ -d /proc/self/fd ]; then
  procfs=1
  for x in /proc/[0-9]*/fd; do
    if [ -e "$x" ] && { [ ! -r "$x" ] || [ ! -x "$x" ]; }; then printf 'hidden\0'; break; fi
  done
fi
for f do
  if [ -L "$f" ]; then printf 'link\0%s\0%s\0' "$f" "$(readlink -- "$f")"; continue; fi
  if [ ! -e "$f" ]; then printf 'missing\0%s\0' "$f"; continue; fi
  if [ ! -f "$f" ]; then printf 'notfile\0%s\0' "$f"; continue; fi
  s=$(stat -c '%s %Y %W' -- "$f" 2>/dev/null || stat -f '%z %m %B' -- "$f" 2>/dev/null) ||
    { printf 'unreadable\0%s\0' "$f"; continue; }
  printf 'file\0%s\0%s\0%s\0' "$f" "$s" "$(stat -f -c %T -- "$f" 2>/dev/null)"
  if [ ! -w "$f" ] || [ ! -w "${f%/*}" ]; then printf 'readonly\0'; fi
  for r in "$f"-*; do
    if [ -f "$r" ] && [ ! -L "$r" ]; then printf 'besidefile\0%s\0' "${r##*/}"
    elif [ -e "$r" ] || [ -L "$r" ]; then printf 'beside\0%s\0' "${r##*/}"; fi
  done
  if [ -n "$procfs" ]; then
    for x in /proc/[0-9]*/fd/*; do
      [ "$x" -ef "$f" ] || continue
      p=${x#/proc/}; p=${p%%/*}; n=${x##*/}; fl=
      while read -r k v; do if [ "$k" = flags: ]; then fl=$v; fi; done 2>/dev/null <"/proc/$p/fdinfo/$n"
      printf 'holder\0%s\0%s\0%s\0' "$p" "$(cat "/proc/$p/comm" 2>/dev/null)" "$fl"
    done
  elif command -v lsof >/dev/null 2>&1; then
    lsof -F pc -- "$f" 2>/dev/null | while IFS= read -r l; do
      case $l in p*) p=${l#p};; c*) printf 'holder\0%s\0%s\0\0' "$p" "${l#c}";; esac
    done
  else
    printf 'nolook\0'
  fi
done
)sh";

// Rotates one log: $1 the log, $2 where it is set aside, $3 how (rename, collapse,
// copy-truncate), $4 zst or gz, $5 the compressed file. Says each step as NUL-ended
// fields ("renamed BYTES", "collapsed CUT LEFT", "truncated BYTES", "compressed IN OUT",
// "done"), or "fail WHY" and stops, with what it made removed but the copy set aside when
// compression failed. The log is opened once (descriptor 3); before each step that changes
// it, its name must still be that file and not a link put in its place, and where
// /dev/fd reopens a descriptor (Linux) the steps act on the descriptor itself. Nothing is
// created over an existing name (noclobber; a dangling link counts as taken).
const char kRotateScript[] = R"sh(f=$1 a=$2 m=$3 z=$4 d=$5
say() { printf '%s\0' "$@"; }
fail() { say fail "$1"; exit 0; }
size() { stat -L -c %s -- "$1" 2>/dev/null || stat -L -f %z -- "$1"; }
set -C
if [ -L "$f" ] || [ ! -f "$f" ]; then fail "it is no longer a regular file"; fi
for n in "$a" "$d" "$d.partial"; do
  if [ -e "$n" ] || [ -L "$n" ]; then fail "$n is taken"; fi
done
# (a redirection that fails ends the shell at `exec`: tried in a subshell first)
if [ "$m" = rename ]; then (exec 3<"$f") 2>/dev/null; else (exec 3<>"$f") 2>/dev/null; fi ||
  fail "cannot open it to write"
if [ "$m" = rename ]; then exec 3<"$f"; else exec 3<>"$f"; fi
same() { [ ! -L "$f" ] && [ "$f" -ef /dev/fd/3 ]; }
same || fail "it was replaced while it was looked at"
l=$f
if [ -d /proc/self/fd ]; then l=/dev/fd/3; fi
mode=$(stat -L -c %a -- "$l" 2>/dev/null || stat -L -f %Lp -- "$l") || fail "cannot read it"
umask 077
case $m in
rename)
  ln -- "$f" "$a" 2>/dev/null || mv -n -- "$f" "$a" 2>/dev/null
  if [ -L "$a" ] || ! [ "$a" -ef /dev/fd/3 ]; then
    if [ -L "$a" ]; then rm -f -- "$a"; fi
    fail "cannot rename it"
  fi
  if [ "$f" -ef /dev/fd/3 ]; then rm -f -- "$f" || { rm -f -- "$a"; fail "cannot rename it"; }; fi
  say renamed "$(size "$a")";;
collapse)
  s=$(size "$l") && b=$(stat -f -c %S -- "$l") || fail "cannot read its size and block"
  c=$((s / b * b))
  if [ "$c" -ge "$s" ]; then c=$((c - b)); fi
  if [ "$c" -le 0 ]; then fail "it is smaller than a block of its filesystem"; fi
  if head -c "$c" -- "$l" >"$a" && [ "$(size "$a")" -eq "$c" ] && chmod "$mode" "$a"; then
    sync -- "$a" 2>/dev/null || sync
  else
    rm -f -- "$a"; fail "cannot copy it (a full disk?)"
  fi
  same || { rm -f -- "$a"; fail "it was replaced while it was copied"; }
  e=$(fallocate -c -o 0 -l "$c" -- "$l" 2>&1) || { rm -f -- "$a"; fail "cannot cut its start in place: $e"; }
  say collapsed "$c" "$(size "$l")";;
copy-truncate)
  : >"$a" || fail "cannot make its copy"
  chmod "$mode" "$a" || { rm -f -- "$a"; fail "cannot make its copy"; }
  k=0; s=$(size "$l"); r=0
  while [ "$k" -lt "$s" ] && [ "$r" -lt 20 ]; do
    tail -c +$((k + 1)) -- "$l" | head -c $((s - k)) >>"$a"
    k=$s; s=$(size "$l"); r=$((r + 1))
  done
  sync -- "$a" 2>/dev/null || sync
  s=$(size "$l")
  if [ "$s" -gt "$k" ]; then tail -c +$((k + 1)) -- "$l" | head -c $((s - k)) >>"$a"; k=$s; fi
  if [ "$(size "$a")" -ne "$k" ]; then rm -f -- "$a"; fail "its copy is not the size copied (a full disk?)"; fi
  same || { rm -f -- "$a"; fail "it was replaced while it was copied"; }
  : >|"$l" || { rm -f -- "$a"; fail "cannot truncate it"; }
  say truncated "$k";;
*) fail "unknown method $m";;
esac
exec 3<&-
p=$d.partial
if [ "$z" = zst ]; then e=$(zstd -q -3 -c -- "$a" 2>&1 >"$p"); else e=$(gzip -c -- "$a" 2>&1 >"$p"); fi ||
  { rm -f -- "$p"; fail "cannot compress it ($e); the copy $a is kept"; }
chmod "$mode" "$p"
sync -- "$p" 2>/dev/null || sync
if [ "$z" = zst ]; then zstd -dcq -- "$p"; else gzip -dc -- "$p"; fi 2>/dev/null | cmp -s - "$a" ||
  { rm -f -- "$p"; fail "its compressed copy did not read back the same; the copy $a is kept"; }
if ln -- "$p" "$d" 2>/dev/null; then rm -f -- "$p"; else mv -n -- "$p" "$d"; fi
if [ -e "$p" ] || [ -L "$d" ] || [ ! -f "$d" ]; then fail "cannot name $d; the copy $a is kept"; fi
i=$(size "$a")
rm -f -- "$a"
say compressed "$i" "$(size "$d")"
say done
)sh";

// Moves old rotations into the quarantine: $1 the folder there, then the rotations. Says
// "moved PATH" or "problem WHY" for each.
const char kQuarantineScript[] = R"sh(q=$1
shift
for o do
  mkdir -p -- "$q" || { printf 'problem\0%s\0' "cannot make $q"; exit 0; }
  t=$q/${o##*/}
  if [ -e "$t" ] || [ -L "$t" ] || ! mv -- "$o" "$t"; then
    printf 'problem\0%s\0' "cannot move $o to the quarantine"
  else
    printf 'moved\0%s\0' "$o"
  fi
done
)sh";

/// Old rotations moved per command: far below any limit on a command line's length.
constexpr int kQuarantineBatch = 200;

QList<QByteArray> fieldsOf(const QByteArray &output)
{
    QList<QByteArray> fields = output.split('\0');
    if (!fields.isEmpty() && fields.last().isEmpty())
        fields.removeLast();
    return fields;
}

QString firstLine(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf('\n');
    return QString::fromUtf8(end < 0 ? trimmed : trimmed.left(end));
}

/// Why a command on `host` failed, for a person; empty when it ran.
QString failureOf(const RemoteResult &result, const QString &host)
{
    if (result.status == HostStatus::Ok && result.process.succeeded())
        return {};
    const QString why = !result.error.isEmpty() ? result.error
                        : !result.process.standardError.trimmed().isEmpty()
                            ? firstLine(result.process.standardError)
                            : Text::tr("it ended with exit code %1").arg(result.process.exitCode);
    return Text::tr("%1: %2").arg(host, why);
}

/// What the plan script found on the host.
struct HostLook
{
    QStringList tools;
    bool holdersKnown = true;
    QList<LogFacts> logs;
    QString error; ///< a single path that cannot be rotated
};

HostLook parseLook(const QByteArray &output, const QString &host, const QString &path, bool glob)
{
    HostLook look;
    const QList<QByteArray> fields = fieldsOf(output);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArray &tag = fields.at(i);
        const auto next = [&]() { return QString::fromUtf8(fields.value(++i)); };
        if (tag == "tools") {
            look.tools = next().split(u' ', Qt::SkipEmptyParts);
        } else if (tag == "hidden" || tag == "nolook") {
            look.holdersKnown = false;
        } else if (tag == "file") {
            LogFacts facts;
            facts.file = next();
            const QStringList numbers = next().split(u' ');
            facts.bytes = numbers.value(0).toLongLong();
            facts.modifiedMs = numbers.value(1).toLongLong() * 1000;
            const qint64 born = numbers.value(2).toLongLong();
            facts.bornMs = born > 0 ? born * 1000 : -1;
            const QString type = next();
            facts.canCollapse =
                (type == QLatin1String("ext2/ext3") || type == QLatin1String("xfs"));
            look.logs << facts;
        } else if (tag == "readonly" && !look.logs.isEmpty() && !glob) {
            // (of a glob's matches, one that cannot be written fails when it is rotated)
            look.error = Text::tr("%1 on %2 cannot be rotated: the ssh user may not write it or "
                                  "its folder")
                             .arg(look.logs.last().file, host);
        } else if (tag == "besidefile" && !look.logs.isEmpty()) {
            const QString name = next();
            look.logs.last().namesBeside << name;
            look.logs.last().filesBeside << name;
        } else if (tag == "beside" && !look.logs.isEmpty()) {
            look.logs.last().namesBeside << next();
        } else if (tag == "holder" && !look.logs.isEmpty()) {
            RotationHolder holder;
            holder.pid = next().toLongLong();
            holder.command = next();
            const QString flags = next();
            bool ok = false;
            const qint64 value = flags.toLongLong(&ok, 8);
            // O_APPEND is 02000 on Linux, the only system with fdinfo.
            holder.append = flags.isEmpty() || !ok || (value & 02000) != 0;
            if (std::none_of(look.logs.last().holders.cbegin(), look.logs.last().holders.cend(),
                             [&](const RotationHolder &h) {
                                 return h.pid == holder.pid && h.append == holder.append;
                             }))
                look.logs.last().holders << holder;
        } else if (tag == "link") {
            const QString file = next();
            const QString target = next();
            if (!glob)
                look.error = rotationRefusedLink(file, target) + Text::tr(" on %1").arg(host);
        } else if (tag == "missing") {
            next();
        } else if (tag == "notfile") {
            const QString file = next();
            if (!glob)
                look.error = Text::tr("%1 on %2 is not a regular file").arg(file, host);
        } else if (tag == "unreadable") {
            const QString file = next();
            look.error = Text::tr("cannot read %1 on %2").arg(file, host);
        }
    }
    if (look.logs.isEmpty() && look.error.isEmpty())
        look.error = glob ? Text::tr("no file matches %1 on %2").arg(path, host)
                          : Text::tr("%1 is not on %2").arg(path, host);
    return look;
}

/// Looks at `path` on the host; false with `*error`.
bool lookOnHost(const RemoteCommands &remote, const QString &host, const QString &path, bool glob,
                HostLook *look, QString *error, bool *unreachable = nullptr)
{
    const RemoteResult result = remote.run(
        {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kPlanScript),
         QStringLiteral("qm-rotate-plan"), path, glob ? QStringLiteral("1") : QStringLiteral("0")},
        120'000);
    if (const QString failure = failureOf(result, host); !failure.isEmpty()) {
        if (unreachable)
            *unreachable = result.status != HostStatus::Ok;
        *error = Text::tr("cannot look at %1 on %2").arg(path, failure);
        return false;
    }
    *look = parseLook(result.process.standardOutput, host, path, glob);
    if (!look->error.isEmpty()) {
        *error = look->error;
        return false;
    }
    return true;
}

} // namespace

std::optional<RotationPlan> planHostRotation(const RotationRequest &request,
                                             const FleetAccess *fleet,
                                             const std::atomic<bool> *cancel,
                                             const std::function<void(const QString &)> &command,
                                             QString *error, bool *unreachable)
{
    if (!request.path.startsWith(u'/') && !request.path.startsWith(QLatin1String("~/"))) {
        *error = Text::tr("give the log's full path on %1 (starting with / or ~/), not “%2”")
                     .arg(request.host, request.path);
        return std::nullopt;
    }
    const std::optional<SshTransport> ssh = hostTransport(fleet, request.host, error);
    if (!ssh)
        return std::nullopt;
    const RemoteCommands remote{*ssh, cancel, command};
    const bool glob = isLogGlob(request.path);
    HostLook look;
    if (!lookOnHost(remote, request.host, request.path, glob, &look, error, unreachable))
        return std::nullopt;
    const QString compressor = request.compression == RotationCompression::Zstd
                                   ? QStringLiteral("zstd")
                                   : QStringLiteral("gzip");
    if (!look.tools.contains(compressor)) {
        *error = request.compression == RotationCompression::Zstd
                     ? Text::tr("%1 has no zstd: install it there, or compress with gz")
                           .arg(request.host)
                     : Text::tr("%1 has no gzip: install it there").arg(request.host);
        return std::nullopt;
    }
    if (!look.tools.contains(QStringLiteral("cmp"))) {
        *error = Text::tr("%1 has no cmp, so a compressed rotation could not be read back and "
                          "compared: install diffutils there")
                     .arg(request.host);
        return std::nullopt;
    }
    RotationPlan plan;
    plan.request = request;
    const qint64 now = request.nowMs >= 0 ? request.nowMs : QDateTime::currentMSecsSinceEpoch();
    plan.request.nowMs = now;
    plan.holdersKnown = look.holdersKnown;
    QStringList matches;
    for (const LogFacts &facts : std::as_const(look.logs))
        matches << facts.file;
    const QStringList logs = glob ? rotationLogsAmong(matches) : matches;
    if (logs.isEmpty()) {
        *error = Text::tr("no file matches %1 on %2").arg(request.path, request.host);
        return std::nullopt;
    }
    for (LogFacts facts : std::as_const(look.logs)) {
        if (!logs.contains(facts.file))
            continue;
        facts.holdersComplete = look.holdersKnown;
        facts.canCollapse = facts.canCollapse && request.allowCollapse &&
                            look.tools.contains(QStringLiteral("fallocate"));
        RotationItem item;
        decideRotation(plan.request, facts, now, &item);
        plan.items << item;
    }
    return plan;
}

RotationResult executeHostRotation(const RotationPlan &plan, const FleetAccess *fleet,
                                   const std::atomic<bool> *cancel,
                                   const std::function<void(const QString &)> &log)
{
    RotationResult result;
    const QString &host = plan.request.host;
    QString error;
    const std::optional<SshTransport> ssh = hostTransport(fleet, host, &error);
    if (!ssh) {
        result.ok = false;
        result.errors << error;
        return result;
    }
    const RemoteCommands remote{*ssh, cancel, {}};
    const qint64 now =
        plan.request.nowMs >= 0 ? plan.request.nowMs : QDateTime::currentMSecsSinceEpoch();
    const QString runFolder = quarantineRunFolder(now);
    const bool zstd = plan.request.compression == RotationCompression::Zstd;
    for (const RotationItem &planned : plan.items) {
        if (cancel && cancel->load()) {
            result.ok = false;
            result.errors << Text::tr("cancelled before %1").arg(planned.file);
            break;
        }
        if (!planned.due)
            continue;
        // Looked at again: it may have changed since the plan.
        HostLook look;
        if (!lookOnHost(remote, host, planned.file, false, &look, &error)) {
            result.ok = false;
            result.errors << error;
            continue;
        }
        LogFacts facts = look.logs.constFirst();
        facts.holdersComplete = look.holdersKnown;
        facts.canCollapse = facts.canCollapse && plan.request.allowCollapse &&
                            look.tools.contains(QStringLiteral("fallocate"));
        RotationItem item;
        decideRotation(plan.request, facts, now, &item);
        if (!item.due) {
            log(Text::tr("%1 on %2: no longer due (%3), left as it is")
                    .arg(item.file, host, item.reason));
            continue;
        }
        if (item.method == RotationMethod::Refused) {
            result.ok = false;
            result.errors
                << Text::tr("%1 on %2 was not rotated: %3").arg(item.file, host, item.guarantee);
            continue;
        }
        const QString aside = item.rotatedPath.chopped(zstd ? 4 : 3);
        const QString quarantine = QFileInfo(item.file).path() + u'/' +
                                   QLatin1String(kQuarantineFolderName) + u'/' + runFolder;
        // Compressing a large log takes its time. A cancel ends the ssh session at once;
        // the host's script may still finish the step it is in.
        const RemoteResult ran = remote.run(
            {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kRotateScript),
             QStringLiteral("qm-rotate"), item.file, aside, rotationMethodKey(item.method),
             zstd ? QStringLiteral("zst") : QStringLiteral("gz"), item.rotatedPath},
            6 * 3600 * 1000);
        const QList<QByteArray> fields = fieldsOf(ran.process.standardOutput);
        bool compressed = false;
        bool failed = false;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QByteArray &step = fields.at(i);
            const auto next = [&]() { return QString::fromUtf8(fields.value(++i)); };
            if (step == "renamed") {
                log(Text::tr("%1 on %2: renamed to %3 (%4)")
                        .arg(item.file, host, QFileInfo(aside).fileName(),
                             formatDataSize(next().toLongLong())));
            } else if (step == "collapsed") {
                const qint64 cut = next().toLongLong();
                const qint64 left = next().toLongLong();
                log(Text::tr("%1 on %2: copied its first %3 and cut them off in place; the %4 "
                             "after the cut, with what was written meanwhile, stay in it")
                        .arg(item.file, host, formatDataSize(cut), formatDataSize(left)));
            } else if (step == "truncated") {
                log(Text::tr("%1 on %2: copied %3, then truncated (lines written between the "
                             "last copy and the cut are lost)")
                        .arg(item.file, host, formatDataSize(next().toLongLong())));
            } else if (step == "compressed") {
                const qint64 in = next().toLongLong();
                const qint64 out = next().toLongLong();
                compressed = true;
                ++result.rotated;
                result.bytesRotated += in;
                result.bytesCompressed += out;
                result.rotatedFiles << item.rotatedPath;
                log(Text::tr("%1 on %2: compressed to %3 (%4 → %5) and read back")
                        .arg(item.file, host, QFileInfo(item.rotatedPath).fileName(),
                             formatDataSize(in), formatDataSize(out)));
            } else if (step == "fail") {
                failed = true;
                result.ok = false;
                result.errors
                    << Text::tr("%1 on %2 was not rotated: %3").arg(item.file, host, next());
            }
        }
        if (!failed && !fields.contains("done")) {
            result.ok = false;
            const QString why =
                cancel && cancel->load() ? Text::tr("cancelled") : failureOf(ran, host);
            result.errors << Text::tr("%1 on %2: the rotation stopped (%3); it may be set aside "
                                      "as %4 or compressed already: look beside it")
                                 .arg(item.file, host, why, QFileInfo(aside).fileName());
        }
        if (!compressed)
            continue;
        // The rotations beyond those kept, to the quarantine there, never deleted.
        for (qsizetype first = 0; first < item.expiring.size(); first += kQuarantineBatch) {
            const RemoteResult moved =
                remote.run(QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                       QString::fromLatin1(kQuarantineScript),
                                       QStringLiteral("qm-quarantine"), quarantine} +
                               item.expiring.mid(first, kQuarantineBatch),
                           600'000);
            const QList<QByteArray> said = fieldsOf(moved.process.standardOutput);
            for (qsizetype i = 0; i + 1 < said.size(); i += 2) {
                const QString what = QString::fromUtf8(said.at(i + 1));
                if (said.at(i) == "moved") {
                    ++result.moved;
                    log(Text::tr("%1: moved to %2 on %3")
                            .arg(QFileInfo(what).fileName(), quarantine, host));
                } else {
                    result.ok = false;
                    result.errors << Text::tr("%1: %2").arg(host, what);
                }
            }
            if (const QString failure = failureOf(moved, host); !failure.isEmpty()) {
                result.ok = false;
                result.errors << Text::tr("%1 on %2 was rotated, but moving its old rotations "
                                          "to the quarantine stopped: %3")
                                     .arg(item.file, host, failure);
                break;
            }
        }
    }
    return result;
}

} // namespace qm
