#include "archivejob.h"

#include "core/archive/remotearchive.h"
#include "core/cleanup/quarantine.h"
#include "core/cleanup/trash.h"
#include "core/jobs/planlisting.h"
#include "core/remote/fleetaccess.h"
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

QString archiveTarget(const ArchiveRequest &request)
{
    return request.host.isEmpty() ? request.root : request.host + u':' + request.root;
}

JobSpec archiveJobSpec(const ArchiveRequest &request)
{
    JobSpec spec;
    spec.kind = kArchiveJobKind;
    // A host's folder is a path there, never one of this machine's made absolute.
    const QString root = request.host.isEmpty()
                             ? QDir::cleanPath(QFileInfo(request.root).absoluteFilePath())
                             : QDir::cleanPath(request.root);
    spec.parameters = {{QStringLiteral("root"), root},
                       {QStringLiteral("olderThanDays"), request.olderThanDays},
                       {QStringLiteral("format"), archiveFormatKey(request.format)}};
    if (!request.outputDirectory.isEmpty())
        spec.parameters.insert(QStringLiteral("outputDirectory"), request.outputDirectory);
    if (!request.allowProtectedRoot.isEmpty())
        spec.parameters.insert(QStringLiteral("allowProtectedRoot"), request.allowProtectedRoot);
    if (!request.host.isEmpty()) {
        spec.parameters.insert(QStringLiteral("host"), request.host);
        spec.hosts = {request.host};
    }
    spec.source = request.host.isEmpty() ? root : request.host + u':' + root;
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
    request.host = parameters.value(QStringLiteral("host")).toString();
    return request;
}

std::optional<ArchivePlan> planArchiveJob(const ArchiveRequest &request, const FleetAccess &access,
                                          const std::atomic<bool> *cancel, QString *error,
                                          bool *unreachable,
                                          const std::function<void(const QString &)> &command)
{
    if (request.host.isEmpty())
        return planArchive(request, cancel, error);
    const std::optional<HostAccess> host = access.host(request.host);
    if (!host) {
        if (error)
            *error = Text::tr("“%1” is not a host of the config").arg(request.host);
        return std::nullopt;
    }
    return planRemoteArchive(request, access.transport(*host), cancel, error, unreachable, command);
}

QStringList describeArchivePlan(const ArchivePlan &plan, int maxListed)
{
    QStringList lines;
    if (plan.items.isEmpty()) {
        lines << Text::tr("Nothing under %1 is older than %n day(s): nothing to archive.", nullptr,
                          plan.olderThanDays)
                     .arg(plan.root);
    } else if (plan.host.isEmpty()) {
        lines << Text::tr("Would archive %n file(s) (%1) older than %2 day(s) under %3 into %4, "
                          "then move the originals to the trash.",
                          nullptr, countArg(plan.items.size()))
                     .arg(formatDataSize(plan.totalBytes))
                     .arg(plan.olderThanDays)
                     .arg(plan.root, plan.archivePath);
    } else {
        lines << Text::tr("Would archive %n file(s) (%1) older than %2 day(s) under %3 into %4 "
                          "on this machine, then move the originals into %5 on %6.",
                          nullptr, countArg(plan.items.size()))
                     .arg(formatDataSize(plan.totalBytes))
                     .arg(plan.olderThanDays)
                     .arg(plan.host + u':' + plan.root, plan.archivePath,
                          plan.root + u'/' + QLatin1String(kQuarantineFolderName) + u'/' +
                              plan.runFolder,
                          plan.host);
        lines << Text::tr("Freed on %1 now: 0 bytes; held in its quarantine: %2 (until it is "
                          "emptied: qmctl jobs add cleanup %3 --empty-quarantine --older-than "
                          "DAYS).")
                     .arg(plan.host, formatDataSize(plan.totalBytes), plan.host + u':' + plan.root);
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

JobOutcome runArchiveJob(JobContext &context, const FleetAccess &access)
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
        if (plan->host != request->host)
            return JobOutcome::failed(Text::tr("the saved plan is damaged: it is of another host"));
        if (plan->host.isEmpty()) {
            if (const QString refusal = checkLocalRoot(plan->root, request->allowProtectedRoot);
                !refusal.isEmpty())
                return JobOutcome::failed(refusal);
        } else if (const std::optional<HostAccess> host = access.host(plan->host)) {
            bool unreachable = false;
            if (const QString refusal = checkRemoteRoot(access.transport(*host), plan->host,
                                                        plan->root, request->allowProtectedRoot,
                                                        context.cancelFlag(), &unreachable);
                !refusal.isEmpty())
                return JobOutcome::failed(refusal, unreachable);
        }
        context.log(Text::tr("executing the saved plan of %1")
                        .arg(plan->host.isEmpty() ? plan->root : plan->host + u':' + plan->root));
    } else {
        std::optional<ArchiveRequest> request =
            archiveRequestFrom(context.job().spec.parameters, &error);
        if (!request)
            return JobOutcome::failed(error);
        request->nowMs = context.nowMs();
        bool unreachable = false;
        plan = planArchiveJob(*request, access, context.cancelFlag(), &error, &unreachable,
                              [&context](const QString &line) { context.command(line); });
        if (context.cancelled())
            return JobOutcome::cancelled();
        if (!plan)
            return JobOutcome::failed(error, unreachable);
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
    ArchiveResult result;
    if (plan->host.isEmpty()) {
        result = executeArchive(*plan, callbacks);
    } else {
        const std::optional<HostAccess> host = access.host(plan->host);
        if (!host)
            return JobOutcome::failed(Text::tr("“%1” is not a host of the config").arg(plan->host));
        result = executeRemoteArchive(*plan, access.transport(*host), callbacks,
                                      [&context](const QString &line) { context.command(line); });
    }
    if (context.cancelled() && !result.ok)
        return JobOutcome::cancelled();
    if (!result.ok)
        return JobOutcome::failed(result.error);
    return JobOutcome::succeeded();
}

} // namespace qm
