#include "commands.h"
#include "core/appdata/appdata.h"
#include "core/config/configcheck.h"
#include "core/json/schema.h"
#include "core/replication/replicationjob.h"
#include "core/settings/settings.h"
#include "core/storage/backuplink.h"
#include "core/units/datasize.h"
#include "exitcode.h"
#include "storagelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Replication)
};

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(bool known, qint64 value)
{
    return known ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject receiverJson(const ReplicationReceiver &receiver)
{
    return {{QStringLiteral("host"), receiver.host},
            {QStringLiteral("path"), receiver.path},
            {QStringLiteral("externalStorage"), receiver.externalStorage},
            {QStringLiteral("priority"), receiver.priority},
            {QStringLiteral("note"), stringOrNull(receiver.note)}};
}

QJsonArray skippedJson(const QList<SkippedReceiver> &skipped)
{
    QJsonArray array;
    for (const SkippedReceiver &skip : skipped)
        array.append(QJsonObject{{QStringLiteral("host"), skip.host},
                                 {QStringLiteral("reason"), skipReasonKey(skip.reason)},
                                 {QStringLiteral("text"), skip.text}});
    return array;
}

QJsonObject kindJson(const KindRouting &routing, const FleetConfig &config)
{
    QJsonArray producers;
    for (const FleetHost *host : kindProducers(config, routing.kind))
        producers.append(host->name);
    QJsonArray receivers;
    for (const ReplicationReceiver &receiver : routing.receivers)
        receivers.append(receiverJson(receiver));
    return {{QStringLiteral("kind"), dataKindKey(routing.kind)},
            {QStringLiteral("producers"), producers},
            {QStringLiteral("receivers"), receivers},
            {QStringLiteral("skipped"), skippedJson(routing.skipped)}};
}

QJsonObject routeJson(const ReplicationRoute &route, std::optional<int> target,
                      const RouteMeasurement *m)
{
    const bool ok = m && m->ok();
    QJsonArray receivers;
    for (qsizetype i = 0; i < route.receivers.size(); ++i) {
        QJsonObject receiver = receiverJson(route.receivers[i]);
        const ReceiverResult *r = ok && i < m->receivers.size() ? &m->receivers[i] : nullptr;
        receiver.insert(QStringLiteral("measured"),
                        r ? QJsonValue(r->measured) : QJsonValue(QJsonValue::Null));
        receiver.insert(QStringLiteral("error"), stringOrNull(r ? r->error : QString()));
        receiver.insert(QStringLiteral("missingFiles"),
                        numberOrNull(r && r->measured, r ? r->missingFiles : 0));
        receiver.insert(QStringLiteral("missingBytes"),
                        numberOrNull(r && r->measured, r ? r->missingBytes : 0));
        receivers.append(receiver);
    }
    QJsonArray backups;
    for (qsizetype i = 0; i < route.backups.size(); ++i) {
        const BackupResult *b = ok && i < m->backups.size() ? &m->backups[i] : nullptr;
        const bool listed = b && b->measured;
        backups.append(QJsonObject{
            {QStringLiteral("location"), route.backups[i]},
            {QStringLiteral("measured"),
             b ? QJsonValue(b->measured) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("error"), stringOrNull(b ? b->error : QString())},
            {QStringLiteral("objects"), numberOrNull(listed, listed ? b->objects : 0)},
            {QStringLiteral("sizeBytes"), listed ? json::bytes(b->bytes) : QJsonValue()},
            {QStringLiteral("newestModifiedAt"), json::timeOrNull(listed ? b->newestMs : -1)},
            {QStringLiteral("missingFiles"), numberOrNull(listed, listed ? b->missingFiles : 0)},
            {QStringLiteral("missingBytes"), numberOrNull(listed, listed ? b->missingBytes : 0)}});
    }
    const ReplicationTally *t = ok ? &m->tally : nullptr;
    return {
        {QStringLiteral("producer"), route.producer},
        {QStringLiteral("kind"), dataKindKey(route.kind)},
        {QStringLiteral("sourcePath"), route.sourcePath},
        {QStringLiteral("receivers"), receivers},
        {QStringLiteral("skipped"), skippedJson(route.skipped)},
        {QStringLiteral("backups"), backups},
        {QStringLiteral("belowTarget"),
         target ? QJsonValue(route.possibleCopies() < *target) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("measuredAt"),
         json::timeOrNull(ok ? m->measuredAt.toMSecsSinceEpoch() : -1)},
        {QStringLiteral("error"), stringOrNull(m ? m->error : QString())},
        {QStringLiteral("totalFiles"), numberOrNull(t, t ? t->totalFiles : 0)},
        {QStringLiteral("totalBytes"), t ? json::bytes(t->totalBytes) : QJsonValue()},
        {QStringLiteral("atRiskFiles"), numberOrNull(t, t ? t->atRiskFiles : 0)},
        {QStringLiteral("atRiskBytes"), t ? json::bytes(t->atRiskBytes) : QJsonValue()},
        {QStringLiteral("oldestAtRiskModifiedAt"),
         json::timeOrNull(t && t->oldestAtRisk.isValid() ? t->oldestAtRisk.toMSecsSinceEpoch()
                                                         : -1)},
        {QStringLiteral("commands"), QJsonArray::fromStringList(m ? m->commands : QStringList())}};
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

/// What a measured receiver or backup holds of the producer's files, for a person.
QString holdings(qint64 missingFiles, qint64 missingBytes)
{
    if (missingFiles == 0)
        return Text::tr(": holds every file");
    return Text::tr(": lacks %n file(s) (%1)", nullptr,
                    int(std::min<qint64>(missingFiles, INT_MAX)))
        .arg(formatDataSize(missingBytes));
}

void printText(const FleetConfig &config, std::optional<int> target,
               const QList<ReplicationRoute> &routes, const QList<RouteMeasurement> &measured,
               Output &output)
{
    output.line(
        target ? Text::tr("Target: %n copy(ies) of each file among the receivers", nullptr, *target)
               : Text::tr("The config sets no sync_routing.replication_target"));
    for (const DataKind kind : kDataKinds) {
        const KindRouting routing = kindRouting(config, kind);
        const QStringList names = routing.receiverNames();
        output.line(Text::tr("%1: %n receiver(s)%2", nullptr, int(names.size()))
                        .arg(dataKindKey(kind),
                             names.isEmpty()
                                 ? QString()
                                 : QStringLiteral(": ") + names.join(QStringLiteral(", "))));
    }
    if (routes.isEmpty()) {
        output.line();
        output.line(Text::tr("No ready host has a folder for games, npz or models (storage_paths "
                             "or ringrift_path): nothing is replicated."));
        return;
    }
    for (qsizetype i = 0; i < routes.size(); ++i) {
        const ReplicationRoute &route = routes[i];
        const RouteMeasurement *m = i < measured.size() ? &measured[i] : nullptr;
        const bool ok = m && m->ok();
        output.line();
        output.line(QStringLiteral("%1 %2: %3")
                        .arg(route.producer, dataKindKey(route.kind), route.sourcePath));
        if (route.possibleCopies() == 0)
            output.line(QStringLiteral("  ") +
                        Text::tr("no host may receive it: every file is at risk"));
        for (qsizetype r = 0; r < route.receivers.size(); ++r) {
            const ReplicationReceiver &receiver = route.receivers[r];
            QString line = QStringLiteral("  -> %1:%2").arg(receiver.host, receiver.path);
            QStringList marks;
            if (receiver.externalStorage)
                marks.append(Text::tr("external storage"));
            if (receiver.priority)
                marks.append(Text::tr("priority host"));
            if (!marks.isEmpty())
                line += QStringLiteral(" (%1)").arg(marks.join(QStringLiteral(", ")));
            if (ok && r < m->receivers.size()) {
                const ReceiverResult &result = m->receivers[r];
                line += result.measured
                            ? holdings(result.missingFiles, result.missingBytes)
                            : Text::tr(": not measured, counts as no copy: %1").arg(result.error);
            }
            output.line(line);
        }
        for (qsizetype b = 0; b < route.backups.size(); ++b) {
            QString line = QStringLiteral("  => ") + Text::tr("backup %1").arg(route.backups[b]);
            if (ok && b < m->backups.size()) {
                const BackupResult &result = m->backups[b];
                line += result.measured
                            ? holdings(result.missingFiles, result.missingBytes)
                            : Text::tr(": not listed, counts as no copy: %1").arg(result.error);
                if (result.measured && result.newestMs >= 0)
                    line += Text::tr("; newest object %1")
                                .arg(utcText(QDateTime::fromMSecsSinceEpoch(result.newestMs)));
            }
            output.line(line);
        }
        QStringList skipped;
        for (const SkippedReceiver &skip : route.skipped) {
            if (skip.reason != SkipReason::Producer)
                skipped.append(QStringLiteral("%1 (%2)").arg(skip.host, skip.text));
        }
        if (!skipped.isEmpty())
            output.line(QStringLiteral("  ") +
                        Text::tr("skipped: %1").arg(skipped.join(QStringLiteral("; "))));
        if (target && route.possibleCopies() < *target)
            output.line(QStringLiteral("  ") +
                        Text::tr("only %n host(s) or backup(s) may hold it: the target cannot be "
                                 "reached",
                                 nullptr, int(route.possibleCopies())));
        if (m && !ok) {
            output.line(QStringLiteral("  ") + Text::tr("not measured: %1").arg(m->error));
        } else if (ok && m->tally.atRiskFiles == 0) {
            output.line(QStringLiteral("  ") +
                        Text::tr("%n file(s) (%1), each with at least %2 copies", nullptr,
                                 int(std::min<qint64>(m->tally.totalFiles, INT_MAX)))
                            .arg(formatDataSize(m->tally.totalBytes))
                            .arg(m->target));
        } else if (ok) {
            output.line(QStringLiteral("  ") +
                        Text::tr("AT RISK: %n file(s) (%1) of %2 have fewer than %3 copies; the "
                                 "oldest was modified %4",
                                 nullptr, int(std::min<qint64>(m->tally.atRiskFiles, INT_MAX)))
                            .arg(formatDataSize(m->tally.atRiskBytes))
                            .arg(m->tally.totalFiles)
                            .arg(m->target)
                            .arg(utcText(m->tally.oldestAtRisk)));
        }
    }
}

} // namespace

int runReplication(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Where each host's data is replicated, as the Replication page shows it: per "
                 "producer and kind (games, npz, models), the hosts that may receive it and why "
                 "the others are skipped. With --measure, rsync dry runs count the files and "
                 "bytes with fewer copies than replication_target, and the oldest of them. See "
                 "docs/replication.md."));
    const QCommandLineOption config(QStringLiteral("config"),
                                    Text::tr("The fleet config (distributed_hosts.yaml)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption measure(
        QStringLiteral("measure"),
        Text::tr("Measure now: connect to every producer and receiver over ssh and compare "
                 "their folders (dry runs; nothing is copied). Progress goes to standard error."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("Output format: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption sshConfig(QStringLiteral("ssh-config"),
                                       Text::tr("An ssh config file instead of ~/.ssh/config."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption knownHosts(
        QStringLiteral("known-hosts"),
        Text::tr("A known_hosts file instead of ~/.ssh/known_hosts."), QStringLiteral("FILE"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        Text::tr("Seconds to wait for a host to answer ssh (default 10)."),
        QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption parallel(
        QStringLiteral("parallel"),
        Text::tr("Rows (producer and kind) measured at once (default %1).")
            .arg(kReplicationJobParallel),
        QStringLiteral("N"), QString::number(kReplicationJobParallel));
    const QCommandLineOption backup(
        QStringLiteral("backup"),
        Text::tr("A storage location that backs up a producer's kind, counted as a copy of each "
                 "file it holds at the same path with the same size (repeatable; the backups "
                 "named on the app's Storage page count too)."),
        QStringLiteral("HOST/KIND=LOCATION"));
    const QCommandLineOption dataDir = dataDirOption();
    parser.addOptions(
        {config, measure, format, sshConfig, knownHosts, timeout, parallel, backup, dataDir});
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("replication"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    if (!parser.positionalArguments().isEmpty()) {
        output.error(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().at(0)));
        return UsageError;
    }
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600) {
        output.error(Text::tr("bad --timeout '%1': give seconds between 1 and 3600")
                         .arg(parser.value(timeout)));
        return UsageError;
    }
    const int routesAtOnce = parser.value(parallel).toInt(&ok);
    if (!ok || routesAtOnce < 1 || routesAtOnce > 64) {
        output.error(Text::tr("bad --parallel '%1': give 1 to 64").arg(parser.value(parallel)));
        return UsageError;
    }
    if (!parser.isSet(config)) {
        output.error(Text::tr("no config given; run 'qmctl replication --config FILE'"));
        return UsageError;
    }
    const QString path = parser.value(config);
    const CheckedFile checked = checkConfigFile(path);
    if (!checked.config) {
        const Diagnostic first = checked.diagnostics.value(0);
        output.error(Text::tr("%1:%2: cannot load the config: %3")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(first.range.start.line + 1)
                         .arg(first.message));
        return UsageError;
    }
    const FleetConfig &fleet = *checked.config;
    const std::optional<int> target = replicationTarget(fleet);
    // No probe here: disk use and mounts are the Hosts page's; the measurement itself
    // finds out which receivers answer.
    QList<ReplicationRoute> routes = replicationRoutes(fleet, {});
    QList<BackupLink> links = Settings::ofDesktopApp()->backupLinks();
    for (const QString &text : parser.values(backup)) {
        QString error;
        const std::optional<BackupLink> link = parseBackupLink(text, &error);
        if (!link) {
            output.error(error);
            return UsageError;
        }
        links.append(*link);
    }
    addBackupLocations(&routes, links);

    QList<RouteMeasurement> measured;
    if (parser.isSet(measure) && !routes.isEmpty()) {
        if (!target) {
            output.error(Text::tr("%1 sets no sync_routing.replication_target: there is no "
                                  "number of copies to measure against")
                             .arg(QDir::toNativeSeparators(path)));
            return UsageError;
        }
        SshOptions ssh;
        ssh.configFile = parser.value(sshConfig);
        ssh.knownHostsFile = parser.value(knownHosts);
        ssh.connectTimeoutSeconds = seconds;
        ReplicationOptions options;
        options.access = FleetAccess::withPrograms(checked.config, ssh);
        // The backups' listings are kept: their trend, and the Stale backup alert.
        options.historyPath = historyDatabasePath(parser.value(dataDir));
        int done = 0;
        measured = measureRoutes(
            routes, *target, options, routesAtOnce,
            [&output](const QString &step) { output.warning(step); },
            [&](const RouteMeasurement &m) {
                ++done;
                output.warning(Text::tr("measured %1 of %2: %3 %4")
                                   .arg(done)
                                   .arg(routes.size())
                                   .arg(m.route.producer, dataKindKey(m.route.kind)));
            });
    }

    if (output.format() == OutputFormat::Json) {
        QJsonArray kinds;
        for (const DataKind kind : kDataKinds)
            kinds.append(kindJson(kindRouting(fleet, kind), fleet));
        QJsonArray items;
        for (qsizetype i = 0; i < routes.size(); ++i)
            items.append(
                routeJson(routes[i], target, i < measured.size() ? &measured[i] : nullptr));
        output.json(json::document({{QStringLiteral("config"), QDir::toNativeSeparators(path)},
                                    {QStringLiteral("replicationTarget"),
                                     target ? QJsonValue(*target) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("measured"), parser.isSet(measure)},
                                    {QStringLiteral("kinds"), kinds},
                                    {QStringLiteral("routes"), items}}));
    } else {
        printText(fleet, target, routes, measured, output);
    }

    // 1: files at risk (measured, or certain because a row has too few receivers);
    // 3: a row could not be measured and nothing at risk was found.
    bool atRisk = false;
    bool incomplete = false;
    for (qsizetype i = 0; i < routes.size(); ++i) {
        if (target && routes[i].possibleCopies() < *target)
            atRisk = true;
        if (i < measured.size()) {
            if (!measured[i].ok())
                incomplete = true;
            else if (measured[i].tally.atRiskFiles > 0)
                atRisk = true;
        }
    }
    return atRisk ? ProblemsFound : incomplete ? Incomplete : Success;
}

} // namespace qm::cli
