#include "commands.h"
#include "core/cleanup/cleanupjob.h"
#include "core/config/configcheck.h"
#include "core/history/historystore.h"
#include "core/jobs/jobstore.h"
#include "core/json/schema.h"
#include "core/remote/fleetaccess.h"
#include "core/samples/sampleindex.h"
#include "core/samples/sampleretention.h"
#include "core/units/datasize.h"
#include "exitcode.h"
#include "jobsadd.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QTimeZone>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Samples)
};

/// The options both actions share.
struct SamplesOptions
{
    QCommandLineOption format{QStringLiteral("format"),
                              Text::tr("Output format: text or json (default text)."),
                              QStringLiteral("text|json"), QStringLiteral("text")};
    QCommandLineOption minerDir{
        QStringLiteral("miner-dir"),
        Text::tr("The miner's data directory (holding generation_history.jsonl and ply_files): "
                 "/path, or HOST:/path for a host of --config."),
        QStringLiteral("DIR")};
    /// The old name of --miner-dir, still read (with a note): everywhere else --data-dir
    /// names the app's own folder.
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               Text::tr("Deprecated: the old name of --miner-dir."),
                               QStringLiteral("DIR")};
    QCommandLineOption config{QStringLiteral("config"),
                              Text::tr("The fleet config whose hosts HOST:/path names."),
                              QStringLiteral("FILE")};
    QCommandLineOption sshConfig{QStringLiteral("ssh-config"),
                                 Text::tr("An ssh config file instead of ~/.ssh/config."),
                                 QStringLiteral("FILE")};
    QCommandLineOption knownHosts{QStringLiteral("known-hosts"),
                                  Text::tr("A known_hosts file instead of ~/.ssh/known_hosts."),
                                  QStringLiteral("FILE")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({format, minerDir, dataDir, config, sshConfig, knownHosts});
    }
};

/// The data directory's index, or nothing with the error printed and `*exit` set.
std::optional<SampleSourceIndex> readIndex(const QCommandLineParser &parser,
                                           const SamplesOptions &options,
                                           std::shared_ptr<const FleetConfig> *config,
                                           Output &output, int *exit)
{
    QString minerDir = parser.value(options.minerDir);
    if (parser.isSet(options.dataDir)) {
        output.notice(Text::tr("note: for samples, --data-dir is the old name of --miner-dir "
                               "(everywhere else it names the app's folder); say --miner-dir"));
        if (!minerDir.isEmpty() && minerDir != parser.value(options.dataDir)) {
            output.error(Text::tr("--miner-dir and --data-dir name different folders"));
            *exit = UsageError;
            return std::nullopt;
        }
        minerDir = parser.value(options.dataDir);
    }
    if (minerDir.isEmpty()) {
        output.error(Text::tr("give --miner-dir DIR: the miner's data directory"));
        *exit = UsageError;
        return std::nullopt;
    }
    CleanupJobRequest target;
    QString error;
    if (!parseCleanupTarget(minerDir, &target, &error)) {
        output.error(error);
        *exit = UsageError;
        return std::nullopt;
    }
    if (parser.isSet(options.config)) {
        const CheckedFile checked = checkConfigFile(parser.value(options.config));
        if (!checked.config) {
            output.error(Text::tr("cannot load %1").arg(parser.value(options.config)));
            *exit = UsageError;
            return std::nullopt;
        }
        *config = checked.config;
    }
    if (!target.host.isEmpty() && (!*config || !(*config)->host(target.host))) {
        output.error(
            Text::tr("“%1” is not a host of the config (give --config FILE)").arg(target.host));
        *exit = UsageError;
        return std::nullopt;
    }
    SshOptions ssh;
    ssh.configFile = parser.value(options.sshConfig);
    ssh.knownHostsFile = parser.value(options.knownHosts);
    const FleetAccess access = FleetAccess::withPrograms(*config, ssh);
    std::optional<SampleSourceIndex> index =
        indexSamples({target.host, target.rule.root}, access, QDateTime::currentMSecsSinceEpoch(),
                     nullptr, &error);
    if (!index) {
        output.error(error);
        *exit = target.host.isEmpty() ? UsageError : Incomplete;
        return std::nullopt;
    }
    for (const QString &warning : std::as_const(index->warnings))
        output.warning(warning);
    return index;
}

/// The description of `samples list`.
QString listDescription()
{
    return Text::tr("List the samples a miner kept (ply_files/rejected_samples/*.ply, then the "
                    "accepted ply_files/*.ply), each with what generation_history.jsonl says "
                    "about it: when it was made, why it was rejected, its CLIP score and "
                    "gaussian count. Samples the log does not mention are listed too, marked "
                    "so; lines of the log that are not JSON are counted and skipped.");
}

int listSamples(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(listDescription());
    const SamplesOptions options;
    options.addTo(parser);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("samples list"), output))
        return *done;
    if (!output.setFormat(parser.value(options.format)))
        return UsageError;
    int exit = Success;
    std::shared_ptr<const FleetConfig> config;
    const std::optional<SampleSourceIndex> index =
        readIndex(parser, options, &config, output, &exit);
    if (!index)
        return exit;
    if (output.format() == OutputFormat::Json) {
        QJsonArray samples;
        for (const SampleRecord &sample : index->samples)
            samples.append(sampleToJson(sample));
        QJsonValue pending(QJsonValue::Null);
        if (index->pending)
            pending = QJsonObject{
                {QStringLiteral("count"), index->pending->count},
                {QStringLiteral("stuck"), index->pending->stuck},
                {QStringLiteral("oldestAt"), json::timeOrNull(index->pending->oldestMs)}};
        output.json(json::document(
            {{QStringLiteral("samples"), samples},
             {QStringLiteral("badLogLines"), index->badHistoryLines},
             {QStringLiteral("logLines"), index->historyLines},
             {QStringLiteral("logFound"), index->historyFound},
             {QStringLiteral("pendingGenerations"), pending},
             {QStringLiteral("warnings"), QJsonArray::fromStringList(index->warnings)}}));
        return Success;
    }
    const QLocale locale;
    QMap<QString, std::pair<qint64, qint64>> byReason; // count, bytes
    QList<QStringList> rows = {{Text::tr("MADE"), Text::tr("REASON"), Text::tr("CLIP"),
                                Text::tr("GAUSSIANS"), Text::tr("SIZE"), Text::tr("FILE")}};
    for (const SampleRecord &sample : index->samples) {
        const QString reason = sample.set == SampleSet::Accepted ? Text::tr("(accepted)")
                               : !sample.log                     ? Text::tr("(not in the log)")
                               : sample.reason().isEmpty()       ? Text::tr("(no reason given)")
                                                                 : sample.reason();
        auto &[count, bytes] = byReason[reason];
        ++count;
        bytes += sample.sizeBytes;
        const QString clip = sample.log && sample.log->clipScore
                                 ? locale.toString(*sample.log->clipScore, 'f', 3)
                                 : QStringLiteral("–");
        const QString gaussians = sample.log && sample.log->numGaussians
                                      ? locale.toString(*sample.log->numGaussians)
                                      : QStringLiteral("–");
        rows.append({json::time(sample.timeMs()), reason, clip, gaussians,
                     formatDataSize(sample.sizeBytes), sample.relativePath});
    }
    if (rows.size() > 1) {
        for (const QString &line : formatTable(rows, {false, false, true, true, true, false}))
            output.line(line);
    }
    output.line(Text::tr("%Ln sample(s) in %1; the log has %2 line(s), %3 not readable.", nullptr,
                         int(index->samples.size()))
                    .arg(index->source.label(), locale.toString(index->historyLines),
                         locale.toString(index->badHistoryLines)));
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        output.line(Text::tr("  %1: %Ln sample(s), %2", nullptr, int(it->first))
                        .arg(it.key(), formatDataSize(it->second)));
    if (index->pending)
        output.line(Text::tr("%Ln generation(s) pending, %1 stuck for more than an hour", nullptr,
                             index->pending->count)
                        .arg(index->pending->stuck));
    return Success;
}

/// The options of `samples clean` beside the shared ones.
struct CleanOptions
{
    QCommandLineOption olderThan{QStringLiteral("older-than"),
                                 Text::tr("Only samples made more than DAYS days ago."),
                                 QStringLiteral("DAYS")};
    QCommandLineOption keepPerReason{
        QStringLiteral("keep-per-reason"),
        Text::tr("Keep the newest N samples of each rejection reason."), QStringLiteral("N")};
    QCommandLineOption keepPerHost{QStringLiteral("keep-per-host"),
                                   Text::tr("Keep the newest N samples of the data directory."),
                                   QStringLiteral("N")};
    QCommandLineOption yes{QStringLiteral("yes"),
                           Text::tr("Queue the cleanup after printing its plan.")};
    QCommandLineOption queueDir{
        QStringLiteral("queue-dir"),
        Text::tr("Where the jobs database is kept (the app's folder: jobs' --data-dir; "
                 "default %1).")
            .arg(defaultDataDirectory()),
        QStringLiteral("DIR")};
    QCommandLineOption allowProtected{
        QStringLiteral("allow-protected-root"),
        Text::tr("Allow this exact folder as the cleanup's root although it is protected "
                 "(/, a home folder, a system folder, a mount point)."),
        QStringLiteral("PATH")};

    void addTo(QCommandLineParser &parser, const SamplesOptions &shared) const
    {
        parser.setApplicationDescription(Text::tr(
            "Plan the removal of rejected samples by a retention rule, and queue it. A sample "
            "is removed only if every rule given allows it; its age is its log timestamp, "
            "else its file's modification time. Accepted outputs are never removed. Without "
            "--yes only the plan is printed; with it the plan is queued as a cleanup job "
            "(this machine's files go to the trash, a host's to its quarantine folder) for "
            "the app or `qmctl jobs run` to carry out."));
        shared.addTo(parser);
        parser.addOptions({olderThan, keepPerReason, keepPerHost, yes, queueDir, allowProtected});
    }
};

int cleanSamples(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    const SamplesOptions options;
    const CleanOptions clean;
    clean.addTo(parser, options);
    const QCommandLineOption &olderThan = clean.olderThan;
    const QCommandLineOption &keepPerReason = clean.keepPerReason;
    const QCommandLineOption &keepPerHost = clean.keepPerHost;
    const QCommandLineOption &yes = clean.yes;
    const QCommandLineOption &queueDir = clean.queueDir;
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("samples clean"), output))
        return *done;
    if (!output.setFormat(parser.value(options.format)))
        return UsageError;
    SampleRetentionRule rule;
    for (const auto &[option, field] : {std::pair{&olderThan, &rule.olderThanDays},
                                        std::pair{&keepPerReason, &rule.keepPerReason},
                                        std::pair{&keepPerHost, &rule.keepPerHost}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *field = parser.value(*option).toInt(&ok);
        if (!ok || *field < 0) {
            output.error(Text::tr("--%1 takes a whole number, 0 or more, not “%2”")
                             .arg(option->names().first(), parser.value(*option)));
            return UsageError;
        }
    }
    if (rule.isEmpty()) {
        output.error(Text::tr("give a rule: --older-than DAYS, --keep-per-reason N or "
                              "--keep-per-host N"));
        return UsageError;
    }
    int exit = Success;
    JobsSession session;
    const std::optional<SampleSourceIndex> index =
        readIndex(parser, options, &session.environment.config, output, &exit);
    if (!index)
        return exit;
    rule.nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<SampleRecord> chosen;
    for (const qsizetype i : samplesToRemove(index->samples, rule))
        chosen.append(index->samples[i]);
    if (chosen.isEmpty()) {
        if (output.format() == OutputFormat::Json)
            output.json(json::document({{QStringLiteral("plan"), QJsonValue(QJsonValue::Null)},
                                        {QStringLiteral("queued"), false}}));
        else
            output.line(Text::tr("No sample of %1 is %2: nothing to clean up.")
                            .arg(index->source.label(), rule.describe()));
        return Success;
    }
    // One data directory: one request, planned as its job will plan it.
    CleanupJobRequest request = sampleCleanupRequests(chosen, rule.nowMs).first();
    request.allowProtectedRoot = parser.value(clean.allowProtected);
    session.environment.ssh.configFile = parser.value(options.sshConfig);
    session.environment.ssh.knownHostsFile = parser.value(options.knownHosts);
    const FleetAccess access =
        FleetAccess::withPrograms(session.environment.config, session.environment.ssh);
    bool unreachable = false;
    if (const QString refusal = checkCleanupRoot(request, access, nullptr, &unreachable);
        !refusal.isEmpty()) {
        output.error(refusal);
        return unreachable ? Incomplete : UsageError;
    }
    QString error;
    const std::optional<CleanupJobPlan> plan = planCleanupJob(request, access, nullptr, &error);
    if (!plan) {
        output.error(error);
        return Incomplete;
    }
    QStringList description = {Text::tr("Rule: %1.").arg(rule.describe())};
    description += plan->describe();
    if (parser.isSet(yes)) {
        session.databasePath = jobsDatabasePath(parser.value(queueDir));
        if (!session.store.open(session.databasePath, &error)) {
            output.error(error);
            return UsageError;
        }
    }
    return reviewOrQueue(session, cleanupJobSpec(request), plan->toJson(), description,
                         parser.isSet(yes), output);
}

} // namespace

int runSamples(const QStringList &arguments, Output &output)
{
    const QString action = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("list"))
        return listSamples(rest, output);
    if (action == QLatin1String("clean"))
        return cleanSamples(rest, output);
    if (action == QLatin1String("-h") || action == QLatin1String("--help")) {
        QCommandLineParser list;
        SamplesOptions().addTo(list);
        QCommandLineParser clean;
        CleanOptions().addTo(clean, SamplesOptions());
        output.setFormat(OutputFormat::Text);
        output.line(Text::tr("Usage: qmctl samples list|clean --miner-dir DIR [options]\n"
                             "  list    the samples with their log entries\n"
                             "  clean   plan (and with --yes queue) the removal of old "
                             "rejected samples\n"
                             "`qmctl samples ACTION --help` tells more."));
        output.line();
        output.line(Text::tr("Options of list:"));
        output.line(optionsHelp(list));
        output.line(Text::tr("Options of clean:"));
        output.line(optionsHelp(clean));
        output.line(exitCodesHelp().trimmed());
        return Success;
    }
    output.error(action.isEmpty() ? Text::tr("give an action: list or clean")
                                  : Text::tr("unknown action '%1': use list or clean").arg(action));
    return UsageError;
}

} // namespace qm::cli
