#pragma once

#include "core/space/spacetree.h"

#include <QWidget>

namespace qm {

/// A bar per age bucket (< 1 day … older): how many bytes of the selected folder were
/// last modified that long before the scan, coloured as the treemap colours ages.
class SpaceAgeChart : public QWidget
{
    Q_OBJECT

public:
    explicit SpaceAgeChart(QWidget *parent = nullptr);

    void setBytes(const std::array<qint64, kSpaceAgeBuckets> &bytes);
    std::array<qint64, kSpaceAgeBuckets> bytes() const { return m_bytes; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::array<qint64, kSpaceAgeBuckets> m_bytes{};
};

} // namespace qm
