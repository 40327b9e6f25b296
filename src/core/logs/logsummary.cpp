#include "logsummary.h"

#include "logstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::LogSummary)
};

constexpr int kPageLines = 5000;
constexpr qsizetype kMaxExample = 2000;

struct Mask
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Mask> &masks()
{
    static const QList<Mask> list = [] {
        const auto option = QRegularExpression::UseUnicodePropertiesOption;
        QList<Mask> masks = {
            {QRegularExpression(QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                               "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")),
             QStringLiteral("<uuid>")},
            {QRegularExpression(QStringLiteral("\"[^\"\\n]*\"")), QStringLiteral("\"…\"")},
            // A quote inside a word ("it's") is an apostrophe, not a quoted value.
            {QRegularExpression(QStringLiteral("(?<!\\w)'[^'\\n]*'(?!\\w)"), option),
             QStringLiteral("'…'")},
            {QRegularExpression(
                 QStringLiteral("(?:~|\\b[A-Za-z]:|\\.{1,2})?(?:[/\\\\][\\w.@%+-]+){2,}[/\\\\]?"),
                 option),
             QStringLiteral("<path>")},
            {QRegularExpression(QStringLiteral("\\b0[xX][0-9a-fA-F]+\\b|\\b[0-9a-fA-F]{12,}\\b")),
             QStringLiteral("<hex>")},
            {QRegularExpression(QStringLiteral("\\d+(?:[.,]\\d+)*")), QStringLiteral("<n>")},
            {QRegularExpression(QStringLiteral("\\s+"), option), QStringLiteral(" ")},
        };
        for (Mask &mask : masks)
            mask.pattern.optimize();
        return masks;
    }();
    return list;
}

} // namespace

QString logSignature(QStringView message)
{
    QString signature = message.toString();
    for (const Mask &mask : masks())
        signature.replace(mask.pattern, mask.replacement);
    return signature.trimmed();
}

std::optional<QList<LogSignatureCount>> summarizeLogs(LogStore &store, LogFilter filter,
                                                      QString *error,
                                                      const std::atomic<bool> *cancel,
                                                      int maxSignatures)
{
    if (filter.minLevelRank < 0)
        filter.minLevelRank = logLevelRank(u"ERROR");
    QHash<QString, qsizetype> bySignature;
    QList<LogSignatureCount> counts;
    QList<QSet<QString>> sources;
    const QString other = Text::tr("(other messages)");
    std::optional<LogCursor> cursor;
    // Oldest first: each signature's example ends as its newest line.
    for (;;) {
        const std::optional<QList<LogLine>> page =
            store.page(filter, cursor, LogDirection::Newer, kPageLines, error, cancel);
        if (!page)
            return std::nullopt;
        for (const LogLine &line : *page) {
            QString signature = logSignature(line.message);
            auto found = bySignature.constFind(signature);
            if (found == bySignature.cend()) {
                if (counts.size() >= maxSignatures - 1)
                    signature = other;
                found = bySignature.constFind(signature);
                if (found == bySignature.cend()) {
                    found = bySignature.insert(signature, counts.size());
                    LogSignatureCount count;
                    count.signature = signature;
                    count.firstUs = line.timeUs;
                    counts.append(count);
                    sources.append(QSet<QString>());
                }
            }
            LogSignatureCount &count = counts[*found];
            ++count.count;
            count.lastUs = line.timeUs;
            count.example = line.message.left(kMaxExample);
            QSet<QString> &named = sources[*found];
            if (named.size() < kMaxSignatureSources)
                named.insert(line.sourceId);
        }
        if (page->size() < kPageLines)
            break;
        cursor = LogCursor{page->constLast().timeUs, page->constLast().id};
    }
    for (qsizetype i = 0; i < counts.size(); ++i) {
        counts[i].sources = QStringList(sources[i].cbegin(), sources[i].cend());
        counts[i].sources.sort();
    }
    std::sort(counts.begin(), counts.end(),
              [](const LogSignatureCount &a, const LogSignatureCount &b) {
                  return a.count != b.count ? a.count > b.count : a.lastUs > b.lastUs;
              });
    return counts;
}

} // namespace qm
