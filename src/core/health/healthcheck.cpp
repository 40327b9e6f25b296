#include "healthcheck.h"

#include "core/health/linetime.h"
#include "core/health/logtail.h"
#include "core/json/schema.h"
#include "core/storage/objectlisting.h"
#include "core/sync/synccommand.h"
#include "core/units/datasize.h"
#include "core/units/duration.h"

#include <QByteArrayMatcher>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

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
                        HealthResult result, qint64 nowMs)
{
    // The newest matching line, and the time of the nearest timed line at or before it.
    const LineMatcher matcher(pattern, check.pattern);
    std::optional<KeptLine> match;
    std::optional<qint64> matchTime;
    QString timeSource;
    LogTailOptions options;
    options.maxBytes = check.maxTailBytes;
    LogTail tail = readLogTail(check.file, options, [&](const TailLine &line) {
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
                             ? Text::tr("no line of %1 matches “%2”").arg(check.file, check.pattern)
                             : Text::tr("no line in the last %1 of %2 matches “%3”")
                                   .arg(formatDataSize(tail.bytesRead), check.file, check.pattern);
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
                       HealthResult result, qint64 nowMs)
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
    const LogTail tail = readLogTail(check.file, options, [&](const TailLine &line) {
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
                         .arg(check.pattern, window, check.file)
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
bool walkFolder(const QString &folder, HealthResult *result, qint64 *bytes, qint64 *newestMs,
                qint64 *files, qint64 *unreadableFolders)
{
    QString error;
    const std::optional<SyncEndpoint> location = SyncEndpoint::parse(folder, &error);
    ObjectListingStats stats;
    if (!location || location->kind != SyncEndpoint::Kind::Local ||
        !listObjects(
            *location,
            [&](QByteArrayView, qint64 size, qint64 modifiedMs) {
                *bytes += size;
                *newestMs = std::max(*newestMs, modifiedMs);
                ++*files;
            },
            {}, &stats, &error)) {
        result->state = HealthState::Unknown;
        result->status = QStringLiteral("unreadable");
        result->summary =
            error.isEmpty() ? Text::tr("%1 is not a folder of this machine").arg(folder) : error;
        return false;
    }
    *unreadableFolders = stats.unreadable;
    for (const QString &why : std::as_const(stats.errors))
        result->evidence << why;
    return true;
}

HealthResult fileSize(const HealthCheck &check, HealthResult result)
{
    if (!check.file.isEmpty()) {
        // The file's size, through the same open as a log's: a FIFO is never waited on.
        LogTailOptions options;
        options.maxBytes = 0;
        const LogTail tail =
            readLogTail(check.file, options, [](const TailLine &) { return false; });
        if (!tail.ok() && tail.status != LogFileStatus::Binary)
            return unreadable(result, tail);
        const qint64 limit = qint64(check.maxMegabytes * 1e6);
        const bool over = tail.fileBytes > limit;
        result.state = over ? HealthState::Warning : HealthState::Ok;
        result.status = over ? QStringLiteral("too-large") : QStringLiteral("ok");
        result.summary =
            Text::tr("%1 holds %2 (limit %3)")
                .arg(check.file, formatDataSize(tail.fileBytes), formatDataSize(limit));
        return result;
    }
    qint64 bytes = 0;
    qint64 newest = -1;
    qint64 files = 0;
    qint64 holes = 0;
    if (!walkFolder(check.folder, &result, &bytes, &newest, &files, &holes))
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

HealthResult freshness(const HealthCheck &check, HealthResult result, qint64 nowMs)
{
    qint64 bytes = 0;
    qint64 newest = -1;
    qint64 files = 0;
    qint64 holes = 0;
    if (!walkFolder(check.folder, &result, &bytes, &newest, &files, &holes))
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

} // namespace

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
    }
    return {};
}

std::optional<HealthCheckKind> healthCheckKindFromKey(const QString &key)
{
    for (const HealthCheckKind kind : {HealthCheckKind::LogSuccess, HealthCheckKind::LogErrors,
                                       HealthCheckKind::FileSize, HealthCheckKind::Freshness}) {
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

HealthResult runHealthCheck(const HealthCheck &check, qint64 nowMs)
{
    HealthResult result;
    result.kind = check.kind;
    result.checkedAtMs = nowMs;
    result.name =
        check.name.isEmpty()
            ? QStringLiteral("%1 %2").arg(healthCheckKindKey(check.kind),
                                          check.file.isEmpty() ? check.folder : check.file)
            : check.name;
    QRegularExpression pattern;
    if (check.kind == HealthCheckKind::LogSuccess || check.kind == HealthCheckKind::LogErrors) {
        pattern.setPattern(check.pattern);
        if (check.pattern.isEmpty() || !pattern.isValid()) {
            result.status = QStringLiteral("bad-pattern");
            result.summary = check.pattern.isEmpty()
                                 ? Text::tr("no pattern given")
                                 : Text::tr("“%1” is not a regular expression: %2")
                                       .arg(check.pattern, pattern.errorString());
            return result;
        }
        pattern.optimize();
    }
    switch (check.kind) {
    case HealthCheckKind::LogSuccess:
        return logSuccess(check, pattern, result, nowMs);
    case HealthCheckKind::LogErrors:
        return logErrors(check, pattern, result, nowMs);
    case HealthCheckKind::FileSize:
        return fileSize(check, result);
    case HealthCheckKind::Freshness:
        return freshness(check, result, nowMs);
    }
    return result;
}

QJsonObject healthResultJson(const HealthResult &result)
{
    return {{QStringLiteral("name"), result.name},
            {QStringLiteral("kind"), healthCheckKindKey(result.kind)},
            {QStringLiteral("state"), healthStateKey(result.state)},
            {QStringLiteral("status"), result.status},
            {QStringLiteral("summary"), result.summary},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(result.evidence)},
            {QStringLiteral("checkedAt"), json::time(result.checkedAtMs)}};
}

} // namespace qm
