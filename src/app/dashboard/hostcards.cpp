#include "hostcards.h"

#include "units/datasize.h"
#include "units/duration.h"
#include "usagebardelegate.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

constexpr int kCardWidth = 300;

/// A usage bar as the volume lists paint it.
class UsageBar : public QWidget
{
public:
    UsageBar(double percent, UsageLevel level, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_percent(percent)
        , m_level(level)
    {
        setMinimumWidth(110);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setAccessibleName(text());
    }
    QSize sizeHint() const override { return {160, fontMetrics().height() + 8}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        paintUsageBar(&painter, rect().adjusted(0, 2, 0, -2), m_percent, m_level, palette(),
                      text());
    }

private:
    QString text() const { return QLocale().toString(m_percent, 'f', 0) + QStringLiteral(" %"); }
    double m_percent;
    UsageLevel m_level;
};

QLabel *plainLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QList<HostCard> hostCards(const QHash<QString, LiveHostState> &states,
                          const FleetForecasts &forecasts, const UsageThresholds &thresholds,
                          int maxVolumes)
{
    QList<HostCard> cards;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const HostProbe &probe = it->probe;
        HostCard card;
        card.host = it.key();
        card.reachable = probe.status == HostStatus::Ok;
        if (!card.reachable)
            card.problem = probe.error.isEmpty() ? hostStatusText(probe.status) : probe.error;
        const QHash<QString, Forecast> hostForecasts = forecasts.value(it.key());
        QStringList seen;
        for (const Volume &volume : probe.volumes) {
            if (volume.system || volume.readOnly || !volume.hasFigures() ||
                seen.contains(volume.mountPoint))
                continue;
            seen.append(volume.mountPoint);
            VolumeCardLine line;
            line.mountPoint = volume.mountPoint;
            line.usedPercent = volume.usedPercent();
            line.freeBytes = volume.availableBytes;
            line.level = usageLevel(volume, thresholds);
            const auto forecast = hostForecasts.constFind(volume.mountPoint);
            if (forecast != hostForecasts.cend())
                line.forecast = *forecast;
            card.volumes.append(line);
        }
        std::stable_sort(card.volumes.begin(), card.volumes.end(),
                         [](const VolumeCardLine &a, const VolumeCardLine &b) {
                             return a.usedPercent > b.usedPercent;
                         });
        if (card.volumes.size() > maxVolumes) {
            card.moreVolumes = int(card.volumes.size()) - maxVolumes;
            card.volumes.resize(maxVolumes);
        }
        cards.append(card);
    }
    std::sort(cards.begin(), cards.end(), [](const HostCard &a, const HostCard &b) {
        return QString::localeAwareCompare(a.host, b.host) < 0;
    });
    return cards;
}

QString growthText(const std::optional<Forecast> &forecast)
{
    if (!forecast || !forecast->rateBytesPerDay)
        return HostCardsView::tr("—");
    if (forecast->reason == ForecastReason::Flat)
        return HostCardsView::tr("steady");
    const double rate = *forecast->rateBytesPerDay;
    const QString size = formatDataSize(qint64(std::llround(std::abs(rate))));
    return rate < 0 ? HostCardsView::tr("−%1/day").arg(size)
                    : HostCardsView::tr("+%1/day").arg(size);
}

QString timeToFullText(const std::optional<Forecast> &forecast)
{
    if (!forecast)
        return HostCardsView::tr("—");
    if (forecast->secondsToFull) {
        return *forecast->secondsToFull == 0
                   ? HostCardsView::tr("full now")
                   : HostCardsView::tr("full in %1").arg(formatDuration(*forecast->secondsToFull));
    }
    switch (forecast->reason) {
    case ForecastReason::Flat:
    case ForecastReason::Shrinking:
        return HostCardsView::tr("not filling");
    case ForecastReason::Noisy:
        return HostCardsView::tr("no forecast (noisy)");
    default:
        break;
    }
    return HostCardsView::tr("—");
}

HostCardsView::HostCardsView(QWidget *parent)
    : QScrollArea(parent)
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("hostCards"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_grid);
    outer->addStretch(1);
    m_grid->setContentsMargins(0, 0, 0, 0);
    setWidget(content);
}

void HostCardsView::setLiveStates(const QHash<QString, LiveHostState> &states)
{
    m_states = states;
    rebuild();
}

void HostCardsView::setForecasts(const FleetForecasts &forecasts)
{
    if (forecasts == m_forecasts)
        return;
    m_forecasts = forecasts;
    rebuild();
}

void HostCardsView::setThresholds(const UsageThresholds &thresholds)
{
    m_thresholds = thresholds;
    rebuild();
}

void HostCardsView::rebuild()
{
    m_cards = hostCards(m_states, m_forecasts, m_thresholds);
    qDeleteAll(m_cardWidgets);
    m_cardWidgets.clear();
    for (const HostCard &card : std::as_const(m_cards)) {
        auto *frame = new QFrame;
        frame->setObjectName(QStringLiteral("hostCard"));
        frame->setProperty("host", card.host);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setMinimumWidth(kCardWidth - 20);
        frame->setMaximumWidth(2 * kCardWidth);
        frame->installEventFilter(this);
        auto *layout = new QGridLayout(frame);
        auto *title = plainLabel(card.host);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        layout->addWidget(title, 0, 0, 1, 2);
        int row = 1;
        if (!card.reachable) {
            auto *problem = plainLabel(tr("Unreachable: %1").arg(card.problem));
            problem->setObjectName(QStringLiteral("hostProblem"));
            problem->setWordWrap(true);
            layout->addWidget(problem, row++, 0, 1, 2);
        }
        for (const VolumeCardLine &line : card.volumes) {
            auto *mount = plainLabel(line.mountPoint);
            mount->setToolTip(line.mountPoint);
            layout->addWidget(mount, row, 0);
            layout->addWidget(new UsageBar(line.usedPercent, line.level), row++, 1);
            auto *figures =
                plainLabel(tr("%1 free · %2 · %3")
                               .arg(formatDataSize(line.freeBytes), growthText(line.forecast),
                                    timeToFullText(line.forecast)));
            figures->setObjectName(QStringLiteral("volumeFigures"));
            if (line.forecast)
                figures->setToolTip(tr("Growth and time to full: a line fitted to the last "
                                       "%1 of history (%n sample(s))",
                                       nullptr, line.forecast->samples)
                                        .arg(formatDuration(line.forecast->windowSecs)));
            else
                figures->setToolTip(tr("No history of this volume yet"));
            QFont small = figures->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            figures->setFont(small);
            layout->addWidget(figures, row++, 0, 1, 2);
        }
        if (card.moreVolumes > 0)
            layout->addWidget(plainLabel(tr("and %n more volume(s)", nullptr, card.moreVolumes)),
                              row++, 0, 1, 2);
        if (card.reachable && card.volumes.isEmpty())
            layout->addWidget(plainLabel(tr("No writable volumes")), row++, 0, 1, 2);
        layout->setColumnStretch(1, 1);
        m_cardWidgets.append(frame);
    }
    m_columns = 0;
    relayout();
}

int HostCardsView::columnsFor(int width) const
{
    return std::max(1, width / kCardWidth);
}

void HostCardsView::relayout()
{
    const int columns = columnsFor(viewport()->width());
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *card : std::as_const(m_cardWidgets))
        m_grid->removeWidget(card);
    for (int i = 0; i < m_cardWidgets.size(); ++i)
        m_grid->addWidget(m_cardWidgets[i], i / columns, i % columns, Qt::AlignTop | Qt::AlignLeft);
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
    // Room for the first row of cards at least; more by scrolling or the splitter.
    int rowHeight = 0;
    for (int i = 0; i < std::min<int>(columns, int(m_cardWidgets.size())); ++i)
        rowHeight = std::max(rowHeight, m_cardWidgets[i]->sizeHint().height());
    setMinimumHeight(std::min(rowHeight + 2 * frameWidth() + 4, 320));
}

void HostCardsView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    relayout();
}

bool HostCardsView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick) {
        const QString host = watched->property("host").toString();
        if (!host.isEmpty())
            Q_EMIT hostActivated(host);
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace qm
