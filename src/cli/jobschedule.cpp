// `qmctl jobs schedule add|list|remove|enable|disable`: jobs queued again and again.

#include "core/jobs/jobschedules.h"
#include "core/json/schema.h"
#include "exitcode.h"
#include "jobsadd.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Jobs)
};

QString what(const JobSpec &spec)
{
    return spec.destination.isEmpty() ? spec.source
                                      : spec.source + QStringLiteral(" → ") + spec.destination;
}

int listSchedules(JobSchedules &schedules, Output &output)
{
    const QList<JobSchedule> all = schedules.all();
    if (output.format() == OutputFormat::Json) {
        QJsonArray items;
        for (const JobSchedule &s : all)
            items.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("kind"), s.spec.kind.key()},
                {QStringLiteral("source"), s.spec.source},
                {QStringLiteral("destination"),
                 s.spec.destination.isEmpty() ? QJsonValue() : QJsonValue(s.spec.destination)},
                {QStringLiteral("everyMinutes"),
                 s.everyMinutes > 0 ? QJsonValue(s.everyMinutes) : QJsonValue()},
                {QStringLiteral("dailyAt"),
                 s.dailyAtMinute >= 0
                     ? QJsonValue(QStringLiteral("%1:%2")
                                      .arg(s.dailyAtMinute / 60, 2, 10, QLatin1Char('0'))
                                      .arg(s.dailyAtMinute % 60, 2, 10, QLatin1Char('0')))
                     : QJsonValue()},
                {QStringLiteral("catchUp"), s.catchUp},
                {QStringLiteral("enabled"), s.enabled},
                {QStringLiteral("nextRunAt"), json::timeOrNull(s.enabled ? s.nextRunMs : -1)},
                {QStringLiteral("lastRunAt"), json::timeOrNull(s.lastRunMs)}});
        output.json(json::listing(QStringLiteral("schedules"), items));
        return Success;
    }
    if (all.isEmpty()) {
        output.line(Text::tr("no schedules"));
        return Success;
    }
    QList<QStringList> rows = {{Text::tr("ID"), Text::tr("WHEN"), Text::tr("KIND"),
                                Text::tr("WHAT"), Text::tr("NEXT"), Text::tr("LAST")}};
    const auto local = [](qint64 ms) {
        return ms < 0 ? QStringLiteral("-")
                      : QDateTime::fromMSecsSinceEpoch(ms).toString(
                            QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    for (const JobSchedule &s : all)
        rows.append({QString::number(s.id),
                     describeSchedule(s) + (s.catchUp ? Text::tr(", catches up") : QString()),
                     s.spec.kind.key(), what(s.spec),
                     s.enabled ? local(s.nextRunMs) : Text::tr("disabled"), local(s.lastRunMs)});
    for (const QString &line : formatTable(rows, {true, false, false, false, false, false}))
        output.line(line);
    return Success;
}

} // namespace

int scheduleCommand(JobsSession &session, QStringList positional, const JobAddOptions &options,
                    const ScheduleOptions &when, Output &output)
{
    JobSchedules schedules(session.store);
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    if (action == QLatin1String("list"))
        return listSchedules(schedules, output);
    if (action == QLatin1String("add")) {
        JobSchedule schedule;
        if (!when.every.isEmpty() == !when.dailyAt.isEmpty()) {
            output.error(Text::tr("give --every 15m|2h|MINUTES or --daily-at HH:MM"));
            return UsageError;
        }
        if (!when.every.isEmpty()) {
            const std::optional<int> minutes = parseInterval(when.every);
            if (!minutes) {
                output.error(Text::tr("--every takes 15m, 2h or a number of minutes, not “%1”")
                                 .arg(when.every));
                return UsageError;
            }
            schedule.everyMinutes = *minutes;
        } else {
            const std::optional<int> minute = parseTimeOfDay(when.dailyAt);
            if (!minute) {
                output.error(Text::tr("--daily-at takes HH:MM, not “%1”").arg(when.dailyAt));
                return UsageError;
            }
            schedule.dailyAtMinute = *minute;
        }
        schedule.catchUp = when.catchUp;
        int exit = Success;
        const std::optional<PreparedJob> job =
            prepareJob(session, positional, options, output, &exit);
        if (!job)
            return exit;
        if (const QString refusal = standardJobKinds().scheduleRefusal(job->spec);
            !refusal.isEmpty()) {
            output.error(refusal);
            return UsageError;
        }
        if (job->spec.destructive && !options.yes) {
            // Each run plans afresh and acts on that plan: show what it would do now.
            for (const QString &line : job->description)
                output.line(line);
            output.line(Text::tr("nothing scheduled: each run plans again and removes what "
                                 "its plan lists; give --yes to schedule it"));
            return Success;
        }
        schedule.spec = job->spec;
        schedule.spec.trigger = JobTrigger::Schedule;
        const qint64 id = schedules.add(schedule, now, &error);
        if (id < 0) {
            output.error(error);
            return Incomplete;
        }
        printNewId(NewItem::Schedule, id, output);
        return Success;
    }
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    const bool known = action == QLatin1String("remove") || action == QLatin1String("enable") ||
                       action == QLatin1String("disable");
    if (!known || !ok || positional.size() != 1) {
        output.error(Text::tr("use schedule add (--every N | --daily-at HH:MM) KIND …, "
                              "schedule list, or schedule remove|enable|disable ID"));
        return UsageError;
    }
    const bool done =
        action == QLatin1String("remove")
            ? schedules.remove(id, &error)
            : schedules.setEnabled(id, action == QLatin1String("enable"), now, &error);
    if (!done) {
        output.error(error);
        return ProblemsFound;
    }
    output.line(action == QLatin1String("remove")   ? Text::tr("schedule %1 removed").arg(id)
                : action == QLatin1String("enable") ? Text::tr("schedule %1 enabled").arg(id)
                                                    : Text::tr("schedule %1 disabled").arg(id));
    return Success;
}

} // namespace qm::cli
