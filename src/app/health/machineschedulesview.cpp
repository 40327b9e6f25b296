#include "machineschedulesview.h"

#include "core/async/whenfinished.h"
#include "core/config/fleetconfig.h"
#include "core/health/healthmachine.h"
#include "core/health/healthscheduler.h"
#include "healthgridmodel.h"
#include "scheduletimeline.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace qm {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
/// How far the list looks for an entry's next run: as far as its parser does.
constexpr qint64 kNextRunHorizonMs = 4LL * 366 * 24 * 60 * kMinuteMs;

/// What a read in the worker found.
struct SchedulesAnswer
{
    bool read = false;
    QList<ScheduleEntry> entries;
    QString error;
};

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

/// "02:30", "tomorrow 02:30", "Mon 02:30", else the date and time.
QString runTime(qint64 ms, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QString time = QLocale().toString(at.time(), QLocale::ShortFormat);
    if (at.date() == today)
        return time;
    if (at.date() == today.addDays(1))
        return MachineSchedulesView::tr("tomorrow %1").arg(time);
    if (at.date() < today.addDays(7))
        return QLocale().dayName(at.date().dayOfWeek(), QLocale::ShortFormat) + u' ' + time;
    return when(ms);
}

/// "in under a minute", "in 40 min", "in 2 h 10 min", "in 3 days".
QString runIn(qint64 deltaMs)
{
    const qint64 minutes = deltaMs / kMinuteMs;
    if (minutes < 1)
        return MachineSchedulesView::tr("in under a minute");
    if (minutes < 60)
        return MachineSchedulesView::tr("in %1 min").arg(minutes);
    if (minutes < 48 * 60) {
        if (minutes % 60 == 0)
            return MachineSchedulesView::tr("in %1 h").arg(minutes / 60);
        return MachineSchedulesView::tr("in %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    return MachineSchedulesView::tr("in %1 days").arg(minutes / (24 * 60));
}

/// Everything known about an entry, for a tooltip.
QString entryTip(const ScheduleEntry &e)
{
    QStringList lines{e.line > 0 ? QStringLiteral("%1:%2").arg(e.source).arg(e.line) : e.source};
    if (!e.text.trimmed().isEmpty())
        lines << e.text.trimmed();
    if (!e.note.isEmpty())
        lines << e.note;
    if (!e.error.isEmpty())
        lines << MachineSchedulesView::tr("Not read: %1").arg(e.error);
    return lines.join(u'\n');
}

} // namespace

MachineSchedulesView::MachineSchedulesView(HealthScheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_scheduler(scheduler)
    , m_machine(new QComboBox)
    , m_list(new QTreeWidget)
    , m_scroll(new QScrollArea)
    , m_timeline(new ScheduleTimeline)
    , m_note(new QLabel)
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("machineSchedulesView"));
    m_machine->setObjectName(QStringLiteral("scheduleMachine"));
    m_machine->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_machine->setMinimumContentsLength(14);
    m_machine->setToolTip(tr("Whose schedules to show: this machine, or a host of the config "
                             "(reached over ssh when chosen)"));
    auto *machineLabel = new QLabel(tr("&Machine:"));
    machineLabel->setBuddy(m_machine);
    auto *look = new QPushButton(tr("Loo&k Again"));
    look->setObjectName(QStringLiteral("lookAgainSchedules"));
    look->setToolTip(tr("Read the chosen machine's crontabs, systemd timers and launchd jobs "
                        "again"));
    m_note->setObjectName(QStringLiteral("schedulesNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    bar->addWidget(machineLabel);
    bar->addWidget(m_machine);
    bar->addWidget(m_note, 1);
    bar->addWidget(look);

    m_list->setObjectName(QStringLiteral("schedulesList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Where"), tr("Schedule"), tr("Command"), tr("User"), tr("Next run")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_timeline->setObjectName(QStringLiteral("scheduleTimeline"));
    m_scroll->setWidget(m_timeline);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // One current row for both: the list's rows and the timeline's are the entries in
    // the same order.
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int row = item ? item->data(Where, Qt::UserRole).toInt() : -1;
        m_timeline->setCurrentRow(row);
        if (row >= 0) {
            const QRect band = m_timeline->rowRect(row);
            m_scroll->ensureVisible(0, band.center().y(), 0, band.height());
        }
    });
    connect(m_timeline, &ScheduleTimeline::currentRowChanged, this, [this](int row) {
        QTreeWidgetItem *item = row >= 0 ? m_list->topLevelItem(row) : nullptr;
        if (item != m_list->currentItem())
            m_list->setCurrentItem(item);
    });
    // Choosing a machine is asking for its schedules: a host is reached then.
    connect(m_machine, &QComboBox::activated, this, [this] { lookAgain(); });
    connect(look, &QPushButton::clicked, this, &MachineSchedulesView::lookAgain);
    // The window starts now: it moves on with the clock while it is shown.
    m_clock->setInterval(std::chrono::minutes(1));
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            followClock();
    });

    setConfig(nullptr);
    m_note->setText(tr("Not looked at yet."));
}

MachineSchedulesView::~MachineSchedulesView() = default;

void MachineSchedulesView::setConfig(const FleetConfig *config)
{
    const QString chosen = machine();
    m_machine->clear();
    m_machine->addItem(tr("This machine"), QString());
    for (const FleetHost &host : config ? config->hosts : QList<FleetHost>())
        m_machine->addItem(host.name, host.name);
    const int index = m_machine->findData(chosen);
    m_machine->setCurrentIndex(std::max(index, 0));
    if (index >= 0 || !m_read)
        return;
    // The host shown is not in the config any more: this machine instead.
    ++m_request;
    showEntries({}, QDateTime::currentMSecsSinceEpoch());
    m_note->setText(tr("%1 is not in the config any more.").arg(chosen));
    m_read = false;
    if (isVisible())
        ensureRead();
}

QString MachineSchedulesView::machine() const
{
    return m_machine->currentData().toString();
}

bool MachineSchedulesView::chooseMachine(const QString &host)
{
    const int index = host.isEmpty() ? 0 : m_machine->findData(host);
    if (index < 0)
        return false;
    m_machine->setCurrentIndex(index);
    lookAgain();
    return true;
}

QString MachineSchedulesView::machineTitle(const QString &host) const
{
    return host.isEmpty() ? tr("this machine") : host;
}

void MachineSchedulesView::ensureRead()
{
    if (!m_read)
        lookAgain();
}

void MachineSchedulesView::lookAgain()
{
    m_read = true;
    const QString host = machine();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (host != m_shownHost) { // another machine's schedules are not shown meanwhile
        m_clock->stop();
        showEntries({}, now);
        m_shownHost = host;
    }
    m_note->setText(tr("Looking at %1…").arg(machineTitle(host)));
    const int request = ++m_request;
    const FleetAccess fleet = m_scheduler ? m_scheduler->fleetAccess() : FleetAccess();
    whenFinished(
        this, QtConcurrent::run([fleet, host, now] {
            SchedulesAnswer answer;
            const std::unique_ptr<HealthMachine> machine =
                host.isEmpty() ? localHealthMachine()
                               : hostHealthMachine(fleet, host, &answer.error);
            if (machine)
                answer.read = readMachineSchedules(*machine, now, &answer.entries, &answer.error);
            return answer;
        }),
        [this, request, host](const SchedulesAnswer &answer) {
            if (request != m_request)
                return;
            const qint64 shownAt = QDateTime::currentMSecsSinceEpoch();
            if (!answer.read) {
                m_clock->stop();
                showEntries({}, shownAt);
                m_note->setText(tr("Cannot read the schedules of %1: %2")
                                    .arg(machineTitle(host), answer.error));
                Q_EMIT schedulesRead();
                return;
            }
            showEntries(answer.entries, shownAt);
            m_clock->start();
            const auto broken =
                std::count_if(answer.entries.cbegin(), answer.entries.cend(),
                              [](const ScheduleEntry &e) { return !e.error.isEmpty(); });
            QString note =
                answer.entries.isEmpty()
                    ? tr("No crontab, cron.d, systemd timer or launchd schedule on %1; looked "
                         "at %2.")
                          .arg(machineTitle(host), when(shownAt))
                    : tr("%n schedule(s) on %1, looked at %2.", nullptr, int(answer.entries.size()))
                          .arg(machineTitle(host), when(shownAt));
            if (broken > 0)
                note += u' ' + tr("%n line(s) could not be read (flagged).", nullptr, int(broken));
            m_note->setText(note);
            Q_EMIT schedulesRead();
        });
}

void MachineSchedulesView::setEntries(const QList<ScheduleEntry> &entries, qint64 nowMs)
{
    ++m_request; // a read still running is not shown over these
    m_read = true;
    m_clock->stop();
    showEntries(entries, nowMs);
    m_note->setText(tr("%n schedule(s) as of %1.", nullptr, int(entries.size())).arg(when(nowMs)));
}

QString MachineSchedulesView::noteText() const
{
    return m_note->text();
}

void MachineSchedulesView::showEntries(const QList<ScheduleEntry> &entries, qint64 nowMs)
{
    m_entries = entries;
    m_list->clear();
    const QColor errorColor = healthStateColor(HealthState::Critical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QList<QTreeWidgetItem *> items;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ScheduleEntry &e = entries.at(i);
        auto *item = new QTreeWidgetItem;
        item->setText(Where,
                      e.line > 0 ? QStringLiteral("%1:%2").arg(e.source).arg(e.line) : e.source);
        item->setData(Where, Qt::UserRole, int(i));
        item->setText(Expression, e.expression.isEmpty() ? e.text.trimmed() : e.expression);
        item->setText(Command, e.command);
        item->setText(User, e.user);
        const QString tip = entryTip(e);
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, tip);
        if (!e.error.isEmpty()) {
            // Kept and flagged: a line cron would skip (or choke on) is what a person
            // most needs to see.
            item->setIcon(Where, warning);
            item->setText(NextRun, tr("not read: %1").arg(e.error));
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, errorColor);
        }
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_timeline->setEntries(entries, nowMs);
    updateNextRuns(nowMs);
    // Long paths and commands are cut in the middle (the tooltip has them whole), so the
    // next run keeps room.
    const int widest = std::max(fontMetrics().averageCharWidth() * 36, 200);
    for (int column = Where; column < NextRun; ++column) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, std::min(m_list->columnWidth(column), widest));
    }
}

void MachineSchedulesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_clock->isActive()) // shown again after a while: from now, not from then
        followClock();
    ensureRead(); // the first time, or after a config change took the chosen host away
}

void MachineSchedulesView::followClock()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_timeline->setNow(now);
    updateNextRuns(now);
}

void MachineSchedulesView::updateNextRuns(qint64 nowMs)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const ScheduleEntry &e = m_entries.at(item->data(Where, Qt::UserRole).toInt());
        if (!e.error.isEmpty())
            continue;
        const QList<qint64> next = scheduleRunsBetween(e, nowMs, nowMs + kNextRunHorizonMs, 1);
        if (next.isEmpty()) {
            item->setText(NextRun, e.note.isEmpty() ? tr("no time of day") : e.note);
            item->setForeground(NextRun, palette().brush(QPalette::PlaceholderText));
        } else {
            item->setText(NextRun, tr("%1 (%2)").arg(runTime(next.first(), nowMs),
                                                     runIn(next.first() - nowMs)));
            item->setData(NextRun, Qt::ForegroundRole, QVariant());
        }
    }
}

} // namespace qm
