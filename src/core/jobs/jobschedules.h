#pragma once

#include "core/jobs/jobs.h"

#include <QList>
#include <QString>

#include <optional>

namespace qm {

class JobStore;

/// A job queued again and again: every N minutes, or daily at a local time.
struct JobSchedule
{
    qint64 id = 0;
    JobSpec spec;           ///< queued with trigger Schedule
    int everyMinutes = 0;   ///< > 0: every so many minutes, counted from the first run
    int dailyAtMinute = -1; ///< 0–1439, minutes after local midnight (when everyMinutes is 0)
    /// A run missed while no runner was going (the machine was off) is made up once as
    /// soon as a runner starts; without it, missed runs are skipped.
    bool catchUp = false;
    bool enabled = true;
    qint64 nextRunMs = 0;
    qint64 lastRunMs = -1;
    qint64 createdMs = 0;

    friend bool operator==(const JobSchedule &, const JobSchedule &) = default;
};

/// The first run time of `schedule` strictly after `afterMs` (milliseconds since the
/// epoch). -1 when the schedule has neither an interval nor a time of day.
qint64 nextScheduledRun(const JobSchedule &schedule, qint64 afterMs);

/// "every 15 min", "every 2 h", "daily at 03:00", translated.
QString describeSchedule(const JobSchedule &schedule);

/// Reads "15m", "2h" or "90" (minutes) into minutes; nothing when it is not one of these
/// or not positive.
std::optional<int> parseInterval(const QString &text);
/// Reads "HH:MM" (24-hour) into minutes after midnight.
std::optional<int> parseTimeOfDay(const QString &text);

/// The schedules, kept in the jobs database beside the jobs they queue. Uses the
/// store's connection: the same thread as the store.
class JobSchedules
{
public:
    explicit JobSchedules(JobStore &store);

    /// Adds `schedule` (its id and times are set here: the first run is the next time
    /// after `nowMs`). Its id, or -1 with `error` set.
    qint64 add(JobSchedule schedule, qint64 nowMs, QString *error);
    QList<JobSchedule> all() const;
    bool remove(qint64 id, QString *error);
    bool setEnabled(qint64 id, bool enabled, qint64 nowMs, QString *error);
    /// Replaces the job, times and catch-up of schedule `schedule.id` (its enabled switch
    /// and last run stay); its next run is the next time after `nowMs`. False, with
    /// `error` set, when there is no such schedule or it has neither interval nor time.
    bool update(JobSchedule schedule, qint64 nowMs, QString *error);

    /// A run within this of its time counts as on time, not as missed.
    static constexpr qint64 kGraceMs = 120'000;

    /// Queues the job of every enabled schedule that is due at `nowMs`, and moves each
    /// to its next time. A schedule whose earlier job is still queued or running queues
    /// no second one (a slow sync does not pile up). A run missed by more than kGraceMs
    /// is queued once when the schedule catches up, else skipped. Returns the ids of
    /// the jobs queued.
    QList<qint64> queueDue(qint64 nowMs, QString *error);

private:
    JobStore &m_store;
};

} // namespace qm
