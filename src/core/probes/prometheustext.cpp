#include "prometheustext.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <limits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::PrometheusText)
};

bool nameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool nameChar(char c)
{
    return nameStart(c) || (c >= '0' && c <= '9');
}

/// Parses one sample line; empty string on success, else why not.
QString parseLine(const char *p, const char *end, PrometheusSample *sample,
                  const std::function<bool(QStringView)> &keep, bool *kept)
{
    const char *start = p;
    if (p == end || !nameStart(*p))
        return Text::tr("a metric name must start with a letter, '_' or ':'");
    while (p < end && nameChar(*p))
        ++p;
    sample->name = QString::fromLatin1(start, p - start);
    *kept = !keep || keep(sample->name);
    if (p < end && *p == '{') {
        ++p;
        for (;;) {
            while (p < end && (*p == ' ' || *p == '\t'))
                ++p;
            if (p < end && *p == '}') {
                ++p;
                break;
            }
            if (p == end || !nameStart(*p) || *p == ':')
                return Text::tr("a label name is malformed");
            const char *labelStart = p;
            while (p < end && nameChar(*p) && *p != ':')
                ++p;
            const QString labelName = QString::fromLatin1(labelStart, p - labelStart);
            while (p < end && (*p == ' ' || *p == '\t'))
                ++p;
            if (p == end || *p != '=')
                return Text::tr("'=' is missing after label %1").arg(labelName);
            ++p;
            while (p < end && (*p == ' ' || *p == '\t'))
                ++p;
            if (p == end || *p != '"')
                return Text::tr("the value of label %1 is not quoted").arg(labelName);
            ++p;
            QByteArray value;
            bool closed = false;
            while (p < end) {
                if (*p == '\\' && p + 1 < end) {
                    const char next = p[1];
                    value += next == 'n' ? '\n' : next;
                    p += 2;
                    continue;
                }
                if (*p == '"') {
                    closed = true;
                    ++p;
                    break;
                }
                value += *p++;
            }
            if (!closed)
                return Text::tr("the value of label %1 is not closed").arg(labelName);
            if (sample->labels.size() >= kMaxPrometheusLabels)
                return Text::tr("more than %1 labels").arg(kMaxPrometheusLabels);
            if (*kept)
                sample->labels.append({labelName, QString::fromUtf8(value)});
            while (p < end && (*p == ' ' || *p == '\t'))
                ++p;
            if (p < end && *p == ',') {
                ++p;
                continue;
            }
            if (p < end && *p == '}') {
                ++p;
                break;
            }
            return Text::tr("',' or '}' expected after label %1").arg(labelName);
        }
    }
    if (p == end || (*p != ' ' && *p != '\t'))
        return Text::tr("a space and a value are expected after the name");
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    const char *valueStart = p;
    while (p < end && *p != ' ' && *p != '\t')
        ++p;
    const QByteArray valueText(valueStart, p - valueStart);
    if (valueText == "NaN") {
        sample->value = std::numeric_limits<double>::quiet_NaN();
    } else if (valueText == "+Inf" || valueText == "Inf") {
        sample->value = std::numeric_limits<double>::infinity();
    } else if (valueText == "-Inf") {
        sample->value = -std::numeric_limits<double>::infinity();
    } else {
        bool ok = false;
        sample->value = valueText.toDouble(&ok);
        if (!ok || valueText.isEmpty())
            return Text::tr("'%1' is not a number").arg(QString::fromLatin1(valueText.left(40)));
    }
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    if (p < end) { // an optional timestamp: an integer in milliseconds
        const char *stampStart = p;
        if (*p == '-' || *p == '+')
            ++p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
        if (p != end || p == stampStart)
            return Text::tr("unexpected text after the value");
    }
    return {};
}

qint64 toBytes(double value)
{
    if (!std::isfinite(value) || value < 0 || value >= 9.2e18)
        return -1;
    return qint64(value);
}

} // namespace

QString PrometheusSample::label(QStringView labelName) const
{
    for (const QPair<QString, QString> &pair : labels) {
        if (pair.first == labelName)
            return pair.second;
    }
    return {};
}

PrometheusText parsePrometheusText(const QByteArray &text,
                                   const std::function<bool(QStringView name)> &keep)
{
    PrometheusText result;
    const qsizetype size = std::min(text.size(), kMaxPrometheusBytes);
    result.truncated = size < text.size();
    const char *data = text.constData();
    qsizetype lineStart = 0;
    int lineNumber = 0;
    while (lineStart < size) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > size)
            lineEnd = size;
        ++lineNumber;
        const char *p = data + lineStart;
        const char *end = data + lineEnd;
        lineStart = lineEnd + 1;
        if (end > p && end[-1] == '\r')
            --end;
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
        if (p == end || *p == '#')
            continue;
        PrometheusSample sample;
        bool kept = false;
        const QString error = parseLine(p, end, &sample, keep, &kept);
        if (!error.isEmpty()) {
            if (result.badLines++ == 0)
                result.firstError = Text::tr("line %1: %2").arg(lineNumber).arg(error);
            continue;
        }
        if (!kept)
            continue;
        if (result.samples.size() >= kMaxPrometheusSamples) {
            result.truncated = true;
            break;
        }
        result.samples.append(std::move(sample));
    }
    return result;
}

bool isNodeFilesystemMetric(QStringView name)
{
    return name.startsWith(u"node_filesystem_");
}

VolumeList nodeExporterVolumes(const QList<PrometheusSample> &samples)
{
    struct Figures
    {
        Volume volume;
        double size = std::numeric_limits<double>::quiet_NaN();
        double free = std::numeric_limits<double>::quiet_NaN();
        double avail = std::numeric_limits<double>::quiet_NaN();
    };
    QHash<QString, qsizetype> index; // mount point → position in `found`
    QList<Figures> found;
    for (const PrometheusSample &sample : samples) {
        if (!isNodeFilesystemMetric(sample.name))
            continue;
        const QString mountPoint = sample.label(u"mountpoint");
        if (mountPoint.isEmpty())
            continue;
        auto it = index.constFind(mountPoint);
        if (it == index.cend()) {
            Figures figures;
            figures.volume.mountPoint = mountPoint;
            figures.volume.device = sample.label(u"device");
            figures.volume.fsType = sample.label(u"fstype");
            it = index.insert(mountPoint, found.size());
            found.append(figures);
        }
        Figures &figures = found[*it];
        const QStringView metric = QStringView(sample.name).mid(16); // after node_filesystem_
        if (metric == u"size_bytes")
            figures.size = sample.value;
        else if (metric == u"free_bytes")
            figures.free = sample.value;
        else if (metric == u"avail_bytes")
            figures.avail = sample.value;
        else if (metric == u"readonly")
            figures.volume.readOnly = sample.value == 1.0;
        else if (metric == u"device_error" && sample.value == 1.0) {
            figures.volume.state = Volume::State::Error;
            figures.volume.errorString =
                Text::tr("node_exporter reports an error reading this filesystem");
        }
    }
    VolumeList volumes;
    volumes.reserve(found.size());
    for (Figures &figures : found) {
        Volume &volume = figures.volume;
        const qint64 size = toBytes(figures.size);
        const qint64 free = toBytes(figures.free);
        const qint64 avail = toBytes(figures.avail);
        if (volume.state == Volume::State::Ok && size >= 0 && free >= 0 && avail >= 0 &&
            free <= size) {
            volume.totalBytes = size;
            volume.usedBytes = size - free;
            volume.availableBytes = avail;
        } else if (volume.state == Volume::State::Ok) {
            volume.state = Volume::State::Error;
            volume.errorString = Text::tr("node_exporter gives no usable size for this filesystem");
        }
        volumes.append(volume);
    }
    return volumes;
}

} // namespace qm
