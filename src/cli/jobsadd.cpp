#include "jobsadd.h"

#include "core/jobs/runnerlock.h"
#include "core/json/schema.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Jobs)
};

int exitCodeOf(JobRefusal refusal)
{
    switch (refusal) {
    case JobRefusal::BadArguments:
        return UsageError;
    case JobRefusal::NotPlanned:
        return Incomplete;
    case JobRefusal::PlanExceedsLimit:
        return ProblemsFound;
    }
    return UsageError;
}

} // namespace

int reviewOrQueue(JobsSession &session, const JobSpec &spec, const QJsonObject &plan,
                  const QStringList &description, bool yes, Output &output)
{
    if (yes)
        return queueJob(session, spec, plan, output);
    if (output.format() == OutputFormat::Json) {
        output.json(
            json::document({{QStringLiteral("plan"), plan}, {QStringLiteral("queued"), false}}));
    } else {
        for (const QString &line : description)
            output.line(line);
        output.line(Text::tr("nothing queued: give --yes to queue this job"));
    }
    return Success;
}

std::optional<PreparedJob> prepareJob(JobsSession &session, QStringList positional,
                                      const JobAddOptions &options, Output &output, int *exit)
{
    *exit = Success;
    const QString kind = positional.isEmpty() ? QString() : positional.takeFirst();
    JobFromArguments made =
        standardJobKinds().fromArguments(kind, positional, options, session.environment);
    if (made.job)
        return std::move(made.job);
    // No error from the catalogue: no kind of that name is built from arguments.
    output.error(made.error.isEmpty() ? Text::tr("add what? one of: %1")
                                            .arg(standardJobKinds().keysBuiltFromArguments().join(
                                                QStringLiteral(", ")))
                                      : made.error);
    for (const QString &line : made.details)
        output.line(line);
    *exit = exitCodeOf(made.refusal);
    return std::nullopt;
}

int addJob(JobsSession &session, const QStringList &positional, const JobAddOptions &options,
           Output &output)
{
    int exit = Success;
    const std::optional<PreparedJob> job = prepareJob(session, positional, options, output, &exit);
    if (!job)
        return exit;
    if (!job->spec.destructive)
        return queueJob(session, job->spec, job->plan, output);
    return reviewOrQueue(session, job->spec, job->plan, job->description, options.yes, output);
}

void printNewId(NewItem item, qint64 id, Output &output)
{
    if (output.format() == OutputFormat::Json)
        output.json(json::document({{QStringLiteral("id"), id}}));
    else
        output.line(item == NewItem::Job ? Text::tr("queued job %1").arg(id)
                                         : Text::tr("added schedule %1").arg(id));
}

int queueJob(JobsSession &session, const JobSpec &spec, const QJsonObject &plan, Output &output)
{
    QString error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 id = session.store.add(spec, now, &error);
    if (id < 0 || (!plan.isEmpty() && !session.store.savePlan(id, plan, &error))) {
        output.error(error);
        return Incomplete;
    }
    printNewId(NewItem::Job, id, output);
    RunnerLock probe(session.databasePath);
    QString holder;
    if (probe.tryLock(&holder))
        output.warning(Text::tr("no job runner is running: start one with `qmctl jobs run` "
                                "(or the app)"));
    return Success;
}

} // namespace qm::cli
