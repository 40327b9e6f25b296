#pragma once

// Where a health check looks: this machine, or a host of the fleet over ssh
// (docs/health.md). A check asks the same four things of either — open a log's end,
// list a folder, run an argument vector, reach an endpoint — so every check kind runs
// the same on both.

#include "core/health/logtail.h"
#include "core/remote/sshtransport.h"
#include "core/storage/objectlisting.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace qm {

struct FleetAccess;

/// What trying an endpoint found.
struct EndpointAnswer
{
    bool machineReached = true; ///< false: ssh could not reach the host to try from there
    bool reached = false;       ///< connected (TCP), or an HTTP answer of any status came back
    int httpStatus = 0;         ///< HTTP: the status; 0 for TCP or when nothing came back
    QString error;              ///< why not, for a person
    qint64 elapsedMs = 0;       ///< how long the connect or the request took
    QString commandLine;        ///< on a host: what ran there
};

/// A machine a check runs on. Blocking: for worker threads.
class HealthMachine
{
public:
    virtual ~HealthMachine() = default;

    /// The config's name for the host; empty for this machine.
    virtual QString host() const = 0;

    /// Whether the machine can be reached at all; false with `*error` (a host whose
    /// name does not resolve, refused, an unknown host key). This machine always can.
    virtual bool reach(QString *error) = 0;

    /// Opens `path` to read at most `maxBytes` of its end. A `path` whose file name holds
    /// `*`, `?` or `[` is a glob: the newest regular file matching it is opened, and
    /// `LogFile::path` names it.
    virtual LogFile openLog(const QString &path, qint64 maxBytes) = 0;

    /// Hands every regular file under `folder` to `file(key, bytes, modifiedMs)`, as
    /// listObjects does for this machine or the host.
    virtual bool listFolder(const QString &folder,
                            const std::function<void(QByteArrayView, qint64, qint64)> &file,
                            ObjectListingStats *stats, QString *error) = 0;

    /// Runs `argv` there with a time limit (on this machine the program is looked up
    /// with findProgram). The status says whether the machine was reached.
    virtual RemoteResult run(const QStringList &argv, int timeoutMs) = 0;

    /// Connects to `host`:`port` over TCP, or GETs `url` (http, https) when it is not
    /// empty, from this machine, within `timeoutMs`.
    virtual EndpointAnswer tryEndpoint(const QString &url, const QString &tcpHost, int tcpPort,
                                       int timeoutMs) = 0;
};

/// This machine.
std::unique_ptr<HealthMachine> localHealthMachine();

/// Host `host` of `fleet`'s config, reached over ssh (every command an argument vector);
/// nothing, with `*error`, when the config has no such host. `fleet` must outlive it.
std::unique_ptr<HealthMachine> hostHealthMachine(const FleetAccess &fleet, const QString &host,
                                                 QString *error);

/// A glob's file-name part holds `*`, `?` or `[`.
bool isLogGlob(const QString &path);

} // namespace qm
