#include "commands.h"
#include "core/appdata/appdata.h"
#include "core/json/schema.h"
#include "core/storage/orphanclean.h"
#include "core/storage/orphanscan.h"
#include "core/storage/orphanscanrun.h"
#include "core/storage/storagemetrics.h"
#include "core/storage/storagequarantine.h"
#include "core/units/datasize.h"
#include "exitcode.h"
#include "storagelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

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
                                 Text::tr("/path, HOST:/path or rclone:REMOTE:bucket/prefix"));
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
    const QCommandLineOption textfileDir(
        QStringLiteral("textfile-dir"),
        Text::tr("After the scan, write the gauges of every location to DIR/%1 (node_exporter's "
                 "textfile collector), as `qmctl metrics write` does.")
            .arg(QLatin1String(kStorageMetricsFile)),
        QStringLiteral("DIR"));
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption rcloneConfig = rcloneConfigOption();
    const QCommandLineOption format = formatOption();
    parser.addOptions({refDb, refSql, refFile, refColumn, minAge, strip, add, maxShare, timeout,
                       plan, textfileDir, dataDir, rcloneConfig, format});
    const FleetOptions fleetOptions;
    fleetOptions.addTo(parser);
    int exit = UsageError;
    const std::optional<SyncEndpoint> location = parseLocationCommand(
        parser, arguments, QStringLiteral("orphans scan"), format, output, &exit);
    if (!location)
        return exit;
    QString error;
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
    const std::optional<FleetAccess> fleet = fleetOptions.read(parser, output);
    if (!fleet)
        return UsageError;
    ObjectListingOptions listing;
    listing.rcloneConfig = parser.value(rcloneConfig);
    listing.fleet = &*fleet;
    OrphanScanRequest request;
    request.location = *location;
    request.source = source;
    request.options = options;
    const double allowed = limit / 100.0;
    request.maxShare = allowed;
    if (parser.isSet(plan))
        request.planPath = parser.value(plan);
    request.planFolder = orphanPlansDirectory(parser.value(dataDir));
    request.historyPath = historyDatabasePath(parser.value(dataDir));
    request.textfileDirectory = parser.value(textfileDir);
    const OrphanScanRun run = runOrphanScan(request, listing);
    if (!run.ok()) {
        output.error(run.error);
        return Incomplete;
    }
    if (!run.historyWarning.isEmpty())
        output.warning(Text::tr("the scan's figures were not kept in the history: %1")
                           .arg(run.historyWarning));
    if (!run.metricsWarning.isEmpty())
        output.warning(Text::tr("the gauges were not written: %1").arg(run.metricsWarning));
    const OrphanScan &scan = run.scan;
    const ObjectListingStats &stats = run.stats;
    const bool refused = run.refused;
    const QString &planPath = run.planPath;
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

/// A count option: a whole number from `least` up; nothing after saying why.
std::optional<qint64> countOption(const QCommandLineParser &parser,
                                  const QCommandLineOption &option, qint64 least, Output &output)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < least) {
        output.error(Text::tr("bad --%1 '%2': give a whole number from %3 up")
                         .arg(option.names().constFirst(), parser.value(option))
                         .arg(least));
        return std::nullopt;
    }
    return value;
}

int runClean(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Move the orphans of PLAN.csv (saved by `qmctl orphans scan`) into the quarantine "
        "folder of their location, in batches. Before each batch the reference source is "
        "asked again: a key referenced since the plan is kept, and so is an object whose "
        "size or time changed; a source that fails stops the run. Every key is written to "
        "the audit log beside the plan, which is also where a stopped run resumes: running "
        "a finished plan again changes nothing. Without --yes, every check is made and "
        "nothing is moved. Exit 0 when done, 1 when some keys could not be moved, 3 when "
        "the run was stopped."));
    parser.addPositionalArgument(QStringLiteral("PLAN.csv"), Text::tr("The plan to carry out."));
    const QCommandLineOption batchSize(QStringLiteral("batch-size"),
                                       Text::tr("Keys checked and moved together (default 1000)."),
                                       QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption maxObjects(QStringLiteral("max-objects"),
                                        Text::tr("The most keys this run deals with."),
                                        QStringLiteral("N"));
    const QCommandLineOption maxBytes(
        QStringLiteral("max-bytes"),
        Text::tr("The most planned bytes this run deals with (e.g. 500G, 2TB)."),
        QStringLiteral("B"));
    const QCommandLineOption yes(QStringLiteral("yes"), Text::tr("Move them (else a dry run)."));
    const QCommandLineOption refDb(
        QStringLiteral("ref-db"),
        Text::tr("The plan's database again, with what it needs to log in (a password is "
                 "never saved in a plan); it must name the same database."),
        QStringLiteral("URI"));
    const QCommandLineOption rcloneConfig = rcloneConfigOption();
    const QCommandLineOption format = formatOption();
    parser.addOptions({batchSize, maxObjects, maxBytes, yes, refDb, rcloneConfig, format});
    const FleetOptions fleetOptions;
    fleetOptions.addTo(parser);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("orphans clean"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        output.error(positional.isEmpty()
                         ? Text::tr("give PLAN.csv, a plan saved by `qmctl orphans scan`")
                         : Text::tr("unexpected argument '%1'").arg(positional.at(1)));
        return UsageError;
    }
    OrphanCleanOptions options;
    const std::optional<qint64> batch = countOption(parser, batchSize, 1, output);
    if (!batch)
        return UsageError;
    options.batchSize = int(std::min<qint64>(*batch, 100000));
    if (parser.isSet(maxObjects)) {
        const std::optional<qint64> cap = countOption(parser, maxObjects, 0, output);
        if (!cap)
            return UsageError;
        options.maxObjects = *cap;
    }
    if (parser.isSet(maxBytes)) {
        const std::optional<qint64> cap = parseDataSize(parser.value(maxBytes));
        if (!cap) {
            output.error(Text::tr("bad --max-bytes '%1': give bytes, or a size such as 500G or "
                                  "2TB")
                             .arg(parser.value(maxBytes)));
            return UsageError;
        }
        options.maxBytes = *cap;
    }
    options.execute = parser.isSet(yes);
    options.store.rcloneConfig = parser.value(rcloneConfig);
    const std::optional<FleetAccess> fleet = fleetOptions.read(parser, output);
    if (!fleet)
        return UsageError;
    options.store.fleet = &*fleet;
    QString error;
    std::optional<OrphanPlan> plan =
        readOrphanPlan(QFileInfo(positional.first()).absoluteFilePath(), &error);
    if (!plan) {
        output.error(error);
        return UsageError;
    }
    if (parser.isSet(refDb)) {
        const std::optional<SqlLocation> database = SqlLocation::parse(parser.value(refDb), &error);
        if (!database) {
            output.error(error);
            return UsageError;
        }
        if (plan->source.kind != ReferenceSource::Kind::Sql ||
            database->displayName() != plan->source.database.displayName()) {
            output.error(Text::tr("--ref-db names %1, but the plan's references come from %2")
                             .arg(database->displayName(), plan->source.displayName()));
            return UsageError;
        }
        plan->source.database = *database;
    }
    OrphanCleanCallbacks callbacks;
    if (output.format() != OutputFormat::Json)
        callbacks.log = [&output](const QString &line) { output.line(line); };
    const OrphanCleanResult result = cleanOrphans(*plan, options, callbacks);

    if (output.format() == OutputFormat::Json) {
        QJsonObject document{
            {QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("plan"), plan->csvPath},
            {QStringLiteral("location"), plan->location.text},
            {QStringLiteral("dryRun"), !options.execute},
            {QStringLiteral("plannedObjects"), qint64(plan->items.size())},
            {QStringLiteral("plannedBytes"), plan->totalBytes},
            {QStringLiteral("doneBefore"), result.doneBefore},
            {QStringLiteral("moved"), QJsonObject{{QStringLiteral("objects"), result.moved},
                                                  {QStringLiteral("bytes"), result.movedBytes}}},
            {QStringLiteral("freedBytes"), 0},
            {QStringLiteral("heldInQuarantineBytes"), result.movedBytes},
            {QStringLiteral("keptReferenced"), result.keptReferenced},
            {QStringLiteral("keptChanged"), result.keptChanged},
            {QStringLiteral("alreadyGone"), result.alreadyGone},
            {QStringLiteral("failed"), result.failed},
            {QStringLiteral("notReached"), result.notReached},
            {QStringLiteral("capped"), result.capped},
            {QStringLiteral("finished"), result.finished()},
            {QStringLiteral("quarantine"), result.quarantine},
            {QStringLiteral("auditPath"),
             result.auditPath.isEmpty() ? QJsonValue() : QJsonValue(result.auditPath)},
        };
        if (!result.ok)
            document.insert(QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("message"), result.error}});
        output.json(document);
    } else {
        output.line(Text::tr("Plan: %1 — %n key(s), %2, of %3", nullptr, int(plan->items.size()))
                        .arg(plan->csvPath, formatDataSize(plan->totalBytes), plan->location.text));
        if (result.doneBefore > 0)
            output.line(
                Text::tr("Dealt with by earlier runs: %n key(s)", nullptr, int(result.doneBefore)));
        output.line((options.execute ? Text::tr("Moved into the quarantine: %n object(s), %1",
                                                nullptr, int(result.moved))
                                     : Text::tr("Would move into the quarantine: %n object(s), "
                                                "%1",
                                                nullptr, int(result.moved)))
                        .arg(formatDataSize(result.movedBytes)));
        output.line(
            Text::tr("Freed now: %1; held in the quarantine (%2): %3")
                .arg(formatDataSize(0), result.quarantine, formatDataSize(result.movedBytes)));
        if (result.keptReferenced > 0)
            output.line(Text::tr("Kept, referenced again since the plan: %n key(s)", nullptr,
                                 int(result.keptReferenced)));
        if (result.keptChanged > 0)
            output.line(Text::tr("Kept, changed since the plan: %n object(s)", nullptr,
                                 int(result.keptChanged)));
        if (result.alreadyGone > 0)
            output.line(Text::tr("Already gone: %n object(s)", nullptr, int(result.alreadyGone)));
        if (result.failed > 0)
            output.line(Text::tr("Could not be moved: %n object(s) (a later run tries them "
                                 "again)",
                                 nullptr, int(result.failed)));
        if (result.notReached > 0)
            output.line(
                Text::tr("Left for a later run: %n key(s)%1", nullptr, int(result.notReached))
                    .arg(result.capped ? Text::tr(" (the run's cap)") : QString()));
        if (!result.auditPath.isEmpty())
            output.line(Text::tr("Audit log: %1").arg(result.auditPath));
        if (!options.execute && result.ok)
            output.line(Text::tr("Nothing was moved: give --yes to move them."));
        else if (result.finished())
            output.line(Text::tr("The plan is done; running it again changes nothing."));
    }
    if (!result.ok && result.failed == 0) {
        if (output.format() != OutputFormat::Json)
            output.error(result.error);
        return Incomplete;
    }
    if (result.failed > 0) {
        if (output.format() != OutputFormat::Json)
            output.error(result.error);
        return ProblemsFound;
    }
    return Success;
}

int runQuarantine(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "List the quarantine of LOCATION: the run folders `qmctl orphans clean` moved "
        "objects into, with their objects and bytes. With --empty, delete for good the "
        "run folders older than --older-than-days (default 7); without --yes that is only "
        "shown. Every object deleted goes to the quarantine audit log in the data folder."));
    parser.addPositionalArgument(QStringLiteral("LOCATION"),
                                 Text::tr("/path, HOST:/path or rclone:REMOTE:bucket/prefix"));
    const QCommandLineOption olderThan(
        QStringLiteral("older-than-days"),
        Text::tr("With --empty: only run folders that began more than N days ago (default 7; "
                 "0: all)."),
        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption empty(QStringLiteral("empty"),
                                   Text::tr("Delete those run folders for good."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 Text::tr("With --empty: do it (else it is only shown)."));
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption rcloneConfig = rcloneConfigOption();
    const QCommandLineOption format = formatOption();
    parser.addOptions({olderThan, empty, yes, dataDir, rcloneConfig, format});
    const FleetOptions fleetOptions;
    fleetOptions.addTo(parser);
    int exit = UsageError;
    const std::optional<SyncEndpoint> location = parseLocationCommand(
        parser, arguments, QStringLiteral("orphans quarantine"), format, output, &exit);
    if (!location)
        return exit;
    const std::optional<qint64> days = countOption(parser, olderThan, 0, output);
    if (!days)
        return UsageError;
    if (parser.isSet(yes) && !parser.isSet(empty)) {
        output.error(Text::tr("--yes goes with --empty"));
        return UsageError;
    }
    const std::optional<FleetAccess> fleet = fleetOptions.read(parser, output);
    if (!fleet)
        return UsageError;
    ObjectListingOptions options;
    options.rcloneConfig = parser.value(rcloneConfig);
    options.fleet = &*fleet;
    QList<QuarantineRun> runs;
    QString error;
    if (!listQuarantine(*location, &runs, options, &error)) {
        output.error(error);
        return Incomplete;
    }
    const qint64 cutoffMs = QDateTime::currentMSecsSinceEpoch() - *days * 86'400'000;
    QList<QuarantineRun> due;
    qint64 objects = 0;
    qint64 bytes = 0;
    qint64 dueObjects = 0;
    qint64 dueBytes = 0;
    for (const QuarantineRun &run : runs) {
        objects += run.objects;
        bytes += run.bytes;
        if (run.timeMs < cutoffMs || *days == 0) {
            due.append(run);
            dueObjects += run.objects;
            dueBytes += run.bytes;
        }
    }
    const bool emptying = parser.isSet(empty);
    const bool execute = emptying && parser.isSet(yes) && !due.isEmpty();
    QuarantineEmptying emptied;
    QString auditPath;
    if (execute) {
        const QString folder = orphanPlansDirectory(parser.value(dataDir));
        if (!QDir().mkpath(folder)) {
            output.error(Text::tr("cannot create the folder %1").arg(folder));
            return Incomplete;
        }
        auditPath = folder + QStringLiteral("/quarantine-audit.jsonl");
        emptied = emptyQuarantine(*location, due, auditPath, options);
    }
    if (output.format() == OutputFormat::Json) {
        QJsonArray list;
        for (const QuarantineRun &run : runs)
            list.append(QJsonObject{{QStringLiteral("folder"), run.folder},
                                    {QStringLiteral("startedAt"), json::time(run.timeMs)},
                                    {QStringLiteral("objects"), run.objects},
                                    {QStringLiteral("sizeBytes"), run.bytes},
                                    {QStringLiteral("due"), due.contains(run)}});
        QJsonObject document{{QStringLiteral("schemaVersion"), 1},
                             {QStringLiteral("location"), location->text},
                             {QStringLiteral("runs"), list},
                             {QStringLiteral("objects"), objects},
                             {QStringLiteral("sizeBytes"), bytes}};
        if (emptying) {
            QJsonObject about{{QStringLiteral("dryRun"), !execute},
                              {QStringLiteral("olderThanDays"), *days},
                              {QStringLiteral("objects"), dueObjects},
                              {QStringLiteral("sizeBytes"), dueBytes},
                              {QStringLiteral("deleted"), emptied.deleted},
                              {QStringLiteral("deletedBytes"), emptied.deletedBytes},
                              {QStringLiteral("left"), emptied.left},
                              {QStringLiteral("auditPath"),
                               auditPath.isEmpty() ? QJsonValue() : QJsonValue(auditPath)}};
            document.insert(QStringLiteral("emptying"), about);
        }
        if (execute && !emptied.ok)
            document.insert(QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("message"), emptied.error}});
        output.json(document);
    } else {
        QList<QStringList> rows{
            {Text::tr("Began"), Text::tr("Objects"), Text::tr("Size"), Text::tr("Run folder")}};
        const QLocale locale;
        for (const QuarantineRun &run : runs)
            rows.append(
                {QDateTime::fromMSecsSinceEpoch(run.timeMs)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 locale.toString(run.objects), formatDataSize(run.bytes),
                 run.folder + (due.contains(run) && emptying ? QStringLiteral(" *") : QString())});
        if (runs.isEmpty())
            output.line(Text::tr("The quarantine of %1 is empty.").arg(location->text));
        else
            for (const QString &line : formatTable(rows, {false, true, true, false}))
                output.line(line);
        output.line(Text::tr("Held in the quarantine: %n object(s), %1", nullptr, int(objects))
                        .arg(formatDataSize(bytes)));
        if (emptying && !execute)
            output.line(due.isEmpty()
                            ? Text::tr("No run folder is older than %n day(s): nothing to "
                                       "empty.",
                                       nullptr, int(*days))
                            : Text::tr("Would delete for good the run folders marked *: %n "
                                       "object(s), %1. Give --yes to do it.",
                                       nullptr, int(dueObjects))
                                  .arg(formatDataSize(dueBytes)));
        if (execute)
            output.line(Text::tr("Deleted for good: %n object(s); freed %1. Audit log: %2", nullptr,
                                 int(emptied.deleted))
                            .arg(formatDataSize(emptied.deletedBytes), auditPath));
    }
    if (execute && !emptied.ok) {
        if (output.format() != OutputFormat::Json)
            output.error(emptied.error);
        return Incomplete;
    }
    return Success;
}

} // namespace

int runOrphans(const QStringList &arguments, Output &output)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("scan"))
        return runScan(arguments.mid(1), output);
    if (action == QLatin1String("clean"))
        return runClean(arguments.mid(1), output);
    if (action == QLatin1String("quarantine"))
        return runQuarantine(arguments.mid(1), output);
    if (action.isEmpty() || action == QLatin1String("-h") || action == QLatin1String("--help")) {
        output.line(Text::tr("Usage: qmctl orphans scan LOCATION (--ref-db URI --ref-sql SQL | "
                             "--ref-file FILE) [options]\n"
                             "       qmctl orphans clean PLAN.csv [--batch-size N] "
                             "[--max-objects N] [--max-bytes B] [--yes]\n"
                             "       qmctl orphans quarantine LOCATION [--older-than-days N] "
                             "[--empty --yes]\n"
                             "`qmctl orphans ACTION --help` tells more."));
        return action.isEmpty() ? UsageError : Success;
    }
    output.error(Text::tr("unknown action '%1': use scan, clean or quarantine").arg(action));
    return UsageError;
}

} // namespace qm::cli
