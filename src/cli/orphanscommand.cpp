#include "commands.h"
#include "core/appdata/appdata.h"
#include "core/storage/orphanscan.h"
#include "core/units/datasize.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Orphans)
};

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', share < 0.01 && share > 0 ? 2 : 1) +
           QStringLiteral(" %");
}

QString bandText(HealthBand band)
{
    switch (band) {
    case HealthBand::Healthy:
        return Text::tr("healthy");
    case HealthBand::Warning:
        return Text::tr("warning");
    case HealthBand::Critical:
        break;
    }
    return Text::tr("critical");
}

int runScan(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "List LOCATION (a local /path, or an rclone remote: rclone:REMOTE:bucket/prefix), "
        "read the keys a database query (or a file) references, and save the plan of the "
        "orphans: objects no reference points at, older than --min-age-days. Nothing is "
        "deleted. A reference source that fails or gives no key stops the scan (exit 3), "
        "and so does a share of orphans over --max-share. Exit 1 when the share of orphaned "
        "bytes is 10 % or more (warning, critical), else 0."));
    parser.addPositionalArgument(QStringLiteral("LOCATION"),
                                 Text::tr("/path or rclone:REMOTE:bucket/prefix"));
    const QCommandLineOption refDb(QStringLiteral("ref-db"),
                                   Text::tr("The database the query runs on: "
                                            "postgresql://user@host:port/db?… or sqlite:/path."),
                                   QStringLiteral("URI"));
    const QCommandLineOption refSql(
        QStringLiteral("ref-sql"),
        Text::tr("A query returning one referenced key a row, in its first column (run "
                 "read-only)."),
        QStringLiteral("SQL"));
    const QCommandLineOption refFile(
        QStringLiteral("ref-file"),
        Text::tr("A file of referenced keys: one a line, or a CSV file with --ref-column."),
        QStringLiteral("FILE"));
    const QCommandLineOption refColumn(
        QStringLiteral("ref-column"),
        Text::tr("The header of the column of --ref-file (a CSV file) that holds the keys."),
        QStringLiteral("NAME"));
    const QCommandLineOption minAge(
        QStringLiteral("min-age-days"),
        Text::tr("Objects modified fewer days ago are never orphans (default 7)."),
        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption strip(
        QStringLiteral("strip-prefix"),
        Text::tr("Taken off the front of every referenced value that starts with it."),
        QStringLiteral("P"));
    const QCommandLineOption add(QStringLiteral("add-prefix"),
                                 Text::tr("Put in front of every referenced value (after "
                                          "--strip-prefix)."),
                                 QStringLiteral("P"));
    const QCommandLineOption maxShare(
        QStringLiteral("max-share"),
        Text::tr("Refuse a plan when more than PCT % of the objects or bytes would be "
                 "orphans (default 50)."),
        QStringLiteral("PCT"), QStringLiteral("50"));
    const QCommandLineOption timeout(
        QStringLiteral("ref-timeout"),
        Text::tr("Seconds the query may run on PostgreSQL (default 300)."), QStringLiteral("S"),
        QStringLiteral("300"));
    const QCommandLineOption plan(
        QStringLiteral("plan"),
        Text::tr("Where to save the plan (a new .csv file; default: the orphans folder in "
                 "the data folder)."),
        QStringLiteral("FILE"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        Text::tr("The app's data folder (default %1).").arg(defaultDataDirectory()),
        QStringLiteral("DIR"));
    const QCommandLineOption rcloneConfig(QStringLiteral("rclone-config"),
                                          Text::tr("An rclone config file instead of the user's."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("Output format: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOptions({refDb, refSql, refFile, refColumn, minAge, strip, add, maxShare, timeout,
                       plan, dataDir, rcloneConfig, format});
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("orphans scan"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        output.error(positional.isEmpty()
                         ? Text::tr("give LOCATION: /path or rclone:REMOTE:bucket/prefix")
                         : Text::tr("unexpected argument '%1'").arg(positional.at(1)));
        return UsageError;
    }
    QString error;
    const std::optional<SyncEndpoint> location = SyncEndpoint::parse(positional.first(), &error);
    if (!location) {
        output.error(error);
        return UsageError;
    }
    if (location->kind == SyncEndpoint::Kind::Host) {
        output.error(Text::tr("%1: give a local folder (/path) or an rclone remote "
                              "(rclone:REMOTE:bucket/prefix)")
                         .arg(location->text));
        return UsageError;
    }
    ReferenceSource source;
    if (parser.isSet(refFile) == (parser.isSet(refSql) || parser.isSet(refDb))) {
        output.error(Text::tr("give the references: --ref-db URI --ref-sql SQL, or --ref-file "
                              "FILE"));
        return UsageError;
    }
    if (parser.isSet(refFile)) {
        source.kind = ReferenceSource::Kind::File;
        source.file = parser.value(refFile);
        source.column = parser.value(refColumn);
    } else {
        if (!parser.isSet(refSql) || !parser.isSet(refDb)) {
            output.error(Text::tr("give both --ref-db URI and --ref-sql SQL"));
            return UsageError;
        }
        const std::optional<SqlLocation> database = SqlLocation::parse(parser.value(refDb), &error);
        if (!database) {
            output.error(error);
            return UsageError;
        }
        source.kind = ReferenceSource::Kind::Sql;
        source.database = *database;
        source.sql = parser.value(refSql);
    }
    source.stripPrefix = parser.value(strip);
    source.addPrefix = parser.value(add);
    bool ok = false;
    OrphanScanOptions options;
    options.minAgeDays = parser.value(minAge).toInt(&ok);
    if (!ok || options.minAgeDays < 0 || options.minAgeDays > 36500) {
        output.error(Text::tr("bad --min-age-days '%1': give a number of days from 0 to 36500")
                         .arg(parser.value(minAge)));
        return UsageError;
    }
    const double limit = parser.value(maxShare).toDouble(&ok);
    if (!ok || !(limit > 0 && limit <= 100)) { // NaN is neither
        output.error(Text::tr("bad --max-share '%1': give a percentage above 0, at most 100")
                         .arg(parser.value(maxShare)));
        return UsageError;
    }
    source.timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || source.timeoutSeconds < 1 || source.timeoutSeconds > 86400) {
        output.error(Text::tr("bad --ref-timeout '%1': give seconds from 1 to 86400")
                         .arg(parser.value(timeout)));
        return UsageError;
    }
    options.nowMs = QDateTime::currentMSecsSinceEpoch();

    // The references first: when they cannot be read, nothing is listed for nothing.
    KeySet referenced;
    if (!readReferences(source, &referenced, &error)) {
        output.error(error);
        return Incomplete;
    }
    ObjectList listed;
    ObjectListingOptions listing;
    listing.rcloneConfig = parser.value(rcloneConfig);
    ObjectListingStats stats;
    if (!listObjects(
            *location,
            [&listed](QByteArrayView key, qint64 bytes, qint64 modifiedMs) {
                listed.add(key, bytes, modifiedMs);
            },
            listing, &stats, &error)) {
        output.error(error);
        return Incomplete;
    }
    const OrphanScan scan = compareKeys(listed, referenced, options);
    const double allowed = limit / 100.0;
    const bool refused = scan.largestShare() > allowed;
    QString planPath;
    if (!refused && scan.orphanObjects > 0) {
        if (parser.isSet(plan)) {
            planPath = QFileInfo(parser.value(plan)).absoluteFilePath();
        } else {
            const QString folder = orphanPlansDirectory(parser.value(dataDir));
            if (!QDir().mkpath(folder)) {
                output.error(Text::tr("cannot create the folder %1").arg(folder));
                return Incomplete;
            }
            planPath =
                folder + QStringLiteral("/plan-%1.csv")
                             .arg(QDateTime::fromMSecsSinceEpoch(options.nowMs, QTimeZone::utc())
                                      .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
        }
        if (const QString failure =
                writeOrphanPlan(planPath, *location, source, options, listed, scan);
            !failure.isEmpty()) {
            output.error(Text::tr("cannot save the plan: %1").arg(failure));
            return Incomplete;
        }
    }
    const QString refusal =
        refused ? Text::tr("%1 of the objects or bytes would be orphans, over the limit of "
                           "%2: no plan saved. Check the query, the prefixes and the "
                           "location; if it is right, give --max-share %3.")
                      .arg(percent(scan.largestShare()), percent(allowed))
                      .arg(int(std::ceil(100.0 * scan.largestShare())))
                : QString();
    if (output.format() == OutputFormat::Json) {
        // One document: the figures, and why no plan was saved when it was refused.
        QJsonObject document = orphanScanJson(location->text, scan, planPath);
        if (refused)
            document.insert(QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("message"), refusal}});
        output.json(document);
    } else {
        output.line(Text::tr("Location: %1").arg(location->text));
        output.line(Text::tr("Listed: %n object(s), %1", nullptr, int(scan.listedObjects))
                        .arg(formatDataSize(scan.listedBytes)));
        output.line(Text::tr("Referenced: %n key(s) (%1)", nullptr, int(scan.referencedKeys))
                        .arg(source.displayName()));
        output.line(Text::tr("Orphans: %n object(s), %1 — %2 of the bytes: %3", nullptr,
                             int(scan.orphanObjects))
                        .arg(formatDataSize(scan.orphanBytes), percent(scan.orphanShare()),
                             bandText(scan.band())));
        if (scan.tooYoungObjects > 0)
            output.line(
                Text::tr("Kept, modified in the last %n day(s): %1", nullptr, options.minAgeDays)
                    .arg(Text::tr("%n object(s), %1", nullptr, int(scan.tooYoungObjects))
                             .arg(formatDataSize(scan.tooYoungBytes))));
        if (scan.missingCount > 0)
            output.line(Text::tr("Missing: %n referenced key(s) not in the location, e.g. %1",
                                 nullptr, int(scan.missingCount))
                            .arg(scan.missingExamples.mid(0, 3).join(QStringLiteral(", "))));
        if (stats.skippedLinks > 0)
            output.line(Text::tr("Not objects: %n symbolic link(s), never followed", nullptr,
                                 int(stats.skippedLinks)));
        if (stats.skippedOther > 0)
            output.line(Text::tr("Not objects: %n other entry(s) (sockets, devices, other "
                                 "filesystems)",
                                 nullptr, int(stats.skippedOther)));
        if (!planPath.isEmpty())
            output.line(Text::tr("Plan saved to %1 (nothing was deleted).").arg(planPath));
        else if (!refused)
            output.line(Text::tr("No orphans: no plan saved."));
    }
    if (refused) {
        if (output.format() != OutputFormat::Json)
            output.error(refusal);
        return Incomplete;
    }
    return scan.band() == HealthBand::Healthy ? Success : ProblemsFound;
}

} // namespace

int runOrphans(const QStringList &arguments, Output &output)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("scan"))
        return runScan(arguments.mid(1), output);
    if (action.isEmpty() || action == QLatin1String("-h") || action == QLatin1String("--help")) {
        output.line(Text::tr("Usage: qmctl orphans scan LOCATION (--ref-db URI --ref-sql SQL | "
                             "--ref-file FILE) [options]\n"
                             "`qmctl orphans scan --help` tells more."));
        return action.isEmpty() ? UsageError : Success;
    }
    output.error(Text::tr("unknown action '%1': use scan").arg(action));
    return UsageError;
}

} // namespace qm::cli
