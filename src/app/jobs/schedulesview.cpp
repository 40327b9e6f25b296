#include "schedulesview.h"

#include "core/jobkinds/jobkindcatalogue.h"
#include "jobqueueservice.h"
#include "jobsmodel.h"
#include "newjobdialog.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qm {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString localTime(qint64 ms)
{
    return ms < 0 ? QString()
                  : QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

SchedulesView::SchedulesView(JobQueueService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("schedulesView"));
    const auto action = [this](const QString &name, const QString &text,
                               const QList<QKeySequence> &keys, QStyle::StandardPixmap icon) {
        auto *made = new QAction(QApplication::style()->standardIcon(icon), text, this);
        made->setObjectName(name);
        made->setShortcuts(keys);
        made->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(made);
        return made;
    };
    m_add =
        action(QStringLiteral("actionNewSchedule"), tr("&New Schedule…"),
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, QStyle::SP_FileDialogNewFolder);
    m_add->setToolTip(tr("Repeat a sync, archive, cleanup or probe (Ctrl+Shift+N)"));
    m_edit = action(QStringLiteral("actionEditSchedule"), tr("&Edit…"),
                    {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                    QStyle::SP_FileDialogDetailedView);
    m_toggle = action(QStringLiteral("actionToggleSchedule"), tr("&Disable"),
                      {QKeySequence(Qt::Key_Space)}, QStyle::SP_MediaPause);
    m_remove = action(QStringLiteral("actionRemoveSchedule"), tr("&Remove"),
                      {QKeySequence(Qt::Key_Delete)}, QStyle::SP_TrashIcon);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_add, m_edit, m_toggle, m_remove});

    m_list->setObjectName(QStringLiteral("schedulesList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("What"), tr("When"), tr("Next Run"), tr("Last Run"), tr("Last Result")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_edit, m_toggle, m_remove});
    m_list->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    auto *hint = new QLabel(tr("A schedule queues its job again and again; a sync that deletes "
                               "is never scheduled (each needs its dry run reviewed). The box "
                               "before a schedule enables it."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);

    connect(m_add, &QAction::triggered, this, &SchedulesView::addSchedule);
    connect(m_edit, &QAction::triggered, this, &SchedulesView::editSelected);
    connect(m_toggle, &QAction::triggered, this, &SchedulesView::toggleSelected);
    connect(m_remove, &QAction::triggered, this, &SchedulesView::removeSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &SchedulesView::editSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SchedulesView::updateActions);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != WhatColumn || !m_service)
            return;
        const qint64 id = item->data(WhatColumn, kIdRole).toLongLong();
        const JobSchedule *stored = schedule(id);
        const bool enabled = item->checkState(WhatColumn) == Qt::Checked;
        if (stored && stored->enabled != enabled)
            m_service->setScheduleEnabled(id, enabled);
    });
    connect(service, &JobQueueService::schedulesChanged, this, &SchedulesView::rebuild);
    // The last result is the state of the newest job a schedule queued.
    connect(service, &JobQueueService::jobsChanged, this, &SchedulesView::rebuild);
    rebuild();
}

const JobSchedule *SchedulesView::schedule(qint64 id) const
{
    if (!m_service)
        return nullptr;
    for (const JobSchedule &schedule : m_service->schedules()) {
        if (schedule.id == id)
            return &schedule;
    }
    return nullptr;
}

qint64 SchedulesView::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(WhatColumn, kIdRole).toLongLong() : 0;
}

bool SchedulesView::selectSchedule(qint64 id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(WhatColumn, kIdRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void SchedulesView::rebuild()
{
    if (!m_service)
        return;
    const qint64 selected = selectedId();
    // The newest job of each schedule (jobs() is newest first).
    QHash<qint64, const Job *> lastJob;
    for (const Job &job : m_service->jobs()) {
        if (job.spec.scheduleId != 0 && !lastJob.contains(job.spec.scheduleId))
            lastJob.insert(job.spec.scheduleId, &job);
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const JobSchedule &schedule : m_service->schedules()) {
        auto *item = new QTreeWidgetItem(m_list);
        const JobSpec &spec = schedule.spec;
        QString what = standardJobKinds().title(spec.kind) + QStringLiteral(" ") + spec.source;
        if (!spec.destination.isEmpty())
            what += QStringLiteral(" → ") + spec.destination;
        item->setText(WhatColumn, what);
        item->setToolTip(WhatColumn, what);
        item->setData(WhatColumn, kIdRole, schedule.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(WhatColumn, schedule.enabled ? Qt::Checked : Qt::Unchecked);
        QString when = describeSchedule(schedule);
        if (schedule.catchUp)
            when += tr(", catches up");
        item->setText(WhenColumn, when);
        item->setText(NextColumn,
                      schedule.enabled ? localTime(schedule.nextRunMs) : tr("disabled"));
        item->setText(LastColumn,
                      schedule.lastRunMs < 0 ? tr("never") : localTime(schedule.lastRunMs));
        if (const Job *job = lastJob.value(schedule.id)) {
            item->setText(ResultColumn,
                          tr("%1 (job %2)").arg(JobsModel::stateTitle(job->state)).arg(job->id));
            item->setToolTip(ResultColumn, job->error);
            if (job->state == JobState::Failed)
                item->setForeground(ResultColumn, QColor(0xc0, 0x39, 0x2b));
        }
        if (!schedule.enabled) {
            for (int column = WhenColumn; column < ColumnCount; ++column)
                item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    for (int column = WhenColumn; column < ColumnCount; ++column)
        m_list->resizeColumnToContents(column);
    if (selected != 0)
        selectSchedule(selected);
    updateActions();
}

void SchedulesView::updateActions()
{
    const JobSchedule *current = schedule(selectedId());
    m_edit->setEnabled(current);
    m_toggle->setEnabled(current);
    m_remove->setEnabled(current);
    m_toggle->setText(current && !current->enabled ? tr("&Enable") : tr("&Disable"));
}

void SchedulesView::addSchedule()
{
    if (!m_service)
        return;
    NewJobDialog::openFor(m_service, QString(), {}, this)->setScheduled(true);
}

void SchedulesView::editSelected()
{
    const JobSchedule *current = schedule(selectedId());
    if (!current || !m_service)
        return;
    NewJobDialog::openFor(m_service, QString(), {}, this)->editSchedule(*current);
}

void SchedulesView::toggleSelected()
{
    const JobSchedule *current = schedule(selectedId());
    if (current && m_service)
        m_service->setScheduleEnabled(current->id, !current->enabled);
}

void SchedulesView::removeSelected()
{
    const JobSchedule *current = schedule(selectedId());
    if (!current || !m_service)
        return;
    const qint64 id = current->id;
    const QString what = m_list->currentItem()->text(WhatColumn);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Schedule"),
                                tr("Remove the schedule “%1” (%2)? The jobs it queued stay.")
                                    .arg(what, describeSchedule(*current)),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("removeScheduleBox"));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(remove) && m_service)
            m_service->removeSchedule(id);
    });
    box->open();
}

} // namespace qm
