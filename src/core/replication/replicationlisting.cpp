#include "replicationlisting.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ReplicationListing)
};

/// The statistics block is a few hundred bytes; anything beyond this is not rsync's.
constexpr qsizetype kMaxRestBytes = 256 * 1024;

/// "YYYY/MM/DD-HH:MM:SS" read as UTC, by position: a time that a local zone skips
/// (a daylight-saving gap) is still a valid UTC time. Invalid when it is not one.
QDateTime rsyncTime(QByteArrayView text)
{
    if (text.size() != 19 || text[4] != '/' || text[7] != '/' || text[10] != '-' ||
        text[13] != ':' || text[16] != ':')
        return {};
    const auto number = [&](int at, int length) {
        int value = 0;
        for (int i = at; i < at + length; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

QStringList replicationListingOptions()
{
    return {QStringLiteral("--itemize-changes"), QStringLiteral("--out-format=%i|%l|%M|%n")};
}

std::optional<ListedItem> parseListingLine(QByteArrayView line)
{
    // "%i|%l|%M|%n": ">f+++++++++|1234|2025/11/12-10:00:00|sub/a.db"
    const qsizetype first = line.indexOf('|');
    if (first < 2 || first > 16)
        return std::nullopt;
    const QByteArrayView change = line.first(first);
    const char what = change[0];
    if (change[1] != 'f' || !QByteArrayView("<>ch.").contains(what))
        return std::nullopt; // directories, links, devices, "*deleting", messages
    const qsizetype second = line.indexOf('|', first + 1);
    const qsizetype third = second < 0 ? -1 : line.indexOf('|', second + 1);
    if (third < 0 || third + 1 >= line.size())
        return std::nullopt;
    QByteArray size = line.sliced(first + 1, second - first - 1).toByteArray();
    // rsync may group digits ("1,234,567"); a size has no fraction.
    size.replace(',', "").replace('.', "");
    bool ok = false;
    ListedItem item;
    item.bytes = size.toLongLong(&ok);
    if (!ok || item.bytes < 0)
        return std::nullopt;
    item.modified = rsyncTime(line.sliced(second + 1, third - second - 1));
    if (!item.modified.isValid())
        return std::nullopt;
    item.path = QString::fromUtf8(line.sliced(third + 1));
    item.held = what == '.';
    return item;
}

QString unescapedRsyncPath(const QString &path)
{
    if (!path.contains(QStringLiteral("\\#")))
        return path;
    QByteArray bytes = path.toUtf8();
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\\' && i + 4 < bytes.size() && bytes[i + 1] == '#') {
            const QByteArray octal = bytes.mid(i + 2, 3);
            bool ok = false;
            const int value = octal.toInt(&ok, 8);
            if (ok && octal.size() == 3 && value < 256) {
                out.append(char(value));
                i += 4;
                continue;
            }
        }
        out.append(bytes[i]);
    }
    return QString::fromUtf8(out);
}

DryRunListing::DryRunListing(std::function<void(ListedItem &&item)> onItem)
    : m_lines([this](QByteArrayView text) { line(text); })
    , m_onItem(std::move(onItem))
{}

void DryRunListing::feed(QByteArrayView chunk)
{
    m_lines.feed(chunk);
}

void DryRunListing::finish()
{
    m_lines.finish();
    m_stats = parseRsyncDryRun(m_rest);
}

void DryRunListing::line(QByteArrayView text)
{
    if (std::optional<ListedItem> item = parseListingLine(text)) {
        if (m_onItem)
            m_onItem(std::move(*item));
        else
            m_items.append(std::move(*item));
        return;
    }
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    // Directories and links of the listing are not files, but they are rsync's.
    const qsizetype bar = trimmed.indexOf('|');
    const bool listed = bar >= 2 && bar <= 16 && trimmed.count('|') >= 3;
    if (!listed && m_firstOther.isEmpty()) {
        const QString shown =
            QString::fromUtf8(trimmed.first(std::min<qsizetype>(trimmed.size(), 300)));
        const bool binary = std::any_of(shown.cbegin(), shown.cend(), [](QChar c) {
            return c == QChar::ReplacementCharacter || (c.unicode() < 0x20 && c != u'\t');
        });
        m_firstOther =
            binary ? Text::tr("%n byte(s) of binary data", nullptr, int(trimmed.size())) : shown;
    }
    if (!listed && m_rest.size() + trimmed.size() < kMaxRestBytes) {
        m_rest.append(trimmed.data(), trimmed.size());
        m_rest.append('\n');
    }
}

ReplicationTally tallyReplication(const QList<ProducerFile> &files,
                                  const QList<ReceiverHoldings> &receivers, int target)
{
    ReplicationTally tally;
    tally.missingFiles.fill(0, receivers.size());
    tally.missingBytes.fill(0, receivers.size());
    QList<const ProducerFile *> atRisk;
    for (const ProducerFile &file : files) {
        ++tally.totalFiles;
        tally.totalBytes += file.bytes;
        int copies = 0;
        for (qsizetype r = 0; r < receivers.size(); ++r) {
            const ReceiverHoldings &receiver = receivers[r];
            if (receiver.measured && receiver.held.contains(file.path)) {
                ++copies;
            } else {
                ++tally.missingFiles[r];
                tally.missingBytes[r] += file.bytes;
            }
        }
        if (copies >= target)
            continue;
        ++tally.atRiskFiles;
        tally.atRiskBytes += file.bytes;
        atRisk.append(&file);
    }
    std::sort(atRisk.begin(), atRisk.end(), [](const ProducerFile *a, const ProducerFile *b) {
        return a->modified < b->modified || (a->modified == b->modified && a->path < b->path);
    });
    if (!atRisk.isEmpty())
        tally.oldestAtRisk = atRisk.constFirst()->modified;
    for (qsizetype i = 0; i < atRisk.size() && i < ReplicationTally::kOldestListed; ++i)
        tally.oldestFiles.append(*atRisk[i]);
    return tally;
}

} // namespace qm
