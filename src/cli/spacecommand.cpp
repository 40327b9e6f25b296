#include "commands.h"
#include "core/config/configcheck.h"
#include "core/json/schema.h"
#include "core/remote/fleetaccess.h"
#include "core/space/spacescan.h"
#include "core/space/spacetree.h"
#include "core/units/datasize.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Space)
};

QJsonValue secsToJson(qint64 secs)
{
    return secs < 0 ? QJsonValue() : QJsonValue(json::time(secs * 1000));
}

/// A folder and its subfolders down to `depth` more levels, largest first.
QJsonObject nodeToJson(const SpaceNode &node, int depth)
{
    QJsonObject object{
        {QStringLiteral("name"), node.name},
        {QStringLiteral("sizeBytes"), node.total.bytes},
        {QStringLiteral("files"), node.total.files},
        {QStringLiteral("newestAt"), secsToJson(node.total.newestSecs)},
        {QStringLiteral("oldestAt"), secsToJson(node.total.oldestSecs)},
        {QStringLiteral("error"), node.error.isEmpty() ? QJsonValue() : QJsonValue(node.error)}};
    if (depth > 1) {
        QJsonArray children;
        for (const auto &child : node.children)
            children.append(nodeToJson(*child, depth - 1));
        object.insert(QStringLiteral("children"), children);
    } else {
        object.insert(QStringLiteral("children"), QJsonValue()); // below --depth: not listed
    }
    return object;
}

QString timeText(qint64 secs)
{
    if (secs < 0)
        return QStringLiteral("-");
    return QDateTime::fromSecsSinceEpoch(secs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// Text rows: the folder, then its subfolders indented, down to `depth` levels.
void addRows(const SpaceNode &node, qint64 parentBytes, int depth, int indent,
             QList<QStringList> *rows)
{
    const QString share =
        parentBytes > 0
            ? QLocale().toString(100.0 * double(node.total.bytes) / double(parentBytes), 'f', 1) +
                  QLatin1Char('%')
            : QString();
    QString name = QString(indent * 2, QLatin1Char(' ')) + node.name;
    name.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    if (node.otherFilesystem)
        name += QLatin1Char(' ') + Text::tr("(other filesystem, not scanned)");
    else if (!node.error.isEmpty())
        name += QStringLiteral(" (%1)").arg(node.error);
    rows->append({formatDataSize(node.total.bytes), share, QLocale().toString(node.total.files),
                  timeText(node.total.newestSecs), timeText(node.total.oldestSecs), name});
    if (depth > 1) {
        for (const auto &child : node.children)
            addRows(*child, node.total.bytes, depth - 1, indent + 1, rows);
    }
}

} // namespace

int runSpace(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("What uses the space under PATH of this machine, or under HOST:PATH of a "
                 "host of --config: folder sizes (apparent sizes, each hard-linked file "
                 "once), file counts, newest and oldest files, largest first. Symbolic links "
                 "are never followed; other filesystems are not entered unless --cross."));
    parser.addPositionalArgument(QStringLiteral("PATH"), Text::tr("PATH or HOST:PATH"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("Output format: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption depth(QStringLiteral("depth"),
                                   Text::tr("Levels of folders shown (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 Text::tr("Also list the N largest files (default 0)."),
                                 QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption cross(QStringLiteral("cross"),
                                   Text::tr("Enter other filesystems mounted below."));
    const QCommandLineOption config(QStringLiteral("config"),
                                    Text::tr("The fleet config whose hosts HOST:PATH names."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption sshConfig(QStringLiteral("ssh-config"),
                                       Text::tr("An ssh config file instead of ~/.ssh/config."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption knownHosts(
        QStringLiteral("known-hosts"),
        Text::tr("A known_hosts file instead of ~/.ssh/known_hosts."), QStringLiteral("FILE"));
    parser.addOptions({format, depth, top, cross, config, sshConfig, knownHosts});
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("space"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        output.error(
            parser.positionalArguments().isEmpty()
                ? Text::tr("give PATH or HOST:PATH")
                : Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
        return UsageError;
    }
    bool ok = false;
    const int levels = parser.value(depth).toInt(&ok);
    if (!ok || levels < 1 || levels > 64) {
        output.error(
            Text::tr("bad --depth '%1': give a number from 1 to 64").arg(parser.value(depth)));
        return UsageError;
    }
    const int topCount = parser.value(top).toInt(&ok);
    if (!ok || topCount < 0 || topCount > 10000) {
        output.error(
            Text::tr("bad --top '%1': give a number from 0 to 10000").arg(parser.value(top)));
        return UsageError;
    }

    const SpaceLocation location = SpaceLocation::parse(parser.positionalArguments().constFirst());
    SpaceScanOptions options;
    options.crossFilesystems = parser.isSet(cross);
    options.topFiles = qMax(topCount, 1);
    options.scanSecs = QDateTime::currentSecsSinceEpoch();
    SpaceRecordQueue queue;
    SpaceScanResult result;
    if (location.isRemote()) {
        std::shared_ptr<const FleetConfig> fleet;
        if (parser.isSet(config)) {
            const CheckedFile checked = checkConfigFile(parser.value(config));
            if (!checked.config) {
                output.error(Text::tr("cannot load %1").arg(parser.value(config)));
                return UsageError;
            }
            fleet = checked.config;
        }
        SshOptions ssh;
        ssh.configFile = parser.value(sshConfig);
        ssh.knownHostsFile = parser.value(knownHosts);
        const FleetAccess access = FleetAccess::withPrograms(fleet, ssh);
        const std::optional<HostAccess> host = access.host(location.host);
        if (!host) {
            output.error(Text::tr("“%1” is not a host of the config (give --config FILE)")
                             .arg(location.host));
            return UsageError;
        }
        result = scanRemoteSpace(access.transport(*host), location.path, options, queue);
    } else {
        result = scanLocalSpace(location.path, options, queue);
    }
    if (!result.error.isEmpty()) {
        output.error(result.error);
        return location.isRemote() ? Incomplete : UsageError;
    }
    SpaceTree tree(location.toString(), options.scanSecs);
    tree.apply(queue.take());
    tree.sortAll();
    const SpaceNode &root = *tree.root();
    const QList<SpaceFile> largest = tree.largestFiles(&root, topCount);

    if (output.format() == OutputFormat::Json) {
        QJsonArray children;
        for (const auto &child : root.children)
            children.append(nodeToJson(*child, levels));
        QJsonArray files;
        for (const SpaceFile &file : largest)
            files.append(
                QJsonObject{{QStringLiteral("path"), file.name},
                            {QStringLiteral("sizeBytes"), file.bytes},
                            {QStringLiteral("modifiedAt"), secsToJson(file.modifiedSecs)}});
        const QJsonObject document =
            json::document({{QStringLiteral("path"), location.toString()},
                            {QStringLiteral("sizeBytes"), root.total.bytes},
                            {QStringLiteral("files"), root.total.files},
                            {QStringLiteral("unreadableFolders"), result.unreadable},
                            {QStringLiteral("children"), children},
                            {QStringLiteral("largestFiles"), files}});
        output.json(document);
    } else {
        QList<QStringList> rows;
        rows.append({Text::tr("Size"), Text::tr("Share"), Text::tr("Files"), Text::tr("Newest"),
                     Text::tr("Oldest"), Text::tr("Folder")});
        rows.append({formatDataSize(root.total.bytes), QString(),
                     QLocale().toString(root.total.files), timeText(root.total.newestSecs),
                     timeText(root.total.oldestSecs), location.toString()});
        for (const auto &child : root.children)
            addRows(*child, root.total.bytes, levels, 1, &rows);
        for (const QString &line : formatTable(rows, {true, true, true, false, false, false}))
            output.line(line);
        if (topCount > 0) {
            output.line();
            output.line(Text::tr("Largest files:"));
            QList<QStringList> fileRows;
            for (const SpaceFile &file : largest) {
                QString path = file.name;
                path.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
                fileRows.append({formatDataSize(file.bytes), timeText(file.modifiedSecs), path});
            }
            for (const QString &line : formatTable(fileRows, {true, false, false}))
                output.line(line);
        }
        if (result.unreadable > 0)
            output.warning(
                Text::tr("%n folder(s) could not be read", nullptr, int(result.unreadable)));
        if (result.badRecords > 0)
            output.warning(
                Text::tr("%n listing record(s) made no sense", nullptr, int(result.badRecords)));
    }
    return result.unreadable > 0 ? Incomplete : Success;
}

} // namespace qm::cli
