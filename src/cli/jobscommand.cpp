#include "commands.h"
#include "core/config/configcheck.h"
#include "core/history/historystore.h"
#include "core/jobkinds/jobkinds.h"
#include "core/jobkinds/runnerservice.h"
#include "core/jobs/jobrunner.h"
#include "core/jobs/jobstore.h"
#include "core/jobs/runnerlock.h"
#include "core/json/schema.h"
#include "core/logs/jobeventlog.h"
#include "core/settings/settings.h"
#include "core/sync/syncjob.h"
#include "core/units/datasize.h"
#include "exitcode.h"
#include "jobsadd.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Jobs)
};

std::atomic<bool> g_stopRequested{false};

extern "C" void requestStop(int)
{
    g_stopRequested.store(true);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue countOrNull(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QJsonObject jobJson(const Job &job)
{
    return {{QStringLiteral("id"), job.id},
            {QStringLiteral("kind"), job.spec.kind.key()},
            {QStringLiteral("state"), jobStateKey(job.state)},
            {QStringLiteral("trigger"), jobTriggerKey(job.spec.trigger)},
            {QStringLiteral("source"), textOrNull(job.spec.source)},
            {QStringLiteral("destination"), textOrNull(job.spec.destination)},
            {QStringLiteral("attempts"), job.attempts},
            {QStringLiteral("progress"), job.progress},
            {QStringLiteral("bytesDone"), countOrNull(job.bytesDone)},
            {QStringLiteral("bytesTotal"), countOrNull(job.bytesTotal)},
            {QStringLiteral("createdAt"), json::timeOrNull(job.createdMs)},
            {QStringLiteral("startedAt"), json::timeOrNull(job.startedMs)},
            {QStringLiteral("finishedAt"), json::timeOrNull(job.finishedMs)},
            {QStringLiteral("error"), textOrNull(job.error)}};
}

QString localTime(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-")
                  : QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int listJobs(JobsSession &session, Output &output)
{
    // No database yet (a new HOME): no jobs, and no query against a closed database.
    const QList<Job> jobs = session.store.isOpen() ? session.store.jobs() : QList<Job>();
    if (output.format() == OutputFormat::Json) {
        QJsonArray items;
        for (const Job &job : jobs)
            items.append(jobJson(job));
        output.json(json::listing(QStringLiteral("jobs"), items));
        return Success;
    }
    if (jobs.isEmpty()) {
        output.line(Text::tr("no jobs in %1").arg(session.databasePath));
        return Success;
    }
    QList<QStringList> rows = {{Text::tr("ID"), Text::tr("STATE"), Text::tr("KIND"),
                                Text::tr("WHAT"), Text::tr("PROGRESS"), Text::tr("TRIES"),
                                Text::tr("CREATED")}};
    for (const Job &job : jobs) {
        const QString what = job.spec.destination.isEmpty()
                                 ? job.spec.source
                                 : job.spec.source + QStringLiteral(" → ") + job.spec.destination;
        rows.append({QString::number(job.id), jobStateKey(job.state), job.spec.kind.key(), what,
                     QStringLiteral("%1 %").arg(qRound(job.progress * 100)),
                     QString::number(job.attempts), localTime(job.createdMs)});
    }
    for (const QString &line : formatTable(rows, {true, false, false, false, true, true, false}))
        output.line(line);
    return Success;
}

int showJob(JobsSession &session, qint64 id, Output &output)
{
    const std::optional<Job> job = session.store.job(id);
    if (!job) {
        output.error(Text::tr("there is no job %1").arg(id));
        return UsageError;
    }
    const QList<JobCommand> commands = session.store.commands(id);
    const QList<JobLogLine> log = session.store.log(id);
    if (output.format() == OutputFormat::Json) {
        QJsonObject object = jobJson(*job);
        QJsonArray commandItems;
        for (const JobCommand &command : commands)
            commandItems.append(
                QJsonObject{{QStringLiteral("at"), json::timeOrNull(command.timeMs)},
                            {QStringLiteral("attempt"), command.attempt},
                            {QStringLiteral("commandLine"), command.commandLine}});
        QJsonArray logItems;
        for (const JobLogLine &line : log)
            logItems.append(QJsonObject{{QStringLiteral("at"), json::timeOrNull(line.timeMs)},
                                        {QStringLiteral("attempt"), line.attempt},
                                        {QStringLiteral("text"), line.text}});
        object.insert(QStringLiteral("parameters"), job->spec.parameters);
        object.insert(QStringLiteral("plan"),
                      job->plan.isEmpty() ? QJsonValue() : QJsonValue(job->plan));
        object.insert(QStringLiteral("commands"), commandItems);
        object.insert(QStringLiteral("log"), logItems);
        output.json(json::document({{QStringLiteral("job"), object}}));
        return Success;
    }
    output.line(
        Text::tr("job %1: %2 %3").arg(id).arg(job->spec.kind.key(), jobStateTitle(job->state)));
    output.line(Text::tr("source: %1").arg(job->spec.source));
    if (!job->spec.destination.isEmpty())
        output.line(Text::tr("destination: %1").arg(job->spec.destination));
    output.line(Text::tr("attempts: %1 of %2").arg(job->attempts).arg(job->spec.maxAttempts));
    output.line(
        Text::tr("created: %1, started: %2, finished: %3")
            .arg(localTime(job->createdMs), localTime(job->startedMs), localTime(job->finishedMs)));
    if (job->bytesDone >= 0)
        output.line(Text::tr("progress: %1 % (%2 of %3)")
                        .arg(qRound(job->progress * 100))
                        .arg(formatDataSize(job->bytesDone), job->bytesTotal >= 0
                                                                 ? formatDataSize(job->bytesTotal)
                                                                 : QStringLiteral("?")));
    if (!job->error.isEmpty())
        output.line(Text::tr("error: %1").arg(job->error));
    if (!commands.isEmpty()) {
        output.line(Text::tr("commands:"));
        for (const JobCommand &command : commands)
            output.line(QStringLiteral("  [%1] %2").arg(command.attempt).arg(command.commandLine));
    }
    if (!log.isEmpty()) {
        output.line(Text::tr("log:"));
        for (const JobLogLine &line : log)
            output.line(QStringLiteral("  %1 [%2] %3")
                            .arg(localTime(line.timeMs))
                            .arg(line.attempt)
                            .arg(line.text));
    }
    return Success;
}

int runJobs(JobsSession &session, bool once, Output &output)
{
    JobRunner::Options options;
    options.databasePath = session.databasePath;
    if (session.environment.config && session.environment.config->maxConcurrentSyncs &&
        session.environment.config->maxConcurrentSyncs->value >= 1)
        options.perHostLimit = int(session.environment.config->maxConcurrentSyncs->value);
    // Job events go into the embedded logs file, as the window's runner writes them.
    JobEventLog events(session.environment.logsPath);
    options.events = events.sink();
    JobRunner runner(options);
    setStandardJobFunctions(runner, session.environment);
    int failures = 0;
    QObject::connect(
        &runner, &JobRunner::jobFinished, &runner,
        [&](qint64 id, JobState state, const QString &error) {
            if (state == JobState::Failed)
                ++failures;
            if (output.format() == OutputFormat::Text)
                output.line(
                    error.isEmpty()
                        ? Text::tr("job %1: %2").arg(id).arg(jobStateTitle(state))
                        : Text::tr("job %1: %2: %3").arg(id).arg(jobStateTitle(state), error));
        });
    QObject::connect(&runner, &JobRunner::storeError, &runner,
                     [&output](const QString &message) { output.warning(message); });
    QString error;
    QString holder;
    if (!runner.start(&error, &holder)) {
        output.error(error);
        return holder.isEmpty() ? UsageError : Incomplete;
    }
    QEventLoop loop;
    if (once)
        QObject::connect(&runner, &JobRunner::idle, &loop, &QEventLoop::quit);
    g_stopRequested.store(false);
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&loop] {
        if (g_stopRequested.load())
            loop.quit();
    });
    watch.start(200);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    runner.stop();
    return failures > 0 ? ProblemsFound : Success;
}

/// The options of `qmctl jobs`, as added to its parser.
struct JobsOptions
{
    QCommandLineOption format;
    QCommandLineOption dataDir;
    QCommandLineOption config;
    QCommandLineOption yes;
    QCommandLineOption deleting;
    QCommandLineOption maxDelete;
    QCommandLineOption push;
    QCommandLineOption olderThan;
    QCommandLineOption olderThanHours;
    QCommandLineOption database;
    QCommandLineOption archiveFormat;
    QCommandLineOption pattern;
    QCommandLineOption emptyQuarantine;
    QCommandLineOption allowProtected;
    QCommandLineOption every;
    QCommandLineOption dailyAt;
    QCommandLineOption catchUp;
    QCommandLineOption once;
    QCommandLineOption sshConfig;
    QCommandLineOption knownHosts;
    QCommandLineOption batchSize;
    QCommandLineOption maxObjects;
    QCommandLineOption maxBytes;
    QCommandLineOption maxSize;
    QCommandLineOption maxAgeDays;
    QCommandLineOption keep;
    QCommandLineOption noStart;
};

/// The description, action and options of `qmctl jobs`, added to `parser`.
JobsOptions addJobsOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(Text::tr(
        "The job queue.\n"
        "  add sync SRC DEST [--delete --max-delete N] [--push]   SRC/DEST: /path, HOST:/path,\n"
        "                                                          rclone:REMOTE:path\n"
        "  add archive ROOT --older-than DAYS [--format zst|gz]\n"
        "  add cleanup ROOT --older-than DAYS [--pattern GLOB]… [--empty-quarantine]\n"
        "                                                          ROOT: /path or HOST:/path\n"
        "      (cleanup, archive, sync --delete refuse /, a home folder, a system folder\n"
        "      and a mount point's root unless --allow-protected-root names it)\n"
        "  add probe [HOST]\n"
        "  add logs-retention [--db URI] --older-than-hours HOURS\n"
        "  add orphans-clean PLAN.csv [--max-objects N] [--max-bytes B] [--batch-size N]\n"
        "  schedule add (--every 15m|2h|MIN | --daily-at HH:MM) [--catch-up] KIND …\n"
        "  schedule list | schedule remove|enable|disable ID\n"
        "  list | show ID | cancel ID | retry ID | run [--once]\n"
        "  clear [ID]… [--older-than DAYS] [--yes]   finished jobs and their logs"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Text::tr("add, list, show, cancel, retry, run, schedule or "
                                          "clear."));
    QCommandLineOption format(QStringLiteral("format"),
                              Text::tr("Output format: text or json (default text)."),
                              QStringLiteral("text|json"), QStringLiteral("text"));
    QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        Text::tr("Where the jobs database is kept (default %1).").arg(defaultDataDirectory()),
        QStringLiteral("DIR"));
    QCommandLineOption config(QStringLiteral("config"),
                              Text::tr("The fleet config whose hosts the jobs reach."),
                              QStringLiteral("FILE"));
    QCommandLineOption yes(QStringLiteral("yes"),
                           Text::tr("Queue a job that deletes or removes originals, "
                                    "after its plan (without it, only the plan is "
                                    "printed)."));
    QCommandLineOption olderThan(
        QStringLiteral("older-than"),
        Text::tr("archive, cleanup: files modified more than DAYS days ago."),
        QStringLiteral("DAYS"));
    QCommandLineOption olderThanHours(
        QStringLiteral("older-than-hours"),
        Text::tr("logs-retention: log lines written more than HOURS hours ago."),
        QStringLiteral("HOURS"));
    QCommandLineOption database(
        QStringLiteral("db"),
        Text::tr("logs-retention: the logs database, postgresql://… or sqlite:/path (default: "
                 "logs.sqlite in the data folder)."),
        QStringLiteral("URI"));
    QCommandLineOption archiveFormat(
        QStringLiteral("archive-format"),
        Text::tr("archive: zst (default) or gz; also given as --format zst|gz."),
        QStringLiteral("zst|gz"));
    QCommandLineOption pattern(
        QStringLiteral("pattern"),
        Text::tr("cleanup: only files whose name matches GLOB (repeatable)."),
        QStringLiteral("GLOB"));
    QCommandLineOption emptyQuarantine(
        QStringLiteral("empty-quarantine"),
        Text::tr("cleanup HOST:/path: delete for good what its quarantine has held for "
                 "more than --older-than DAYS."));
    QCommandLineOption deleting(QStringLiteral("delete"),
                                Text::tr("sync: delete at DEST what SRC no longer has."));
    QCommandLineOption maxDelete(QStringLiteral("max-delete"),
                                 Text::tr("sync --delete: the most files it may delete."),
                                 QStringLiteral("N"));
    QCommandLineOption push(QStringLiteral("push"),
                            Text::tr("sync between two hosts: run rsync on the source "
                                     "and push (default: the destination pulls)."));
    QCommandLineOption every(QStringLiteral("every"),
                             Text::tr("schedule add: every 15m, 2h or N minutes."),
                             QStringLiteral("INTERVAL"));
    QCommandLineOption dailyAt(QStringLiteral("daily-at"),
                               Text::tr("schedule add: daily at this local time."),
                               QStringLiteral("HH:MM"));
    QCommandLineOption catchUp(
        QStringLiteral("catch-up"),
        Text::tr("schedule add: make up a run missed while no runner was going (once)."));
    QCommandLineOption once(QStringLiteral("once"),
                            Text::tr("run: run what is queued and due, then exit."));
    QCommandLineOption allowProtected(
        QStringLiteral("allow-protected-root"),
        Text::tr("cleanup, archive, sync --delete: allow this exact folder as the root (or "
                 "destination) although it is protected: /, a home folder, a system folder, "
                 "a mount point's root."),
        QStringLiteral("PATH"));
    QCommandLineOption sshConfig(QStringLiteral("ssh-config"),
                                 Text::tr("An ssh config file instead of ~/.ssh/config."),
                                 QStringLiteral("FILE"));
    QCommandLineOption knownHosts(QStringLiteral("known-hosts"),
                                  Text::tr("A known_hosts file instead of ~/.ssh/known_hosts."),
                                  QStringLiteral("FILE"));
    QCommandLineOption batchSize(QStringLiteral("batch-size"),
                                 Text::tr("orphans-clean: keys checked and moved together "
                                          "(default 1000)."),
                                 QStringLiteral("N"));
    QCommandLineOption maxObjects(QStringLiteral("max-objects"),
                                  Text::tr("orphans-clean: the most objects a run moves."),
                                  QStringLiteral("N"));
    QCommandLineOption maxBytes(QStringLiteral("max-bytes"),
                                Text::tr("orphans-clean: the most planned bytes a run deals "
                                         "with (e.g. 500G, 2TB)."),
                                QStringLiteral("B"));
    QCommandLineOption maxSize(QStringLiteral("max-size"),
                               Text::tr("log-rotate: rotate when larger than MB (10^6 bytes)."),
                               QStringLiteral("MB"));
    QCommandLineOption maxAgeDays(QStringLiteral("max-age-days"),
                                  Text::tr("log-rotate: rotate when last rotated more than N days "
                                           "ago."),
                                  QStringLiteral("N"));
    QCommandLineOption keep(QStringLiteral("keep"),
                            Text::tr("log-rotate: rotations kept (default 7)."),
                            QStringLiteral("N"));
    QCommandLineOption noStart(QStringLiteral("no-start"),
                               Text::tr("service install: write the unit, do not start it."));
    parser.addOptions({format,          dataDir,        config,        yes,
                       deleting,        maxDelete,      push,          olderThan,
                       olderThanHours,  database,       archiveFormat, pattern,
                       emptyQuarantine, allowProtected, every,         dailyAt,
                       catchUp,         once,           sshConfig,     knownHosts,
                       batchSize,       maxObjects,     maxBytes,      maxSize,
                       maxAgeDays,      keep,           noStart});
    return {format,          dataDir,        config,        yes,
            deleting,        maxDelete,      push,          olderThan,
            olderThanHours,  database,       archiveFormat, pattern,
            emptyQuarantine, allowProtected, every,         dailyAt,
            catchUp,         once,           sshConfig,     knownHosts,
            batchSize,       maxObjects,     maxBytes,      maxSize,
            maxAgeDays,      keep,           noStart};
}

/// Sets the output's format from --format, which `add archive --format zst|gz` (and
/// `schedule add … archive`) takes for the archive's; `*archiveFormatKey` is the
/// archive's format. False (reported) when the output format is not known.
bool setOutputFormat(const QCommandLineParser &parser, const JobsOptions &option,
                     const QString &action, const QStringList &positional,
                     QString *archiveFormatKey, Output &output)
{
    // `add archive --format zst|gz` names the archive's format, as the issue writes it;
    // everywhere else --format is the output's.
    QString outputFormat = parser.value(option.format);
    *archiveFormatKey = parser.value(option.archiveFormat);
    const bool adding =
        action == QLatin1String("add") ||
        (action == QLatin1String("schedule") && positional.value(0) == QLatin1String("add"));
    const QString kind = positional.value(adding && action != QLatin1String("add") ? 1 : 0);
    if (adding && (kind == QLatin1String("archive") || kind == QLatin1String("log-rotate")) &&
        (outputFormat == QLatin1String("zst") || outputFormat == QLatin1String("gz"))) {
        *archiveFormatKey = outputFormat;
        outputFormat = QStringLiteral("text");
    }
    return output.setFormat(outputFormat);
}

/// Whether `action` is one of `qmctl jobs`; reports it when not.
bool isJobsAction(const QString &action, Output &output)
{
    static const QStringList actions = {
        QStringLiteral("add"),      QStringLiteral("list"),  QStringLiteral("show"),
        QStringLiteral("cancel"),   QStringLiteral("retry"), QStringLiteral("run"),
        QStringLiteral("schedule"), QStringLiteral("clear"), QStringLiteral("service")};
    if (!actions.contains(action)) {
        output.error(action.isEmpty()
                         ? Text::tr("give an action: add, list, show, cancel, retry, run, "
                                    "schedule or clear")
                         : Text::tr("unknown action '%1': use add, list, show, cancel, retry, "
                                    "run, schedule or clear")
                               .arg(action));
        return false;
    }
    return true;
}

/// Fills `session` from the options; false (reported) when the config cannot be loaded.
bool readSession(const QCommandLineParser &parser, const JobsOptions &option, JobsSession *session,
                 Output &output)
{
    session->databasePath = jobsDatabasePath(parser.value(option.dataDir));
    session->environment.historyPath = historyDatabasePath(parser.value(option.dataDir));
    session->environment.logsPath = logsDatabasePath(parser.value(option.dataDir));
    // Lifecycle jobs write the storage gauges where the app would.
    session->environment.storageTextfileDirectory =
        Settings::ofDesktopApp()->storageTextfileDirectory();
    session->environment.daemons = Settings::ofDesktopApp()->daemons();
    session->environment.ssh.configFile = parser.value(option.sshConfig);
    session->environment.ssh.knownHostsFile = parser.value(option.knownHosts);
    if (parser.isSet(option.config)) {
        const CheckedFile checked = checkConfigFile(parser.value(option.config));
        if (!checked.config) {
            output.error(Text::tr("cannot load %1").arg(parser.value(option.config)));
            return false;
        }
        session->environment.config = checked.config;
    }
    return true;
}

/// `add …` and `schedule …`.
int addOrSchedule(JobsSession &session, const QCommandLineParser &parser, const JobsOptions &option,
                  const QString &action, const QStringList &positional,
                  const QString &archiveFormatKey, Output &output)
{
    JobAddOptions options;
    options.yes = parser.isSet(option.yes);
    options.deleting = parser.isSet(option.deleting);
    options.push = parser.isSet(option.push);
    options.archiveFormat = archiveFormatKey;
    options.patterns = parser.values(option.pattern);
    options.emptyQuarantine = parser.isSet(option.emptyQuarantine);
    options.allowProtectedRoot = parser.value(option.allowProtected);
    bool ok = true;
    if (parser.isSet(option.maxDelete))
        options.maxDelete = parser.value(option.maxDelete).toLongLong(&ok);
    if (ok && parser.isSet(option.olderThan))
        options.olderThanDays = parser.value(option.olderThan).toInt(&ok);
    if (ok && parser.isSet(option.olderThanHours))
        options.olderThanHours = parser.value(option.olderThanHours).toInt(&ok);
    options.database = parser.value(option.database);
    if (ok && parser.isSet(option.batchSize))
        options.batchSize = parser.value(option.batchSize).toInt(&ok);
    if (ok && parser.isSet(option.maxObjects))
        options.maxObjects = parser.value(option.maxObjects).toLongLong(&ok);
    if (ok && parser.isSet(option.maxSize))
        options.maxMegabytes = parser.value(option.maxSize).toDouble(&ok);
    if (ok && parser.isSet(option.maxAgeDays))
        options.maxAgeDays = parser.value(option.maxAgeDays).toDouble(&ok);
    if (ok && parser.isSet(option.keep))
        options.keep = parser.value(option.keep).toInt(&ok);
    if (ok && ((parser.isSet(option.maxSize) && options.maxMegabytes < 0) ||
               (parser.isSet(option.maxAgeDays) && options.maxAgeDays < 0) ||
               (parser.isSet(option.keep) && options.keep < 0))) {
        output.error(Text::tr("--max-size, --max-age-days and --keep take a number ≥ 0"));
        return UsageError;
    }
    if (!ok || (parser.isSet(option.maxDelete) && options.maxDelete < 0) ||
        (parser.isSet(option.olderThan) && options.olderThanDays < 0) ||
        (parser.isSet(option.olderThanHours) && options.olderThanHours < 0) ||
        (parser.isSet(option.batchSize) && options.batchSize < 1) ||
        (parser.isSet(option.maxObjects) && options.maxObjects < 0)) {
        output.error(Text::tr("--max-delete, --older-than, --older-than-hours and --max-objects "
                              "take a number ≥ 0, --batch-size one ≥ 1"));
        return UsageError;
    }
    if (parser.isSet(option.maxBytes)) {
        const std::optional<qint64> bytes = parseDataSize(parser.value(option.maxBytes));
        if (!bytes) {
            output.error(Text::tr("bad --max-bytes '%1': give bytes, or a size such as 500G or "
                                  "2TB")
                             .arg(parser.value(option.maxBytes)));
            return UsageError;
        }
        options.maxBytes = *bytes;
    }
    if (action == QLatin1String("schedule"))
        return scheduleCommand(session, positional, options,
                               {parser.value(option.every), parser.value(option.dailyAt),
                                parser.isSet(option.catchUp)},
                               output);
    return addJob(session, positional, options, output);
}

/// `clear [ID]… [--older-than DAYS] [--yes]`: finished jobs (succeeded, failed,
/// cancelled) go with their logs — those named and those that finished more than DAYS
/// ago. Without --yes, only what would go is printed.
int clearJobs(JobsSession &session, const QCommandLineParser &parser, const JobsOptions &option,
              const QStringList &positional, Output &output)
{
    QList<qint64> ids;
    for (const QString &word : positional) {
        bool ok = false;
        ids.append(word.toLongLong(&ok));
        if (!ok) {
            output.error(Text::tr("clear takes job IDs, not “%1”").arg(word));
            return UsageError;
        }
    }
    qint64 before = -1;
    if (parser.isSet(option.olderThan)) {
        bool ok = false;
        const int days = parser.value(option.olderThan).toInt(&ok);
        if (!ok || days < 0) {
            output.error(Text::tr("--older-than takes a number of days ≥ 0"));
            return UsageError;
        }
        before = QDateTime::currentMSecsSinceEpoch() - qint64(days) * 86'400'000;
    }
    if (ids.isEmpty() && before < 0) {
        output.error(Text::tr("give job IDs or --older-than DAYS"));
        return UsageError;
    }
    QJsonArray chosen;
    for (const Job &job :
         session.store.jobs({JobState::Succeeded, JobState::Failed, JobState::Cancelled})) {
        if (ids.contains(job.id) || (before >= 0 && job.finishedMs >= 0 && job.finishedMs < before))
            chosen.append(job.id);
    }
    const bool yes = parser.isSet(option.yes);
    int cleared = 0;
    if (yes) {
        QString error;
        cleared = session.store.removeFinished(ids, before, &error);
        if (cleared < 0) {
            output.error(error);
            return Incomplete;
        }
    }
    if (output.format() == OutputFormat::Json) {
        output.json(
            json::document({{QStringLiteral("jobs"), chosen}, {QStringLiteral("cleared"), yes}}));
    } else if (yes) {
        output.line(Text::tr("%n finished job(s) cleared", nullptr, cleared));
    } else {
        output.line(Text::tr("%n finished job(s) would be cleared: give --yes to clear them",
                             nullptr, int(chosen.size())));
    }
    return Success;
}

/// `show ID`, `retry ID` and `cancel ID`.
int actOnJob(JobsSession &session, const QString &action, const QStringList &positional,
             Output &output)
{
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    if (!ok || positional.size() != 1) {
        output.error(Text::tr("give one job ID"));
        return UsageError;
    }
    if (action == QLatin1String("show"))
        return showJob(session, id, output);
    if (action == QLatin1String("retry")) {
        QString error;
        if (!session.store.retry(id, &error)) {
            output.error(error);
            return session.store.job(id) ? ProblemsFound : UsageError;
        }
        output.line(Text::tr("job %1 queued again").arg(id));
        return Success;
    }
    switch (session.store.cancel(id, QDateTime::currentMSecsSinceEpoch())) {
    case JobStore::CancelResult::Cancelled:
        output.line(Text::tr("job %1 cancelled").arg(id));
        return Success;
    case JobStore::CancelResult::Requested:
        output.line(Text::tr("job %1 is running: its runner stops it").arg(id));
        return Success;
    case JobStore::CancelResult::NotActive:
        output.error(Text::tr("job %1 has already finished").arg(id));
        return ProblemsFound;
    case JobStore::CancelResult::NotFound:
        break;
    }
    output.error(Text::tr("there is no job %1").arg(id));
    return UsageError;
}

} // namespace

/// `service install|uninstall|status`: the runner as a service of the user's session.
int serviceCommand(const QStringList &positional, const QString &dataDirectory, bool noStart,
                   Output &output)
{
    const QString what = positional.value(0);
    QString message;
    QString error;
    if (what == QLatin1String("install") || what == QLatin1String("uninstall")) {
        const bool ok =
            what == QLatin1String("install")
                ? installRunnerService(QCoreApplication::applicationFilePath(),
                                       dataDirectory.isEmpty()
                                           ? QString()
                                           : QFileInfo(dataDirectory).absoluteFilePath(),
                                       !noStart, &message, &error)
                : uninstallRunnerService(&message, &error);
        if (!message.isEmpty() && output.format() == OutputFormat::Text)
            output.line(message);
        if (!ok) {
            output.error(error);
            return Incomplete;
        }
        if (output.format() == OutputFormat::Json)
            output.json(
                {{QStringLiteral("schemaVersion"), 1}, {QStringLiteral("message"), message}});
        return Success;
    }
    if (what != QLatin1String("status")) {
        output.error(Text::tr("service takes install, uninstall or status"));
        return UsageError;
    }
    const RunnerServiceStatus status = runnerServiceStatus();
    if (output.format() == OutputFormat::Json) {
        output.json({{QStringLiteral("schemaVersion"), 1},
                     {QStringLiteral("manager"), status.manager},
                     {QStringLiteral("path"), status.unitPath},
                     {QStringLiteral("installed"), status.installed},
                     {QStringLiteral("running"), status.running},
                     {QStringLiteral("detail"), status.detail}});
    } else {
        output.line(status.installed
                        ? Text::tr("installed (%1), %2: %3")
                              .arg(status.unitPath,
                                   status.running ? Text::tr("running") : Text::tr("not running"),
                                   status.detail)
                        : Text::tr("not installed: qmctl jobs service install runs scheduled jobs "
                                   "with the window closed"));
    }
    return status.installed && status.running ? Success : ProblemsFound;
}

int runJobs(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    const JobsOptions option = addJobsOptions(parser);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("jobs"), output))
        return *done;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    QString archiveFormatKey;
    if (!setOutputFormat(parser, option, action, positional, &archiveFormatKey, output))
        return UsageError;
    if (!isJobsAction(action, output))
        return UsageError;
    if (action == QLatin1String("service"))
        return serviceCommand(positional, parser.value(option.dataDir),
                              parser.isSet(option.noStart), output);

    JobsSession session;
    if (!readSession(parser, option, &session, output))
        return UsageError;
    // Reading never creates a database.
    const bool reading = action != QLatin1String("add") && action != QLatin1String("run") &&
                         action != QLatin1String("schedule");
    if (reading && !QFileInfo::exists(session.databasePath)) {
        if (action == QLatin1String("list"))
            return listJobs(session, output);
        output.error(Text::tr("no jobs yet: %1 does not exist").arg(session.databasePath));
        return UsageError;
    }
    QString error;
    if (!session.store.open(session.databasePath, &error)) {
        output.error(error);
        return UsageError;
    }
    if (action == QLatin1String("list"))
        return listJobs(session, output);
    if (action == QLatin1String("run"))
        return runJobs(session, parser.isSet(option.once), output);
    if (action == QLatin1String("clear"))
        return clearJobs(session, parser, option, positional, output);
    if (action == QLatin1String("add") || action == QLatin1String("schedule"))
        return addOrSchedule(session, parser, option, action, positional, archiveFormatKey, output);
    return actOnJob(session, action, positional, output);
}

} // namespace qm::cli
