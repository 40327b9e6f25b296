#include "spacetreemap.h"

#include "core/space/squarify.h"
#include "core/units/datasize.h"
#include "spacemodel.h"

#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace qm {

namespace {

/// Below this many pixels on a side, nothing is laid out inside a rectangle.
constexpr double kMinSide = 3.0;
/// Folders nested deeper than this are drawn as one tile.
constexpr int kMaxDepth = 64;

} // namespace

SpaceTreemap::SpaceTreemap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(300);
    connect(&m_rebuildTimer, &QTimer::timeout, this, [this] {
        m_dirty = true;
        update();
    });
}

void SpaceTreemap::setModel(SpaceModel *model, QItemSelectionModel *selection)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_model = model;
    m_selection = selection;
    const auto changed = [this] { scheduleRebuild(); };
    connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    // Removed folders are freed: nothing may point at them, not even until the rebuild.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] {
        m_tiles.clear();
        m_hover = nullptr;
        m_dirty = true;
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_tiles.clear();
        m_hover = nullptr;
        m_dirty = true;
        update();
    });
    if (selection)
        connect(selection, &QItemSelectionModel::currentChanged, this, [this] { update(); });
    m_dirty = true;
    update();
}

void SpaceTreemap::setColouring(Colouring colouring)
{
    if (colouring == m_colouring)
        return;
    m_colouring = colouring;
    m_dirty = true;
    update();
}

QColor SpaceTreemap::colourOf(Colouring colouring, int index)
{
    if (colouring == Colouring::ByAge) {
        // New is warm, old is cold.
        static const QColor ages[] = {QColor(0xd3, 0x2f, 0x2f), QColor(0xf5, 0x7c, 0x00),
                                      QColor(0xfb, 0xc0, 0x2d), QColor(0x7c, 0xb3, 0x42),
                                      QColor(0x26, 0x9e, 0xb8), QColor(0x3f, 0x51, 0xb5)};
        return ages[std::clamp(index, 0, 5)];
    }
    static const QColor kinds[] = {QColor(0x43, 0xa0, 0x47), QColor(0xe5, 0x39, 0x35),
                                   QColor(0x8e, 0x24, 0xaa), QColor(0x6d, 0x4c, 0x41),
                                   QColor(0x1e, 0x88, 0xe5), QColor(0x00, 0x89, 0x7b),
                                   QColor(0xfb, 0x8c, 0x00), QColor(0x9e, 0x9e, 0x9e)};
    return kinds[std::clamp(index, 0, kSpaceFileKinds - 1)];
}

void SpaceTreemap::scheduleRebuild()
{
    if (!m_rebuildTimer.isActive())
        m_rebuildTimer.start();
}

void SpaceTreemap::layoutNode(const SpaceNode *node, const QRectF &rect, int depth)
{
    m_tiles.push_back({rect, node, -1});
    const QRectF inner = rect.adjusted(1, 1, -1, -1);
    if (inner.width() < kMinSide || inner.height() < kMinSide || depth >= kMaxDepth)
        return;
    // The items: subfolders, then the folder's own files by kind or age, largest first.
    struct Item
    {
        double weight;
        const SpaceNode *child;
        int colour;
    };
    std::vector<Item> items;
    items.reserve(node->children.size() + kSpaceFileKinds);
    for (const auto &child : node->children) {
        if (child->total.bytes > 0)
            items.push_back({double(child->total.bytes), child.get(), -1});
    }
    if (m_colouring == Colouring::ByKind) {
        for (int k = 0; k < kSpaceFileKinds; ++k) {
            if (node->kindBytes[size_t(k)] > 0)
                items.push_back({double(node->kindBytes[size_t(k)]), nullptr, k});
        }
    } else {
        for (int b = 0; b < kSpaceAgeBuckets; ++b) {
            if (node->own.ageBytes[size_t(b)] > 0)
                items.push_back({double(node->own.ageBytes[size_t(b)]), nullptr, b});
        }
    }
    if (items.empty())
        return;
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.weight > b.weight; });
    // Items too small to see are left out: they would cost time and show nothing. Their
    // area stays with the folder's frame.
    double total = 0;
    for (const Item &item : items)
        total += item.weight;
    const double pixelsPerWeight = inner.width() * inner.height() / total;
    QList<double> weights;
    weights.reserve(qsizetype(items.size()));
    for (const Item &item : items) {
        if (item.weight * pixelsPerWeight < kMinSide * kMinSide)
            break; // sorted: the rest are smaller still
        weights.append(item.weight);
    }
    double shown = 0;
    for (const double w : std::as_const(weights))
        shown += w;
    // The shown items take their share of the inner rectangle, the rest stays empty.
    QRectF area = inner;
    if (shown < total)
        area.setWidth(inner.width() * shown / total);
    const QList<QRectF> rects = squarify(weights, area);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const Item &item = items[size_t(i)];
        if (item.child)
            layoutNode(item.child, rects[i], depth + 1);
        else
            m_tiles.push_back({rects[i], node, item.colour});
    }
}

void SpaceTreemap::rebuild()
{
    m_tiles.clear();
    const qreal ratio = devicePixelRatioF();
    m_picture = QPixmap(size() * ratio);
    m_picture.setDevicePixelRatio(ratio);
    m_picture.fill(palette().color(QPalette::Base));
    m_dirty = false;
    if (!m_model || width() <= 0 || height() <= 0)
        return;
    const SpaceNode *root = m_model->tree().root();
    if (root->total.bytes <= 0)
        return;
    layoutNode(root, QRectF(rect()), 0);
    QPainter painter(&m_picture);
    const QColor frame = palette().color(QPalette::Mid);
    const QColor folderFill = palette().color(QPalette::Window);
    for (const Tile &tile : m_tiles) {
        if (tile.colour < 0) {
            painter.setPen(frame);
            painter.setBrush(folderFill);
            painter.drawRect(tile.rect.adjusted(0, 0, -0.5, -0.5));
        } else {
            const QColor colour = colourOf(m_colouring, tile.colour);
            // A soft gradient shows the tiles apart, as cushions do.
            QLinearGradient gradient(tile.rect.topLeft(), tile.rect.bottomRight());
            gradient.setColorAt(0, colour.lighter(130));
            gradient.setColorAt(1, colour.darker(115));
            painter.fillRect(tile.rect, gradient);
        }
    }
}

const SpaceNode *SpaceTreemap::nodeAt(const QPointF &point) const
{
    // Children follow their parents: the last folder frame holding the point is the
    // innermost.
    const SpaceNode *found = nullptr;
    for (const Tile &tile : m_tiles) {
        if (tile.colour < 0 && tile.rect.contains(point))
            found = tile.node;
    }
    return found;
}

QRectF SpaceTreemap::rectOf(const SpaceNode *node) const
{
    for (const Tile &tile : m_tiles) {
        if (tile.colour < 0 && tile.node == node)
            return tile.rect;
    }
    return {};
}

void SpaceTreemap::paintEvent(QPaintEvent *)
{
    if (m_dirty || m_picture.size() != size() * devicePixelRatioF())
        rebuild();
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_picture);
    const auto outline = [&](const SpaceNode *node, const QColor &colour, qreal width) {
        const QRectF r = rectOf(node);
        if (r.isEmpty())
            return;
        painter.setPen(QPen(colour, width));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r.adjusted(width / 2, width / 2, -width / 2, -width / 2));
    };
    if (m_hover)
        outline(m_hover, palette().color(QPalette::Text), 1);
    if (m_model && m_selection)
        outline(m_model->nodeOf(m_selection->currentIndex()), palette().color(QPalette::Highlight),
                3);
}

void SpaceTreemap::resizeEvent(QResizeEvent *event)
{
    m_dirty = true;
    QWidget::resizeEvent(event);
}

void SpaceTreemap::select(const SpaceNode *node)
{
    if (!m_model || !m_selection || !node)
        return;
    const QModelIndex index = m_model->indexOf(node);
    m_selection->setCurrentIndex(index,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void SpaceTreemap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        select(nodeAt(event->position()));
    QWidget::mousePressEvent(event);
}

void SpaceTreemap::mouseMoveEvent(QMouseEvent *event)
{
    const SpaceNode *node = nodeAt(event->position());
    if (node != m_hover) {
        m_hover = node;
        update();
    }
    if (node && m_model) {
        QToolTip::showText(
            event->globalPosition().toPoint(),
            tr("%1\n%2").arg(m_model->tree().locationOf(node), formatDataSize(node->total.bytes)),
            this);
    } else {
        QToolTip::hideText();
    }
}

void SpaceTreemap::leaveEvent(QEvent *event)
{
    m_hover = nullptr;
    update();
    QWidget::leaveEvent(event);
}

} // namespace qm
