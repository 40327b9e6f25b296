#include "spacemodel.h"

#include "core/units/datasize.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QStyle>

namespace qm {

namespace {

QString timeText(qint64 secs)
{
    if (secs < 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs), QLocale::ShortFormat);
}

} // namespace

SpaceModel::SpaceModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_tree(std::make_unique<SpaceTree>())
{}

SpaceModel::~SpaceModel() = default;

void SpaceModel::reset(const QString &location, qint64 scanSecs)
{
    beginResetModel();
    m_tree = std::make_unique<SpaceTree>(location, scanSecs);
    endResetModel();
}

void SpaceModel::beginRescan(SpaceNode *node, qint64 scanSecs)
{
    m_tree->beginScan(node, scanSecs, this);
    // The ancestors' sizes changed.
    Q_EMIT layoutAboutToBeChanged();
    for (SpaceNode *up = node->parent; up; up = up->parent)
        SpaceTree::sortChildren(up);
    Q_EMIT layoutChanged();
}

void SpaceModel::applyRecords(std::vector<SpaceRecord> records)
{
    if (records.empty())
        return;
    const std::vector<SpaceNode *> changed = m_tree->apply(std::move(records), this);
    if (changed.empty())
        return;
    // New sizes may reorder children: a layout change, persistent indexes (selection,
    // expanded folders) moved to the rows their folders went to.
    const QModelIndexList before = persistentIndexList();
    QList<const SpaceNode *> nodes;
    nodes.reserve(before.size());
    for (const QModelIndex &index : before)
        nodes.append(nodeOf(index));
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    for (SpaceNode *node : changed)
        SpaceTree::sortChildren(node);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(indexOf(nodes[i], before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    // The root's own row shows the new totals too.
    Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

SpaceNode *SpaceModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return static_cast<SpaceNode *>(index.internalPointer());
}

QModelIndex SpaceModel::indexOf(const SpaceNode *node, int column) const
{
    if (!node)
        return {};
    return createIndex(node->parent ? node->row : 0, column, const_cast<SpaceNode *>(node));
}

// The scanned root is the one top-level row, so its totals show.
QModelIndex SpaceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, m_tree->root()) : QModelIndex();
    const SpaceNode *node = nodeOf(parent);
    if (parent.column() != 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex SpaceModel::parent(const QModelIndex &child) const
{
    const SpaceNode *node = nodeOf(child);
    if (!node || !node->parent)
        return {};
    return indexOf(node->parent);
}

int SpaceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SpaceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SpaceModel::data(const QModelIndex &index, int role) const
{
    const SpaceNode *node = nodeOf(index);
    if (!node)
        return {};
    const qint64 parentBytes = node->parent ? node->parent->total.bytes : node->total.bytes;
    const double share = parentBytes > 0 ? double(node->total.bytes) / double(parentBytes) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return node->name;
        case Size:
            return formatDataSize(node->total.bytes);
        case Share:
            return QString(QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%'));
        case Files:
            return QLocale().toString(node->total.files);
        case Newest:
            return timeText(node->total.newestSecs);
        case Oldest:
            return timeText(node->total.oldestSecs);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (node->otherFilesystem)
            return tr("%1 is another filesystem: not scanned").arg(m_tree->locationOf(node));
        if (!node->error.isEmpty())
            return tr("%1 could not be read: %2").arg(m_tree->locationOf(node), node->error);
        return m_tree->locationOf(node);
    case Qt::DecorationRole:
        if (index.column() == Name && (!node->error.isEmpty() || node->otherFilesystem))
            return QApplication::style()->standardIcon(
                node->otherFilesystem ? QStyle::SP_DriveHDIcon : QStyle::SP_MessageBoxWarning);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Name)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ShareRole:
        return share;
    case LocationRole:
        return m_tree->locationOf(node);
    case ErrorRole:
        return node->error;
    default:
        break;
    }
    return {};
}

QVariant SpaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Folder");
    case Size:
        return tr("Size");
    case Share:
        return tr("Share");
    case Files:
        return tr("Files");
    case Newest:
        return tr("Newest");
    case Oldest:
        return tr("Oldest");
    case ColumnCount:
        break;
    }
    return {};
}

void SpaceModel::beginInsertChildren(SpaceNode *parent, int first, int last)
{
    beginInsertRows(indexOf(parent), first, last);
}

void SpaceModel::endInsertChildren()
{
    endInsertRows();
}

void SpaceModel::beginRemoveChildren(SpaceNode *parent, int first, int last)
{
    beginRemoveRows(indexOf(parent), first, last);
}

void SpaceModel::endRemoveChildren()
{
    endRemoveRows();
}

} // namespace qm
