#include "locationlistingjob.h"

#include "core/storage/locationscanstore.h"
#include "core/storage/locationusage.h"
#include "core/storage/objectlisting.h"
#include "core/sync/synccommand.h"
#include "core/units/datasize.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::LocationListingJob)
};

const QString kLocation = QStringLiteral("location");

/// The largest folders a run logs.
constexpr int kLoggedPrefixes = 10;

} // namespace

JobSpec locationListingJobSpec(const QString &location)
{
    JobSpec spec;
    spec.kind = kLocationListingJobKind;
    spec.parameters = {{kLocation, location}};
    spec.source = location;
    return spec;
}

std::optional<QString> locationListingFrom(const QJsonObject &parameters, QString *error)
{
    const QString location = parameters.value(kLocation).toString();
    if (location.trimmed().isEmpty()) {
        *error = Text::tr("the job names no location");
        return std::nullopt;
    }
    return location;
}

JobOutcome runLocationListingJob(JobContext &context, const FleetAccess &fleet,
                                 const QString &historyPath)
{
    QString error;
    const std::optional<QString> text = locationListingFrom(context.job().spec.parameters, &error);
    if (!text)
        return JobOutcome::failed(error);
    const std::optional<SyncEndpoint> location = SyncEndpoint::parse(*text, &error);
    if (!location)
        return JobOutcome::failed(error);
    ObjectListingOptions options;
    options.cancel = context.cancelFlag();
    options.fleet = &fleet;
    context.log(Text::tr("Listing %1").arg(location->text));
    UsageCounter usage;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    ObjectListingStats stats;
    const bool listed = listObjects(
        *location,
        [&](QByteArrayView key, qint64 bytes, qint64 modifiedMs) {
            usage.add(key, bytes, modifiedMs);
            if (sinceProgress.elapsed() >= 250) { // a total is not known until the end
                JobProgress progress;
                progress.bytesDone = usage.total().bytes;
                context.progress(progress);
                sinceProgress.restart();
            }
        },
        options, &stats, &error);
    if (context.cancelled())
        return JobOutcome::cancelled();
    if (!listed) {
        // A remote may answer next time; a folder of this machine that cannot be read
        // will not by itself.
        return JobOutcome::failed(
            Text::tr("the listing failed, so nothing was kept: %1").arg(error),
            location->kind != SyncEndpoint::Kind::Local);
    }
    const UsageFigures &total = usage.total();
    JobProgress done;
    done.fraction = 1;
    done.bytesDone = done.bytesTotal = total.bytes;
    context.progress(done);
    const QLocale locale;
    context.log(
        Text::tr("%n object(s), %1", nullptr, int(std::clamp<qint64>(total.objects, 0, INT_MAX)))
            .arg(formatDataSize(total.bytes)));
    if (total.newestMs >= 0)
        context.log(Text::tr("Newest object: %1")
                        .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(total.newestMs),
                                             QLocale::ShortFormat)));
    const QList<PrefixUsage> prefixes = usage.prefixes();
    for (int i = 0; i < std::min<qsizetype>(prefixes.size(), kLoggedPrefixes); ++i) {
        const PrefixUsage &prefix = prefixes.at(i);
        QString name = prefix.prefix.isEmpty() ? Text::tr("(objects in no folder)") : prefix.prefix;
        name.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        context.log(Text::tr("  %1  %2").arg(formatDataSize(prefix.figures.bytes), name));
    }
    if (stats.skippedLinks > 0)
        context.log(Text::tr("Not objects: %n symbolic link(s), never followed", nullptr,
                             int(std::clamp<qint64>(stats.skippedLinks, 0, INT_MAX))));
    for (const QString &unreadable : std::as_const(stats.errors))
        context.log(Text::tr("Warning: %1").arg(unreadable));
    if (historyPath.isEmpty())
        return JobOutcome::succeeded();
    if (const QString why = recordLocationScan(
            historyPath, LocationScan::listing(location->text, context.nowMs(), usage));
        !why.isEmpty())
        return JobOutcome::failed(Text::tr("the listing was not kept in the history: %1").arg(why),
                                  true);
    context.log(Text::tr("Kept in the history"));
    return JobOutcome::succeeded();
}

} // namespace qm
