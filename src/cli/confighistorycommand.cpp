#include "confighistorycommand.h"

#include "core/confighistory/confighistory.h"
#include "core/confighistory/minersettingstimeline.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Config)
};

QString shownTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : Text::tr("unknown time");
}

QString shownId(const ConfigVersion &version)
{
    return version.source == VersionSource::Git ? version.id.left(12) : version.id;
}

} // namespace

int runConfigHistory(const QString &path, Output &output)
{
    const ConfigHistory history = loadConfigHistory(path);
    if (!history.currentError.isEmpty()) {
        output.error(history.currentError);
        return UsageError;
    }
    if (output.format() == OutputFormat::Json) {
        output.json(configHistoryToJson(history));
        return Success;
    }
    for (const QString &note : history.notes)
        output.warning(note);
    for (const ConfigHistoryEntry &entry : history.entries) {
        const ConfigVersion &version = entry.version;
        QString head =
            QStringLiteral("%1  %2  %3")
                .arg(shownTime(version.at), versionSourceKey(version.source), shownId(version));
        if (!version.author.isEmpty())
            head += QStringLiteral("  ") + version.author;
        output.line(head);
        output.line(QStringLiteral("    ") + entry.summary);
        if (!entry.problemsAdded.isEmpty())
            output.line(QStringLiteral("    ") +
                        Text::tr("adds %1").arg(entry.rulesAdded().join(QStringLiteral(", "))));
        if (!entry.problemsFixed.isEmpty())
            output.line(QStringLiteral("    ") +
                        Text::tr("fixes %1").arg(entry.rulesFixed().join(QStringLiteral(", "))));
        output.line(QStringLiteral("    ") + Text::tr("%n error(s)", nullptr, entry.errorCount));
    }
    return Success;
}

int runConfigDiff(const QString &path, const QString &from, const QString &to, Output &output)
{
    const ConfigVersions versions = collectConfigVersions(path);
    if (!versions.currentError.isEmpty()) {
        output.error(versions.currentError);
        return UsageError;
    }
    ConfigHistory ids;
    for (const ConfigVersion &version : versions.versions) {
        ConfigHistoryEntry entry;
        entry.version = version;
        ids.entries << entry;
    }
    const auto pick = [&](const QString &id, const ConfigVersion **version) {
        const qsizetype index = ids.find(id);
        if (index < 0) {
            output.error(Text::tr("no version '%1' of %2 (or more than one starts so); "
                                  "'qmctl config history %2' lists them")
                             .arg(id, QDir::toNativeSeparators(path)));
            return false;
        }
        *version = &versions.versions[index];
        if (!(*version)->readError.isEmpty()) {
            output.error((*version)->readError);
            return false;
        }
        return true;
    };
    const ConfigVersion *before = nullptr;
    const ConfigVersion *after = nullptr;
    if (!pick(from, &before) || !pick(to.isEmpty() ? QStringLiteral("current") : to, &after))
        return UsageError;
    const QByteArray diff = versionDiff(*before, *after);
    if (output.format() == OutputFormat::Json) {
        QJsonObject document;
        document.insert(QStringLiteral("schemaVersion"), 1);
        document.insert(QStringLiteral("from"), before->id);
        document.insert(QStringLiteral("to"), after->id);
        document.insert(QStringLiteral("diff"), QString::fromUtf8(diff));
        output.json(document);
    } else {
        output.raw(diff);
    }
    return Success;
}

int runMinerHistory(const QString &path, Output &output)
{
    const QString file = QFileInfo(path).isDir()
                             ? QDir(path).filePath(QStringLiteral("miner_config_history.jsonl"))
                             : path;
    const MinerSettingsTimeline timeline = readMinerSettingsTimeline(file);
    if (!timeline.error.isEmpty()) {
        output.error(timeline.error);
        return UsageError;
    }
    if (output.format() == OutputFormat::Json) {
        output.json(minerSettingsTimelineToJson(timeline));
        return Success;
    }
    if (timeline.badLines > 0)
        output.warning(Text::tr("%1: %n line(s) skipped: not a record with a timestamp", nullptr,
                                int(timeline.badLines))
                           .arg(QDir::toNativeSeparators(file)));
    QList<QStringList> rows;
    for (const MinerSettingChange &change : timeline.changes)
        rows << QStringList{shownTime(change.at), change.setting,
                            change.oldValue + QStringLiteral(" → ") + change.newValue,
                            change.reason};
    for (const QString &line : formatTable(rows, {false, false, false, false}))
        output.line(line);
    return Success;
}

} // namespace qm::cli
