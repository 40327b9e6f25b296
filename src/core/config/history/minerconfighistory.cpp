#include "minerconfighistory.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::MinerConfigHistory)
};

QString compact(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("null");
    // Wrap in an array to serialise any value, then drop the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue fromCompact(const QString &text)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return document.isArray() && !document.array().isEmpty() ? document.array().first()
                                                             : QJsonValue(QJsonValue::Null);
}

} // namespace

MinerConfigHistory parseMinerConfigHistory(const QByteArray &text)
{
    MinerConfigHistory history;
    qsizetype lineNumber = 0;
    qsizetype start = 0;
    while (start < text.size() && history.changes.size() < kMaxMinerHistoryLines) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++lineNumber;
        const QByteArray line = text.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            history.badLines << MinerHistoryBadLine{
                lineNumber, parseError.error != QJsonParseError::NoError
                                ? Text::tr("not JSON: %1").arg(parseError.errorString())
                                : Text::tr("not a JSON object")};
            continue;
        }
        const QJsonObject record = document.object();
        const QJsonValue changes = record.value(QLatin1String("changes"));
        if (!changes.isObject()) {
            history.badLines << MinerHistoryBadLine{lineNumber, Text::tr("no \"changes\" object")};
            continue;
        }
        const QJsonObject settings = changes.toObject();
        const QString stamp = record.value(QLatin1String("timestamp")).toString();
        QDateTime at = QDateTime::fromString(stamp, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(stamp, Qt::ISODate);
        const QString event = record.value(QLatin1String("event")).toString();
        const QString reason = record.value(QLatin1String("reason")).toString();
        bool bad = false;
        QList<MinerSettingChange> found;
        for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
            if (!it.value().isObject()) {
                bad = true;
                break;
            }
            const QJsonObject change = it.value().toObject();
            found << MinerSettingChange{at,
                                        event,
                                        it.key(),
                                        compact(change.value(QLatin1String("old"))),
                                        compact(change.value(QLatin1String("new"))),
                                        reason,
                                        lineNumber};
        }
        if (bad) {
            history.badLines << MinerHistoryBadLine{
                lineNumber, Text::tr("a change is not an {\"old\", \"new\"} object")};
            continue;
        }
        history.changes << found;
    }
    return history;
}

MinerConfigHistory readMinerConfigHistory(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MinerConfigHistory history;
        history.error = Text::tr("Cannot read %1: %2").arg(path, file.errorString());
        return history;
    }
    constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    const QByteArray text = file.read(kMaxBytes + 1);
    if (text.size() > kMaxBytes) {
        MinerConfigHistory history;
        history.error = Text::tr("Cannot read %1: larger than 64 MiB").arg(path);
        return history;
    }
    return parseMinerConfigHistory(text);
}

QJsonObject minerConfigHistoryToJson(const MinerConfigHistory &history)
{
    QJsonArray changes;
    for (const MinerSettingChange &change : history.changes) {
        QJsonObject object;
        object.insert(QStringLiteral("at"),
                      change.at.isValid() ? QJsonValue(change.at.toUTC().toString(Qt::ISODate))
                                          : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("event"), change.event);
        object.insert(QStringLiteral("setting"), change.setting);
        object.insert(QStringLiteral("old"), fromCompact(change.oldValue));
        object.insert(QStringLiteral("new"), fromCompact(change.newValue));
        object.insert(QStringLiteral("reason"), change.reason.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(change.reason));
        object.insert(QStringLiteral("line"), change.line);
        changes.append(object);
    }
    QJsonArray bad;
    for (const MinerHistoryBadLine &line : history.badLines)
        bad.append(QJsonObject{{QStringLiteral("line"), line.line},
                               {QStringLiteral("error"), line.error}});
    QJsonObject root;
    root.insert(QStringLiteral("schemaVersion"), 1);
    root.insert(QStringLiteral("changes"), changes);
    root.insert(QStringLiteral("badLines"), bad);
    return root;
}

} // namespace qm
