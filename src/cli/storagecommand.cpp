#include "commands.h"
#include "core/appdata/appdata.h"
#include "core/history/historystore.h"
#include "core/json/schema.h"
#include "core/storage/locationscanstore.h"
#include "core/storage/locationusage.h"
#include "core/storage/objectlisting.h"
#include "core/units/datasize.h"
#include "exitcode.h"
#include "storagelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Storage)
};

QString timeText(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-")
                  : QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int runDu(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("What LOCATION (a local /path, or an rclone remote: "
                 "rclone:REMOTE:bucket/prefix) holds: objects, bytes, newest and oldest, and "
                 "the same for each folder of its keys down to --depth, largest first. A "
                 "local folder is walked without following symbolic links or entering other "
                 "filesystems. The total is kept in the history (the location's size trend, "
                 "and the Stale backup alert of a location named as a backup)."));
    parser.addPositionalArgument(QStringLiteral("LOCATION"),
                                 Text::tr("/path, HOST:/path or rclone:REMOTE:bucket/prefix"));
    const QCommandLineOption depth(QStringLiteral("depth"),
                                   Text::tr("Levels of folders shown (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption rcloneConfig = rcloneConfigOption();
    const QCommandLineOption format = formatOption();
    const QCommandLineOption dataDir = dataDirOption();
    parser.addOptions({depth, rcloneConfig, format, dataDir});
    const FleetOptions fleetOptions;
    fleetOptions.addTo(parser);
    int exit = UsageError;
    const std::optional<SyncEndpoint> location = parseLocationCommand(
        parser, arguments, QStringLiteral("storage du"), format, output, &exit);
    if (!location)
        return exit;
    bool ok = false;
    const int levels = parser.value(depth).toInt(&ok);
    if (!ok || levels < 1 || levels > 64) {
        output.error(
            Text::tr("bad --depth '%1': give a number from 1 to 64").arg(parser.value(depth)));
        return UsageError;
    }
    QString error;
    UsageCounter usage(levels);
    const std::optional<FleetAccess> fleet = fleetOptions.read(parser, output);
    if (!fleet)
        return UsageError;
    ObjectListingOptions listing;
    listing.rcloneConfig = parser.value(rcloneConfig);
    listing.fleet = &*fleet;
    ObjectListingStats stats;
    if (!listObjects(
            *location,
            [&usage](QByteArrayView key, qint64 bytes, qint64 modifiedMs) {
                usage.add(key, bytes, modifiedMs);
            },
            listing, &stats, &error)) {
        output.error(error);
        return Incomplete;
    }
    // A whole listing is kept: the size trend, and a backup's newest object.
    if (const QString why = recordLocationScan(
            historyDatabasePath(parser.value(dataDir)),
            LocationScan::listing(location->text, QDateTime::currentMSecsSinceEpoch(), usage));
        !why.isEmpty())
        output.warning(Text::tr("the listing was not kept in the history: %1").arg(why));
    if (output.format() == OutputFormat::Json) {
        output.json(locationUsageJson(location->text, usage));
        return Success;
    }
    const QLocale locale;
    const UsageFigures &total = usage.total();
    QList<QStringList> rows;
    rows.append({Text::tr("Size"), Text::tr("Share"), Text::tr("Objects"), Text::tr("Newest"),
                 Text::tr("Oldest"), Text::tr("Prefix")});
    rows.append({formatDataSize(total.bytes), QString(), locale.toString(total.objects),
                 timeText(total.newestMs), timeText(total.oldestMs), location->text});
    for (const PrefixUsage &prefix : usage.prefixes()) {
        const double share =
            total.bytes > 0 ? 100.0 * double(prefix.figures.bytes) / double(total.bytes) : 0.0;
        QString name = prefix.prefix.isEmpty() ? Text::tr("(objects in no folder)") : prefix.prefix;
        name.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        rows.append({formatDataSize(prefix.figures.bytes),
                     locale.toString(share, 'f', 1) + QLatin1Char('%'),
                     locale.toString(prefix.figures.objects), timeText(prefix.figures.newestMs),
                     timeText(prefix.figures.oldestMs),
                     QString((prefix.depth - 1) * 2, QLatin1Char(' ')) + name});
    }
    for (const QString &line : formatTable(rows, {true, true, true, false, false, false}))
        output.line(line);
    if (stats.skippedLinks > 0)
        output.line(Text::tr("Not objects: %n symbolic link(s), never followed", nullptr,
                             int(stats.skippedLinks)));
    return Success;
}

int runList(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("The storage locations scanned or listed so far (`qmctl orphans scan`, "
                 "`qmctl storage du`, jobs, the app), each with its size and objects as last "
                 "listed and, when it was scanned for orphans, the last scan's orphans and "
                 "their share, missing references and health band."));
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption format = formatOption();
    parser.addOptions({dataDir, format});
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("storage list"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    if (!parser.positionalArguments().isEmpty()) {
        output.error(
            Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
        return UsageError;
    }
    QList<LocationStatus> locations;
    QString error;
    const QString historyPath = historyDatabasePath(parser.value(dataDir));
    if (QFileInfo::exists(historyPath)) {
        HistoryStore history;
        if (!history.open(historyPath, &error) ||
            !readLocationStatuses(LocationScanStore(history.database()), &locations, &error)) {
            output.error(error);
            return Incomplete;
        }
    }
    if (output.format() == OutputFormat::Json) {
        QJsonArray items;
        for (const LocationStatus &status : std::as_const(locations)) {
            const LocationScan &last = status.last;
            const LocationScan *scan = status.orphans ? &*status.orphans : nullptr;
            const auto orNull = [scan](const auto &value) {
                return scan ? QJsonValue(value) : QJsonValue();
            };
            items.append(QJsonObject{
                {QStringLiteral("location"), last.location},
                {QStringLiteral("sizeBytes"), last.listedBytes},
                {QStringLiteral("objects"), last.listedObjects},
                {QStringLiteral("newestModifiedAt"), json::timeOrNull(last.newestMs)},
                {QStringLiteral("scannedAt"), json::time(last.scannedAtMs)},
                {QStringLiteral("orphansScannedAt"),
                 scan ? json::time(scan->scannedAtMs) : QJsonValue()},
                {QStringLiteral("referencedKeys"), orNull(scan ? scan->referencedKeys : 0)},
                {QStringLiteral("orphans"),
                 scan ? QJsonValue(QJsonObject{{QStringLiteral("objects"), scan->orphanObjects},
                                               {QStringLiteral("bytes"), scan->orphanBytes}})
                      : QJsonValue()},
                {QStringLiteral("missing"), orNull(scan ? scan->missingReferences : 0)},
                {QStringLiteral("orphanShare"), orNull(scan ? scan->orphanShare : 0.0)},
                {QStringLiteral("band"), orNull(scan ? scan->band : QString())},
                {QStringLiteral("planPath"),
                 scan && !scan->planPath.isEmpty() ? QJsonValue(scan->planPath) : QJsonValue()}});
        }
        output.json(json::listing(QStringLiteral("locations"), items));
        return Success;
    }
    if (locations.isEmpty()) {
        output.line(Text::tr("No location scanned yet: `qmctl orphans scan LOCATION …` "
                             "scans one."));
        return Success;
    }
    const QLocale locale;
    QList<QStringList> rows{{Text::tr("Size"), Text::tr("Objects"), Text::tr("Orphaned"),
                             Text::tr("Share"), Text::tr("Band"), Text::tr("Scanned"),
                             Text::tr("Location")}};
    for (const LocationStatus &status : std::as_const(locations)) {
        const LocationScan &last = status.last;
        const LocationScan *scan = status.orphans ? &*status.orphans : nullptr;
        rows.append({formatDataSize(last.listedBytes), locale.toString(last.listedObjects),
                     scan ? formatDataSize(scan->orphanBytes) : QStringLiteral("-"),
                     scan ? locale.toString(100.0 * scan->orphanShare, 'f', 1) + QLatin1Char('%')
                          : QStringLiteral("-"),
                     scan ? scan->band : Text::tr("listed"), timeText(last.scannedAtMs),
                     last.location});
    }
    for (const QString &line : formatTable(rows, {true, true, true, true, false, false, false}))
        output.line(line);
    return Success;
}

} // namespace

int runStorage(const QStringList &arguments, Output &output)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("du"))
        return runDu(arguments.mid(1), output);
    if (action == QLatin1String("list"))
        return runList(arguments.mid(1), output);
    if (action.isEmpty() || action == QLatin1String("-h") || action == QLatin1String("--help")) {
        output.line(Text::tr("Usage: qmctl storage list [--format json]\n"
                             "       qmctl storage du LOCATION [--depth N] [--format json]\n"
                             "`qmctl storage ACTION --help` tells more."));
        return action.isEmpty() ? UsageError : Success;
    }
    output.error(Text::tr("unknown action '%1': use list or du").arg(action));
    return UsageError;
}

} // namespace qm::cli
