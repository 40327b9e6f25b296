#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QTreeWidget;

namespace qm {

class JobQueueService;
struct JobSchedule;

/// The Jobs page's Schedules tab: every schedule of the queue — what it queues, when,
/// its next run, its last run and how that job ended, and whether it is enabled — with
/// New Schedule… (Ctrl+Shift+N), Edit… (Return), Enable/Disable (Space) and Remove
/// (Del, after confirmation). Changes go through the queue's thread; the list follows
/// the stored schedules, whoever changed them (a `qmctl jobs schedule`).
class SchedulesView : public QWidget
{
    Q_OBJECT

public:
    /// `service` must outlive the view.
    explicit SchedulesView(JobQueueService *service, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// The schedule selected, or 0.
    qint64 selectedId() const;
    bool selectSchedule(qint64 id);

    enum Column { WhatColumn, WhenColumn, NextColumn, LastColumn, ResultColumn, ColumnCount };

public Q_SLOTS:
    void addSchedule();
    void editSelected();
    void toggleSelected();
    void removeSelected();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void rebuild();
    void updateActions();
    const JobSchedule *schedule(qint64 id) const;

    QPointer<JobQueueService> m_service;
    QTreeWidget *m_list;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_toggle;
    QAction *m_remove;
};

} // namespace qm
