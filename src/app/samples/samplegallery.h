#pragma once

#include <QIdentityProxyModel>
#include <QImage>
#include <QSize>
#include <QStyledItemDelegate>

namespace qm {

/// The gallery's view of the samples (over SamplesFilterModel): the thumbnail as the
/// decoration of each item (a grey placeholder until it is drawn, and where it cannot
/// be), the reason and score as its text, every item the same size. Its tooltip names
/// the file and, when the thumbnail has a problem, says what it is.
class SampleGalleryModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    SampleGalleryModel(QSize thumbnail, QSize item, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;

private:
    QImage m_placeholder;
    QSize m_item;
};

/// Draws a gallery item as the style does, then a badge over the corner of its picture
/// when its thumbnail has a problem (SamplesModel::ThumbnailProblemRole): red when
/// nothing could be drawn (the file cannot be read, or is not a PLY), amber when what is
/// drawn is not a Gaussian splat. The item's tooltip says why.
class SampleGalleryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// The badge's colours (its inside is filled with exactly these).
    static QColor failedColour();
    static QColor noteColour();

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    /// Where the badge of an item painted in `option` goes (in the view's coordinates).
    static QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace qm
