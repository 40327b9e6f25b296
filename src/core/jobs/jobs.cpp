#include "jobs.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <utility>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Jobs)
};

template <typename Enum, size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &keys, Enum value)
{
    for (const auto &[candidate, key] : keys) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &keys,
                            const QString &key)
{
    for (const auto &[value, candidate] : keys) {
        if (key == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<JobState, const char *>, 6> kStates{{
    {JobState::Queued, "queued"},
    {JobState::Running, "running"},
    {JobState::Succeeded, "succeeded"},
    {JobState::Failed, "failed"},
    {JobState::Cancelled, "cancelled"},
    {JobState::Interrupted, "interrupted"},
}};

constexpr std::array<std::pair<JobTrigger, const char *>, 3> kTriggers{{
    {JobTrigger::User, "user"},
    {JobTrigger::Schedule, "schedule"},
    {JobTrigger::Rule, "rule"},
}};

} // namespace

QString jobStateKey(JobState state)
{
    return keyOf(kStates, state);
}

QString jobTriggerKey(JobTrigger trigger)
{
    return keyOf(kTriggers, trigger);
}

std::optional<JobState> jobStateFromKey(const QString &key)
{
    return valueOf(kStates, key);
}

std::optional<JobTrigger> jobTriggerFromKey(const QString &key)
{
    return valueOf(kTriggers, key);
}

QString jobStateTitle(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return Text::tr("queued");
    case JobState::Running:
        return Text::tr("running");
    case JobState::Succeeded:
        return Text::tr("succeeded");
    case JobState::Failed:
        return Text::tr("failed");
    case JobState::Cancelled:
        return Text::tr("cancelled");
    case JobState::Interrupted:
        return Text::tr("interrupted");
    }
    return {};
}

bool isFinished(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed ||
           state == JobState::Cancelled || state == JobState::Interrupted;
}

qint64 retryDelayMs(const RetryPolicy &policy, int failedAttempts)
{
    qint64 delay = std::max<qint64>(0, policy.firstDelayMs);
    for (int i = 1; i < failedAttempts && delay < policy.maxDelayMs; ++i)
        delay *= 2;
    return std::min(delay, policy.maxDelayMs);
}

bool mayRetry(const Job &job, bool transientFailure)
{
    return transientFailure && !job.spec.destructive && !job.cancelRequested &&
           job.attempts < job.spec.maxAttempts;
}

QJsonObject jobSpecToJson(const JobSpec &spec)
{
    return {{QStringLiteral("kind"), spec.kind.key()},
            {QStringLiteral("trigger"), jobTriggerKey(spec.trigger)},
            {QStringLiteral("parameters"), spec.parameters},
            {QStringLiteral("source"), spec.source},
            {QStringLiteral("destination"), spec.destination},
            {QStringLiteral("hosts"), QJsonArray::fromStringList(spec.hosts)},
            {QStringLiteral("priority"), spec.priority},
            {QStringLiteral("maxAttempts"), spec.maxAttempts},
            {QStringLiteral("destructive"), spec.destructive}};
}

std::optional<JobSpec> jobSpecFromJson(const QJsonObject &object)
{
    const JobKind kind(object.value(QStringLiteral("kind")).toString());
    const std::optional<JobTrigger> trigger =
        jobTriggerFromKey(object.value(QStringLiteral("trigger")).toString());
    if (kind.isNull() || !trigger || !object.value(QStringLiteral("parameters")).isObject())
        return std::nullopt;
    JobSpec spec;
    spec.kind = kind;
    spec.trigger = *trigger;
    spec.parameters = object.value(QStringLiteral("parameters")).toObject();
    spec.source = object.value(QStringLiteral("source")).toString();
    spec.destination = object.value(QStringLiteral("destination")).toString();
    for (const QJsonValue &host : object.value(QStringLiteral("hosts")).toArray())
        spec.hosts.append(host.toString());
    spec.priority = object.value(QStringLiteral("priority")).toInt();
    spec.maxAttempts = std::max(1, object.value(QStringLiteral("maxAttempts")).toInt(3));
    spec.destructive = object.value(QStringLiteral("destructive")).toBool();
    return spec;
}

JobProgress jobProgressOf(qint64 bytesDone, qint64 bytesTotal, qint64 elapsedMs)
{
    JobProgress progress;
    progress.bytesDone = bytesDone;
    progress.bytesTotal = bytesTotal;
    progress.fraction =
        bytesTotal > 0 ? std::clamp(double(bytesDone) / double(bytesTotal), 0.0, 1.0) : 0.0;
    if (elapsedMs >= 500 && bytesDone > 0) {
        progress.rateBytesPerSecond = double(bytesDone) * 1000.0 / double(elapsedMs);
        if (bytesTotal >= bytesDone)
            progress.etaSeconds =
                qint64(double(bytesTotal - bytesDone) / progress.rateBytesPerSecond + 0.5);
    }
    return progress;
}

QString jobTarget(const JobSpec &spec, JobWrites writes)
{
    if (!spec.destination.isEmpty())
        return spec.destination;
    return writes == JobWrites::InSource ? spec.source : QString();
}

namespace {

/// A target split into where (empty: this machine; "HOST"; "rclone:REMOTE") and the
/// cleaned path there, ending in '/'.
std::pair<QString, QString> splitTarget(const QString &target)
{
    qsizetype colon = -1;
    if (target.startsWith(QLatin1String("rclone:")))
        colon = target.indexOf(u':', 7);
    else if (!target.startsWith(u'/'))
        colon = target.indexOf(u':');
    const QString place = colon < 0 ? QString() : target.left(colon);
    QString path = QDir::cleanPath(colon < 0 ? target : target.mid(colon + 1));
    if (!path.endsWith(u'/'))
        path += u'/';
    return {place, path};
}

} // namespace

bool targetsOverlap(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const auto [placeA, pathA] = splitTarget(a);
    const auto [placeB, pathB] = splitTarget(b);
    return placeA == placeB && (pathA.startsWith(pathB) || pathB.startsWith(pathA));
}

} // namespace qm
