#pragma once

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <vector>

class QItemSelectionModel;

namespace qm {

class SpaceModel;
struct SpaceNode;

/// A squarified treemap of a SpaceModel: each folder a framed rectangle holding its
/// subfolders and, as coloured tiles, its own files by kind or by age. Only what is at
/// least a few pixels is laid out; the layout and its picture are cached and redone
/// when the size or the scan changes (at most a few times a second while scanning).
/// Hover shows a folder's location and size; a click selects it in the selection
/// model the tree view shares, and a selection made there is outlined here.
class SpaceTreemap : public QWidget
{
    Q_OBJECT

public:
    enum class Colouring { ByKind, ByAge };

    explicit SpaceTreemap(QWidget *parent = nullptr);

    void setModel(SpaceModel *model, QItemSelectionModel *selection);
    void setColouring(Colouring colouring);
    Colouring colouring() const { return m_colouring; }

    /// The folder drawn at `point` (the innermost one), or nullptr.
    const SpaceNode *nodeAt(const QPointF &point) const;
    /// Where `node` is drawn; empty when it is too small to be drawn.
    QRectF rectOf(const SpaceNode *node) const;
    /// Lays out and paints into the cache now (what a paint event would do); the
    /// benchmark times it.
    void rebuild();
    /// Tiles in the current layout.
    qsizetype tileCount() const { return qsizetype(m_tiles.size()); }

    /// The colour of file kind or age bucket `index` under `colouring`.
    static QColor colourOf(Colouring colouring, int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Tile
    {
        QRectF rect;
        const SpaceNode *node; ///< the folder, or the folder whose own files these are
        int colour;            ///< -1: a folder's frame; else the kind or age bucket
    };
    void layoutNode(const SpaceNode *node, const QRectF &rect, int depth);
    void scheduleRebuild();
    void select(const SpaceNode *node);

    QPointer<SpaceModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    Colouring m_colouring = Colouring::ByKind;
    std::vector<Tile> m_tiles; ///< parents before their children
    QPixmap m_picture;
    bool m_dirty = true;
    QTimer m_rebuildTimer;
    const SpaceNode *m_hover = nullptr;
};

} // namespace qm
