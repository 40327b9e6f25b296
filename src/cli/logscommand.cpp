#include "commands.h"
#include "core/appdata/appdata.h"
#include "core/fsutil/inputfile.h"
#include "core/fsutil/userfile.h"
#include "core/json/schema.h"
#include "core/logs/logingest.h"
#include "core/logs/logjsonl.h"
#include "core/logs/logretention.h"
#include "core/logs/logstore.h"
#include "core/logs/logsummary.h"
#include "core/units/datasize.h"
#include "exitcode.h"
#include "logslines.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

#include <cstdio>
#include <functional>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Logs)
};

/// The options of `qmctl logs`, as added to its parser.
struct LogsOptions
{
    QCommandLineOption db{QStringLiteral("db"),
                          Text::tr("The database: postgresql://user@host:port/db?… or "
                                   "sqlite:/path (default: logs.sqlite in the data folder)."),
                          QStringLiteral("URI")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               Text::tr("Where the embedded logs.sqlite is kept (default %1).")
                                   .arg(defaultDataDirectory()),
                               QStringLiteral("DIR")};
    QCommandLineOption format{
        QStringLiteral("format"),
        Text::tr("Output format: text, json, jsonl or csv (export: jsonl by default)."),
        QStringLiteral("FORMAT")};
    QCommandLineOption yes{QStringLiteral("yes"),
                           Text::tr("init: create the table (without it the SQL is printed); "
                                    "retention: delete the lines (without it the plan is "
                                    "printed).")};
    QCommandLineOption since{QStringLiteral("since"),
                             Text::tr("Lines of the last DURATION: 30m, 1h, 48h, 7d."),
                             QStringLiteral("DURATION")};
    QCommandLineOption from{QStringLiteral("from"),
                            Text::tr("Lines at or after this ISO-8601 time (without a zone: UTC)."),
                            QStringLiteral("TIME")};
    QCommandLineOption to{QStringLiteral("to"), Text::tr("Lines before this ISO-8601 time."),
                          QStringLiteral("TIME")};
    QCommandLineOption level{
        QStringLiteral("level"),
        Text::tr("Lines of this level and above: DEBUG, INFO, WARNING, ERROR, CRITICAL."),
        QStringLiteral("LEVEL")};
    QCommandLineOption sourceType{QStringLiteral("source-type"),
                                  Text::tr("Lines of this source type."), QStringLiteral("S")};
    QCommandLineOption sourceId{QStringLiteral("source-id"), Text::tr("Lines of this source."),
                                QStringLiteral("S")};
    QCommandLineOption worker{QStringLiteral("worker"), Text::tr("Lines of this worker."),
                              QStringLiteral("W")};
    QCommandLineOption task{QStringLiteral("task"), Text::tr("Lines of this task (a UUID)."),
                            QStringLiteral("UUID")};
    QCommandLineOption cycle{QStringLiteral("cycle"), Text::tr("Lines of this cycle number."),
                             QStringLiteral("N")};
    QCommandLineOption search{QStringLiteral("search"),
                              Text::tr("Lines whose message holds TEXT (literally, case ignored)."),
                              QStringLiteral("TEXT")};
    QCommandLineOption metadata{QStringLiteral("metadata"),
                                Text::tr("Lines whose metadata has KEY with VALUE."),
                                QStringLiteral("KEY=VALUE")};
    QCommandLineOption limit{QStringLiteral("limit"),
                             Text::tr("query: the most lines shown, newest first (default 100)."),
                             QStringLiteral("N"), QStringLiteral("100")};
    QCommandLineOption out{QStringList{QStringLiteral("o"), QStringLiteral("output")},
                           Text::tr("export: the file written."), QStringLiteral("FILE")};
    QCommandLineOption olderThanHours{
        QStringLiteral("older-than-hours"),
        Text::tr("retention: the lines written more than HOURS hours ago."),
        QStringLiteral("HOURS")};
};

/// Microseconds in a duration such as 30m, 1h, 48h, 7d or 90s; nothing when it is not one.
std::optional<qint64> durationUs(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})([smhd])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).front();
    const qint64 seconds = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86'400;
    return count * seconds * 1'000'000;
}

/// The filter the options give; nothing (reported) when one is not valid.
std::optional<LogFilter> readFilter(const QCommandLineParser &parser, const LogsOptions &option,
                                    Output &output)
{
    LogFilter filter;
    if (parser.isSet(option.since) && (parser.isSet(option.from) || parser.isSet(option.to))) {
        output.error(Text::tr("give --since or --from/--to, not both"));
        return std::nullopt;
    }
    if (parser.isSet(option.since)) {
        const std::optional<qint64> duration = durationUs(parser.value(option.since));
        if (!duration) {
            output.error(Text::tr("--since takes a duration such as 30m, 1h, 48h or 7d, not “%1”")
                             .arg(parser.value(option.since)));
            return std::nullopt;
        }
        filter.fromUs = logTimeUs(QDateTime::currentDateTimeUtc()) - *duration;
    }
    for (const auto &[opt, target] :
         {std::pair{&option.from, &filter.fromUs}, std::pair{&option.to, &filter.toUs}}) {
        if (!parser.isSet(*opt))
            continue;
        const std::optional<qint64> time = logTimeFromText(parser.value(*opt));
        if (!time || *time < 0) {
            output.error(Text::tr("--%1 takes an ISO-8601 time such as 2026-12-06T20:00:00Z, "
                                  "not “%2”")
                             .arg(opt->names().first(), parser.value(*opt)));
            return std::nullopt;
        }
        *target = *time;
    }
    if (parser.isSet(option.level)) {
        filter.minLevelRank = logLevelRank(parser.value(option.level));
        if (filter.minLevelRank < 0) {
            output.error(Text::tr("unknown level “%1”: use DEBUG, INFO, WARNING, ERROR or "
                                  "CRITICAL")
                             .arg(parser.value(option.level)));
            return std::nullopt;
        }
    }
    filter.sourceType = parser.value(option.sourceType);
    filter.sourceId = parser.value(option.sourceId);
    filter.workerId = parser.value(option.worker);
    filter.taskId = parser.value(option.task);
    filter.text = parser.value(option.search);
    if (parser.isSet(option.cycle)) {
        bool ok = false;
        filter.cycle = parser.value(option.cycle).toInt(&ok);
        if (!ok) {
            output.error(
                Text::tr("--cycle takes a whole number, not “%1”").arg(parser.value(option.cycle)));
            return std::nullopt;
        }
    }
    if (parser.isSet(option.metadata)) {
        const QString pair = parser.value(option.metadata);
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            output.error(Text::tr("--metadata takes KEY=VALUE, not “%1”").arg(pair));
            return std::nullopt;
        }
        filter.metadataKey = pair.left(equals);
        filter.metadataValue = pair.mid(equals + 1);
    }
    if (const QString problem = LogStore::filterProblem(filter); !problem.isEmpty()) {
        output.error(problem);
        return std::nullopt;
    }
    return filter;
}

/// Where --db points, and whether it is the embedded default.
struct Database
{
    SqlLocation location;
    bool embedded = false;
};

std::optional<Database> readDatabase(const QCommandLineParser &parser, const LogsOptions &option,
                                     Output &output)
{
    Database database;
    if (!parser.isSet(option.db)) {
        database.location.path = logsDatabasePath(parser.value(option.dataDir));
        database.embedded = true;
        return database;
    }
    QString error;
    const std::optional<SqlLocation> location = SqlLocation::parse(parser.value(option.db), &error);
    if (!location) {
        output.error(error);
        return std::nullopt;
    }
    database.location = *location;
    return database;
}

/// Opens `database` with its table checked; an exit code (reported) when it cannot be.
std::optional<int> openStore(LogStore &store, const Database &database, Output &output)
{
    const SqlLocation &location = database.location;
    if (location.kind == SqlLocation::Kind::Sqlite && !database.embedded &&
        !QFileInfo::exists(location.path)) {
        output.error(Text::tr("%1 does not exist; run 'qmctl logs init --db %2 --yes' to "
                              "create it")
                         .arg(location.path, location.displayName()));
        return UsageError;
    }
    QString error;
    if (!store.open(location, &error, database.embedded)) {
        output.error(error);
        return Incomplete;
    }
    bool missing = false;
    if (const QString problem = store.schemaProblem(&missing); !problem.isEmpty()) {
        output.error(missing ? Text::tr("%1; run 'qmctl logs init' to create it").arg(problem)
                             : problem);
        return Incomplete;
    }
    return std::nullopt;
}

/// Prints what `filter` selects to standard output in `format`; 3 when a page fails.
int printLines(LogStore &store, const LogFilter &filter, LogDirection direction, qint64 limit,
               LogFormat format, Output &output)
{
    LogLinesWriter writer(format);
    output.raw(writer.begin());
    const QString error = forEachLogPage(store, filter, direction, limit, [&](const auto &lines) {
        output.raw(writer.page(lines));
        return true;
    });
    output.raw(writer.end(error));
    if (!error.isEmpty()) {
        if (format != LogFormat::Json)
            output.error(error);
        return Incomplete;
    }
    return Success;
}

int init(const Database &database, bool yes, Output &output)
{
    const QString sql = LogStore::schemaSql(database.location.kind);
    if (!yes) {
        if (output.format() == OutputFormat::Json) {
            output.json(
                json::document({{QStringLiteral("sql"), sql},
                                {QStringLiteral("created"), false},
                                {QStringLiteral("database"), database.location.displayName()}}));
        } else {
            output.raw(sql.toUtf8());
            output.warning(Text::tr("nothing was created: give --yes to run this SQL on %1")
                               .arg(database.location.displayName()));
        }
        return Success;
    }
    LogStore store;
    QString error;
    if (!store.open(database.location, &error) || !store.createSchema(&error)) {
        output.error(error);
        return Incomplete;
    }
    if (output.format() == OutputFormat::Json)
        output.json(
            json::document({{QStringLiteral("sql"), sql},
                            {QStringLiteral("created"), true},
                            {QStringLiteral("database"), database.location.displayName()}}));
    else
        output.line(Text::tr("system_logs is ready in %1").arg(database.location.displayName()));
    return Success;
}

int exportLines(LogStore &store, const LogFilter &filter, LogFormat format, const QString &path,
                Output &output)
{
    const UserFileTarget target = userFileTarget(path);
    if (!target.ok()) {
        output.error(target.error);
        return Incomplete;
    }
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const LogExportResult result =
        exportLogs(store, filter, format, target.path, [&](qint64 count) {
            if (sinceProgress.elapsed() >= 1000) {
                output.warning(Text::tr("%1 lines exported").arg(count));
                sinceProgress.restart();
            }
        });
    if (!result.error.isEmpty()) {
        output.error(result.error);
        return Incomplete;
    }
    const qint64 count = result.lines;
    if (output.format() == OutputFormat::Json)
        output.json(json::document(
            {{QStringLiteral("exported"), count}, {QStringLiteral("file"), target.path}}));
    else
        output.line(Text::tr("%1 lines written to %2").arg(count).arg(target.path));
    return Success;
}

int ingest(LogStore &store, const QString &source, Output &output)
{
    InputFile input;
    QFile file;
    if (source.isEmpty() || source == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            output.error(Text::tr("cannot read standard input: %1").arg(file.errorString()));
            return UsageError;
        }
    } else {
        QString error;
        if (!input.open(source, &error)) {
            output.error(error);
            return UsageError;
        }
        if (!file.open(input.descriptor(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
            output.error(Text::tr("cannot read %1: %2").arg(source, file.errorString()));
            return UsageError;
        }
    }
    const LogIngestResult result = ingestLogs(store, &file);
    if (!result.readError.isEmpty()) {
        output.error(Text::tr("cannot read %1: %2")
                         .arg(source.isEmpty() ? QStringLiteral("-") : source, result.readError));
        return UsageError;
    }
    if (!result.storeError.isEmpty()) {
        output.error(Text::tr("%1 (%2 lines were added before)")
                         .arg(result.storeError)
                         .arg(result.inserted));
        return Incomplete;
    }
    const qint64 inserted = result.inserted;
    const qint64 good = result.accepted;
    const QList<LogJsonRejection> &rejected = result.rejected;
    if (output.format() == OutputFormat::Json) {
        QJsonArray items;
        for (const LogJsonRejection &rejection : std::as_const(rejected))
            items.append(QJsonObject{{QStringLiteral("line"), rejection.line},
                                     {QStringLiteral("message"), rejection.message}});
        output.json(json::document({{QStringLiteral("inserted"), inserted},
                                    {QStringLiteral("alreadyThere"), good - inserted},
                                    {QStringLiteral("rejected"), items}}));
    } else {
        output.line(Text::tr("%1 lines added, %2 already there, %3 rejected")
                        .arg(inserted)
                        .arg(good - inserted)
                        .arg(rejected.size()));
        for (const LogJsonRejection &rejection : std::as_const(rejected))
            output.line(Text::tr("line %1: %2").arg(rejection.line).arg(rejection.message));
    }
    return rejected.isEmpty() ? Success : ProblemsFound;
}

/// A time of a summary or of stats as JSON: ISO-8601 UTC, or null.
QJsonValue timeJson(const std::optional<qint64> &timeUs)
{
    return timeUs ? QJsonValue(logTimeText(*timeUs)) : QJsonValue();
}

/// A time for people: local, to the second.
QString timeText(qint64 timeUs)
{
    return logDateTime(timeUs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/// `qmctl logs summary`: the error signatures of what `filter` selects.
int summary(LogStore &store, const LogFilter &filter, Output &output)
{
    QString error;
    const std::optional<QList<LogSignatureCount>> signatures = summarizeLogs(store, filter, &error);
    if (!signatures) {
        output.error(error);
        return Incomplete;
    }
    if (output.format() == OutputFormat::Json) {
        QJsonArray items;
        for (const LogSignatureCount &signature : *signatures)
            items.append(QJsonObject{
                {QStringLiteral("signature"), signature.signature},
                {QStringLiteral("count"), signature.count},
                {QStringLiteral("firstAt"), timeJson(signature.firstUs)},
                {QStringLiteral("lastAt"), timeJson(signature.lastUs)},
                {QStringLiteral("sources"), QJsonArray::fromStringList(signature.sources)},
                {QStringLiteral("example"), signature.example}});
        output.json(json::document({{QStringLiteral("signatures"), items}}));
        return Success;
    }
    if (signatures->isEmpty())
        output.line(Text::tr("no lines"));
    for (const LogSignatureCount &signature : *signatures) {
        output.line(
            Text::tr("%1×  %2 … %3  %4")
                .arg(signature.count)
                .arg(timeText(signature.firstUs), timeText(signature.lastUs), signature.signature));
        output.line(Text::tr("    from %1").arg(signature.sources.join(QStringLiteral(", "))));
        output.line(Text::tr("    e.g. %1").arg(signature.example.left(300)));
    }
    return Success;
}

/// `qmctl logs stats`: counts of what `filter` selects.
int stats(LogStore &store, const LogFilter &filter, Output &output)
{
    QString error;
    const std::optional<LogStats> stats = store.stats(filter, &error);
    if (!stats) {
        output.error(error);
        return Incomplete;
    }
    const auto counts = [](const QList<std::pair<QString, qint64>> &list, const QString &key) {
        QJsonArray items;
        for (const auto &[name, lines] : list)
            items.append(QJsonObject{{key, name}, {QStringLiteral("lines"), lines}});
        return items;
    };
    if (output.format() == OutputFormat::Json) {
        QJsonArray hours;
        for (const auto &[hourUs, lines] : stats->byHour)
            hours.append(QJsonObject{{QStringLiteral("hour"), logTimeText(hourUs)},
                                     {QStringLiteral("lines"), lines}});
        output.json(json::document(
            {{QStringLiteral("stats"),
              QJsonObject{
                  {QStringLiteral("byLevel"), counts(stats->byLevel, QStringLiteral("level"))},
                  {QStringLiteral("bySource"), counts(stats->bySource, QStringLiteral("source"))},
                  {QStringLiteral("byWorker"), counts(stats->byWorker, QStringLiteral("worker"))},
                  {QStringLiteral("byHour"), hours},
                  {QStringLiteral("tableBytes"),
                   stats->tableBytes < 0 ? QJsonValue() : QJsonValue(stats->tableBytes)},
                  {QStringLiteral("oldestAt"), timeJson(stats->oldestUs)}}}}));
        return Success;
    }
    const auto print = [&](const QString &title, const QList<std::pair<QString, qint64>> &list) {
        output.line(title);
        for (const auto &[name, lines] : list)
            output.line(QStringLiteral("  %1  %2").arg(lines, 10).arg(name));
    };
    print(Text::tr("Lines per level:"), stats->byLevel);
    print(Text::tr("Lines per source:"), stats->bySource);
    print(Text::tr("Lines per worker:"), stats->byWorker);
    output.line(Text::tr("Lines per hour:"));
    for (const auto &[hourUs, lines] : stats->byHour)
        output.line(QStringLiteral("  %1  %2").arg(timeText(hourUs)).arg(lines, 10));
    output.line(Text::tr("Table on disk: %1")
                    .arg(stats->tableBytes < 0 ? Text::tr("not known")
                                               : formatDataSize(stats->tableBytes)));
    output.line(Text::tr("Oldest line: %1")
                    .arg(stats->oldestUs ? timeText(*stats->oldestUs) : Text::tr("none")));
    return Success;
}

/// `qmctl logs retention`: the plan, and with `yes` the lines deleted in batches.
int retention(LogStore &store, int olderThanHours, bool yes, Output &output)
{
    QString error;
    const std::optional<LogRetentionPlan> plan =
        planLogRetention(store, olderThanHours, logTimeUs(QDateTime::currentDateTimeUtc()), &error);
    if (!plan) {
        output.error(error);
        return Incomplete;
    }
    const QJsonObject times{{QStringLiteral("cutoff"), logTimeText(plan->cutoffUs)},
                            {QStringLiteral("oldestAt"), timeJson(plan->oldestUs)},
                            {QStringLiteral("newestAt"), timeJson(plan->newestUs)}};
    if (!yes) {
        if (output.format() == OutputFormat::Json) {
            QJsonObject fields = times;
            fields.insert(QStringLiteral("wouldDelete"), plan->lines);
            output.json(json::document(fields));
        } else {
            for (const QString &line : describeLogRetentionPlan(*plan))
                output.line(line);
            output.line(Text::tr("Nothing was deleted: give --yes to delete these lines."));
        }
        return Success;
    }
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const LogRetentionResult result =
        runLogRetention(store, *plan, kLogRetentionBatch, [&](qint64 deleted) {
            if (sinceProgress.elapsed() >= 1000) {
                output.warning(Text::tr("%1 of %2 lines deleted").arg(deleted).arg(plan->lines));
                sinceProgress.restart();
            }
        });
    if (!result.error.isEmpty()) {
        output.error(
            Text::tr("%1 (%2 lines were deleted before)").arg(result.error).arg(result.deleted));
        return Incomplete;
    }
    if (output.format() == OutputFormat::Json) {
        QJsonObject fields = times;
        fields.insert(QStringLiteral("deleted"), result.deleted);
        output.json(json::document(fields));
    } else {
        output.line(Text::tr("%1 lines older than %2 deleted")
                        .arg(result.deleted)
                        .arg(timeText(plan->cutoffUs)));
    }
    return Success;
}

void addOptions(QCommandLineParser &parser, const LogsOptions &option)
{
    parser.setApplicationDescription(
        Text::tr("The fleet's system_logs table, in PostgreSQL or an SQLite file (docs/logs.md).\n"
                 "  init [--yes]                    print the table's SQL; --yes creates it\n"
                 "  query [filters] [--limit N]     the newest lines first\n"
                 "  timeline (--worker W | --task T)  a worker's or task's lines, oldest first\n"
                 "  export [filters] -o FILE        to JSON Lines, JSON or CSV, streamed\n"
                 "  ingest [FILE|-]                 add JSON Lines (the table's column names)\n"
                 "  tail [filters]                  the newest lines, then new ones as they come\n"
                 "  summary [filters]               error lines grouped by message signature\n"
                 "  stats [filters]                 lines per level, source, worker and hour\n"
                 "  retention --older-than-hours N [--yes]  the plan; --yes deletes the lines\n"
                 "Filters: --since or --from/--to, --level, --source-type, --source-id, --worker,\n"
                 "--task, --cycle, --search, --metadata."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Text::tr("init, query, timeline, export, ingest, tail, summary, "
                                          "stats or retention."));
    parser.addOptions({option.db, option.dataDir, option.format, option.yes, option.since,
                       option.from, option.to, option.level, option.sourceType, option.sourceId,
                       option.worker, option.task, option.cycle, option.search, option.metadata,
                       option.limit, option.out, option.olderThanHours});
}

/// The --format of `action`: its default, and what it may be. Nothing (reported) when
/// the value is not one of those.
std::optional<LogFormat> readFormat(const QCommandLineParser &parser, const LogsOptions &option,
                                    const QString &action, Output &output)
{
    QStringList allowed = {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("jsonl"),
                           QStringLiteral("csv")};
    QString value = parser.value(option.format);
    if (action == QLatin1String("export")) {
        allowed.removeFirst();
        if (value.isEmpty())
            value = QStringLiteral("jsonl");
    } else if (action == QLatin1String("tail")) {
        allowed = {QStringLiteral("text"), QStringLiteral("jsonl")};
    } else if (action != QLatin1String("query") && action != QLatin1String("timeline")) {
        allowed = {QStringLiteral("text"), QStringLiteral("json")};
    }
    if (value.isEmpty())
        value = QStringLiteral("text");
    const std::optional<LogFormat> format = logFormat(value);
    output.setFormat(format == LogFormat::Json ? OutputFormat::Json : OutputFormat::Text);
    if (!format || !allowed.contains(value)) {
        output.error(Text::tr("logs %1 writes %2, not “%3”")
                         .arg(action, allowed.join(QStringLiteral(", ")), value));
        return std::nullopt;
    }
    return format;
}

} // namespace

int runLogs(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    const LogsOptions option;
    addOptions(parser, option);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("logs"), output))
        return *done;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    static const QStringList actions = {
        QStringLiteral("init"),    QStringLiteral("query"),  QStringLiteral("timeline"),
        QStringLiteral("export"),  QStringLiteral("ingest"), QStringLiteral("tail"),
        QStringLiteral("summary"), QStringLiteral("stats"),  QStringLiteral("retention")};
    if (!actions.contains(action)) {
        output.error(action.isEmpty()
                         ? Text::tr("give an action: init, query, timeline, export, ingest, tail, "
                                    "summary, stats or retention")
                         : Text::tr("unknown action '%1': use init, query, timeline, export, "
                                    "ingest, tail, summary, stats or retention")
                               .arg(action));
        return UsageError;
    }
    const std::optional<LogFormat> format = readFormat(parser, option, action, output);
    if (!format)
        return UsageError;
    const bool takesFile = action == QLatin1String("ingest");
    if (positional.size() > (takesFile ? 1 : 0)) {
        output.error(Text::tr("logs %1 takes no argument “%2”").arg(action, positional.last()));
        return UsageError;
    }
    const std::optional<Database> database = readDatabase(parser, option, output);
    if (!database)
        return UsageError;
    if (action == QLatin1String("init"))
        return init(*database, parser.isSet(option.yes), output);

    std::optional<LogFilter> filter = readFilter(parser, option, output);
    if (!filter)
        return UsageError;
    bool ok = true;
    const qint64 limit = parser.value(option.limit).toLongLong(&ok);
    if (!ok || limit < 1) {
        output.error(
            Text::tr("--limit takes a number ≥ 1, not “%1”").arg(parser.value(option.limit)));
        return UsageError;
    }
    if (action == QLatin1String("timeline") &&
        filter->workerId.isEmpty() == filter->taskId.isEmpty()) {
        output.error(Text::tr("logs timeline takes --worker W or --task T"));
        return UsageError;
    }
    int olderThanHours = -1;
    if (action == QLatin1String("retention")) {
        olderThanHours = parser.value(option.olderThanHours).toInt(&ok);
        if (!ok || olderThanHours < 0) {
            output.error(Text::tr("logs retention takes --older-than-hours HOURS (a number ≥ 0)"));
            return UsageError;
        }
    }
    if (action == QLatin1String("export") && parser.value(option.out).isEmpty()) {
        output.error(Text::tr("logs export takes -o FILE"));
        return UsageError;
    }

    LogStore store;
    if (const std::optional<int> failed = openStore(store, *database, output))
        return *failed;
    if (action == QLatin1String("query"))
        return printLines(store, *filter, LogDirection::Older, limit, *format, output);
    if (action == QLatin1String("timeline"))
        return printLines(store, *filter, LogDirection::Newer, -1, *format, output);
    if (action == QLatin1String("export"))
        return exportLines(store, *filter, *format, parser.value(option.out), output);
    if (action == QLatin1String("ingest"))
        return ingest(store, positional.value(0), output);
    if (action == QLatin1String("summary"))
        return summary(store, *filter, output);
    if (action == QLatin1String("stats"))
        return stats(store, *filter, output);
    if (action == QLatin1String("retention"))
        return retention(store, olderThanHours, parser.isSet(option.yes), output);
    return followLogs(store, database->location, *filter, *format, TailOptions(), output);
}

} // namespace qm::cli
