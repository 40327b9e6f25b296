#include "jobschedules.h"

#include "jobstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobSchedules)
};

constexpr qint64 kMinuteMs = 60'000;

JobSchedule scheduleFrom(const QSqlQuery &q)
{
    JobSchedule schedule;
    schedule.id = q.value(0).toLongLong();
    schedule.spec =
        jobSpecFromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object())
            .value_or(JobSpec());
    schedule.everyMinutes = q.value(2).toInt();
    schedule.dailyAtMinute = q.value(3).toInt();
    schedule.catchUp = q.value(4).toBool();
    schedule.enabled = q.value(5).toBool();
    schedule.nextRunMs = q.value(6).toLongLong();
    schedule.lastRunMs = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
    schedule.createdMs = q.value(8).toLongLong();
    schedule.spec.trigger = JobTrigger::Schedule;
    schedule.spec.scheduleId = schedule.id;
    return schedule;
}

bool execute(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = Text::tr("the jobs database: %1").arg(q.lastError().text());
    return false;
}

} // namespace

qint64 nextScheduledRun(const JobSchedule &schedule, qint64 afterMs)
{
    if (schedule.everyMinutes > 0) {
        const qint64 period = schedule.everyMinutes * kMinuteMs;
        // Anchored to the schedule's first run, so the times do not drift.
        const qint64 anchor = schedule.nextRunMs > 0 ? schedule.nextRunMs : afterMs + period;
        if (anchor > afterMs)
            return anchor;
        return anchor + ((afterMs - anchor) / period + 1) * period;
    }
    if (schedule.dailyAtMinute < 0 || schedule.dailyAtMinute >= 24 * 60)
        return -1;
    const QDateTime after = QDateTime::fromMSecsSinceEpoch(afterMs).toLocalTime();
    const QTime at(schedule.dailyAtMinute / 60, schedule.dailyAtMinute % 60);
    QDateTime candidate(after.date(), at);
    if (candidate.toMSecsSinceEpoch() <= afterMs)
        candidate = QDateTime(after.date().addDays(1), at);
    return candidate.toMSecsSinceEpoch();
}

QString describeSchedule(const JobSchedule &schedule)
{
    if (schedule.everyMinutes > 0) {
        if (schedule.everyMinutes % 60 == 0)
            return Text::tr("every %n h", nullptr, schedule.everyMinutes / 60);
        return Text::tr("every %n min", nullptr, schedule.everyMinutes);
    }
    return Text::tr("daily at %1")
        .arg(QTime(schedule.dailyAtMinute / 60, schedule.dailyAtMinute % 60)
                 .toString(QStringLiteral("HH:mm")));
}

std::optional<int> parseInterval(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})([mh]?)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int value = match.captured(1).toInt();
    const int minutes = match.captured(2) == QLatin1String("h") ? value * 60 : value;
    return minutes > 0 ? std::optional<int>(minutes) : std::nullopt;
}

std::optional<int> parseTimeOfDay(const QString &text)
{
    const QTime time = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
    if (!time.isValid())
        return std::nullopt;
    return time.hour() * 60 + time.minute();
}

JobSchedules::JobSchedules(JobStore &store)
    : m_store(store)
{}

namespace {

/// Readies `schedule` to be stored: its first run strictly after `nowMs`, its jobs'
/// trigger. False, with `error` set, when it has neither interval nor time of day.
bool readyToStore(JobSchedule &schedule, qint64 nowMs, QString *error)
{
    schedule.nextRunMs = 0;
    schedule.nextRunMs = nextScheduledRun(schedule, nowMs);
    if (schedule.nextRunMs < 0) {
        *error = Text::tr("a schedule needs an interval or a time of day");
        return false;
    }
    schedule.spec.trigger = JobTrigger::Schedule;
    return true;
}

/// Binds what a person chooses of `schedule`, in the order spec, every_minutes,
/// daily_at_minute, catch_up, next_run_at.
void bindChoices(QSqlQuery &q, const JobSchedule &schedule)
{
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(jobSpecToJson(schedule.spec)).toJson(QJsonDocument::Compact)));
    q.addBindValue(schedule.everyMinutes);
    q.addBindValue(schedule.everyMinutes > 0 ? -1 : schedule.dailyAtMinute);
    q.addBindValue(schedule.catchUp);
    q.addBindValue(schedule.nextRunMs);
}

} // namespace

qint64 JobSchedules::add(JobSchedule schedule, qint64 nowMs, QString *error)
{
    if (!readyToStore(schedule, nowMs, error))
        return -1;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO schedules (spec, every_minutes, daily_at_minute, "
                             "catch_up, next_run_at, enabled, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindChoices(q, schedule);
    q.addBindValue(schedule.enabled);
    q.addBindValue(nowMs);
    if (!execute(q, error))
        return -1;
    return q.lastInsertId().toLongLong();
}

QList<JobSchedule> JobSchedules::all() const
{
    QSqlQuery q(m_store.database());
    QList<JobSchedule> schedules;
    if (!q.exec(QStringLiteral("SELECT id, spec, every_minutes, daily_at_minute, catch_up, "
                               "enabled, next_run_at, last_run_at, created_at FROM schedules "
                               "ORDER BY id")))
        return schedules;
    while (q.next())
        schedules.append(scheduleFrom(q));
    return schedules;
}

bool JobSchedules::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM schedules WHERE id = ?"));
    q.addBindValue(id);
    if (!execute(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = Text::tr("there is no schedule %1").arg(id);
        return false;
    }
    return true;
}

bool JobSchedules::setEnabled(qint64 id, bool enabled, qint64 nowMs, QString *error)
{
    for (JobSchedule schedule : all()) {
        if (schedule.id != id)
            continue;
        // Turned back on, it starts from now: what it missed while off is not made up.
        if (enabled && !schedule.enabled && schedule.nextRunMs <= nowMs)
            schedule.nextRunMs = nextScheduledRun(schedule, nowMs);
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("UPDATE schedules SET enabled = ?, next_run_at = ? WHERE id = ?"));
        q.addBindValue(enabled);
        q.addBindValue(schedule.nextRunMs);
        q.addBindValue(id);
        return execute(q, error);
    }
    *error = Text::tr("there is no schedule %1").arg(id);
    return false;
}

bool JobSchedules::update(JobSchedule schedule, qint64 nowMs, QString *error)
{
    if (!readyToStore(schedule, nowMs, error))
        return false;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE schedules SET spec = ?, every_minutes = ?, "
                             "daily_at_minute = ?, catch_up = ?, next_run_at = ? WHERE id = ?"));
    bindChoices(q, schedule);
    q.addBindValue(schedule.id);
    if (!execute(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = Text::tr("there is no schedule %1").arg(schedule.id);
        return false;
    }
    return true;
}

QList<qint64> JobSchedules::queueDue(qint64 nowMs, QString *error)
{
    QList<qint64> queued;
    for (const JobSchedule &schedule : all()) {
        if (!schedule.enabled || schedule.nextRunMs > nowMs)
            continue;
        QSqlQuery active(m_store.database());
        active.prepare(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE schedule_id = ? AND "
                                      "state IN ('queued', 'running')"));
        active.addBindValue(schedule.id);
        if (!execute(active, error) || !active.next())
            return queued;
        const bool stillBusy = active.value(0).toLongLong() > 0;
        const bool missed = nowMs - schedule.nextRunMs > kGraceMs;
        bool ran = false;
        if (!stillBusy && (!missed || schedule.catchUp)) {
            const qint64 id = m_store.add(schedule.spec, nowMs, error);
            if (id < 0)
                return queued;
            queued.append(id);
            ran = true;
        }
        QSqlQuery move(m_store.database());
        move.prepare(QStringLiteral("UPDATE schedules SET next_run_at = ?, "
                                    "last_run_at = CASE WHEN ? THEN ? ELSE last_run_at END "
                                    "WHERE id = ?"));
        move.addBindValue(nextScheduledRun(schedule, nowMs));
        move.addBindValue(ran);
        move.addBindValue(nowMs);
        move.addBindValue(schedule.id);
        if (!execute(move, error))
            return queued;
    }
    return queued;
}

} // namespace qm
