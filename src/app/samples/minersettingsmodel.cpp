#include "minersettingsmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace qm {

namespace {

/// A value as compact JSON text (MinerSettingChange) laid out for reading: an object or
/// an array indented over several lines, anything else as it is.
QString readable(const QString &compact)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + compact.toUtf8() + QByteArray("]"));
    if (!document.isArray() || document.array().size() != 1)
        return compact;
    const QJsonValue value = document.array().first();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    return compact;
}

} // namespace

MinerSettingsModel::MinerSettingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MinerSettingsModel::setHistories(const QList<SourceHistory> &histories)
{
    QList<Row> rows;
    for (const SourceHistory &history : histories) {
        const MinerSettingsTimeline timeline = minerSettingsTimeline(history.history);
        for (const MinerSettingChange &change : timeline.changes)
            rows.append({history.source, change});
    }
    // Newest first; a timeline is oldest first, so the settings of one record keep their
    // order by comparing on time alone in a stable sort.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.change.at.toMSecsSinceEpoch() > b.change.at.toMSecsSinceEpoch();
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString MinerSettingsModel::sourceText(const SampleSource &source)
{
    return source.host.isEmpty() ? tr("this machine: %1").arg(source.dataDir) : source.label();
}

int MinerSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MinerSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MinerSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const MinerSettingChange &change = row.change;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat);
        case Source:
            return sourceText(row.source);
        case Setting:
            return change.setting;
        case OldValue:
            return change.oldValue;
        case NewValue:
            return change.newValue;
        case Reason:
            return change.reason;
        case Event:
            return change.event;
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        // By the real time; every other column sorts as it reads.
        if (Column(index.column()) == Time)
            return change.at.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        // The whole change, values laid out: the cells cut long JSON short.
        QStringList lines;
        lines << tr("%1 (%2 UTC)")
                     .arg(QLocale().toString(change.at.toLocalTime(), QLocale::LongFormat),
                          change.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
              << sourceText(row.source) << tr("Setting: %1").arg(change.setting)
              << tr("Old value: %1").arg(readable(change.oldValue))
              << tr("New value: %1").arg(readable(change.newValue));
        if (!change.reason.isEmpty())
            lines << tr("Reason: %1").arg(change.reason);
        if (!change.event.isEmpty())
            lines << tr("Event: %1").arg(change.event);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    return {};
}

QVariant MinerSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Changed");
    case Source:
        return tr("Data directory");
    case Setting:
        return tr("Setting");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    case Reason:
        return tr("Reason");
    case Event:
        return tr("Event");
    case ColumnCount:
        break;
    }
    return {};
}

MinerSettingsFilterModel::MinerSettingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MinerSettingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void MinerSettingsFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool MinerSettingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *settings = qobject_cast<const MinerSettingsModel *>(sourceModel());
    if (!settings || m_text.isEmpty())
        return true;
    const MinerSettingsModel::Row &row = settings->rows().at(sourceRow);
    return row.change.setting.contains(m_text, Qt::CaseInsensitive) ||
           MinerSettingsModel::sourceText(row.source).contains(m_text, Qt::CaseInsensitive);
}

bool MinerSettingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    // A tie: the later row of the model (the older change) first, so that descending keeps
    // the model's newest-first order; the proxy's stable sort would otherwise keep the
    // order of the sort before.
    return left.row() > right.row();
}

} // namespace qm
