#include "syncoutput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

namespace qm {

namespace {

constexpr qsizetype kMaxLineBytes = 64 * 1024;

qint64 digits(QByteArrayView text, bool *ok)
{
    QByteArray plain = text.toByteArray();
    plain.replace(',', "").replace('.', "");
    return plain.toLongLong(ok);
}

} // namespace

std::optional<SyncProgress> parseRsyncProgressLine(QByteArrayView line)
{
    // BYTES PERCENT% RATE[kMG]B/s H:MM:SS [(xfr#N, to-chk=A/B)]
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([0-9][0-9,.]*)\\s+([0-9]{1,3})%\\s+([0-9.]+)([kMGT]?)B/s\\s+"
                       "([0-9]+):([0-9]{2}):([0-9]{2})"));
    const QRegularExpressionMatch match =
        pattern.match(QString::fromLatin1(line.first(std::min<qsizetype>(line.size(), 512))));
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    SyncProgress progress;
    // rsync groups digits with ',' (or '.' in some locales); never a fraction here.
    progress.bytesDone = digits(match.captured(1).toLatin1(), &ok);
    if (!ok)
        return std::nullopt;
    progress.fraction = std::min(100, match.captured(2).toInt()) / 100.0;
    static const QString units = QStringLiteral("kMGT");
    const qsizetype unit = units.indexOf(match.captured(4));
    double rate = match.captured(3).toDouble();
    for (qsizetype i = 0; i <= unit && !match.captured(4).isEmpty(); ++i)
        rate *= 1024;
    progress.rateBytesPerSecond = rate;
    progress.etaSeconds = match.captured(5).toLongLong() * 3600 +
                          match.captured(6).toLongLong() * 60 + match.captured(7).toLongLong();
    return progress;
}

std::optional<SyncProgress> parseRcloneStatsLine(QByteArrayView line)
{
    if (!line.contains(QByteArrayView("\"stats\"")))
        return std::nullopt;
    const QJsonObject stats = QJsonDocument::fromJson(line.toByteArray())
                                  .object()
                                  .value(QStringLiteral("stats"))
                                  .toObject();
    if (stats.isEmpty() || !stats.value(QStringLiteral("bytes")).isDouble())
        return std::nullopt;
    SyncProgress progress;
    progress.bytesDone = qint64(stats.value(QStringLiteral("bytes")).toDouble());
    const double total = stats.value(QStringLiteral("totalBytes")).toDouble(-1);
    if (total > 0)
        progress.fraction = std::clamp(progress.bytesDone / total, 0.0, 1.0);
    progress.rateBytesPerSecond = stats.value(QStringLiteral("speed")).toDouble(-1);
    if (stats.value(QStringLiteral("eta")).isDouble())
        progress.etaSeconds = qint64(stats.value(QStringLiteral("eta")).toDouble());
    return progress;
}

OutputLines::OutputLines(std::function<void(QByteArrayView)> onLine)
    : m_onLine(std::move(onLine))
{}

void OutputLines::feed(QByteArrayView chunk)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        if (chunk[i] != '\n' && chunk[i] != '\r')
            continue;
        if (m_pending.isEmpty()) {
            m_onLine(chunk.sliced(start, i - start));
        } else {
            m_pending.append(chunk.sliced(start, i - start));
            m_onLine(m_pending.left(kMaxLineBytes));
            m_pending.clear();
        }
        start = i + 1;
    }
    if (start < chunk.size() && m_pending.size() < kMaxLineBytes)
        m_pending.append(chunk.sliced(start).first(
            std::min<qsizetype>(chunk.size() - start, kMaxLineBytes - m_pending.size())));
}

void OutputLines::finish()
{
    if (!m_pending.isEmpty())
        m_onLine(m_pending);
    m_pending.clear();
}

RsyncDryRun parseRsyncDryRun(const QByteArray &output)
{
    RsyncDryRun result;
    const auto number = [](const QByteArray &line, const char *label, qint64 *value) {
        if (!line.startsWith(label))
            return false;
        QByteArray rest = line.mid(qstrlen(label)).trimmed();
        const qsizetype end = rest.indexOf(' ');
        if (end >= 0)
            rest.truncate(end);
        bool ok = false;
        const qint64 parsed = digits(rest, &ok);
        if (ok)
            *value = parsed;
        return ok;
    };
    for (const QByteArray &raw : output.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("*deleting ")) {
            ++result.deleteCount;
            if (result.deletions.size() < RsyncDryRun::kMaxListed)
                result.deletions.append(QString::fromUtf8(line.mid(10).trimmed()));
            continue;
        }
        qint64 ignored = 0;
        if (number(line, "Number of regular files transferred:", &result.filesToTransfer) ||
            number(line, "Total transferred file size:", &result.bytesToTransfer))
            continue;
        if (number(line, "Total file size:", &result.totalBytes))
            result.statsFound = true;
        else
            number(line, "Number of deleted files:", &ignored);
    }
    return result;
}

std::optional<std::pair<int, int>> parseRsyncVersion(const QByteArray &output)
{
    static const QRegularExpression pattern(
        QStringLiteral("^rsync\\s+version\\s+v?([0-9]+)\\.([0-9]+)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(output.left(200)));
    if (!match.hasMatch())
        return std::nullopt;
    return std::make_pair(match.captured(1).toInt(), match.captured(2).toInt());
}

} // namespace qm
