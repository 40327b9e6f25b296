#pragma once

// "What runs when" on a machine (docs/health.md, "What runs when"): its crontab, /etc/cron.d
// files, systemd timers and launchd agents, parsed, each with its next runs — and a line
// that cannot be parsed kept and flagged, never dropped.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qm {

class HealthMachine;

/// One schedule found.
struct ScheduleEntry
{
    QString source;     ///< "crontab", "/etc/cron.d/backup", "/etc/systemd/system/x.timer", …
    int line = 0;       ///< where it is in its source (1-based; 0 for a whole file)
    QString text;       ///< the line (or key) as written
    QString expression; ///< "*/5 * * * *", "@hourly", "OnCalendar=daily", "StartInterval=300"
    QString command;    ///< what runs (up to a crontab's first unescaped %)
    QString user;       ///< a cron.d line's user field; empty elsewhere
    QList<qint64> nextRunMs; ///< the next runs (local time), soonest first; none for @reboot
    QString note;            ///< for a person: "at boot", "300 s after it last ran", "stdin: …"
    QString error;           ///< why it could not be read; the entry is kept all the same

    QJsonObject toJson() const;
};

/// How many next runs an entry lists.
inline constexpr int kNextRuns = 5;

/// The entries of a crontab (`withUser`: a /etc/cron.d file, a user field after the
/// times). Comments, blank lines and environment lines (`MAILTO=…`) are not schedules.
QList<ScheduleEntry> parseCrontab(const QByteArray &text, const QString &source, bool withUser,
                                  qint64 nowMs);

/// The schedules of a systemd .timer unit: each OnCalendar= with its next runs, and the
/// relative ones (OnBootSec=, OnUnitActiveSec=, …) with what they count from. The unit it
/// starts is `Unit=`, else the timer's name with `.service`.
QList<ScheduleEntry> parseSystemdTimer(const QByteArray &text, const QString &source, qint64 nowMs);

/// The schedules of a launchd property list (XML): StartCalendarInterval (a dict or an
/// array of them) with its next runs, StartInterval, RunAtLoad.
QList<ScheduleEntry> parseLaunchdPlist(const QByteArray &text, const QString &source, qint64 nowMs);

/// The schedules of one file, by its name or contents: a .timer, a .plist, a cron.d file
/// (under a cron.d folder: with a user field), else a crontab.
QList<ScheduleEntry> parseScheduleFile(const QByteArray &text, const QString &path, qint64 nowMs);

/// The runs of `entry` in [fromMs, toMs), soonest first, at most `maxRuns` of them (the
/// rest cut off), for a view of a time window: `nextRunMs` holds only the next few runs,
/// too few for a window of an entry that runs every few minutes. They are computed from
/// the entry's expression, read again by the same code that read it first (five cron
/// fields or an @nickname, OnCalendar=, StartCalendarInterval), so they are every run
/// within the window (local time, as `nextRunMs`; seconds are not kept). An entry with no
/// such calendar (@reboot, OnBootSec=, StartInterval=, RunAtLoad) or with an `error` has
/// only the runs of `nextRunMs` that fall inside: none for those. Empty when
/// `fromMs >= toMs` or `maxRuns < 1`.
QList<qint64> scheduleRunsBetween(const ScheduleEntry &entry, qint64 fromMs, qint64 toMs,
                                  int maxRuns);

/// Whether scheduleRunsBetween computes `entry`'s runs from its calendar (true), or only
/// knows the runs of `nextRunMs` (false: @reboot, relative timers, intervals, errors).
bool scheduleHasCalendar(const ScheduleEntry &entry);

/// Every schedule of `machine`: the user's crontab (`crontab -l`), /etc/crontab and
/// /etc/cron.d, systemd timers (system and the user's), launchd agents and daemons
/// (through `plutil` where there is one). False, with `*error`, when the machine cannot be
/// reached or read at all.
bool readMachineSchedules(HealthMachine &machine, qint64 nowMs, QList<ScheduleEntry> *entries,
                          QString *error);

} // namespace qm
