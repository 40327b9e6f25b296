#include "confighistory.h"

#include "configchanges.h"
#include "core/config/configcheck.h"
#include "core/text/linediff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ConfigHistory)
};

QString problemKey(const Diagnostic &diagnostic)
{
    return diagnostic.rule + QLatin1Char('\x1f') + diagnostic.message;
}

QList<ProblemChange> problemsOnlyIn(const QList<Diagnostic> &in, const QList<Diagnostic> &notIn)
{
    QSet<QString> other;
    for (const Diagnostic &diagnostic : notIn)
        other.insert(problemKey(diagnostic));
    QList<ProblemChange> result;
    QSet<QString> seen;
    for (const Diagnostic &diagnostic : in) {
        const QString key = problemKey(diagnostic);
        if (other.contains(key) || seen.contains(key))
            continue;
        seen.insert(key);
        result << ProblemChange{diagnostic.rule, diagnostic.severity, diagnostic.message};
    }
    return result;
}

QStringList rulesOf(const QList<ProblemChange> &problems)
{
    QStringList rules;
    for (const ProblemChange &problem : problems)
        rules << problem.rule;
    rules.sort();
    rules.removeDuplicates();
    return rules;
}

QByteArray diffLabel(const ConfigVersion &version)
{
    QString label = version.id;
    if (version.source == VersionSource::Git)
        label = version.id.left(12);
    if (version.at.isValid())
        label += QLatin1Char('\t') + version.at.toString(Qt::ISODate);
    return label.toUtf8();
}

QJsonArray jsonStrings(const QStringList &list)
{
    QJsonArray array;
    for (const QString &text : list)
        array.append(text);
    return array;
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QStringList ConfigHistoryEntry::rulesAdded() const
{
    return rulesOf(problemsAdded);
}

QStringList ConfigHistoryEntry::rulesFixed() const
{
    return rulesOf(problemsFixed);
}

bool ConfigHistoryEntry::addedErrors() const
{
    return std::any_of(problemsAdded.cbegin(), problemsAdded.cend(),
                       [](const ProblemChange &p) { return p.severity == Severity::Error; });
}

qsizetype ConfigHistory::find(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    qsizetype found = -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString &candidate = entries[i].version.id;
        if (candidate == id)
            return i;
        if (candidate.startsWith(id)) {
            if (found >= 0)
                return -1;
            found = i;
        }
    }
    return found;
}

QByteArray versionDiff(const ConfigVersion &from, const ConfigVersion &to)
{
    return unifiedDiff(from.bytes, to.bytes, diffLabel(from), diffLabel(to));
}

ConfigHistory buildConfigHistory(const ConfigVersions &versions, const std::atomic<bool> *cancel)
{
    ConfigHistory history;
    history.notes = versions.notes;
    history.currentError = versions.currentError;
    QList<Diagnostic> previousProblems;
    std::shared_ptr<const FleetConfig> lastLoaded;
    const ConfigVersion *previous = nullptr;
    for (const ConfigVersion &version : versions.versions) {
        if (cancel && cancel->load())
            break;
        ConfigHistoryEntry entry;
        entry.version = version;
        CheckedFile checked;
        if (!version.readError.isEmpty()) {
            entry.parseError = version.readError;
            Diagnostic unreadable;
            unreadable.rule = QStringLiteral("QM000");
            unreadable.message = version.readError;
            checked.diagnostics << unreadable;
            checked.unreadable = true;
        } else {
            checked = checkConfigText(version.path, version.bytes);
            if (checked.unreadable || !checked.config) {
                for (const Diagnostic &diagnostic : std::as_const(checked.diagnostics)) {
                    if (diagnostic.rule == QLatin1String("QM000")) {
                        entry.parseError = diagnostic.message;
                        break;
                    }
                }
                if (entry.parseError.isEmpty())
                    entry.parseError = Text::tr("does not load");
            }
        }
        for (const Diagnostic &diagnostic : std::as_const(checked.diagnostics)) {
            if (diagnostic.severity == Severity::Error)
                ++entry.errorCount;
            else if (diagnostic.severity == Severity::Warning)
                ++entry.warningCount;
        }
        entry.problemsAdded = problemsOnlyIn(checked.diagnostics, previousProblems);
        entry.problemsFixed = problemsOnlyIn(previousProblems, checked.diagnostics);

        if (!entry.parseError.isEmpty()) {
            entry.summary = Text::tr("Does not parse: %1").arg(entry.parseError);
        } else if (!previous) {
            entry.summary =
                Text::tr("Oldest version: %n host(s)", nullptr, int(checked.config->hosts.size()));
        } else {
            if (lastLoaded)
                entry.changes = describeConfigChanges(*lastLoaded, *checked.config);
            if (!entry.changes.isEmpty())
                entry.summary = entry.changes.join(QStringLiteral("; "));
            else if (!lastLoaded)
                entry.summary = Text::tr("Parses again: %n host(s)", nullptr,
                                         int(checked.config->hosts.size()));
            else if (version.bytes == previous->bytes)
                entry.summary = Text::tr("No change");
            else
                entry.summary = Text::tr("Comments or formatting only");
        }
        if (previous)
            entry.diff = versionDiff(*previous, version);

        if (checked.config)
            lastLoaded = checked.config;
        previousProblems = checked.diagnostics;
        previous = &version;
        history.entries << entry;
    }
    return history;
}

ConfigHistory loadConfigHistory(const QString &path, const VersionSearch &search)
{
    return buildConfigHistory(collectConfigVersions(path, search));
}

QJsonObject configHistoryToJson(const ConfigHistory &history)
{
    QJsonArray versions;
    for (const ConfigHistoryEntry &entry : history.entries) {
        const ConfigVersion &version = entry.version;
        QJsonObject object;
        object.insert(QStringLiteral("id"), version.id);
        object.insert(QStringLiteral("source"), versionSourceKey(version.source));
        object.insert(QStringLiteral("path"), version.path);
        object.insert(QStringLiteral("at"),
                      version.at.isValid() ? QJsonValue(version.at.toUTC().toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("author"), stringOrNull(version.author));
        object.insert(QStringLiteral("summary"), entry.summary);
        object.insert(QStringLiteral("problemsAdded"), jsonStrings(entry.rulesAdded()));
        object.insert(QStringLiteral("problemsFixed"), jsonStrings(entry.rulesFixed()));
        object.insert(QStringLiteral("errorCount"), entry.errorCount);
        object.insert(QStringLiteral("parseError"), stringOrNull(entry.parseError));
        versions.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("schemaVersion"), 1);
    root.insert(QStringLiteral("versions"), versions);
    root.insert(QStringLiteral("notes"), jsonStrings(history.notes));
    return root;
}

QList<DiffHunkLines> diffChanges(const QByteArray &diff)
{
    QList<DiffHunkLines> changes;
    const QList<QByteArray> lines = diff.split('\n');
    bool inHunk = false;
    qsizetype oldLine = 0;
    qsizetype newLine = 0;
    DiffHunkLines open;
    bool opened = false;
    const auto close = [&] {
        if (opened)
            changes << open;
        opened = false;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.startsWith("@@ ")) {
            close();
            // @@ -a[,b] +c[,d] @@
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 3 || !parts[1].startsWith('-') || !parts[2].startsWith('+')) {
                inHunk = false;
                continue;
            }
            const auto start = [](const QByteArray &range, bool *ok) {
                const QList<QByteArray> numbers = range.mid(1).split(',');
                const qsizetype first = numbers[0].toLongLong(ok);
                const qsizetype count = numbers.size() > 1 ? numbers[1].toLongLong() : 1;
                return std::max<qsizetype>(0, count == 0 ? first : first - 1);
            };
            bool okOld = false;
            bool okNew = false;
            oldLine = start(parts[1], &okOld);
            newLine = start(parts[2], &okNew);
            inHunk = okOld && okNew;
            continue;
        }
        if (!inHunk || line.isEmpty()) {
            close();
            continue;
        }
        const char kind = line.at(0);
        if (kind == ' ') {
            close();
            ++oldLine;
            ++newLine;
        } else if (kind == '-' || kind == '+') {
            if (!opened) {
                open = DiffHunkLines{i, i, oldLine, 0, newLine, 0};
                opened = true;
            }
            open.lastDiffLine = i;
            if (kind == '-') {
                ++open.oldCount;
                ++oldLine;
            } else {
                ++open.newCount;
                ++newLine;
            }
        } else if (kind == '\\') {
            if (opened)
                open.lastDiffLine = i;
        } else {
            close();
            inHunk = false;
        }
    }
    close();
    return changes;
}

QByteArray restoreChanges(const QByteArray &version, const QByteArray &current,
                          const QList<DiffHunkLines> &chosen, QString *error)
{
    const QList<QByteArray> oldLines = splitLines(version);
    const QList<QByteArray> newLines = splitLines(current);
    QList<DiffHunkLines> sorted = chosen;
    std::sort(sorted.begin(), sorted.end(), [](const DiffHunkLines &a, const DiffHunkLines &b) {
        return a.newStart < b.newStart;
    });
    QByteArray result;
    qsizetype copied = 0;
    for (const DiffHunkLines &change : std::as_const(sorted)) {
        const bool fits = change.newStart >= copied && change.newCount >= 0 &&
                          change.newStart + change.newCount <= newLines.size() &&
                          change.oldStart >= 0 && change.oldCount >= 0 &&
                          change.oldStart + change.oldCount <= oldLines.size();
        if (!fits) {
            *error = Text::tr("the lines no longer match the texts they were compared from");
            return {};
        }
        for (; copied < change.newStart; ++copied)
            result += newLines[copied];
        for (qsizetype i = 0; i < change.oldCount; ++i)
            result += oldLines[change.oldStart + i];
        copied = change.newStart + change.newCount;
    }
    for (; copied < newLines.size(); ++copied)
        result += newLines[copied];
    return result;
}

} // namespace qm
