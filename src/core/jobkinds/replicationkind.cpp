// The replication kind: measures how many copies each producer's data has, for the
// Replication page (src/core/replication/).

#include "core/replication/replicationjob.h"
#include "core/sync/syncjob.h"
#include "jobkindcatalogue.h"
#include "kindtext.h"

#include <QJsonArray>
#include <QLocale>

namespace qm {

namespace {

std::optional<JobFields> replicationFields(const JobSpec &spec, QString *error)
{
    int routes = 0;
    for (const QJsonValue &value : spec.parameters.value(QStringLiteral("routes")).toArray()) {
        if (!replicationRouteFromJson(value.toObject())) {
            *error = kindtext::Details::tr("a route cannot be read");
            return std::nullopt;
        }
        ++routes;
    }
    const int target = spec.parameters.value(QStringLiteral("target")).toInt(-1);
    if (target < 0) {
        *error = kindtext::Details::tr("no replication target");
        return std::nullopt;
    }
    return JobFields{{kindtext::Details::tr("Producers"), spec.source},
                     {kindtext::Details::tr("Folders measured"), QLocale().toString(routes)},
                     {kindtext::Details::tr("Copies wanted"), QLocale().toString(target)}};
}

} // namespace

JobKindRecord replicationJobKindRecord()
{
    JobKindRecord record;
    record.kind = kReplicationJobKind;
    record.title = [] { return kindtext::Title::tr("Replication"); };
    // Not built from arguments: the Replication page hands it the routes it shows.
    record.run = [](const JobEnvironment &environment) -> JobFunction {
        const FleetAccess sync = FleetAccess::withPrograms(environment.config, environment.ssh);
        return [sync, measured = environment.routeMeasured,
                history = environment.historyPath](JobContext &context) {
            return runReplicationJob(context, sync, measured, history);
        };
    };
    record.describeParameters = replicationFields;
    // A measurement is for a person to read now, not to be tried again later.
    record.retriable = false;
    return record;
}

} // namespace qm
