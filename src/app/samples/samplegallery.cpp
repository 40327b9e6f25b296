#include "samplegallery.h"

#include "samplesmodel.h"
#include "samplespage.h"

#include <QApplication>
#include <QPainter>

namespace qm {

namespace {

constexpr int kBadgeSize = 22;
constexpr int kBadgeInset = 4;

} // namespace

SampleGalleryModel::SampleGalleryModel(QSize thumbnail, QSize item, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_placeholder(thumbnail, QImage::Format_RGB32)
    , m_item(item)
{
    m_placeholder.fill(QColor(60, 63, 68));
}

QVariant SampleGalleryModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole) {
        const QVariant thumbnail = QIdentityProxyModel::data(index, SamplesModel::ThumbnailRole);
        return thumbnail.isNull() ? QVariant(m_placeholder) : thumbnail;
    }
    if (role == Qt::SizeHintRole)
        return m_item;
    const QModelIndex source = mapToSource(index);
    if (role == Qt::DisplayRole) { // the reason and score under the picture
        const QString score = source.siblingAtColumn(SamplesModel::ClipScore).data().toString();
        const QString reason = source.siblingAtColumn(SamplesModel::Reason).data().toString();
        return score.isEmpty() ? reason : SamplesPage::tr("%1 · %2").arg(reason, score);
    }
    if (role == Qt::ToolTipRole) {
        QString tip = source.siblingAtColumn(SamplesModel::File).data().toString() +
                      QLatin1Char('\n') + QIdentityProxyModel::data(index, role).toString();
        const QString problem =
            QIdentityProxyModel::data(index, SamplesModel::ThumbnailProblemRole).toString();
        if (!problem.isEmpty())
            tip += QStringLiteral("\n\n") + problem;
        return tip;
    }
    return QIdentityProxyModel::data(index, role);
}

QColor SampleGalleryDelegate::failedColour()
{
    return QColor(0xd9, 0x43, 0x3b);
}

QColor SampleGalleryDelegate::noteColour()
{
    return QColor(0xe0, 0x9a, 0x1a);
}

QRect SampleGalleryDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QStyleOptionViewItem item = option;
    item.index = index;
    item.features |= QStyleOptionViewItem::HasDecoration;
    item.decorationSize = option.decorationSize;
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The picture, centred in the decoration's room.
    const QRect room = style->subElementRect(QStyle::SE_ItemViewItemDecoration, &item, widget);
    const QRect picture = QStyle::alignedRect(option.direction, Qt::AlignCenter,
                                              option.decorationSize.boundedTo(room.size()), room);
    return QRect(picture.right() - kBadgeInset - kBadgeSize + 1, picture.top() + kBadgeInset,
                 kBadgeSize, kBadgeSize);
}

void SampleGalleryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QString problem = index.data(SamplesModel::ThumbnailProblemRole).toString();
    if (problem.isEmpty())
        return;
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QRect badge = badgeRect(item, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(index.data(SamplesModel::ThumbnailFailedRole).toBool() ? failedColour()
                                                                             : noteColour());
    painter->drawEllipse(QRectF(badge).adjusted(0.75, 0.75, -0.75, -0.75));
    QFont font = option.font;
    font.setBold(true);
    font.setPixelSize(kBadgeSize * 2 / 3);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    painter->restore();
}

} // namespace qm
