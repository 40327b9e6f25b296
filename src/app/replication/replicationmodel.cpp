#include "replicationmodel.h"

#include "core/units/datasize.h"
#include "core/units/duration.h"

#include <QFont>
#include <QLocale>

namespace qm {

namespace {

bool sameRow(const ReplicationRoute &a, const ReplicationRoute &b)
{
    return a.producer == b.producer && a.kind == b.kind;
}

qint64 oldestAgeSecs(const RouteMeasurement &m)
{
    if (!m.ok() || !m.tally.oldestAtRisk.isValid())
        return -1;
    return std::max<qint64>(0, m.tally.oldestAtRisk.secsTo(m.measuredAt));
}

int failedReceivers(const RouteMeasurement &m)
{
    return int(std::count_if(m.receivers.cbegin(), m.receivers.cend(),
                             [](const ReceiverResult &r) { return !r.measured; }));
}

} // namespace

QString ReplicationModel::kindTitle(DataKind kind)
{
    switch (kind) {
    case DataKind::Games:
        return tr("Games");
    case DataKind::Npz:
        return tr("Training data (npz)");
    case DataKind::Models:
        return tr("Models");
    }
    return QString();
}

void ReplicationModel::setRoutes(const QList<ReplicationRoute> &routes)
{
    QList<Row> rows;
    rows.reserve(routes.size());
    for (const ReplicationRoute &route : routes) {
        Row row;
        row.route = route;
        for (const Row &old : std::as_const(m_rows)) {
            if (sameRow(old.route, route)) {
                row.measurement = old.measurement;
                row.measuring = old.measuring;
            }
        }
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ReplicationModel::setMeasurement(const RouteMeasurement &measurement)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!sameRow(m_rows[r].route, measurement.route))
            continue;
        m_rows[r].measurement = measurement;
        m_rows[r].measuring = false;
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        return;
    }
}

void ReplicationModel::setMeasuring(bool measuring)
{
    for (Row &row : m_rows)
        row.measuring = measuring;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ReplicationModel::clearMeasurements()
{
    beginResetModel();
    for (Row &row : m_rows)
        row.measurement.reset();
    endResetModel();
}

const ReplicationModel::Row *ReplicationModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QList<RouteMeasurement> ReplicationModel::measurements() const
{
    QList<RouteMeasurement> result;
    for (const Row &row : m_rows) {
        if (row.measurement)
            result.append(*row.measurement);
    }
    return result;
}

int ReplicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReplicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplicationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const bool atRisk =
        row.measurement && row.measurement->ok() && row.measurement->tally.atRiskFiles > 0;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case AtRiskRole:
        return atRisk;
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == FilesColumn || index.column() == BytesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (atRisk && (index.column() == FilesColumn || index.column() == BytesColumn ||
                       index.column() == OldestColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReplicationModel::display(const Row &row, int column) const
{
    const ReplicationRoute &route = row.shownRoute();
    const RouteMeasurement *m = row.measurement ? &*row.measurement : nullptr;
    const bool ok = m && m->ok();
    switch (column) {
    case ProducerColumn:
        return route.producer;
    case KindColumn:
        return kindTitle(route.kind);
    case FilesColumn:
        return ok ? QLocale().toString(m->tally.atRiskFiles) : QString();
    case BytesColumn:
        return ok ? formatDataSize(m->tally.atRiskBytes) : QString();
    case OldestColumn: {
        const qint64 age = m ? oldestAgeSecs(*m) : -1;
        return age >= 0 ? formatDuration(age) : QString();
    }
    case ReceiversColumn: {
        QStringList names;
        for (const ReplicationReceiver &receiver : route.receivers)
            names.append(receiver.host);
        if (!route.backups.isEmpty())
            names.append(tr("%n backup(s)", nullptr, int(route.backups.size())));
        return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
    }
    case SkippedColumn: {
        QStringList parts;
        for (const SkippedReceiver &skipped : route.skipped) {
            if (skipped.reason != SkipReason::Producer)
                parts.append(tr("%1 (%2)").arg(skipped.host, skipReasonTitle(skipped.reason)));
        }
        return parts.join(QStringLiteral(", "));
    }
    case MeasuredColumn:
        if (row.measuring)
            return tr("measuring…");
        if (!m)
            return tr("not measured");
        if (!ok)
            return tr("failed (see details)");
        if (const int failed = failedReceivers(*m))
            return tr("%1, %n receiver(s) not measured", nullptr, failed)
                .arg(QLocale().toString(m->measuredAt.toLocalTime(), QLocale::ShortFormat));
        return QLocale().toString(m->measuredAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ReplicationModel::sortKey(const Row &row, int column) const
{
    const RouteMeasurement *m = row.measurement ? &*row.measurement : nullptr;
    const bool ok = m && m->ok();
    switch (column) {
    case KindColumn:
        return int(row.route.kind);
    case FilesColumn:
        return ok ? m->tally.atRiskFiles : qint64(-1);
    case BytesColumn:
        return ok ? m->tally.atRiskBytes : qint64(-1);
    case OldestColumn:
        return m ? oldestAgeSecs(*m) : qint64(-1);
    case ReceiversColumn:
        return int(row.shownRoute().possibleCopies());
    case MeasuredColumn:
        return m ? m->measuredAt.toSecsSinceEpoch() : qint64(-1);
    default:
        return display(row, column);
    }
}

QString ReplicationModel::toolTip(const Row &row, int column) const
{
    const ReplicationRoute &route = row.shownRoute();
    switch (column) {
    case ProducerColumn:
        return tr("%1: %2").arg(route.producer, route.sourcePath);
    case ReceiversColumn: {
        QStringList lines;
        for (const ReplicationReceiver &receiver : route.receivers)
            lines.append(tr("%1: %2").arg(receiver.host, receiver.path));
        for (const QString &backup : route.backups)
            lines.append(tr("backup: %1").arg(backup));
        return lines.join(QLatin1Char('\n'));
    }
    case SkippedColumn: {
        QStringList lines;
        for (const SkippedReceiver &skipped : route.skipped)
            lines.append(tr("%1: %2").arg(skipped.host, skipped.text));
        return lines.join(QLatin1Char('\n'));
    }
    case MeasuredColumn:
        return row.measurement && !row.measurement->ok() ? row.measurement->error : QString();
    default:
        return QString();
    }
}

QVariant ReplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FilesColumn:
            return tr("Files of the producer with fewer copies than replication_target among "
                      "the receivers");
        case OldestColumn:
            return tr("How old the oldest of those files was when measured");
        case SkippedColumn:
            return tr("Hosts that do not receive this data, and why");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProducerColumn:
        return tr("Host");
    case KindColumn:
        return tr("Data");
    case FilesColumn:
        return tr("Files at risk");
    case BytesColumn:
        return tr("Bytes at risk");
    case OldestColumn:
        return tr("Oldest");
    case ReceiversColumn:
        return tr("Receivers");
    case SkippedColumn:
        return tr("Skipped");
    case MeasuredColumn:
        return tr("Measured");
    default:
        return {};
    }
}

} // namespace qm
