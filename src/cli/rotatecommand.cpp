#include "commands.h"
#include "core/health/logrotation.h"
#include "core/units/datasize.h"
#include "exitcode.h"
#include "storagelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Rotate)
};

} // namespace

int runRotate(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Rotate a log of this machine or of --host HOST of the --config (or each log a glob "
        "matches) when it is over --max-size "
        "MB or was last rotated more than --max-age-days ago: set aside as "
        "FILE-yyyyMMdd-HHmmss, compressed and read back before the uncompressed copy goes, "
        "the rotations beyond --keep moved to the folder's quarantine. A log a process holds "
        "open is copied and cut so that what it writes meanwhile stays in the live file. "
        "Without --yes only the plan is shown. Exit 0 when done (or nothing is due), 1 when "
        "a log could not be rotated, 2 on bad usage."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 Text::tr("The log, or a glob in its file name."));
    const QCommandLineOption maxSize(QStringLiteral("max-size"),
                                     Text::tr("Rotate when larger than this many MB (10^6 bytes)."),
                                     QStringLiteral("MB"));
    const QCommandLineOption maxAge(QStringLiteral("max-age-days"),
                                    Text::tr("Rotate when last rotated more than N days ago."),
                                    QStringLiteral("N"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  Text::tr("Rotations kept (default 7); older ones move to the "
                                           "quarantine."),
                                  QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption compress(QStringLiteral("compress"), Text::tr("zstd (default) or gz."),
                                      QStringLiteral("FORMAT"), QStringLiteral("zstd"));
    const QCommandLineOption yes(QStringLiteral("yes"), Text::tr("Rotate (else: the plan only)."));
    const QCommandLineOption host(QStringLiteral("host"),
                                  Text::tr("The log is on this host of the --config: its own "
                                           "programs rotate it, over ssh."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption format = formatOption();
    FleetOptions fleetOptions;
    parser.addOptions({maxSize, maxAge, keep, compress, yes, host, format});
    fleetOptions.addTo(parser);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("rotate"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        output.error(Text::tr("give one PATH"));
        return UsageError;
    }
    RotationRequest request;
    request.path = parser.positionalArguments().constFirst();
    request.host = parser.value(host);
    bool ok = true;
    if (parser.isSet(maxSize))
        request.maxMegabytes = parser.value(maxSize).toDouble(&ok);
    if (ok && parser.isSet(maxAge))
        request.maxAgeDays = parser.value(maxAge).toDouble(&ok);
    if (ok)
        request.keep = parser.value(keep).toInt(&ok);
    if (!ok || request.maxMegabytes < -1 || request.maxAgeDays < -1 || request.keep < 0) {
        output.error(Text::tr("--max-size, --max-age-days and --keep take numbers of 0 or more"));
        return UsageError;
    }
    const QString method = parser.value(compress);
    if (method == QLatin1String("gz") || method == QLatin1String("gzip"))
        request.compression = RotationCompression::Gzip;
    else if (method != QLatin1String("zstd") && method != QLatin1String("zst")) {
        output.error(Text::tr("--compress is zstd or gz, not “%1”").arg(method));
        return UsageError;
    }
    const std::optional<FleetAccess> fleet = fleetOptions.read(parser, output);
    if (!fleet)
        return UsageError;
    QString error;
    bool unreachable = false;
    const std::optional<RotationPlan> plan =
        planRotation(request, &error, &*fleet, nullptr, {}, &unreachable);
    if (!plan) {
        output.error(error);
        return unreachable ? Incomplete : UsageError;
    }
    const bool json = output.format() == OutputFormat::Json;
    if (!json) {
        for (const RotationItem &item : plan->items) {
            output.line(QStringLiteral("%1  %2: %3")
                            .arg(item.due ? (parser.isSet(yes) ? Text::tr("ROTATE")
                                                               : Text::tr("WOULD ROTATE"))
                                          : Text::tr("KEEP"),
                                 item.file, item.reason));
            if (!item.due)
                continue;
            output.line(
                QStringLiteral("    ") +
                Text::tr("→ %1 (%2)").arg(item.rotatedPath, rotationMethodKey(item.method)));
            output.line(QStringLiteral("    ") + item.guarantee);
            if (!item.holders.isEmpty())
                output.line(
                    QStringLiteral("    ") +
                    Text::tr("held open by %1").arg(item.holders.join(QStringLiteral(", "))));
            for (const QString &old : item.expiring)
                output.line(QStringLiteral("    ") + Text::tr("to the quarantine: %1").arg(old));
        }
        if (!plan->holdersKnown)
            output.warning(Text::tr("some processes could not be looked at (another user's): a log "
                                    "no process visibly holds is cut as if held"));
    }
    if (!parser.isSet(yes)) {
        if (json)
            output.json(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                                    {QStringLiteral("plan"), plan->toJson()},
                                    {QStringLiteral("done"), false}});
        else if (plan->dueCount() > 0)
            output.line(Text::tr("Nothing was changed: add --yes to rotate."));
        return Success;
    }
    const RotationResult result = executeRotation(
        *plan, nullptr,
        [&](const QString &line) {
            if (!json)
                output.line(line);
        },
        &*fleet);
    for (const QString &problem : result.errors)
        output.warning(problem);
    if (json) {
        output.json(QJsonObject{
            {QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("plan"), plan->toJson()},
            {QStringLiteral("done"), true},
            {QStringLiteral("rotated"), result.rotated},
            {QStringLiteral("movedToQuarantine"), result.moved},
            {QStringLiteral("bytesRotated"), result.bytesRotated},
            {QStringLiteral("bytesCompressed"), result.bytesCompressed},
            {QStringLiteral("rotatedFiles"), QJsonArray::fromStringList(result.rotatedFiles)},
            {QStringLiteral("errors"), QJsonArray::fromStringList(result.errors)}});
    } else {
        output.line(
            Text::tr("%1 rotated (%2 → %3), %4 moved to the quarantine")
                .arg(result.rotated)
                .arg(formatDataSize(result.bytesRotated), formatDataSize(result.bytesCompressed))
                .arg(result.moved));
    }
    return result.ok ? Success : ProblemsFound;
}

} // namespace qm::cli
