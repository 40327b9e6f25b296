#include "healthcheck.h"

#include "core/health/healthmachine.h"
#include "core/health/linetime.h"
#include "core/health/logtail.h"
#include "core/hosts/probesource.h"
#include "core/json/schema.h"
#include "core/remote/processrunner.h"
#include "core/storage/objectlisting.h"
#include "core/sync/synccommand.h"
#include "core/units/datasize.h"
#include "core/units/duration.h"

#include <QByteArrayMatcher>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <climits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HealthCheck)
};

/// Evidence lines are cut to this many characters.
constexpr int kEvidenceChars = 300;
/// The most matched lines a result lists.
constexpr int kEvidenceLines = 5;

/// A line of the tail kept past the call that handed it over.
struct KeptLine
{
    QByteArray text;
    qint64 fromEnd = 0;
    bool cut = false;

    explicit KeptLine(const TailLine &line)
        : text(line.text.toByteArray())
        , fromEnd(line.fromEnd)
        , cut(line.cut)
    {}
};

/// Whether lines match a pattern: a literal one ("submission successful", the common
/// case) by its bytes, any other as a regular expression on the line's text.
class LineMatcher
{
public:
    LineMatcher(const QRegularExpression &expression, const QString &pattern)
        : m_expression(expression)
    {
        static const QRegularExpression special(QStringLiteral("[\\\\^$.|?*+()\\[\\]{}]"));
        m_literal = !pattern.contains(special);
        if (m_literal)
            m_bytes.setPattern(pattern.toUtf8());
    }

    bool matches(QByteArrayView line) const
    {
        return m_literal ? m_bytes.indexIn(line) >= 0
                         : m_expression.match(QString::fromUtf8(line)).hasMatch();
    }

private:
    const QRegularExpression &m_expression;
    QByteArrayMatcher m_bytes;
    bool m_literal = false;
};

QString evidenceLine(const KeptLine &line, const LogTail &tail)
{
    QString text = QString::fromUtf8(line.text.left(kEvidenceChars * 4)).left(kEvidenceChars);
    if (line.cut || text.size() < line.text.size())
        text += QStringLiteral("…");
    // Line numbers are known once the whole file was read; else counted from the end.
    return Text::tr("line %1: %2")
        .arg(tail.reachedStart ? QString::number(tail.lines - line.fromEnd + 1)
                               : Text::tr("%1 from the end").arg(line.fromEnd),
             text);
}

/// A result for a file that could not be read as a log: never Ok.
HealthResult unreadable(HealthResult result, const LogTail &tail)
{
    result.state = HealthState::Unknown;
    result.status = logFileStatusKey(tail.status);
    result.summary = tail.error;
    return result;
}

HealthResult logSuccess(const HealthCheck &check, const QRegularExpression &pattern,
                        HealthResult result, qint64 nowMs, HealthMachine &machine)
{
    // The newest matching line, and the time of the nearest timed line at or before it.
    const LineMatcher matcher(pattern, check.pattern);
    std::optional<KeptLine> match;
    std::optional<qint64> matchTime;
    QString timeSource;
    LogTailOptions options;
    options.maxBytes = check.maxTailBytes;
    const LogFile file = machine.openLog(check.file, check.maxTailBytes);
    LogTail tail = readLogTail(file, options, [&](const TailLine &line) {
        if (!match) {
            if (!matcher.matches(line.text))
                return true;
            match.emplace(line);
            if (const std::optional<qint64> time = lineTimeMs(line.text, nowMs)) {
                matchTime = time;
                timeSource = Text::tr("its own time");
                return false;
            }
            return true; // look on for the time of a line written before it
        }
        if (const std::optional<qint64> time = lineTimeMs(line.text, nowMs)) {
            matchTime = time;
            timeSource =
                Text::tr("the time of line %1 from the end, written before it").arg(line.fromEnd);
            return false;
        }
        return true;
    });
    if (!tail.ok())
        return unreadable(result, tail);
    const qint64 windowMs = qint64(check.hours * 3'600'000);
    if (!match) {
        result.state = HealthState::Critical;
        result.status = QStringLiteral("no-match");
        result.summary = tail.reachedStart
                             ? Text::tr("no line of %1 matches “%2”").arg(file.path, check.pattern)
                             : Text::tr("no line in the last %1 of %2 matches “%3”")
                                   .arg(formatDataSize(tail.bytesRead), file.path, check.pattern);
        return result;
    }
    if (!matchTime) {
        matchTime = tail.modifiedMs;
        timeSource = Text::tr("the file's modification time (no line has a time)");
    }
    const qint64 age = std::max<qint64>(0, nowMs - *matchTime);
    result.evidence << evidenceLine(*match, tail);
    result.evidence << Text::tr("written %1 ago (%2)").arg(formatDuration(age / 1000), timeSource);
    if (age <= windowMs) {
        result.state = HealthState::Ok;
        result.status = QStringLiteral("ok");
        result.summary =
            Text::tr("“%1” last matched %2 ago, within %3")
                .arg(check.pattern, formatDuration(age / 1000), formatDuration(windowMs / 1000));
    } else {
        result.state = HealthState::Critical;
        result.status = QStringLiteral("stale");
        result.summary =
            Text::tr("“%1” last matched %2 ago, more than %3")
                .arg(check.pattern, formatDuration(age / 1000), formatDuration(windowMs / 1000));
    }
    return result;
}

HealthResult logErrors(const HealthCheck &check, const QRegularExpression &pattern,
                       HealthResult result, qint64 nowMs, HealthMachine &machine)
{
    const qint64 fromMs = nowMs - qint64(check.minutes) * 60'000;
    const LineMatcher matcher(pattern, check.pattern);
    qint64 matches = 0;
    qint64 considered = 0;
    QList<KeptLine> newest;
    // Lines without a time are counted with the timed lines around them; the window
    // ends at the first line older than it (or past the last K lines).
    bool windowEnded = false;
    LogTailOptions options;
    options.maxBytes = check.maxTailBytes;
    const LogFile file = machine.openLog(check.file, check.maxTailBytes);
    const LogTail tail = readLogTail(file, options, [&](const TailLine &line) {
        if (check.lastLines >= 0) {
            if (considered >= check.lastLines) {
                windowEnded = true;
                return false;
            }
        } else if (const std::optional<qint64> time = lineTimeMs(line.text, nowMs)) {
            if (*time < fromMs) {
                windowEnded = true;
                return false;
            }
        }
        ++considered;
        if (matcher.matches(line.text)) {
            ++matches;
            if (newest.size() < kEvidenceLines)
                newest.append(KeptLine(line));
        }
        return true;
    });
    if (!tail.ok())
        return unreadable(result, tail);
    for (const KeptLine &line : std::as_const(newest))
        result.evidence << evidenceLine(line, tail);
    const QString window = check.lastLines >= 0
                               ? Text::tr("the last %n line(s)", nullptr, check.lastLines)
                               : Text::tr("the last %n minute(s)", nullptr, check.minutes);
    result.summary = Text::tr("%n line(s) match “%1” in %2 of %3 (at most %4)", nullptr,
                              int(std::min<qint64>(matches, INT_MAX)))
                         .arg(check.pattern, window, file.path)
                         .arg(check.maxCount);
    const bool over = matches > check.maxCount;
    if (!over && !windowEnded && !tail.reachedStart) {
        // The window goes further back than what was read: more may match there.
        result.state = HealthState::Unknown;
        result.status = QStringLiteral("partial");
        result.summary += Text::tr("; only the last %1 were read, and the window goes further "
                                   "back")
                              .arg(formatDataSize(tail.bytesRead));
        return result;
    }
    result.state = over ? HealthState::Critical : HealthState::Ok;
    result.status = over ? QStringLiteral("too-many") : QStringLiteral("ok");
    return result;
}

/// Walks `folder` (not following links, not leaving its filesystem) into `*bytes` and
/// `*newestMs`; false, with the result made Unknown, when the folder cannot be listed.
bool walkFolder(HealthMachine &machine, const QString &folder, HealthResult *result, qint64 *bytes,
                qint64 *newestMs, qint64 *files, qint64 *unreadableFolders)
{
    QString error;
    ObjectListingStats stats;
    if (!machine.listFolder(
            folder,
            [&](QByteArrayView, qint64 size, qint64 modifiedMs) {
                *bytes += size;
                *newestMs = std::max(*newestMs, modifiedMs);
                ++*files;
            },
            &stats, &error)) {
        result->state = HealthState::Unknown;
        result->status = QStringLiteral("unreadable");
        result->summary = error;
        return false;
    }
    *unreadableFolders = stats.unreadable;
    for (const QString &why : std::as_const(stats.errors))
        result->evidence << why;
    return true;
}

HealthResult fileSize(const HealthCheck &check, HealthResult result, HealthMachine &machine)
{
    if (!check.file.isEmpty()) {
        // The file's size, through the same open as a log's: a FIFO is never waited on.
        const LogFile file = machine.openLog(check.file, 0);
        if (file.status != LogFileStatus::Ok) {
            LogTail tail;
            tail.status = file.status;
            tail.error = file.error;
            return unreadable(result, tail);
        }
        const qint64 limit = qint64(check.maxMegabytes * 1e6);
        const bool over = file.fileBytes > limit;
        result.state = over ? HealthState::Warning : HealthState::Ok;
        result.status = over ? QStringLiteral("too-large") : QStringLiteral("ok");
        result.summary = Text::tr("%1 holds %2 (limit %3)")
                             .arg(file.path, formatDataSize(file.fileBytes), formatDataSize(limit));
        return result;
    }
    qint64 bytes = 0;
    qint64 newest = -1;
    qint64 files = 0;
    qint64 holes = 0;
    if (!walkFolder(machine, check.folder, &result, &bytes, &newest, &files, &holes))
        return result;
    const qint64 limit = qint64(check.maxGigabytes * 1e9);
    const bool over = bytes > limit;
    result.summary = Text::tr("%1 holds %2 in %n file(s) (limit %3)", nullptr,
                              int(std::min<qint64>(files, INT_MAX)))
                         .arg(check.folder, formatDataSize(bytes), formatDataSize(limit));
    if (!over && holes > 0) { // what could not be read may hold the rest
        result.state = HealthState::Unknown;
        result.status = QStringLiteral("unreadable");
        result.summary += Text::tr("; %n folder(s) could not be read", nullptr,
                                   int(std::min<qint64>(holes, INT_MAX)));
        return result;
    }
    result.state = over ? HealthState::Warning : HealthState::Ok;
    result.status = over ? QStringLiteral("too-large") : QStringLiteral("ok");
    return result;
}

HealthResult freshness(const HealthCheck &check, HealthResult result, qint64 nowMs,
                       HealthMachine &machine)
{
    qint64 bytes = 0;
    qint64 newest = -1;
    qint64 files = 0;
    qint64 holes = 0;
    if (!walkFolder(machine, check.folder, &result, &bytes, &newest, &files, &holes))
        return result;
    const qint64 windowMs = qint64(check.hours * 3'600'000);
    if (newest < 0) {
        result.state = holes > 0 ? HealthState::Unknown : HealthState::Critical;
        result.status = holes > 0 ? QStringLiteral("unreadable") : QStringLiteral("empty");
        result.summary = Text::tr("%1 holds no file").arg(check.folder);
        return result;
    }
    const qint64 age = std::max<qint64>(0, nowMs - newest);
    const bool stale = age > windowMs;
    result.evidence << Text::tr("newest file written %1")
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(newest),
                                                   QLocale::ShortFormat));
    result.summary =
        Text::tr("the newest of %n file(s) under %1 is %2 old (at most %3)", nullptr,
                 int(std::min<qint64>(files, INT_MAX)))
            .arg(check.folder, formatDuration(age / 1000), formatDuration(windowMs / 1000));
    if (stale && holes > 0) { // a fresher file may be where it could not look
        result.state = HealthState::Unknown;
        result.status = QStringLiteral("unreadable");
        return result;
    }
    result.state = stale ? HealthState::Critical : HealthState::Ok;
    result.status = stale ? QStringLiteral("stale") : QStringLiteral("ok");
    return result;
}

/// The last `count` lines of what a program printed, each cut, for the evidence.
QStringList lastOutputLines(const QByteArray &output, int count)
{
    QStringList lines;
    const QList<QByteArray> all = output.trimmed().split('\n');
    for (qsizetype i = std::max<qsizetype>(0, all.size() - count); i < all.size(); ++i) {
        const QString line =
            QString::fromUtf8(all.at(i).left(kEvidenceChars * 4)).left(kEvidenceChars).trimmed();
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

/// Unknown for a host that ssh could not reach; false when it was reached.
bool hostUnreachable(const RemoteResult &run, HealthMachine &machine, HealthResult *result)
{
    if (run.status == HostStatus::Ok)
        return false;
    result->state = HealthState::Unknown;
    result->status = QStringLiteral("host-unreachable");
    result->summary = Text::tr("%1 cannot be reached: %2").arg(machine.host(), run.error);
    return true;
}

// pgrep for the PIDs, less this script's own ancestors (qmctl, the cron line's shell:
// their command lines hold the pattern too), then ps for what they run and since when.
// POSIX sh, procps and BSD ps.
const char kProcessScript[] = R"sh(p=$(pgrep -f -- "$1"); s=$?
if [ $s -ne 0 ]; then exit $s; fi
a=" $$ "; q=$$
while [ "$q" -gt 1 ]; do
  q=$(ps -o ppid= -p "$q" | tr -d ' ')
  [ -n "$q" ] || break
  a="$a$q "
done
k=
for i in $p; do case "$a" in *" $i "*) ;; *) k="$k,$i" ;; esac; done
[ -n "$k" ] || exit 1
ps -o pid= -o etime= -o args= -p "${k#,}" || true
)sh";

HealthResult process(const HealthCheck &check, HealthResult result, HealthMachine &machine)
{
    const RemoteResult run = machine.run(
        {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kProcessScript),
         QStringLiteral("qm-process"), selfExcludingPattern(check.pattern)},
        std::max(1, check.timeoutSeconds) * 1000);
    if (hostUnreachable(run, machine, &result))
        return result;
    const ProcessResult &ran = run.process;
    if (ran.outcome == ProcessResult::Outcome::Finished && ran.exitCode == 0) {
        result.evidence = lastOutputLines(ran.standardOutput, kEvidenceLines);
        result.state = HealthState::Ok;
        result.status = QStringLiteral("ok");
        result.summary = Text::tr("%n process(es) match “%1”", nullptr,
                                  int(std::max<qsizetype>(1, result.evidence.size())))
                             .arg(check.pattern);
    } else if (ran.outcome == ProcessResult::Outcome::Finished && ran.exitCode == 1) {
        result.state = HealthState::Critical;
        result.status = QStringLiteral("not-running");
        result.summary = Text::tr("no process matches “%1”").arg(check.pattern);
    } else {
        result.state = HealthState::Unknown;
        result.status = QStringLiteral("cannot-run");
        result.summary =
            Text::tr("cannot look for “%1”: %2")
                .arg(check.pattern, ran.exitCode == 127         ? Text::tr("pgrep is not installed")
                                    : ran.errorString.isEmpty() ? firstOutputLine(ran.standardError)
                                                                : ran.errorString);
    }
    return result;
}

// $0 the seconds, then the command: run under `timeout` where there is one (124 when it
// ran out of time).
const char kTimeoutScript[] =
    R"sh(if command -v timeout >/dev/null 2>&1; then exec timeout -k 2 "$0" "$@"; fi
exec "$@"
)sh";

HealthResult command(const HealthCheck &check, HealthResult result, HealthMachine &machine)
{
    const int timeoutMs = std::max(1, check.timeoutSeconds) * 1000;
    // On a host the limit is kept there too (`timeout`, where the host has it), so that
    // a command that hangs does not outlive its ssh session.
    const bool onHost = !machine.host().isEmpty();
    const RemoteResult run =
        onHost ? machine.run(QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                         QString::fromLatin1(kTimeoutScript),
                                         QString::number(std::max(1, check.timeoutSeconds))} +
                                 check.command,
                             timeoutMs + 15'000)
               : machine.run(check.command, timeoutMs);
    if (hostUnreachable(run, machine, &result))
        return result;
    const ProcessResult &ran = run.process;
    const QString line = displayCommandLine(check.command.value(0), check.command.mid(1));
    result.evidence = lastOutputLines(ran.standardOutput + '\n' + ran.standardError, 10);
    // A program the machine does not have: the check cannot tell, rather than failing.
    const bool notFound = ran.outcome == ProcessResult::Outcome::FailedToStart ||
                          (!machine.host().isEmpty() && ran.exitCode == 127);
    if (notFound) {
        result.state = HealthState::Unknown;
        result.status = QStringLiteral("cannot-run");
        result.summary = ran.errorString.isEmpty()
                             ? Text::tr("cannot run %1: the program is not there").arg(line)
                             : ran.errorString;
    } else if (ran.outcome == ProcessResult::Outcome::TimedOut || (onHost && ran.exitCode == 124)) {
        result.state = HealthState::Critical;
        result.status = QStringLiteral("timed-out");
        result.summary =
            Text::tr("%1 did not finish within %2").arg(line, formatDuration(check.timeoutSeconds));
    } else if (ran.succeeded()) {
        result.state = HealthState::Ok;
        result.status = QStringLiteral("ok");
        result.summary = Text::tr("%1 exited 0 in %2")
                             .arg(line, Text::tr("%1 s").arg(ran.elapsedMs / 1000.0, 0, 'f', 1));
    } else {
        result.state = HealthState::Critical;
        result.status = QStringLiteral("failed");
        result.summary = ran.outcome == ProcessResult::Outcome::Crashed
                             ? Text::tr("%1 crashed: %2").arg(line, ran.errorString)
                             : Text::tr("%1 exited %2").arg(line).arg(ran.exitCode);
    }
    return result;
}

/// HOST:PORT or [V6]:PORT; false when it is not one.
bool splitHostPort(const QString &text, QString *host, int *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    *port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    *host = text.left(colon);
    if (host->startsWith(u'[') && host->endsWith(u']'))
        *host = host->mid(1, host->size() - 2);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.:%-]+$"));
    return ok && *port > 0 && *port < 65536 && !host->startsWith(u'-') &&
           name.match(*host).hasMatch();
}

HealthResult endpoint(const HealthCheck &check, HealthResult result, HealthMachine &machine)
{
    QString host;
    int port = 0;
    if (check.url.isEmpty())
        splitHostPort(check.tcp, &host, &port);
    const int timeoutMs = std::max(1, check.timeoutSeconds) * 1000;
    const EndpointAnswer answer = machine.tryEndpoint(check.url, host, port, timeoutMs);
    const QString target = check.url.isEmpty() ? check.tcp : check.url;
    const QString from = machine.host().isEmpty() ? Text::tr("this machine") : machine.host();
    if (!answer.machineReached) {
        result.state = HealthState::Unknown;
        result.status = QStringLiteral("host-unreachable");
        result.summary = Text::tr("%1 cannot be reached: %2").arg(from, answer.error);
        return result;
    }
    const QString took = Text::tr("%1 s").arg(answer.elapsedMs / 1000.0, 0, 'f', 2);
    if (!answer.reached) {
        result.state = HealthState::Critical;
        result.status = QStringLiteral("unreachable");
        result.summary = Text::tr("%1 does not answer from %2: %3").arg(target, from, answer.error);
    } else if (answer.httpStatus >= 400) {
        result.state = HealthState::Critical;
        result.status = QStringLiteral("http-error");
        result.summary = Text::tr("%1 answered HTTP %2 to %3 in %4")
                             .arg(target)
                             .arg(answer.httpStatus)
                             .arg(from, took);
    } else {
        result.state = HealthState::Ok;
        result.status = QStringLiteral("ok");
        result.summary =
            answer.httpStatus > 0
                ? Text::tr("%1 answered HTTP %2 to %3 in %4")
                      .arg(target)
                      .arg(answer.httpStatus)
                      .arg(from, took)
                : Text::tr("%1 accepted a connection from %2 in %3").arg(target, from, took);
    }
    return result;
}

} // namespace

QList<HealthCheckKind> healthCheckKinds()
{
    return {HealthCheckKind::LogSuccess, HealthCheckKind::LogErrors, HealthCheckKind::FileSize,
            HealthCheckKind::Freshness,  HealthCheckKind::Process,   HealthCheckKind::Command,
            HealthCheckKind::Endpoint};
}

QString healthCheckKindKey(HealthCheckKind kind)
{
    switch (kind) {
    case HealthCheckKind::LogSuccess:
        return QStringLiteral("log-success");
    case HealthCheckKind::LogErrors:
        return QStringLiteral("log-errors");
    case HealthCheckKind::FileSize:
        return QStringLiteral("file-size");
    case HealthCheckKind::Freshness:
        return QStringLiteral("freshness");
    case HealthCheckKind::Process:
        return QStringLiteral("process");
    case HealthCheckKind::Command:
        return QStringLiteral("command");
    case HealthCheckKind::Endpoint:
        return QStringLiteral("endpoint");
    }
    return {};
}

std::optional<HealthCheckKind> healthCheckKindFromKey(const QString &key)
{
    for (const HealthCheckKind kind : healthCheckKinds()) {
        if (healthCheckKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString healthStateKey(HealthState state)
{
    switch (state) {
    case HealthState::Ok:
        return QStringLiteral("ok");
    case HealthState::Warning:
        return QStringLiteral("warning");
    case HealthState::Critical:
        return QStringLiteral("critical");
    case HealthState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString healthCheckDisplayName(const HealthCheck &check)
{
    if (!check.name.isEmpty())
        return check.name;
    QString subject;
    switch (check.kind) {
    case HealthCheckKind::LogSuccess:
    case HealthCheckKind::LogErrors:
        subject = check.file;
        break;
    case HealthCheckKind::FileSize:
    case HealthCheckKind::Freshness:
        subject = check.file.isEmpty() ? check.folder : check.file;
        break;
    case HealthCheckKind::Process:
        subject = check.pattern;
        break;
    case HealthCheckKind::Command:
        subject = displayCommandLine(check.command.value(0), check.command.mid(1));
        break;
    case HealthCheckKind::Endpoint:
        subject = check.url.isEmpty() ? check.tcp : check.url;
        break;
    }
    return QStringLiteral("%1 %2").arg(healthCheckKindKey(check.kind), subject);
}

QString healthCheckProblem(const HealthCheck &check)
{
    switch (check.kind) {
    case HealthCheckKind::LogSuccess:
    case HealthCheckKind::LogErrors: {
        if (check.file.isEmpty())
            return Text::tr("no log file given");
        if (check.pattern.isEmpty())
            return Text::tr("no pattern given");
        const QRegularExpression pattern(check.pattern);
        if (!pattern.isValid())
            return Text::tr("“%1” is not a regular expression: %2")
                .arg(check.pattern, pattern.errorString());
        break;
    }
    case HealthCheckKind::FileSize:
        if (check.file.isEmpty() == check.folder.isEmpty())
            return Text::tr("give a file or a folder");
        if (!check.file.isEmpty() && check.maxMegabytes < 0)
            return Text::tr("no size limit given (in MB)");
        if (!check.folder.isEmpty() && check.maxGigabytes < 0)
            return Text::tr("no size limit given (in GB)");
        break;
    case HealthCheckKind::Freshness:
        if (check.folder.isEmpty())
            return Text::tr("no folder given");
        break;
    case HealthCheckKind::Process:
        if (check.pattern.isEmpty())
            return Text::tr("no process pattern given");
        break;
    case HealthCheckKind::Command:
        if (check.command.isEmpty() || check.command.constFirst().isEmpty())
            return Text::tr("no command given");
        break;
    case HealthCheckKind::Endpoint: {
        if (check.url.isEmpty() == check.tcp.isEmpty())
            return Text::tr("give a URL or a HOST:PORT");
        if (!check.url.isEmpty()) {
            const QUrl url(check.url, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty() ||
                (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
                return Text::tr("“%1” is not an http or https URL").arg(check.url);
        } else {
            QString host;
            int port = 0;
            if (!splitHostPort(check.tcp, &host, &port))
                return Text::tr("“%1” is not HOST:PORT").arg(check.tcp);
        }
        break;
    }
    }
    if ((check.kind == HealthCheckKind::Command || check.kind == HealthCheckKind::Endpoint ||
         check.kind == HealthCheckKind::Process) &&
        check.timeoutSeconds <= 0)
        return Text::tr("the time limit must be at least a second");
    return {};
}

HealthResult runHealthCheck(const HealthCheck &check, qint64 nowMs, HealthMachine &machine)
{
    HealthResult result;
    result.kind = check.kind;
    result.host = machine.host();
    result.checkedAtMs = nowMs;
    result.name = healthCheckDisplayName(check);
    if (const QString problem = healthCheckProblem(check); !problem.isEmpty()) {
        const bool logKind =
            check.kind == HealthCheckKind::LogSuccess || check.kind == HealthCheckKind::LogErrors;
        result.status = logKind && !check.file.isEmpty() ? QStringLiteral("bad-pattern")
                                                         : QStringLiteral("bad-check");
        result.summary = problem;
        return result;
    }
    if (QString error; !machine.reach(&error)) {
        result.status = QStringLiteral("host-unreachable");
        result.summary = Text::tr("%1 cannot be reached: %2").arg(machine.host(), error);
        return result;
    }
    QRegularExpression pattern;
    if (check.kind == HealthCheckKind::LogSuccess || check.kind == HealthCheckKind::LogErrors) {
        pattern.setPattern(check.pattern);
        pattern.optimize();
    }
    switch (check.kind) {
    case HealthCheckKind::LogSuccess:
        return logSuccess(check, pattern, result, nowMs, machine);
    case HealthCheckKind::LogErrors:
        return logErrors(check, pattern, result, nowMs, machine);
    case HealthCheckKind::FileSize:
        return fileSize(check, result, machine);
    case HealthCheckKind::Freshness:
        return freshness(check, result, nowMs, machine);
    case HealthCheckKind::Process:
        return process(check, result, machine);
    case HealthCheckKind::Command:
        return command(check, result, machine);
    case HealthCheckKind::Endpoint:
        return endpoint(check, result, machine);
    }
    return result;
}

HealthResult runHealthCheck(const HealthCheck &check, qint64 nowMs)
{
    const std::unique_ptr<HealthMachine> machine = localHealthMachine();
    return runHealthCheck(check, nowMs, *machine);
}

QJsonObject healthResultJson(const HealthResult &result)
{
    return {{QStringLiteral("host"), result.host},
            {QStringLiteral("name"), result.name},
            {QStringLiteral("kind"), healthCheckKindKey(result.kind)},
            {QStringLiteral("state"), healthStateKey(result.state)},
            {QStringLiteral("status"), result.status},
            {QStringLiteral("summary"), result.summary},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(result.evidence)},
            {QStringLiteral("checkedAt"), json::time(result.checkedAtMs)}};
}

} // namespace qm
