#include "commands.h"
#include "core/config/configcheck.h"
#include "core/history/forecast.h"
#include "core/history/historycsv.h"
#include "core/history/historyseries.h"
#include "core/history/historystore.h"
#include "core/json/schema.h"
#include "core/settings/settings.h"
#include "core/units/duration.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::History)
};

/// The forecast windows as `--window` takes them: "6h, 24h, 7d or 30d".
QString windowKeys()
{
    QStringList keys;
    for (const ForecastWindow &window : forecastWindows())
        keys.append(window.key);
    const QString last = keys.takeLast();
    return Text::tr("%1 or %2").arg(keys.join(QStringLiteral(", ")), last);
}

QByteArray csvBytes(const QString &text)
{
    return csvField(text).toUtf8();
}

int runImport(const QStringList &files, HistoryStore &store, Output &output)
{
    QList<ImportedSample> all;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            output.error(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
            return UsageError;
        }
        QList<ImportedSample> samples;
        QStringList errors;
        if (!parseHistoryCsv(file.readAll(), &samples, &errors)) {
            output.error(
                Text::tr("%1: nothing imported: %2").arg(path, errors.join(QStringLiteral("; "))));
            return UsageError;
        }
        all += samples;
    }
    QString error;
    if (!store.import(all, &error) ||
        !store.maintain(QDateTime::currentMSecsSinceEpoch(),
                        Settings::ofDesktopApp()->historyRetention(), &error)) {
        output.error(error);
        return Incomplete;
    }
    if (output.format() == OutputFormat::Json)
        output.json(json::document({{QStringLiteral("imported"), all.size()}}));
    else
        output.line(
            Text::tr("imported %n sample(s) into %1", nullptr, int(all.size())).arg(store.path()));
    return Success;
}

int runForecast(const QStringList &arguments, const QString &windowName, const QString &config,
                HistoryStore &store, Output &output)
{
    const QList<ForecastWindow> windows = forecastWindows();
    const auto window = std::find_if(windows.cbegin(), windows.cend(),
                                     [&](const ForecastWindow &w) { return w.key == windowName; });
    if (window == windows.cend()) {
        output.error(Text::tr("bad --window '%1': use %2").arg(windowName, windowKeys()));
        return UsageError;
    }
    if (arguments.isEmpty() || arguments.size() > 2) {
        output.error(Text::tr("give HOST and optionally MOUNT"));
        return UsageError;
    }
    const QString host = arguments.at(0);
    const QStringList mounts = store.mounts(host);
    if (mounts.isEmpty()) {
        output.error(Text::tr("no history of %1 in %2").arg(host, store.path()));
        return UsageError;
    }
    QString mount = arguments.size() > 1 ? arguments.at(1) : QString();
    if (mount.isEmpty())
        mount = mounts.contains(QStringLiteral("/")) ? QStringLiteral("/") : mounts.first();
    if (!mounts.contains(mount)) {
        output.error(Text::tr("no history of %1 on %2 (mounts: %3)")
                         .arg(mount, host, mounts.join(QStringLiteral(", "))));
        return UsageError;
    }
    std::optional<double> maxPercent;
    if (!config.isEmpty()) {
        const CheckedFile checked = checkConfigFile(config);
        if (!checked.config) {
            output.error(Text::tr("cannot load %1").arg(config));
            return UsageError;
        }
        if (checked.config->maxDiskUsagePercent)
            maxPercent = checked.config->maxDiskUsagePercent->value;
    }
    // The newest sample is the reference; the window counts back from it.
    const Forecast forecast = volumeForecast(store, host, mount, window->seconds, maxPercent);
    const auto nullable = [](const auto &value) {
        return value ? QJsonValue(double(*value)) : QJsonValue();
    };
    if (output.format() == OutputFormat::Json) {
        output.json(json::document({
            {QStringLiteral("host"), host},
            {QStringLiteral("mount"), mount},
            {QStringLiteral("window"), window->key},
            {QStringLiteral("asOf"),
             forecast.samples ? QJsonValue(json::time(forecast.asOfMs)) : QJsonValue()},
            {QStringLiteral("rateBytesPerDay"), nullable(forecast.rateBytesPerDay)},
            {QStringLiteral("capacityBytes"),
             forecast.samples ? QJsonValue(double(forecast.capacityBytes)) : QJsonValue()},
            {QStringLiteral("secondsToFull"), nullable(forecast.secondsToFull)},
            {QStringLiteral("secondsToMax"), nullable(forecast.secondsToMax)},
            {QStringLiteral("reason"), forecast.reason == ForecastReason::None
                                           ? QJsonValue()
                                           : QJsonValue(forecastReasonKey(forecast.reason))},
        }));
        return Success;
    }
    output.line(Text::tr("%1 %2, window %3, as of %4 (%n sample(s))", nullptr, forecast.samples)
                    .arg(host, mount, window->key,
                         forecast.samples ? json::time(forecast.asOfMs) : Text::tr("never")));
    if (forecast.rateBytesPerDay)
        output.line(Text::tr("growth: %L1 bytes a day").arg(qint64(*forecast.rateBytesPerDay)));
    const auto in = [](const std::optional<qint64> &seconds) {
        return seconds ? formatDuration(*seconds) : Text::tr("no forecast");
    };
    if (forecast.samples > 0)
        output.line(forecast.capacityIsSize
                        ? Text::tr("full at: %L1 bytes used (the size: no sample recorded its "
                                   "available bytes)")
                              .arg(forecast.capacityBytes)
                        : Text::tr("full at: %L1 bytes used (used + available)")
                              .arg(forecast.capacityBytes));
    output.line(Text::tr("full in: %1").arg(in(forecast.secondsToFull)));
    output.line(Text::tr("max_disk_usage_percent in: %1").arg(in(forecast.secondsToMax)));
    if (forecast.reason != ForecastReason::None)
        output.line(Text::tr("reason: %1").arg(forecastReasonKey(forecast.reason)));
    return Success;
}

/// `--since`: ISO 8601, epoch seconds, or an age ("36h", "7d") before now.
std::optional<qint64> parseSince(const QString &text)
{
    static const QRegularExpression age(QStringLiteral("^(\\d{1,6})([hd])$"));
    const QRegularExpressionMatch match = age.match(text.trimmed());
    if (match.hasMatch()) {
        const qint64 unit =
            match.captured(2) == QLatin1String("h") ? HistoryStore::kHourMs : HistoryStore::kDayMs;
        return QDateTime::currentMSecsSinceEpoch() - match.captured(1).toLongLong() * unit;
    }
    return parseHistoryTime(text);
}

int runExport(const QString &hostFilter, qint64 sinceMs, bool csv, HistoryStore &store,
              Output &output)
{
    const qint64 until = std::numeric_limits<qint64>::max() / 2;
    QStringList hosts = store.hosts();
    if (!hostFilter.isEmpty()) {
        if (!hosts.contains(hostFilter)) {
            output.error(Text::tr("no history of %1 in %2").arg(hostFilter, store.path()));
            return UsageError;
        }
        hosts = {hostFilter};
    }
    QByteArray text = "host,mount,time,total_bytes,used_bytes,available_bytes,category,bytes\n";
    QJsonArray volumes;
    QJsonArray categories;
    for (const QString &host : std::as_const(hosts)) {
        for (const QString &mount : store.mounts(host)) {
            for (const VolumePoint &point : store.volumeHistory(host, mount, sinceMs, until)) {
                // Available bytes (and so the used %) empty / null where not recorded.
                if (csv) {
                    text += csvBytes(host) + ',' + csvBytes(mount) + ',' +
                            json::time(point.timeMs).toUtf8() + ',' +
                            QByteArray::number(point.totalBytes) + ',' +
                            QByteArray::number(point.usedBytes) + ',' +
                            (point.hasAvailable() ? QByteArray::number(point.availableBytes)
                                                  : QByteArray()) +
                            ",,\n";
                } else {
                    const double percent = point.usedPercent();
                    volumes.append(QJsonObject{
                        {QStringLiteral("host"), host},
                        {QStringLiteral("mount"), mount},
                        {QStringLiteral("time"), json::time(point.timeMs)},
                        {QStringLiteral("totalBytes"), double(point.totalBytes)},
                        {QStringLiteral("usedBytes"), double(point.usedBytes)},
                        {QStringLiteral("availableBytes"), json::bytes(point.availableBytes)},
                        {QStringLiteral("usedPercent"),
                         percent < 0 ? QJsonValue()
                                     : QJsonValue(std::round(percent * 100) / 100)}});
                }
            }
        }
        for (const CategoryPoint &point : store.categorySamples(host, sinceMs, until)) {
            if (csv) {
                text += csvBytes(host) + ",," + json::time(point.timeMs).toUtf8() + ",,,," +
                        csvBytes(point.category) + ',' + QByteArray::number(point.bytes) + '\n';
            } else {
                categories.append(QJsonObject{{QStringLiteral("host"), host},
                                              {QStringLiteral("category"), point.category},
                                              {QStringLiteral("time"), json::time(point.timeMs)},
                                              {QStringLiteral("bytes"), double(point.bytes)}});
            }
        }
    }
    if (csv)
        output.raw(text);
    else
        output.json(json::document(
            {{QStringLiteral("volumes"), volumes}, {QStringLiteral("categories"), categories}}));
    return Success;
}

} // namespace

int runHistory(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("The local probe history.\n\n"
                 "  import FILE.csv...        add samples (columns host,mount,time,"
                 "total_bytes,used_bytes[,available_bytes][,category,bytes])\n"
                 "  forecast HOST [MOUNT]     growth and time to full of a volume\n"
                 "  export                    the history as CSV (import's columns) or JSON"));
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("import, forecast or export."),
                                 QStringLiteral("import|forecast|export ..."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        Text::tr("Output format: text or json (default text); export: csv or json."),
        QStringLiteral("text|json|csv"), QStringLiteral("text"));
    const QCommandLineOption host(QStringLiteral("host"), Text::tr("export: only this host."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        Text::tr("export: from this time on (ISO 8601, epoch seconds, or an age: 36h, 7d)."),
        QStringLiteral("TIME"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        Text::tr("Where the history is kept (default %1).").arg(defaultDataDirectory()),
        QStringLiteral("DIR"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    Text::tr("forecast: %1 (default 6h).").arg(windowKeys()),
                                    QStringLiteral("WINDOW"), QStringLiteral("6h"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        Text::tr("forecast: the config whose max_disk_usage_percent to project to."),
        QStringLiteral("FILE"));
    parser.addOptions({format, dataDir, window, config, host, since});
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("history"), output))
        return *done;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    const bool exporting = action == QLatin1String("export");
    // export writes CSV (as import reads it) or JSON; the others text or JSON.
    const bool csv = exporting && parser.value(format) == QLatin1String("csv");
    if (!output.setFormat(csv ? QStringLiteral("text") : parser.value(format)))
        return UsageError;
    if (exporting && !csv && output.format() != OutputFormat::Json) {
        output.error(Text::tr("export: give --format csv or --format json"));
        return UsageError;
    }
    if (action != QLatin1String("import") && action != QLatin1String("forecast") && !exporting) {
        output.error(action.isEmpty() ? Text::tr("give an action: import, forecast or export")
                                      : Text::tr("unknown action '%1': use import, forecast or "
                                                 "export")
                                            .arg(action));
        return UsageError;
    }
    qint64 sinceMs = std::numeric_limits<qint64>::min() / 2;
    if (parser.isSet(since)) {
        const std::optional<qint64> parsed = parseSince(parser.value(since));
        if (!parsed) {
            output.error(Text::tr("bad --since '%1': give ISO 8601 (2026-11-01T00:00Z), epoch "
                                  "seconds, or an age such as 36h or 7d")
                             .arg(parser.value(since)));
            return UsageError;
        }
        sinceMs = *parsed;
    }
    if (action == QLatin1String("import") && positional.isEmpty()) {
        output.error(Text::tr("give the CSV files to import"));
        return UsageError;
    }
    HistoryStore store;
    QString error;
    const QString directory =
        parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDirectory();
    const QString path = historyDatabasePath(directory);
    // Reading never creates a database; only an import does.
    if (action != QLatin1String("import") && !QFileInfo::exists(path)) {
        output.error(Text::tr("no history yet: %1 does not exist (probe hosts, or import "
                              "samples, first)")
                         .arg(path));
        return UsageError;
    }
    if (!store.open(path, &error)) {
        output.error(error);
        return UsageError;
    }
    if (action == QLatin1String("import"))
        return runImport(positional, store, output);
    if (exporting)
        return runExport(parser.value(host), sinceMs, csv, store, output);
    return runForecast(positional, parser.value(window), parser.value(config), store, output);
}

} // namespace qm::cli
