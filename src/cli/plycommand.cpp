#include "commands.h"
#include "core/fsutil/userfile.h"
#include "core/samples/plyfile.h"
#include "core/samples/plyjson.h"
#include "core/samples/splatrenderer.h"
#include "core/units/datasize.h"
#include "exitcode.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QImageWriter>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Ply)
};

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

QString distributionText(const PlyDistribution &d)
{
    return Text::tr("min %1, mean %2, max %3").arg(number(d.min), number(d.mean), number(d.max));
}

/// The histogram as a row of block characters, one per bin, tallest = fullest.
QString sparkline(const QList<qint64> &counts)
{
    static const QString blocks = QStringLiteral(" ▁▂▃▄▅▆▇█");
    const qint64 most = counts.isEmpty() ? 0 : *std::max_element(counts.begin(), counts.end());
    QString line;
    for (const qint64 count : counts)
        line += blocks[most == 0 ? 0 : int((count * 8 + most - 1) / most)];
    return line;
}

/// "float x, float y, …, float f_rest_0…f_rest_44": numbered runs of one type in one.
QString propertiesText(const QList<PlyProperty> &properties)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*\\D)(\\d+)$"));
    QStringList parts;
    for (qsizetype i = 0; i < properties.size();) {
        const PlyProperty &first = properties[i];
        if (first.isList) {
            parts.append(
                QStringLiteral("list %1 %2 %3")
                    .arg(plyTypeName(first.countType), plyTypeName(first.type), first.name));
            ++i;
            continue;
        }
        qsizetype end = i + 1; // past the run
        const QRegularExpressionMatch match = numbered.match(first.name);
        if (match.hasMatch()) {
            for (int next = match.captured(2).toInt() + 1;
                 end < properties.size() && !properties[end].isList &&
                 properties[end].type == first.type &&
                 properties[end].name == match.captured(1) + QString::number(next);
                 ++end, ++next) {
            }
        }
        const QString type = plyTypeName(first.type);
        parts.append(
            end - i > 2 ? QStringLiteral("%1 %2…%3").arg(type, first.name, properties[end - 1].name)
                        : QStringLiteral("%1 %2").arg(type, first.name));
        if (end - i == 2)
            parts.append(QStringLiteral("%1 %2").arg(type, properties[i + 1].name));
        i = end;
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<SplatCloud> readCloud(const QString &path, Output &output, PlyFile *file);

/// The options of `ply info`.
struct InfoOptions
{
    QCommandLineOption format{QStringLiteral("format"),
                              Text::tr("Output format: text (default) or json."),
                              QStringLiteral("text|json"), QStringLiteral("text")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            Text::tr("Show a PLY file: its format, elements and properties, whether it is a "
                     "Gaussian splat, its bounding box, and how opaque and how large its "
                     "splats are. A file that cannot be read is reported with the byte where "
                     "it goes wrong (exit 2)."));
        parser.addOption(format);
        parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The PLY file."));
    }
};

/// The options of `ply render`.
struct RenderOptions
{
    QCommandLineOption out{{QStringLiteral("o"), QStringLiteral("output")},
                           Text::tr("The PNG file to write (a regular file, or a new one)."),
                           QStringLiteral("OUT.png")};
    QCommandLineOption size{QStringLiteral("size"),
                            Text::tr("Image size in pixels (default 800x600)."),
                            QStringLiteral("WxH"), QStringLiteral("800x600")};
    QCommandLineOption yaw{QStringLiteral("yaw"),
                           Text::tr("Degrees to turn about the vertical axis (default 30)."),
                           QStringLiteral("DEG"), QStringLiteral("30")};
    QCommandLineOption pitch{QStringLiteral("pitch"),
                             Text::tr("Degrees to look down from above (default 20)."),
                             QStringLiteral("DEG"), QStringLiteral("20")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            Text::tr("Draw a PLY file into a PNG image: each splat a point sized by its "
                     "scale, in its colour and opacity, the camera framing the whole cloud."));
        parser.addOptions({out, size, yaw, pitch});
        parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The PLY file."));
    }
};

int runInfo(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    const InfoOptions options;
    options.addTo(parser);
    const QCommandLineOption &format = options.format;
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("ply info"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        output.error(Text::tr("give one PLY file"));
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    PlyFile file;
    const std::optional<SplatCloud> cloud = readCloud(path, output, &file);
    if (!cloud)
        return UsageError;
    const PlyStatistics stats = plyStatistics(*cloud);
    if (output.format() == OutputFormat::Json) {
        output.json(plyInfoToJson(file.header(), *cloud, stats, file.size()));
        return Success;
    }
    const PlyHeader &header = file.header();
    output.line(Text::tr("%1: %2, %3, %4")
                    .arg(path, plyFormatKey(header.format), formatDataSize(file.size()),
                         cloud->isGaussianSplat ? Text::tr("a Gaussian splat")
                                                : Text::tr("not a Gaussian splat")));
    for (const PlyElement &element : header.elements)
        output.line(Text::tr("element %1: %2 × (%3)")
                        .arg(element.name, QLocale().toString(element.count),
                             propertiesText(element.properties)));
    if (stats.count > stats.nonFinite)
        output.line(Text::tr("bounding box: (%1, %2, %3) to (%4, %5, %6)")
                        .arg(number(stats.bboxMin[0]), number(stats.bboxMin[1]),
                             number(stats.bboxMin[2]), number(stats.bboxMax[0]),
                             number(stats.bboxMax[1]), number(stats.bboxMax[2])));
    if (stats.nonFinite > 0)
        output.line(Text::tr("%n vertices with a NaN or infinite coordinate", nullptr,
                             int(std::min<qint64>(stats.nonFinite, INT_MAX))));
    if (stats.alpha)
        output.line(Text::tr("opacity (alpha 0–1): %1  [0 %2 1]")
                        .arg(distributionText(*stats.alpha), sparkline(stats.alpha->histogram)));
    if (stats.scale)
        output.line(Text::tr("scale (linear): %1  [%2 %3 %4]")
                        .arg(distributionText(*stats.scale), number(stats.scale->min),
                             sparkline(stats.scale->histogram), number(stats.scale->max)));
    return Success;
}

/// The file's cloud, or nothing with the error reported (exit 2).
std::optional<SplatCloud> readCloud(const QString &path, Output &output, PlyFile *file)
{
    PlyError error;
    std::optional<SplatCloud> cloud;
    if (file->open(path, &error))
        cloud = file->decode(&error);
    if (!cloud) {
        if (output.format() == OutputFormat::Json)
            output.json(plyErrorToJson(error));
        else
            output.error(
                Text::tr("%1: byte %2: %3").arg(path).arg(error.offset).arg(error.message));
    }
    return cloud;
}

int runRender(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    const RenderOptions renderOptions;
    renderOptions.addTo(parser);
    const QCommandLineOption &out = renderOptions.out;
    const QCommandLineOption &size = renderOptions.size;
    const QCommandLineOption &yaw = renderOptions.yaw;
    const QCommandLineOption &pitch = renderOptions.pitch;
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("ply render"), output))
        return *done;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out)) {
        output.error(Text::tr("give one PLY file and -o OUT.png"));
        return UsageError;
    }
    const QStringList dimensions = parser.value(size).split(u'x');
    bool widthOk = false;
    bool heightOk = false;
    const int width = dimensions.value(0).toInt(&widthOk);
    const int height = dimensions.value(1).toInt(&heightOk);
    if (dimensions.size() != 2 || !widthOk || !heightOk || width < 1 || height < 1 ||
        width > 8192 || height > 8192) {
        output.error(
            Text::tr("bad --size '%1': give WIDTHxHEIGHT, each 1 to 8192").arg(parser.value(size)));
        return UsageError;
    }
    bool yawOk = false;
    bool pitchOk = false;
    const float yawDegrees = parser.value(yaw).toFloat(&yawOk);
    const float pitchDegrees = parser.value(pitch).toFloat(&pitchOk);
    if (!yawOk || !pitchOk || !std::isfinite(yawDegrees) || !std::isfinite(pitchDegrees)) {
        output.error(Text::tr("--yaw and --pitch take degrees"));
        return UsageError;
    }
    // Where the picture goes is checked before any work: a device, a FIFO or a folder
    // named as OUT is refused and left as it is.
    const UserFileTarget target = userFileTarget(parser.value(out));
    if (!target.ok()) {
        output.error(target.error);
        return Incomplete;
    }
    const QString path = parser.positionalArguments().first();
    PlyFile file;
    const std::optional<SplatCloud> cloud = readCloud(path, output, &file);
    if (!cloud)
        return UsageError;
    SplatRenderOptions options;
    options.size = {width, height};
    const QImage image =
        renderSplats(*cloud, framingCamera(*cloud, yawDegrees, pitchDegrees), options);
    QByteArray png;
    QBuffer buffer(&png);
    QImageWriter writer(&buffer, "png");
    if (!buffer.open(QIODevice::WriteOnly) || !writer.write(image)) {
        output.error(Text::tr("cannot write %1: %2").arg(parser.value(out), writer.errorString()));
        return Incomplete;
    }
    // Written beside OUT, verified and renamed over it only once complete: a failed
    // write (a full disk, say) leaves an existing OUT as it was.
    const UserFileWrite written = replaceUserFile(target, png);
    if (!written.ok()) {
        output.error(written.error);
        return Incomplete;
    }
    if (!written.warning.isEmpty())
        output.warning(written.warning);
    return Success;
}

} // namespace

int runPly(const QStringList &arguments, Output &output)
{
    const QString action = arguments.value(1);
    if (action == u"info")
        return runInfo(arguments.mid(1), output);
    if (action == u"render")
        return runRender(arguments.mid(1), output);
    if (action.isEmpty() || action == u"-h" || action == u"--help") {
        QCommandLineParser info;
        InfoOptions().addTo(info);
        QCommandLineParser render;
        RenderOptions().addTo(render);
        output.setFormat(OutputFormat::Text);
        output.line(Text::tr("Usage: qmctl ply info FILE [--format json]"));
        output.line(Text::tr("       qmctl ply render FILE -o OUT.png [--size WxH] [--yaw DEG] "
                             "[--pitch DEG]"));
        output.line();
        output.line(Text::tr("Read PLY files (Gaussian-splat samples and point clouds)."));
        output.line(Text::tr("  info   the format, elements, bounding box, opacity and scale"));
        output.line(Text::tr("  render a picture of the cloud"));
        output.line();
        output.line(Text::tr("Options of info:"));
        output.line(optionsHelp(info));
        output.line(Text::tr("Options of render:"));
        output.line(optionsHelp(render));
        output.line(exitCodesHelp().trimmed());
        return action.isEmpty() ? UsageError : Success;
    }
    output.error(Text::tr("unknown ply action '%1' (try: info, render)").arg(action));
    return UsageError;
}

} // namespace qm::cli
