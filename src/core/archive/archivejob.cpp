#include "archivejob.h"

#include "core/cleanup/trash.h"
#include "core/jobs/planlisting.h"
#include "core/safety/protectedroots.h"
#include "core/units/datasize.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ArchiveJob)
};

int countArg(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

} // namespace

JobSpec archiveJobSpec(const ArchiveRequest &request)
{
    JobSpec spec;
    spec.kind = kArchiveJobKind;
    const QString root = QDir::cleanPath(QFileInfo(request.root).absoluteFilePath());
    spec.parameters = {{QStringLiteral("root"), root},
                       {QStringLiteral("olderThanDays"), request.olderThanDays},
                       {QStringLiteral("format"), archiveFormatKey(request.format)}};
    if (!request.outputDirectory.isEmpty())
        spec.parameters.insert(QStringLiteral("outputDirectory"), request.outputDirectory);
    if (!request.allowProtectedRoot.isEmpty())
        spec.parameters.insert(QStringLiteral("allowProtectedRoot"), request.allowProtectedRoot);
    spec.source = root;
    spec.destination = request.outputDirectory;
    spec.destructive = true;
    spec.maxAttempts = 1;
    return spec;
}

std::optional<ArchiveRequest> archiveRequestFrom(const QJsonObject &parameters, QString *error)
{
    ArchiveRequest request;
    request.root = parameters.value(QStringLiteral("root")).toString();
    const QJsonValue days = parameters.value(QStringLiteral("olderThanDays"));
    const std::optional<ArchiveFormat> format =
        archiveFormatFromKey(parameters.value(QStringLiteral("format")).toString());
    if (request.root.isEmpty() || !QDir::isAbsolutePath(request.root) || !days.isDouble() ||
        days.toInt(-1) < 0 || !format) {
        if (error)
            *error = Text::tr("the archive job's parameters are damaged (root, olderThanDays "
                              "or format)");
        return std::nullopt;
    }
    request.olderThanDays = days.toInt();
    request.format = *format;
    request.outputDirectory = parameters.value(QStringLiteral("outputDirectory")).toString();
    request.allowProtectedRoot = parameters.value(QStringLiteral("allowProtectedRoot")).toString();
    return request;
}

QStringList describeArchivePlan(const ArchivePlan &plan, int maxListed)
{
    QStringList lines;
    if (plan.items.isEmpty()) {
        lines << Text::tr("Nothing under %1 is older than %n day(s): nothing to archive.", nullptr,
                          plan.olderThanDays)
                     .arg(plan.root);
    } else {
        lines << Text::tr("Would archive %n file(s) (%1) older than %2 day(s) under %3 into %4, "
                          "then move the originals to the trash.",
                          nullptr, countArg(plan.items.size()))
                     .arg(formatDataSize(plan.totalBytes))
                     .arg(plan.olderThanDays)
                     .arg(plan.root, plan.archivePath);
    }
    if (plan.skippedSymlinks > 0)
        lines << Text::tr("Symbolic links left alone (never followed): %1.")
                     .arg(plan.skippedSymlinks);
    if (plan.skippedMounts > 0)
        lines << Text::tr("Folders on another filesystem not entered: %1.").arg(plan.skippedMounts);
    if (plan.skippedSpecial > 0)
        lines << Text::tr("Special files and unreadable names left alone: %1.")
                     .arg(plan.skippedSpecial);
    if (plan.unreadableFolders > 0)
        lines << Text::tr("Folders that could not be read (their files stay): %1.")
                     .arg(plan.unreadableFolders);
    appendPlannedFiles(
        lines, plan.items.size(),
        [&](qsizetype i) {
            return std::pair{plan.items[i].relativePath, plan.items[i].sizeBytes};
        },
        maxListed);
    return lines;
}

JobOutcome runArchiveJob(JobContext &context)
{
    QString error;
    std::optional<ArchivePlan> plan;
    if (!context.job().plan.isEmpty()) {
        plan = ArchivePlan::fromJson(context.job().plan, &error);
        if (!plan)
            return JobOutcome::failed(Text::tr("the saved plan is damaged: %1").arg(error));
        // Checked again, however the plan was queued: its originals go to the trash.
        const std::optional<ArchiveRequest> request =
            archiveRequestFrom(context.job().spec.parameters, &error);
        if (!request)
            return JobOutcome::failed(error);
        if (const QString refusal = checkLocalRoot(plan->root, request->allowProtectedRoot);
            !refusal.isEmpty())
            return JobOutcome::failed(refusal);
        context.log(Text::tr("executing the saved plan of %1").arg(plan->root));
    } else {
        std::optional<ArchiveRequest> request =
            archiveRequestFrom(context.job().spec.parameters, &error);
        if (!request)
            return JobOutcome::failed(error);
        request->nowMs = context.nowMs();
        plan = planArchive(*request, context.cancelFlag(), &error);
        if (context.cancelled())
            return JobOutcome::cancelled();
        if (!plan)
            return JobOutcome::failed(error);
        if (!context.savePlan(plan->toJson(), &error))
            return JobOutcome::failed(Text::tr("the plan could not be saved: %1").arg(error), true);
    }
    for (const QString &line : describeArchivePlan(*plan, 0))
        context.log(line);

    QElapsedTimer clock;
    clock.start();
    ArchiveCallbacks callbacks;
    callbacks.cancel = context.cancelFlag();
    callbacks.log = [&context](const QString &line) { context.log(line); };
    callbacks.progress = [&context, &clock](qint64 done, qint64 total) {
        context.progress(jobProgressOf(done, total, clock.elapsed()));
    };
    callbacks.removeOriginal = [](const QString &path, QString *why) {
        const TrashOutcome outcome = moveToTrash(path);
        if (outcome.result == TrashOutcome::Result::Failed) {
            *why = outcome.error;
            return false;
        }
        return true;
    };
    const ArchiveResult result = executeArchive(*plan, callbacks);
    if (context.cancelled() && !result.ok)
        return JobOutcome::cancelled();
    if (!result.ok)
        return JobOutcome::failed(result.error);
    return JobOutcome::succeeded();
}

} // namespace qm
