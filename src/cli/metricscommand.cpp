#include "commands.h"
#include "core/appdata/appdata.h"
#include "core/history/historystore.h"
#include "core/storage/storagemetrics.h"
#include "exitcode.h"
#include "storagelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Metrics)
};

int runWrite(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Write the Prometheus gauges of every storage location scanned so far (the last "
                 "orphan scan of each) into DIR/%1, atomically, for node_exporter's textfile "
                 "collector (--collector.textfile.directory).")
            .arg(QLatin1String(kStorageMetricsFile)));
    const QCommandLineOption textfileDir(QStringLiteral("textfile-dir"),
                                         Text::tr("The textfile collector's folder."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption format = formatOption();
    parser.addOptions({textfileDir, dataDir, format});
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("metrics write"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    if (!parser.positionalArguments().isEmpty()) {
        output.error(
            Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
        return UsageError;
    }
    if (!parser.isSet(textfileDir)) {
        output.error(Text::tr("give --textfile-dir DIR"));
        return UsageError;
    }
    QList<LocationScan> scans;
    QString error;
    if (!readLatestLocationScans(historyDatabasePath(parser.value(dataDir)), &scans, &error)) {
        output.error(error);
        return Incomplete;
    }
    // No scan yet writes a file with no sample: the collector then serves nothing stale.
    const QString directory = parser.value(textfileDir);
    if (const QString failure = writeStorageMetrics(directory, storageMetricsText(scans));
        !failure.isEmpty()) {
        output.error(failure);
        return Incomplete;
    }
    const QString written = QDir(directory).absoluteFilePath(QLatin1String(kStorageMetricsFile));
    if (output.format() == OutputFormat::Json)
        output.json(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                                {QStringLiteral("path"), written},
                                {QStringLiteral("locations"), qint64(scans.size())}});
    else
        output.line(Text::tr("Wrote the gauges of %n location(s) to %1", nullptr, int(scans.size()))
                        .arg(written));
    return Success;
}

} // namespace

int runMetrics(const QStringList &arguments, Output &output)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("write"))
        return runWrite(arguments.mid(1), output);
    if (action.isEmpty() || action == QLatin1String("-h") || action == QLatin1String("--help")) {
        output.line(Text::tr("Usage: qmctl metrics write --textfile-dir DIR\n"
                             "`qmctl metrics write --help` tells more."));
        return action.isEmpty() ? UsageError : Success;
    }
    output.error(Text::tr("unknown action '%1': use write").arg(action));
    return UsageError;
}

} // namespace qm::cli
