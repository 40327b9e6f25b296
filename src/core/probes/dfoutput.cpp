#include "dfoutput.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::DfOutput)
};

/// A count of `unit`-byte blocks as bytes; -1 for "-" (unknown), nullopt on overflow.
std::optional<qint64> bytesOf(QStringView count, qint64 unit)
{
    if (count == u"-")
        return -1;
    bool ok = false;
    const qint64 blocks = count.toLongLong(&ok);
    if (!ok || blocks < 0 || blocks > std::numeric_limits<qint64>::max() / unit)
        return std::nullopt;
    return blocks * unit;
}

} // namespace

DfOutput parseDfOutput(const QByteArray &output)
{
    DfOutput result;
    QByteArray bytes = output;
    if (bytes.size() > kMaxDfOutputBytes) {
        bytes.truncate(kMaxDfOutputBytes);
        result.truncated = true;
    }
    static const QRegularExpression row(
        QStringLiteral("^(.*?\\S)\\s+(\\d+|-)\\s+(\\d+|-)\\s+(\\d+|-)\\s+(\\d+%|-)\\s+(/.*)$"));
    static const QRegularExpression header(
        QStringLiteral("^Filesystem\\s+(\\d+)(?:-blocks|K-blocks)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    qint64 unit = 1024;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line);
        if (text.trimmed().isEmpty())
            continue;
        if (text.startsWith(QLatin1String("Filesystem"))) {
            const QRegularExpressionMatch match = header.match(text);
            if (match.hasMatch()) {
                const qint64 size = match.captured(1).toLongLong();
                // "1K-blocks" (GNU without -P) counts kibibytes.
                unit = match.captured(0).contains(QLatin1String("K-blocks"), Qt::CaseInsensitive)
                           ? size * 1024
                           : size;
                if (unit <= 0 || unit > 1024 * 1024)
                    unit = 1024;
            }
            continue;
        }
        const QRegularExpressionMatch match = row.match(text);
        const auto bad = [&](const QString &why) {
            if (result.badLines.size() < 100)
                result.badLines.append(Text::tr("line %1: %2").arg(i + 1).arg(why));
        };
        if (!match.hasMatch()) {
            bad(Text::tr("not a df row"));
            continue;
        }
        const std::optional<qint64> total = bytesOf(match.capturedView(2), unit);
        const std::optional<qint64> used = bytesOf(match.capturedView(3), unit);
        const std::optional<qint64> available = bytesOf(match.capturedView(4), unit);
        if (!total || !used || !available) {
            bad(Text::tr("a count too large to be real"));
            continue;
        }
        Volume volume;
        volume.device = match.captured(1);
        volume.mountPoint = match.captured(6);
        volume.totalBytes = *total;
        volume.usedBytes = *used;
        volume.availableBytes = *available;
        if (*total < 0 || *used < 0 || *available < 0) {
            volume.state = Volume::State::Error;
            volume.errorString = Text::tr("df gives no figures for this filesystem");
            volume.totalBytes = volume.usedBytes = volume.availableBytes = -1;
        }
        result.volumes.append(volume);
    }
    return result;
}

} // namespace qm
