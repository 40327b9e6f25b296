#pragma once

// The Health page's Schedules tab: what runs when on a machine (docs/health.md, "What
// runs when"), as a list and as a 24-hour timeline. Not the Jobs page's SchedulesView,
// which lists the job queue's own schedules.

#include "core/health/schedules.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace qm {

struct FleetConfig;
class HealthScheduler;
class ScheduleTimeline;

/// A machine's schedules (readMachineSchedules): a chooser of the machine (this one, or a
/// host of the config), Look Again, the list (where, expression, command, user, next run)
/// above a ScheduleTimeline of the next 24 hours, one row each in the same order; the
/// current row of one is the current row of the other. A line that could not be read is
/// listed flagged with why, never dropped. A note says when the machine was looked at,
/// or why it could not be read.
///
/// The schedules are read off the GUI thread. This machine is read when the view is first
/// shown (or ensureRead() first called); a host is reached only when a person chooses it
/// or presses Look Again on it. While the view is shown, the window moves on with the
/// clock each minute (the runs are computed again; nothing is read again).
class MachineSchedulesView : public QWidget
{
    Q_OBJECT

public:
    enum Column { Where, Expression, Command, User, NextRun, ColumnCount };

    /// `scheduler` gives how hosts are reached (fleetAccess()); null: this machine only.
    explicit MachineSchedulesView(HealthScheduler *scheduler, QWidget *parent = nullptr);
    ~MachineSchedulesView() override;

    /// The config whose hosts can be chosen (null: this machine only; read during the call,
    /// not kept). The chosen host is kept while the config still has it; else this machine
    /// is chosen, read again when the view is shown.
    void setConfig(const FleetConfig *config);

    /// The chosen machine: a host of the config, or empty for this machine.
    QString machine() const;
    /// Chooses `host` (empty: this machine) and reads its schedules: a host is reached,
    /// as when a person chooses it. False when the config has no such host.
    bool chooseMachine(const QString &host);

    /// Reads the chosen machine's schedules unless they were read (or set) already.
    void ensureRead();
    /// Reads the chosen machine's schedules again, off the GUI thread; schedulesRead
    /// follows (an answer to an earlier request is dropped).
    void lookAgain();

    /// Shows `entries` as if read at `nowMs` (the timeline's window starts there), and
    /// drops the answer of a read still running. For tests and a caller that read them.
    void setEntries(const QList<ScheduleEntry> &entries, qint64 nowMs);

    QTreeWidget *list() const { return m_list; }
    ScheduleTimeline *timeline() const { return m_timeline; }
    /// When the schedules were looked at and how many there are, or why they could not
    /// be read.
    QString noteText() const;

Q_SIGNALS:
    /// A read finished (read or not: noteText() says).
    void schedulesRead();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// The timeline's window and the next runs from the clock's now (nothing read again).
    void followClock();
    void showEntries(const QList<ScheduleEntry> &entries, qint64 nowMs);
    void updateNextRuns(qint64 nowMs);
    QString machineTitle(const QString &host) const;

    HealthScheduler *m_scheduler;
    QComboBox *m_machine;
    QTreeWidget *m_list;
    QScrollArea *m_scroll;
    ScheduleTimeline *m_timeline;
    QLabel *m_note;
    QTimer *m_clock;
    QList<ScheduleEntry> m_entries;
    QString m_shownHost; ///< whose entries are shown
    int m_request = 0;
    bool m_read = false; ///< read (or set) once: ensureRead does nothing
};

} // namespace qm
