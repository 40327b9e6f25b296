#pragma once

#include <QList>
#include <QWidget>

#include <array>

namespace qm {

/// The volume of lines over time, one bar per bucket stacked by level (debug at the
/// bottom, critical on top) in the table's colours. Dragging across it selects a time
/// range (rangeSelected); a click on a bar selects that bucket.
class LogHistogram : public QWidget
{
    Q_OBJECT

public:
    explicit LogHistogram(QWidget *parent = nullptr);

    /// `counts[b][rank]`: lines of level `rank` in bucket `b` of equal buckets from
    /// `fromUs` to `toUs`.
    void setCounts(const QList<std::array<qint64, 5>> &counts, qint64 fromUs, qint64 toUs);
    void clear();
    const QList<std::array<qint64, 5>> &counts() const { return m_counts; }
    qint64 fromUs() const { return m_fromUs; }
    qint64 toUs() const { return m_toUs; }

    QSize sizeHint() const override { return {600, 90}; }
    QSize minimumSizeHint() const override { return {200, 60}; }

Q_SIGNALS:
    void rangeSelected(qint64 fromUs, qint64 toUs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRect plotRect() const;
    qint64 timeAt(int x) const;

    QList<std::array<qint64, 5>> m_counts;
    qint64 m_fromUs = 0;
    qint64 m_toUs = 0;
    int m_dragFrom = -1;
    int m_dragTo = -1;
};

} // namespace qm
