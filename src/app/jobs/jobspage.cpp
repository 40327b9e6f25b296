#include "jobspage.h"

#include "core/jobkinds/jobkindcatalogue.h"
#include "core/jobkinds/jobkinds.h"
#include "jobdetails.h"
#include "jobnotifier.h"
#include "jobprogressdelegate.h"
#include "jobsmodel.h"
#include "newjobdialog.h"
#include "schedulesview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <cstdlib>
#include <limits>

namespace qm {

namespace {

QAction *makeAction(QWidget *owner, const QString &name, const QString &text,
                    const QList<QKeySequence> &shortcuts, const QString &themeIcon,
                    QStyle::StandardPixmap fallback)
{
    auto *action = new QAction(
        QIcon::fromTheme(themeIcon, QApplication::style()->standardIcon(fallback)), text, owner);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

/// `text` with the action's first shortcut, for a tooltip.
QString withShortcut(const QString &text, const QAction *action)
{
    return action->shortcut().isEmpty()
               ? text
               : JobsPage::tr("%1 (%2)").arg(text,
                                             action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

JobsPage::JobsPage(JobQueueService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new JobsModel(this))
    , m_proxy(new JobsFilterModel(this))
    , m_banner(new QLabel)
    , m_state(new QComboBox)
    , m_kind(new QComboBox)
    , m_filter(new QLineEdit)
    , m_summary(new QLabel)
    , m_view(new QTreeView)
    , m_details(new QTextBrowser)
    , m_log(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("jobsPage"));
    m_proxy->setSourceModel(m_model);

    // Actions, active while the page has focus.
    m_cancel = makeAction(this, QStringLiteral("actionCancelJob"), tr("&Cancel Job"),
                          {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::CTRL | Qt::Key_Period)},
                          QStringLiteral("process-stop"), QStyle::SP_BrowserStop);
    m_cancel->setToolTip(withShortcut(tr("Cancel the selected job; a running one is stopped "
                                         "after you confirm"),
                                      m_cancel));
    m_retry = makeAction(this, QStringLiteral("actionRetryJob"), tr("&Retry"),
                         {QKeySequence(Qt::CTRL | Qt::Key_R)}, QStringLiteral("view-refresh"),
                         QStyle::SP_BrowserReload);
    m_retry->setToolTip(
        withShortcut(tr("Queue the selected finished job again, from the start"), m_retry));
    m_pause = makeAction(this, QStringLiteral("actionPauseQueue"), tr("&Pause Queue"),
                         {QKeySequence(Qt::CTRL | Qt::Key_P)},
                         QStringLiteral("media-playback-pause"), QStyle::SP_MediaPause);
    m_pause->setCheckable(true);
    m_pause->setToolTip(
        withShortcut(tr("Start no new job until resumed; running jobs go on"), m_pause));
    m_raise = makeAction(this, QStringLiteral("actionRaisePriority"), tr("Raise Priority"),
                         {QKeySequence(Qt::CTRL | Qt::Key_Up)}, QStringLiteral("go-up"),
                         QStyle::SP_ArrowUp);
    m_raise->setToolTip(withShortcut(tr("Run the selected queued job before the others"), m_raise));
    m_lower = makeAction(this, QStringLiteral("actionLowerPriority"), tr("Lower Priority"),
                         {QKeySequence(Qt::CTRL | Qt::Key_Down)}, QStringLiteral("go-down"),
                         QStyle::SP_ArrowDown);
    m_lower->setToolTip(withShortcut(tr("Run the selected queued job after the others"), m_lower));
    m_probeAll =
        new QAction(QIcon(QStringLiteral(":/icons/hosts.svg")), tr("Probe &All Hosts"), this);
    m_probeAll->setObjectName(QStringLiteral("actionQueueProbeAll"));
    m_probeAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_probeAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_probeAll->setToolTip(withShortcut(
        tr("Queue a job that probes every host of the open config and this machine"), m_probeAll));
    addAction(m_probeAll);
    m_newJob = makeAction(this, QStringLiteral("actionNewJob"), tr("&New Job…"),
                          {QKeySequence(Qt::CTRL | Qt::Key_N)}, QStringLiteral("document-new"),
                          QStyle::SP_FileDialogNewFolder);
    m_newJob->setToolTip(withShortcut(
        tr("Queue a sync, archive, cleanup, probe or log retention, reviewed before it is "
           "queued"),
        m_newJob));
    m_runAgain =
        makeAction(this, QStringLiteral("actionRunAgainWithChanges"),
                   tr("Run Again with &Changes…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                   QStringLiteral("edit-copy"), QStyle::SP_FileDialogContentsView);
    m_runAgain->setToolTip(withShortcut(
        tr("A new job from the selected job's parameters, to change before it is queued"),
        m_runAgain));
    m_clearFinished =
        makeAction(this, QStringLiteral("actionClearFinished"), tr("C&lear Finished Jobs…"), {},
                   QStringLiteral("edit-clear"), QStyle::SP_DialogResetButton);
    m_clearFinished->setToolTip(
        tr("Remove finished jobs and their logs from the list: the selected one, or those "
           "older than some days"));
    m_showLogLines =
        makeAction(this, QStringLiteral("actionShowJobLogLines"), tr("Show &Log Lines"),
                   {QKeySequence(Qt::CTRL | Qt::Key_L)}, QStringLiteral("text-x-generic"),
                   QStyle::SP_FileDialogDetailedView);
    m_showLogLines->setToolTip(
        withShortcut(tr("The selected job's events on the Logs page (this machine's log database)"),
                     m_showLogLines));
    m_notifyFailures = new QAction(tr("&Notify When a Job Fails"), this);
    m_notifyFailures->setObjectName(QStringLiteral("actionNotifyFailures"));
    m_notifyFailures->setCheckable(true);
    m_notifyFailures->setChecked(true);
    m_notifyFailures->setToolTip(
        tr("A desktop notification when a job fails for good (the page always lists it)"));

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("jobsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The arrows say what they do; their names are in the tooltips and the context menu.
    // So the bar fits beside the sidebar at 1100 pixels, with the desktop's usual fonts.
    m_raise->setPriority(QAction::LowPriority);
    m_lower->setPriority(QAction::LowPriority);
    toolbar->addAction(m_newJob);
    toolbar->addSeparator();
    toolbar->addAction(m_cancel);
    toolbar->addAction(m_retry);
    toolbar->addSeparator();
    toolbar->addAction(m_raise);
    toolbar->addAction(m_lower);
    toolbar->addSeparator();
    toolbar->addAction(m_pause);
    toolbar->addAction(m_probeAll);
    auto *more = new QToolButton(toolbar);
    more->setObjectName(QStringLiteral("jobsMore"));
    more->setText(tr("More"));
    more->setToolTip(tr("More actions"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    moreMenu->addAction(m_runAgain);
    moreMenu->addAction(m_showLogLines);
    moreMenu->addAction(m_clearFinished);
    moreMenu->addSeparator();
    moreMenu->addAction(m_notifyFailures);
    more->setMenu(moreMenu);
    toolbar->addWidget(more);

    m_banner->setObjectName(QStringLiteral("jobsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(6);
    m_banner->hide();

    m_state->setObjectName(QStringLiteral("jobsState"));
    m_state->addItem(tr("All jobs"), int(JobsFilterModel::State::All));
    m_state->addItem(tr("Active"), int(JobsFilterModel::State::Active));
    m_state->addItem(tr("Failed"), int(JobsFilterModel::State::Failed));
    m_state->addItem(tr("Finished"), int(JobsFilterModel::State::Finished));
    m_state->setToolTip(tr("Active: queued or running; failed: failed or interrupted; "
                           "finished: every job that is done with"));
    m_kind->setObjectName(QStringLiteral("jobsKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const JobKindRecord &record : standardJobKinds().records())
        m_kind->addItem(record.title(), record.key());
    m_filter->setObjectName(QStringLiteral("jobsFilter"));
    m_filter->setPlaceholderText(tr("Filter by ID, path, host or error"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("jobsSummary"));

    auto *bar = new QHBoxLayout;
    auto *show = new QLabel(tr("&Show:"));
    show->setBuddy(m_state);
    bar->addWidget(show);
    bar->addWidget(m_state);
    bar->addWidget(m_kind);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_summary);

    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(JobsModel::ProgressColumn, new JobProgressDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobsModel::IdColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_cancel, m_retry, m_runAgain, m_raise, m_lower, m_showLogLines});
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->viewport()->installEventFilter(this);

    m_details->setObjectName(QStringLiteral("jobDetails"));
    m_details->setOpenLinks(false);
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The log of the selected job"));
    m_log->setMaximumBlockCount(0);

    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(m_details);
    lower->addWidget(m_log);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // Jobs around a time (from a log line): what the list is narrowed to, and the way back.
    m_aroundBar = new QWidget;
    m_aroundBar->setObjectName(QStringLiteral("jobsAroundBar"));
    auto *aroundLayout = new QHBoxLayout(m_aroundBar);
    aroundLayout->setContentsMargins(0, 0, 0, 0);
    m_aroundLabel = new QLabel;
    m_aroundLabel->setObjectName(QStringLiteral("jobsAroundLabel"));
    m_aroundLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *showAll = new QPushButton(tr("Show &All Jobs"));
    showAll->setObjectName(QStringLiteral("jobsAroundClear"));
    aroundLayout->addWidget(m_aroundLabel, 1);
    aroundLayout->addWidget(showAll);
    m_aroundBar->hide();
    connect(showAll, &QPushButton::clicked, this, &JobsPage::clearJobsAround);

    auto *queue = new QWidget;
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addLayout(bar);
    queueLayout->addWidget(m_aroundBar);
    queueLayout->addWidget(splitter, 1);
    m_schedules = new SchedulesView(service);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("jobsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(queue, tr("&Queue"));
    m_tabs->addTab(m_schedules, tr("&Schedules"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(m_cancel, &QAction::triggered, this, &JobsPage::cancelSelected);
    connect(m_retry, &QAction::triggered, this, &JobsPage::retrySelected);
    connect(m_raise, &QAction::triggered, this, &JobsPage::raisePriority);
    connect(m_lower, &QAction::triggered, this, &JobsPage::lowerPriority);
    connect(m_pause, &QAction::triggered, this, &JobsPage::setQueuePaused);
    connect(m_probeAll, &QAction::triggered, this, &JobsPage::queueProbeOfAllHosts);
    connect(m_newJob, &QAction::triggered, this, &JobsPage::newJob);
    connect(m_runAgain, &QAction::triggered, this, &JobsPage::runAgainWithChanges);
    connect(m_clearFinished, &QAction::triggered, this, &JobsPage::clearFinished);
    connect(m_showLogLines, &QAction::triggered, this, &JobsPage::showLogLines);
    connect(m_notifyFailures, &QAction::toggled, this, &JobsPage::failureNotificationsToggled);
    connect(m_schedules, &SchedulesView::statusMessage, this, &JobsPage::statusMessage);
    const auto updateScheduleTab = [this] {
        m_tabs->setTabText(1, m_service && !m_service->schedules().isEmpty()
                                  ? tr("&Schedules (%1)").arg(m_service->schedules().size())
                                  : tr("&Schedules"));
    };
    connect(service, &JobQueueService::schedulesChanged, this, updateScheduleTab);
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setState(JobsFilterModel::State(m_state->currentData().toInt())); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_kind->currentData().toString();
        m_proxy->setKind(key.isEmpty() ? std::nullopt : std::optional<JobKind>(JobKind(key)));
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &JobsFilterModel::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JobsPage::selectionChanged);
    // A filter that hides the selected job leaves no current row.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &JobsPage::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &JobsPage::selectionChanged);

    connect(service, &JobQueueService::jobsChanged, this, &JobsPage::onJobsChanged);
    connect(service, &JobQueueService::detailsChanged, this, &JobsPage::onDetails);
    connect(service, &JobQueueService::runnerStateChanged, this, &JobsPage::updateBanner);
    connect(service, &JobQueueService::pausedChanged, this, [this](bool paused) {
        m_pause->setChecked(paused);
        updateActions();
        updateBanner();
    });
    connect(service, &JobQueueService::actionDone, this, &JobsPage::statusMessage);
    // After "Job 3 queued.", how it ended.
    m_outcomes = new JobOutcomeAnnouncer(service, this);
    connect(m_outcomes, &JobOutcomeAnnouncer::statusMessage, this, &JobsPage::statusMessage);
    connect(service, &JobQueueService::actionFailed, this, &JobsPage::statusMessage);

    if (service->hasSnapshot())
        onJobsChanged({});
    updateBanner();
    updateActions();
    updateSummary();
    updateDetails();
}

JobsPage::~JobsPage() = default;

const Job *JobsPage::selectedJob() const
{
    return m_selected != 0 && m_service ? m_service->job(m_selected) : nullptr;
}

bool JobsPage::selectJob(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_state->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_filter->clear();
        clearJobsAround();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

int JobsPage::showJobsAround(const QString &host, qint64 atMs, qint64 marginMs)
{
    m_tabs->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_filter->clear();
    m_proxy->setAround(host, atMs - marginMs, atMs + marginMs);
    const QString at =
        QDateTime::fromMSecsSinceEpoch(atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const int minutes = int(marginMs / 60'000);
    m_aroundLabel->setText(
        host.isEmpty() ? tr("Jobs that ran within %n minute(s) of %1: %2", nullptr, minutes)
                             .arg(at)
                             .arg(m_proxy->rowCount())
                       : tr("Jobs of %1 that ran within %n minute(s) of %2: %3", nullptr, minutes)
                             .arg(host, at)
                             .arg(m_proxy->rowCount()));
    m_aroundBar->show();
    // The job that started closest to the time.
    QModelIndex closest;
    qint64 distance = std::numeric_limits<qint64>::max();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const Job *job = m_model->job(m_proxy->mapToSource(index).row());
        if (job && std::abs(job->startedMs - atMs) < distance) {
            distance = std::abs(job->startedMs - atMs);
            closest = index;
        }
    }
    if (closest.isValid()) {
        m_view->selectionModel()->setCurrentIndex(closest, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
        m_view->scrollTo(closest);
    }
    return m_proxy->rowCount();
}

void JobsPage::clearJobsAround()
{
    if (!m_proxy->hasAround())
        return;
    m_proxy->setAround(QString(), 0, -1);
    m_aroundBar->hide();
}

void JobsPage::showLogLines()
{
    if (const Job *job = selectedJob())
        Q_EMIT logLinesRequested(job->id);
}

int JobsPage::unseenFailures() const
{
    return m_service ? m_service->unseenFailures() : 0;
}

void JobsPage::markFailuresSeen()
{
    if (m_service)
        m_service->markFailuresSeen();
}

void JobsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markFailuresSeen();
    Q_EMIT badgeChanged();
}

void JobsPage::enqueue(const JobSpec &spec)
{
    if (m_service)
        m_service->enqueue(spec);
}

NewJobDialog *JobsPage::newJob()
{
    if (!m_service)
        return nullptr;
    return NewJobDialog::openFor(m_service, QString(), {}, this);
}

NewJobDialog *JobsPage::runAgainWithChanges()
{
    const Job *job = selectedJob();
    if (!job)
        return nullptr;
    const std::optional<JobArguments> arguments = standardJobKinds().argumentsOf(job->spec);
    if (!arguments)
        return nullptr;
    const QString key = job->spec.kind.key();
    NewJobDialog *dialog = newJob();
    if (dialog) {
        dialog->setJob(key, *arguments);
        dialog->setWindowTitle(tr("Run Again with Changes: Job %1").arg(job->id));
    }
    return dialog;
}

void JobsPage::setFailureNotifications(bool enabled)
{
    const QSignalBlocker blocker(m_notifyFailures);
    m_notifyFailures->setChecked(enabled);
}

void JobsPage::clearFinished()
{
    if (!m_service)
        return;
    const Job *job = selectedJob();
    const bool selectedFinished =
        job && isFinished(job->state) && job->state != JobState::Interrupted;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("clearFinishedDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Clear Finished Jobs"));
    auto *selected = new QRadioButton(selectedFinished ? tr("The selected job (%1)").arg(job->id)
                                                       : tr("The selected job"),
                                      dialog);
    selected->setObjectName(QStringLiteral("clearSelected"));
    selected->setEnabled(selectedFinished);
    auto *older = new QRadioButton(tr("Every finished job older than"), dialog);
    older->setObjectName(QStringLiteral("clearOlder"));
    auto *days = new QSpinBox(dialog);
    days->setObjectName(QStringLiteral("clearDays"));
    days->setRange(0, 3650);
    days->setValue(7);
    days->setSuffix(tr(" days"));
    (selectedFinished ? selected : older)->setChecked(true);
    auto *note = new QLabel(tr("Succeeded, failed and cancelled jobs go with their logs; queued, "
                               "running and interrupted ones stay. Files are not touched."),
                            dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *clear = buttons->addButton(tr("C&lear"), QDialogButtonBox::AcceptRole);
    clear->setObjectName(QStringLiteral("clearButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(older);
    row->addWidget(days);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(selected);
    layout->addLayout(row);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    const qint64 id = selectedFinished ? job->id : 0;
    connect(dialog, &QDialog::accepted, this, [this, selected, days, id] {
        if (!m_service)
            return;
        if (selected->isChecked())
            m_service->clearFinished({id}, -1);
        else
            m_service->clearFinished({}, QDateTime::currentMSecsSinceEpoch() -
                                             qint64(days->value()) * 86'400'000);
    });
    dialog->open();
}

void JobsPage::onJobsChanged(const QList<qint64> &changed)
{
    m_model->setJobs(m_service->jobs());
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true;
        for (int column = 0; column < JobsModel::ColumnCount; ++column)
            m_view->resizeColumnToContents(column);
        m_whatWidth = std::clamp(m_view->columnWidth(JobsModel::WhatColumn), 260, 480);
        // Room for the texts that come later: a retry's countdown, a rate, a long run.
        const QFontMetrics metrics = m_view->fontMetrics();
        const auto atLeast = [this, &metrics](int column, const QString &sample, int extra) {
            m_view->setColumnWidth(column, std::max(m_view->columnWidth(column),
                                                    metrics.horizontalAdvance(sample) + extra));
        };
        const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 16;
        atLeast(JobsModel::StateColumn, tr("Retry in %1").arg(QStringLiteral("00:00")), icon);
        atLeast(JobsModel::StateColumn, JobsModel::stateTitle(JobState::Interrupted), icon);
        atLeast(JobsModel::RateColumn, tr("%1/s").arg(QStringLiteral("999.9 MiB")), 16);
        atLeast(JobsModel::EtaColumn, QStringLiteral("00:00:00"), 16);
        atLeast(JobsModel::DurationColumn, QStringLiteral("00:00:00"), 16);
        fitWhatColumn();
    }
    // Without a selection the details say what the queue holds: they change with it.
    if (m_selected == 0 || changed.isEmpty() || changed.contains(m_selected))
        updateDetails();
    updateActions();
    updateSummary();
    if (isVisible())
        markFailuresSeen();
    Q_EMIT badgeChanged();
}

bool JobsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitWhatColumn();
    return QWidget::eventFilter(watched, event);
}

void JobsPage::fitWhatColumn()
{
    // What a job works on is the most telling column: it takes the room the figures
    // leave, and keeps a readable width in a narrow window, which then scrolls the
    // figures to its right instead.
    if (m_whatWidth <= 0)
        return;
    int others = 0;
    for (int column = 0; column < JobsModel::ColumnCount; ++column) {
        if (column != JobsModel::WhatColumn && !m_view->isColumnHidden(column))
            others += m_view->columnWidth(column);
    }
    m_view->setColumnWidth(JobsModel::WhatColumn,
                           std::max(m_whatWidth, m_view->viewport()->width() - others));
}

void JobsPage::selectionChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? current.data(JobsModel::JobIdRole).toLongLong() : 0;
    if (id != m_selected) {
        m_selected = id;
        m_shownDetails = JobDetails();
        m_shownLogLines = 0;
        m_log->clear();
        if (m_service)
            m_service->watch(id);
    }
    updateDetails();
    updateActions();
}

void JobsPage::onDetails(const JobDetails &details)
{
    if (details.id != m_selected)
        return;
    const bool sameJob = m_shownDetails.id == details.id;
    const bool commandsChanged =
        !sameJob || details.commands.size() != m_shownDetails.commands.size();
    // The log only grows: append what is new (the view stays at the end if it was there).
    if (sameJob && m_shownLogLines > 0 && details.log.size() >= m_shownLogLines) {
        for (qsizetype i = m_shownLogLines; i < details.log.size(); ++i)
            m_log->appendPlainText(jobLogLineText(details.log[i]));
    } else {
        QStringList lines;
        lines.reserve(details.log.size());
        for (const JobLogLine &line : details.log)
            lines.append(jobLogLineText(line));
        m_log->setPlainText(lines.join(QLatin1Char('\n')));
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    }
    m_shownLogLines = details.log.size();
    m_shownDetails = details;
    if (commandsChanged)
        updateDetails();
}

void JobsPage::updateDetails()
{
    const Job *job = selectedJob();
    QString html;
    if (job) {
        html = jobDetailsHtml(*job, m_shownDetails.id == job->id ? m_shownDetails.commands
                                                                 : QList<JobCommand>());
    } else {
        const QString text = !m_service || !m_service->hasSnapshot() ? tr("Reading the queue…")
                             : m_proxy->rowCount()                   ? tr("Select a job to see "
                                                                                            "its details and log.")
                             : m_model->rowCount() ? tr("No job matches the filter.")
                                                   : tr("No jobs yet.");
        html = QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped());
    }
    if (html == m_shownHtml)
        return; // unchanged: keep the reader's scroll position and selection
    const int scroll = m_details->verticalScrollBar()->value();
    m_details->setHtml(html);
    m_shownHtml = html;
    m_details->verticalScrollBar()->setValue(scroll);
}

void JobsPage::updateActions()
{
    const Job *job = selectedJob();
    const bool available = m_service && m_service->runnerState() != JobRunnerState::Unavailable &&
                           m_service->runnerState() != JobRunnerState::Stopped;
    const bool active = job && (job->state == JobState::Queued ||
                                (job->state == JobState::Running && !job->cancelRequested));
    m_cancel->setEnabled(available && active);
    m_retry->setEnabled(available && job && isFinished(job->state));
    m_raise->setEnabled(available && job && job->state == JobState::Queued);
    m_lower->setEnabled(available && job && job->state == JobState::Queued);
    m_pause->setEnabled(available && m_service->hasSnapshot());
    m_probeAll->setEnabled(available);
    m_newJob->setEnabled(available);
    m_runAgain->setEnabled(available && job && standardJobKinds().argumentsOf(job->spec));
    m_clearFinished->setEnabled(available && m_service->hasSnapshot());
    m_showLogLines->setEnabled(job != nullptr);
    const bool paused = m_service && m_service->isPaused();
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume &Queue") : tr("&Pause Queue"));
}

void JobsPage::updateBanner()
{
    if (!m_service)
        return;
    QStringList lines;
    bool error = false;
    switch (m_service->runnerState()) {
    case JobRunnerState::HeldElsewhere:
        lines.append(tr("Another runner is executing the jobs (%1). This page shows its "
                        "queue; cancel, retry, priority and pause reach it through the "
                        "database. The app takes over running jobs when it exits.")
                         .arg(m_service->runnerMessage()));
        break;
    case JobRunnerState::Unavailable:
        lines.append(tr("The job queue cannot be opened: %1").arg(m_service->runnerMessage()));
        error = true;
        break;
    case JobRunnerState::Starting:
    case JobRunnerState::Running:
    case JobRunnerState::Stopped:
        break;
    }
    if (m_service->isPaused())
        lines.append(tr("The queue is paused: no job starts until you resume it (%1). Running "
                        "jobs go on.")
                         .arg(m_pause->shortcut().toString(QKeySequence::NativeText)));
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->setStyleSheet(error ? QStringLiteral("background: #fbe3e3; color: #8a1c1c; "
                                                   "border: 1px solid #e0a0a0;")
                                  : QStringLiteral("background: #fff4d6; color: #5c4400; "
                                                   "border: 1px solid #e6cf8a;"));
    m_banner->setVisible(!lines.isEmpty());
    updateActions();
}

void JobsPage::updateSummary()
{
    if (!m_service)
        return;
    const int running = m_service->count(JobState::Running);
    const int queued = m_service->count(JobState::Queued);
    const int failed = m_service->count(JobState::Failed);
    m_summary->setText(
        tr("%1 running, %2 queued, %3 failed — %n job(s)", nullptr, int(m_service->jobs().size()))
            .arg(running)
            .arg(queued)
            .arg(failed));
}

void JobsPage::cancelSelected()
{
    const Job *job = selectedJob();
    if (!job || !m_cancel->isEnabled()) {
        Q_EMIT statusMessage(tr("Select a queued or running job to cancel."));
        return;
    }
    const qint64 id = job->id;
    if (job->state != JobState::Running) {
        m_service->cancel(id);
        return;
    }
    // Stopping a running job loses the work of its attempt: ask first.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Cancel Running Job"),
        tr("Stop job %1 (%2 %3)?")
            .arg(id)
            .arg(JobsModel::kindTitle(job->spec.kind), JobsModel::whatText(job->spec)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelJobConfirm"));
    box->setInformativeText(tr("Its program is stopped now (SIGTERM, then SIGKILL after two "
                               "seconds). What it finished stays done; Retry runs the job "
                               "again from the start."));
    QPushButton *stop = box->addButton(tr("Stop Job"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopJobButton"));
    QPushButton *keep = box->addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(stop, &QPushButton::clicked, this, [this, id] {
        if (m_service)
            m_service->cancel(id);
    });
    box->open();
}

void JobsPage::retrySelected()
{
    const Job *job = selectedJob();
    if (!job || !m_retry->isEnabled()) {
        Q_EMIT statusMessage(tr("Select a finished job to retry."));
        return;
    }
    const qint64 id = job->id;
    const qint64 stopped = job->finishedMs;
    if (!job->spec.destructive) {
        m_outcomes->follow(id, stopped);
        m_service->retry(id);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Retry Job That Deletes"),
                                tr("Job %1 deletes files (%2). Queue it again?")
                                    .arg(id)
                                    .arg(JobsModel::whatText(job->spec)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("retryJobConfirm"));
    box->setInformativeText(tr("It runs from the start, checks its reviewed plan again and "
                               "fails without deleting anything if the destination changed "
                               "since."));
    QPushButton *retry = box->addButton(tr("Retry"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retryJobButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(retry, &QPushButton::clicked, this, [this, id, stopped] {
        if (!m_service)
            return;
        m_outcomes->follow(id, stopped);
        m_service->retry(id);
    });
    box->open();
}

void JobsPage::changePriority(int step)
{
    const Job *job = selectedJob();
    if (!job || job->state != JobState::Queued) {
        Q_EMIT statusMessage(tr("Only a queued job's priority can change."));
        return;
    }
    m_service->setPriority(job->id, job->spec.priority + step);
}

void JobsPage::raisePriority()
{
    changePriority(1);
}

void JobsPage::lowerPriority()
{
    changePriority(-1);
}

void JobsPage::setQueuePaused(bool paused)
{
    if (m_service)
        m_service->setPaused(paused);
}

void JobsPage::queueProbeOfAllHosts()
{
    enqueue(probeJobSpec(QString()));
}

} // namespace qm
