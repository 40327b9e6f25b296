#include "commands.h"
#include "core/json/schema.h"
#include "core/units/datasize.h"
#include "core/volumes/volumejson.h"
#include "core/volumes/volumereader.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Volumes)
};

QString sizeText(qint64 bytes, bool raw)
{
    if (raw)
        return bytes < 0 ? QStringLiteral("-") : QString::number(bytes);
    return formatDataSize(bytes);
}

} // namespace

int runVolumes(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("List the volumes of this machine: size, used and free space as df shows "
                 "them. Pseudo and runtime filesystems are left out unless --all is given."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("Output format: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 Text::tr("Include pseudo and runtime filesystems."));
    const QCommandLineOption bytes(QStringLiteral("bytes"),
                                   Text::tr("Print sizes in bytes in text output."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        Text::tr("Seconds to wait for each filesystem to answer (default 3)."),
        QStringLiteral("seconds"), QStringLiteral("3"));
    parser.addOptions({format, all, bytes, timeout});
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("volumes"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    // arguments[0] is the command name, which the parser takes for the program name.
    if (!parser.positionalArguments().isEmpty()) {
        output.error(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().at(0)));
        return UsageError;
    }
    bool timeoutOk = false;
    const double seconds = parser.value(timeout).toDouble(&timeoutOk);
    if (!timeoutOk || seconds <= 0.0 || seconds > 3600.0) {
        output.error(Text::tr("bad --timeout '%1': give seconds between 0 and 3600")
                         .arg(parser.value(timeout)));
        return UsageError;
    }

    VolumeReader::Options options;
    options.statTimeout = std::chrono::milliseconds(qint64(seconds * 1000.0));
    VolumeReader reader(options);
    QString error;
    const VolumeList volumes = reader.read(&error);
    if (!error.isEmpty()) {
        output.error(error);
        return Incomplete;
    }

    QList<Volume> shown;
    for (const Volume &volume : volumes) {
        if (!volume.system || parser.isSet(all))
            shown.append(volume);
    }
    int unreadable = 0;
    for (const Volume &volume : shown) {
        if (volume.state == Volume::State::NotResponding)
            ++unreadable;
    }

    if (output.format() == OutputFormat::Json) {
        QJsonArray items;
        for (const Volume &volume : shown)
            items.append(volumeToJson(volume));
        output.json(json::listing(QStringLiteral("volumes"), items));
    } else {
        const bool raw = parser.isSet(bytes);
        QList<QStringList> rows;
        rows.append({Text::tr("Mount point"), Text::tr("Device"), Text::tr("Type"),
                     Text::tr("Size"), Text::tr("Used"), Text::tr("Free"), Text::tr("Use"),
                     Text::tr("Access")});
        for (const Volume &volume : shown) {
            rows.append({volume.mountPoint, volume.device, volume.fsType,
                         sizeText(volume.totalBytes, raw), sizeText(volume.usedBytes, raw),
                         sizeText(volume.availableBytes, raw), usedPercentText(volume, QLocale()),
                         volume.readOnly ? Text::tr("ro") : Text::tr("rw")});
        }
        const QStringList lines =
            formatTable(rows, {false, false, false, true, true, true, true, false});
        for (const QString &line : lines)
            output.line(line);
        for (const Volume &volume : shown) {
            if (!volume.errorString.isEmpty())
                output.warning(QStringLiteral("%1: %2").arg(volume.mountPoint, volume.errorString));
        }
    }
    return unreadable > 0 ? Incomplete : Success;
}

} // namespace qm::cli
