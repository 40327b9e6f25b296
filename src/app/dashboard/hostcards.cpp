#include "hostcards.h"

#include "core/units/datasize.h"
#include "core/units/duration.h"
#include "usagebardelegate.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace qm {

namespace {

/// Cards are never narrower than this, whatever their text needs (it may need more).
constexpr int kCardMinWidth = 320;
/// The most the cards ask for: a window of 640 pixels still holds the rest of the page.
constexpr int kMaxMinimumHeight = 280;

/// A usage bar as the volume lists paint it.
class UsageBar : public QWidget
{
public:
    UsageBar(double percent, UsageLevel level, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_percent(percent)
        , m_level(level)
    {
        setObjectName(QStringLiteral("usageBar"));
        setMinimumWidth(110);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setAccessibleName(text());
    }
    QSize sizeHint() const override { return {160, fontMetrics().height() + 8}; }
    QSize minimumSizeHint() const override { return {110, fontMetrics().height() + 8}; }

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

QLabel *plainLabel(const QString &text, const QString &name = QString())
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    if (!name.isEmpty())
        label->setObjectName(name);
    return label;
}

QString stateText(const HostCard &card)
{
    switch (card.state) {
    case HostCard::State::Answering:
        return HostCardsView::tr("answering");
    case HostCard::State::Partly:
        return HostCardsView::tr("partly reachable");
    case HostCard::State::NotAnswering:
        return HostCardsView::tr("not answering");
    case HostCard::State::NotProbed:
        break;
    }
    return HostCardsView::tr("not probed");
}

QColor stateColor(HostCard::State state)
{
    switch (state) {
    case HostCard::State::Answering:
        return QColor(0x26, 0x80, 0x3a);
    case HostCard::State::Partly:
        return QColor(0xb3, 0x5c, 0x00);
    case HostCard::State::NotAnswering:
        return QColor(0xc0, 0x1c, 0x28);
    case HostCard::State::NotProbed:
        break;
    }
    return QColor(0x6a, 0x6a, 0x6a);
}

} // namespace

std::optional<qint64> HostCard::secondsToFull() const
{
    std::optional<qint64> soonest;
    for (const VolumeCardLine &line : volumes) {
        if (line.forecast && line.forecast->secondsToFull &&
            (!soonest || *line.forecast->secondsToFull < *soonest))
            soonest = line.forecast->secondsToFull;
    }
    return soonest;
}

double HostCard::fullestPercent() const
{
    double fullest = -1;
    for (const VolumeCardLine &line : volumes)
        fullest = std::max(fullest, line.usedPercent);
    return fullest;
}

void sortHostCards(QList<HostCard> *cards, HostCardOrder order)
{
    const auto byName = [](const HostCard &a, const HostCard &b) {
        return QString::localeAwareCompare(a.host, b.host) < 0;
    };
    const auto fuller = [](const HostCard &a, const HostCard &b) {
        return a.fullestPercent() > b.fullestPercent();
    };
    std::stable_sort(cards->begin(), cards->end(), [&](const HostCard &a, const HostCard &b) {
        if (order == HostCardOrder::TimeToFull) {
            constexpr qint64 never = std::numeric_limits<qint64>::max();
            const qint64 ta = a.secondsToFull().value_or(never);
            const qint64 tb = b.secondsToFull().value_or(never);
            if (ta != tb)
                return ta < tb;
        }
        if (order != HostCardOrder::Name && a.fullestPercent() != b.fullestPercent())
            return fuller(a, b);
        return byName(a, b);
    });
}

QList<HostCard> hostCards(const QStringList &hosts, const QString &localHost,
                          const QHash<QString, LiveHostState> &states,
                          const QSet<QString> &remembered, const FleetForecasts &forecasts,
                          const UsageThresholds &thresholds, HostCardOrder order, int maxVolumes)
{
    QStringList names;
    for (const QString &name : hosts) {
        if (!names.contains(name))
            names.append(name);
    }
    if (names.isEmpty()) {
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            names.append(it.key());
    }
    QList<HostCard> cards;
    for (const QString &name : std::as_const(names)) {
        HostCard card;
        card.host = name;
        card.local = name == localHost;
        const auto state = states.constFind(name);
        if (state == states.cend()) {
            cards.append(card);
            continue;
        }
        const HostProbe &probe = state->probe;
        card.remembered = remembered.contains(name);
        card.probedAt = probe.probedAt;
        card.imported = probe.imported();
        card.state = card.imported                    ? HostCard::State::NotProbed
                     : probe.status == HostStatus::Ok ? HostCard::State::Answering
                     : probe.partlyReachable()        ? HostCard::State::Partly
                                                      : HostCard::State::NotAnswering;
        card.reachable = card.state == HostCard::State::Answering;
        if (!card.reachable && !card.imported)
            card.problem = probe.error.isEmpty() ? hostStatusText(probe.status) : probe.error;
        card.daemons = int(probe.daemons.size());
        for (const DaemonState &daemon : probe.daemons) {
            const QString label = daemon.name.isEmpty() ? daemon.pattern : daemon.name;
            // One that could not be looked at (the host did not answer) is not "down".
            if (!daemon.error.isEmpty())
                card.daemonsUnknown << label;
            else if (!daemon.running)
                card.daemonsDown << label;
        }
        const QHash<QString, Forecast> hostForecasts = forecasts.value(name);
        QStringList seen;
        for (const Volume &volume : probe.volumes) {
            if (!probe.volumesKnown() || volume.system || volume.readOnly || !volume.hasFigures() ||
                seen.contains(volume.mountPoint))
                continue;
            seen.append(volume.mountPoint);
            VolumeCardLine line;
            line.mountPoint = volume.mountPoint;
            line.usedPercent = volume.usedPercent();
            line.usedBytes = volume.usedBytes;
            line.totalBytes = volume.totalBytes;
            line.freeBytes = volume.availableBytes;
            line.level = usageLevel(volume, thresholds);
            const auto forecast = hostForecasts.constFind(volume.mountPoint);
            if (forecast != hostForecasts.cend())
                line.forecast = *forecast;
            card.volumes.append(line);
        }
        std::stable_sort(card.volumes.begin(), card.volumes.end(),
                         [](const VolumeCardLine &a, const VolumeCardLine &b) {
                             constexpr qint64 never = std::numeric_limits<qint64>::max();
                             const qint64 ta = a.forecast && a.forecast->secondsToFull
                                                   ? *a.forecast->secondsToFull
                                                   : never;
                             const qint64 tb = b.forecast && b.forecast->secondsToFull
                                                   ? *b.forecast->secondsToFull
                                                   : never;
                             if (ta != tb)
                                 return ta < tb;
                             return a.usedPercent > b.usedPercent;
                         });
        if (card.volumes.size() > maxVolumes) {
            card.moreVolumes = int(card.volumes.size()) - maxVolumes;
            card.volumes.resize(maxVolumes);
        }
        cards.append(card);
    }
    sortHostCards(&cards, order);
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
    if (forecast && forecast->secondsToFull) {
        return *forecast->secondsToFull == 0
                   ? HostCardsView::tr("full now")
                   : HostCardsView::tr("full in %1").arg(formatDuration(*forecast->secondsToFull));
    }
    return fullInText(forecast);
}

QString fullInText(const std::optional<Forecast> &forecast)
{
    if (!forecast)
        return HostCardsView::tr("—");
    if (forecast->secondsToFull) {
        return *forecast->secondsToFull == 0 ? HostCardsView::tr("now")
                                             : formatDuration(*forecast->secondsToFull);
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
    , m_empty(plainLabel(QString(), QStringLiteral("hostCardsHint")))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("hostCards"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("hostCardsContent"));
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Open a fleet config (File › Open Config…, Ctrl+O) to see its hosts "
                        "here, each with its volumes, growth and time to full."));
    outer->addWidget(m_empty);
    outer->addLayout(m_grid);
    outer->addStretch(1);
    m_grid->setContentsMargins(0, 0, 0, 0);
    setWidget(content);
}

void HostCardsView::setHosts(const QList<ProbeHost> &hosts)
{
    m_hostNames.clear();
    m_localHost.clear();
    for (const ProbeHost &host : hosts) {
        m_hostNames.append(host.name);
        if (host.local)
            m_localHost = host.name;
    }
    rebuild();
}

void HostCardsView::setLiveStates(const QHash<QString, LiveHostState> &states,
                                  const QSet<QString> &remembered)
{
    m_states = states;
    m_remembered = remembered;
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

void HostCardsView::setOrder(HostCardOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    rebuild();
}

QWidget *HostCardsView::cardWidget(const HostCard &card) const
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("hostCard"));
    frame->setProperty("host", card.host);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMinimumWidth(kCardMinWidth);
    auto *layout = new QVBoxLayout(frame);

    auto *header = new QHBoxLayout;
    auto *title = plainLabel(card.local ? tr("%1 (this machine)").arg(card.host) : card.host,
                             QStringLiteral("hostTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    header->addWidget(title);
    header->addStretch(1);
    auto *state = plainLabel(stateText(card), QStringLiteral("hostState"));
    QPalette palette = state->palette();
    palette.setColor(QPalette::WindowText, stateColor(card.state));
    state->setPalette(palette);
    header->addWidget(state);
    layout->addLayout(header);

    if (card.probedAt.isValid()) {
        const qint64 age =
            std::max<qint64>(0, card.probedAt.secsTo(QDateTime::currentDateTimeUtc()));
        const QString when = card.state == HostCard::State::NotAnswering
                                 ? tr("last probed %1 ago").arg(formatDuration(age))
                                 : (card.remembered ? tr("last seen %1 ago") : tr("probed %1 ago"))
                                       .arg(formatDuration(age));
        auto *ageLabel =
            plainLabel(card.imported     ? tr("imported, sampled %1 ago").arg(formatDuration(age))
                       : card.remembered ? tr("%1 · from history, not live").arg(when)
                                         : when,
                       QStringLiteral("hostAge"));
        ageLabel->setToolTip(QLocale().toString(card.probedAt.toLocalTime(), QLocale::LongFormat));
        if (card.remembered) {
            QFont italic = ageLabel->font();
            italic.setItalic(true);
            ageLabel->setFont(italic);
        }
        layout->addWidget(ageLabel);
    }
    if (!card.problem.isEmpty()) {
        auto *problem = plainLabel(card.state == HostCard::State::Partly
                                       ? tr("Volumes from node_exporter. SSH: %1").arg(card.problem)
                                       : card.problem,
                                   QStringLiteral("hostProblem"));
        problem->setWordWrap(true);
        layout->addWidget(problem);
    }

    if (card.daemons > 0 && card.state != HostCard::State::NotProbed &&
        card.daemonsUnknown.size() < card.daemons) {
        // The daemons that should run: stopped ones by name, in red. Those that could not
        // be looked at (a host that does not answer) are neither (its state says why).
        const int running =
            card.daemons - int(card.daemonsDown.size()) - int(card.daemonsUnknown.size());
        auto *daemons = plainLabel(card.daemonsDown.isEmpty()
                                       ? tr("%n daemon(s) running", nullptr, running)
                                       : tr("Not running: %1 (%2 of %3 daemons)")
                                             .arg(card.daemonsDown.join(QStringLiteral(", ")))
                                             .arg(running)
                                             .arg(card.daemons),
                                   QStringLiteral("hostDaemons"));
        daemons->setWordWrap(true);
        if (!card.daemonsDown.isEmpty()) {
            QPalette red = daemons->palette();
            red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
            daemons->setPalette(red);
        }
        layout->addWidget(daemons);
    }

    QFont small = frame->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (const VolumeCardLine &line : card.volumes) {
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(8);
        grid->setVerticalSpacing(2);
        auto *mount = plainLabel(line.mountPoint, QStringLiteral("volumeMount"));
        mount->setToolTip(line.mountPoint);
        grid->addWidget(mount, 0, 0, 1, 2);
        grid->addWidget(new UsageBar(line.usedPercent, line.level), 0, 2, 1, 2);
        const auto figure = [&](int row, int column, const QString &key, const QString &caption,
                                const QString &value) {
            auto *captionLabel = plainLabel(caption, QStringLiteral("figureCaption"));
            captionLabel->setFont(small);
            QPalette muted = captionLabel->palette();
            muted.setColor(QPalette::WindowText,
                           muted.color(QPalette::Disabled, QPalette::WindowText));
            captionLabel->setPalette(muted);
            auto *valueLabel = plainLabel(value, QStringLiteral("figureValue"));
            valueLabel->setProperty("figure", key);
            valueLabel->setProperty("mountPoint", line.mountPoint);
            valueLabel->setFont(small);
            captionLabel->setBuddy(valueLabel);
            grid->addWidget(captionLabel, row, column);
            grid->addWidget(valueLabel, row, column + 1);
        };
        figure(1, 0, QStringLiteral("used"), tr("Used"),
               tr("%1 of %2").arg(formatDataSize(line.usedBytes), formatDataSize(line.totalBytes)));
        figure(1, 2, QStringLiteral("free"), tr("Free"), formatDataSize(line.freeBytes));
        figure(2, 0, QStringLiteral("growth"), tr("Growth"), growthText(line.forecast));
        figure(2, 2, QStringLiteral("fullIn"), tr("Full in"), fullInText(line.forecast));
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(3, 1);
        layout->addLayout(grid);
    }
    if (card.moreVolumes > 0)
        layout->addWidget(plainLabel(tr("and %n more volume(s)", nullptr, card.moreVolumes),
                                     QStringLiteral("moreVolumes")));
    if (card.reachable && card.volumes.isEmpty())
        layout->addWidget(plainLabel(tr("No writable volumes")));
    if (card.imported)
        layout->addWidget(plainLabel(tr("Probe it on the Hosts page to see it live."),
                                     QStringLiteral("hostHint")));
    else if (card.state == HostCard::State::NotProbed)
        layout->addWidget(plainLabel(tr("Nothing known yet: probe it on the Hosts page."),
                                     QStringLiteral("hostHint")));
    layout->addStretch(1);
    frame->setToolTip(tr("Double-click to chart its volumes"));
    return frame;
}

void HostCardsView::rebuild()
{
    m_cards = hostCards(m_hostNames, m_localHost, m_states, m_remembered, m_forecasts, m_thresholds,
                        m_order);
    qDeleteAll(m_cardWidgets);
    m_cardWidgets.clear();
    for (const HostCard &card : std::as_const(m_cards)) {
        QWidget *frame = cardWidget(card);
        frame->installEventFilter(this);
        m_cardWidgets.append(frame);
    }
    // Only this machine: the fleet is the config's, and none is open.
    const bool fleet = std::any_of(m_cards.cbegin(), m_cards.cend(),
                                   [](const HostCard &card) { return !card.local; });
    m_empty->setVisible(!fleet);
    m_columns = 0;
    relayout();
}

int HostCardsView::columnsFor(int width) const
{
    int cardWidth = kCardMinWidth;
    for (const QWidget *card : m_cardWidgets)
        cardWidth = std::max(cardWidth, card->minimumSizeHint().width());
    const int spacing = std::max(0, m_grid->horizontalSpacing());
    return std::max(1, (width + spacing) / (cardWidth + spacing));
}

void HostCardsView::relayout()
{
    const int columns = columnsFor(viewport()->width());
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *card : std::as_const(m_cardWidgets))
        m_grid->removeWidget(card);
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    for (int i = 0; i < m_cardWidgets.size(); ++i)
        m_grid->addWidget(m_cardWidgets[i], i / columns, i % columns, Qt::AlignTop);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    // Room for the first row of cards at least (more by scrolling or the splitter).
    int rowHeight = m_empty->isVisible() ? m_empty->sizeHint().height() : 0;
    for (int i = 0; i < std::min<int>(columns, int(m_cardWidgets.size())); ++i)
        rowHeight = std::max(rowHeight, m_cardWidgets[i]->sizeHint().height());
    setMinimumHeight(std::min(rowHeight + 2 * frameWidth(), kMaxMinimumHeight));
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
