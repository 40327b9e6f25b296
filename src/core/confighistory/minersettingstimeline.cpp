#include "minersettingstimeline.h"

#include "core/samples/generationlog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::MinerSettingsTimeline)
};

QString compact(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("null");
    // An array serialises any value; its brackets are dropped.
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

MinerSettingsTimeline minerSettingsTimeline(const MinerConfigHistory &history)
{
    MinerSettingsTimeline timeline;
    for (const MinerConfigChange &record : history.changes()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(record.timeMs, Qt::UTC);
        for (auto it = record.changes.constBegin(); it != record.changes.constEnd(); ++it) {
            MinerSettingChange change;
            change.at = at;
            change.event = record.event;
            change.setting = it.key();
            change.reason = record.reason;
            if (it.value().isObject()) {
                const QJsonObject values = it.value().toObject();
                change.oldValue = compact(values.value(QLatin1String("old")));
                change.newValue = compact(values.value(QLatin1String("new")));
            } else {
                change.oldValue = compact(QJsonValue::Null);
                change.newValue = compact(it.value());
            }
            timeline.changes << change;
        }
    }
    return timeline;
}

MinerSettingsTimeline minerSettingsTimeline(QByteArrayView text)
{
    qint64 badLines = 0;
    MinerSettingsTimeline timeline =
        minerSettingsTimeline(MinerConfigHistory::parse(text, &badLines));
    timeline.badLines = badLines;
    return timeline;
}

MinerSettingsTimeline readMinerSettingsTimeline(const QString &path)
{
    MinerSettingsTimeline timeline;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        timeline.error = Text::tr("Cannot read %1: %2").arg(path, file.errorString());
        return timeline;
    }
    constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    const QByteArray text = file.read(kMaxBytes + 1);
    if (text.size() > kMaxBytes) {
        timeline.error = Text::tr("Cannot read %1: larger than 64 MiB").arg(path);
        return timeline;
    }
    return minerSettingsTimeline(text);
}

QJsonObject minerSettingsTimelineToJson(const MinerSettingsTimeline &timeline)
{
    QJsonArray changes;
    for (const MinerSettingChange &change : timeline.changes) {
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
        changes.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("schemaVersion"), 1);
    root.insert(QStringLiteral("changes"), changes);
    root.insert(QStringLiteral("badLines"), timeline.badLines);
    return root;
}

} // namespace qm
