#pragma once

#include "core/space/spacetree.h"

#include <QAbstractItemModel>

#include <memory>

namespace qm {

/// The folder tree of a Space scan as an item model: name, size, share of the parent
/// (a bar), files, newest and oldest file; each folder's children largest first. Fills
/// in as records arrive (applyRecords): new folders are inserted rows, new sizes a
/// layout change that keeps selections and expanded folders.
class SpaceModel : public QAbstractItemModel, private SpaceTree::Observer
{
    Q_OBJECT

public:
    enum Column { Name, Size, Share, Files, Newest, Oldest, ColumnCount };
    enum Role {
        ShareRole = Qt::UserRole + 1, ///< double 0–1: the folder's share of its parent
        LocationRole,                 ///< QString: "/path" or "HOST:/path"
        ErrorRole,                    ///< QString: why the folder could not be read
    };

    explicit SpaceModel(QObject *parent = nullptr);
    ~SpaceModel() override;

    /// Empties the model for a new scan of `location` (ages measured against `scanSecs`).
    void reset(const QString &location, qint64 scanSecs);
    /// Empties `node`'s folder for a new scan of it (refreshing a subtree).
    void beginRescan(SpaceNode *node, qint64 scanSecs);
    /// Adds what a scan found: new folders as rows, sizes re-sorted.
    void applyRecords(std::vector<SpaceRecord> records);

    const SpaceTree &tree() const { return *m_tree; }
    SpaceNode *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const SpaceNode *node, int column = Name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void beginInsertChildren(SpaceNode *parent, int first, int last) override;
    void endInsertChildren() override;
    void beginRemoveChildren(SpaceNode *parent, int first, int last) override;
    void endRemoveChildren() override;

    std::unique_ptr<SpaceTree> m_tree;
};

} // namespace qm
