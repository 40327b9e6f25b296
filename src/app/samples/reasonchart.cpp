#include "reasonchart.h"

#include "core/units/datasize.h"
#include "samplesmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace qm {

ReasonChart::ReasonChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("reasonChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(140);
    auto *chart = new QChart;
    chart->setTitle(tr("Samples per rejection reason"));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_series = new QHorizontalBarSeries;
    m_counts = new QBarSet(tr("Samples"));
    m_series->append(m_counts);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(m_series);
    m_reasons = new QBarCategoryAxis;
    m_axis = new QValueAxis;
    m_axis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_reasons, Qt::AlignLeft);
    chart->addAxis(m_axis, Qt::AlignBottom);
    m_series->attachAxis(m_reasons);
    m_series->attachAxis(m_axis);
    setChart(chart);
}

QList<ReasonChart::Group> ReasonChart::groupsOf(const QList<SampleRecord> &samples)
{
    QHash<QString, Group> byReason;
    for (const SampleRecord &sample : samples) {
        const QString reason = sample.set == SampleSet::Accepted ? SamplesModel::tr("(accepted)")
                               : !sample.log               ? SamplesFilterModel::notInLogReason()
                               : sample.reason().isEmpty() ? SamplesModel::tr("(no reason given)")
                                                           : sample.reason();
        Group &group = byReason[reason];
        group.reason = reason;
        ++group.count;
        group.bytes += sample.sizeBytes;
    }
    QList<Group> groups = byReason.values();
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return a.count != b.count ? a.count > b.count : a.reason < b.reason;
    });
    return groups;
}

void ReasonChart::setSamples(const QList<SampleRecord> &samples)
{
    m_groups = groupsOf(samples);
    m_counts->remove(0, m_counts->count());
    QStringList categories;
    qint64 most = 0;
    // Horizontal bars run bottom-up: the largest group last, so it is drawn on top.
    for (auto it = m_groups.crbegin(); it != m_groups.crend(); ++it) {
        categories.append(tr("%1 — %2").arg(it->reason, formatDataSize(it->bytes)));
        m_counts->append(double(it->count));
        most = std::max(most, it->count);
    }
    m_reasons->clear();
    m_reasons->append(categories);
    m_axis->setRange(0, double(std::max<qint64>(most, 1)) * 1.1);
    m_axis->applyNiceNumbers();
}

} // namespace qm
