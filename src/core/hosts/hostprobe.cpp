#include "hostprobe.h"

#include "core/volumes/volumejson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HostProbe)
};

QJsonValue timeValue(qint64 secs)
{
    if (secs < 0)
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString externalStorageStateText(const ExternalStorageState &storage)
{
    switch (storage.state) {
    case ExternalStorageState::State::Mounted:
        return Text::tr("mounted");
    case ExternalStorageState::State::NotMounted:
        return Text::tr("not mounted (a folder on the system disk)");
    case ExternalStorageState::State::Missing:
        return Text::tr("missing");
    case ExternalStorageState::State::Unknown:
        break;
    }
    return Text::tr("cannot tell: %1").arg(storage.error);
}

const Volume *HostProbe::volumeFor(const QString &path) const
{
    const Volume *best = nullptr;
    for (const Volume &volume : volumes) {
        const QString &mount = volume.mountPoint;
        const bool contains = path == mount || mount == QLatin1String("/") ||
                              path.startsWith(mount + QLatin1Char('/'));
        if (contains && (!best || mount.size() > best->mountPoint.size()))
            best = &volume;
    }
    return best;
}

const Volume *HostProbe::mainVolume() const
{
    // macOS keeps user data on the Data volume, not on the sealed system volume.
    for (const Volume &volume : volumes) {
        if (volume.mountPoint == QLatin1String("/System/Volumes/Data"))
            return &volume;
    }
    for (const Volume &volume : volumes) {
        if (volume.mountPoint == QLatin1String("/"))
            return &volume;
    }
    return nullptr;
}

qint64 HostProbe::newestDataSecs() const
{
    qint64 newest = -1;
    for (const DataRootScan &root : roots) {
        for (const CategoryTotal &total : root.categories)
            newest = qMax(newest, total.newestSecs);
    }
    return newest;
}

int HostProbe::daemonsRunning() const
{
    int running = 0;
    for (const DaemonState &daemon : daemons)
        running += daemon.running && daemon.error.isEmpty() ? 1 : 0;
    return running;
}

QString hostReachabilityText(const HostProbe &probe)
{
    if (probe.partlyReachable())
        return Text::tr("partly reachable (SSH: %1)").arg(hostStatusText(probe.status));
    return hostStatusText(probe.status);
}

QJsonObject hostProbeToJson(const HostProbe &probe)
{
    QJsonArray volumes;
    for (const Volume &volume : probe.volumes)
        volumes.append(volumeToJson(volume));
    QJsonArray categories;
    QJsonArray roots;
    for (const DataRootScan &root : probe.roots) {
        roots.append(QJsonObject{{QStringLiteral("root"), root.root},
                                 {QStringLiteral("status"), dataRootStatusKey(root.status)},
                                 {QStringLiteral("error"), textOrNull(root.error)},
                                 {QStringLiteral("unreadableFolders"), root.unreadableFolders}});
        if (root.status != DataRootScan::Status::Ok)
            continue;
        for (const CategoryTotal &total : root.categories) {
            categories.append(
                QJsonObject{{QStringLiteral("name"), total.name},
                            {QStringLiteral("root"), root.root},
                            {QStringLiteral("bytes"), total.bytes},
                            {QStringLiteral("files"), total.files},
                            {QStringLiteral("newestAt"), timeValue(total.newestSecs)}});
        }
    }
    QJsonArray daemons;
    for (const DaemonState &daemon : probe.daemons) {
        daemons.append(QJsonObject{
            {QStringLiteral("name"), daemon.pattern},
            {QStringLiteral("running"),
             daemon.error.isEmpty() ? QJsonValue(daemon.running) : QJsonValue(QJsonValue::Null)}});
    }
    QJsonArray storage;
    for (const ExternalStorageState &entry : probe.externalStorage) {
        QJsonValue mounted = QJsonValue::Null;
        if (entry.state == ExternalStorageState::State::Mounted)
            mounted = true;
        else if (entry.state != ExternalStorageState::State::Unknown)
            mounted = false;
        storage.append(
            QJsonObject{{QStringLiteral("path"), entry.path},
                        {QStringLiteral("mounted"), mounted},
                        {QStringLiteral("exists"),
                         entry.state == ExternalStorageState::State::Unknown
                             ? QJsonValue(QJsonValue::Null)
                             : QJsonValue(entry.state != ExternalStorageState::State::Missing)}});
    }
    return QJsonObject{
        {QStringLiteral("name"), probe.name},
        {QStringLiteral("transport"), probe.transport},
        {QStringLiteral("status"), hostStatusKey(probe.status)},
        {QStringLiteral("partlyReachable"), probe.partlyReachable()},
        {QStringLiteral("error"), textOrNull(probe.error)},
        {QStringLiteral("command"), textOrNull(probe.command)},
        {QStringLiteral("probedAt"), probe.probedAt.isValid()
                                         ? QJsonValue(probe.probedAt.toUTC().toString(Qt::ISODate))
                                         : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("platform"), textOrNull(probe.platform)},
        {QStringLiteral("volumes"), volumes},
        {QStringLiteral("volumesSource"), textOrNull(probe.volumesSource)},
        {QStringLiteral("roots"), roots},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("daemons"), daemons},
        {QStringLiteral("externalStorage"), storage},
    };
}

} // namespace qm
