#pragma once

#include "core/samples/sampleindex.h"

#include <QChartView>
#include <QList>

class QBarSet;
class QBarCategoryAxis;
class QHorizontalBarSeries;
class QValueAxis;

namespace qm {

/// Count and bytes per rejection reason of the samples shown, as horizontal bars: the
/// bars are the counts, each reason labelled with its bytes; the largest group on top.
class ReasonChart : public QChartView
{
    Q_OBJECT

public:
    /// One bar.
    struct Group
    {
        QString reason; ///< as the table shows it ("(not in the log)", "(accepted)")
        qint64 count = 0;
        qint64 bytes = 0;
    };

    explicit ReasonChart(QWidget *parent = nullptr);

    void setSamples(const QList<SampleRecord> &samples);
    /// The bars shown, largest count first.
    const QList<Group> &groups() const { return m_groups; }

    /// The groups of `samples`, largest count first (ties: by name).
    static QList<Group> groupsOf(const QList<SampleRecord> &samples);

private:
    QList<Group> m_groups;
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_counts = nullptr;
    QBarCategoryAxis *m_reasons = nullptr;
    QValueAxis *m_axis = nullptr;
};

} // namespace qm
