#pragma once

// The daemons that should run on a machine (docs/health.md, "Daemons"): how each is found
// and how it is started, stopped and restarted — a systemd unit, a launchd label or an
// argument vector — and the action carried out, then checked by looking again.

#include "core/health/healthcheck.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace qm {

struct FleetConfig;
struct ProbeHost;

class HealthMachine;

/// One daemon as a person set it up.
struct DaemonSpec
{
    QString name;
    QStringList hosts{QStringLiteral("local")}; ///< as a saved check's hosts
    QString pattern;                            ///< how it is found: `pgrep -f` on its command line
    QString systemdUnit;                        ///< `systemctl [--user] start|stop|restart UNIT`
    bool systemdUser = false;
    QString launchdLabel; ///< `launchctl kickstart [-k] gui/UID/LABEL`, `launchctl kill TERM …`
    QStringList start;    ///< else: an argument vector started in the background
    QStringList stop;     ///< else: stopped with `pkill -f PATTERN`

    friend bool operator==(const DaemonSpec &, const DaemonSpec &) = default;
};

enum class DaemonAction { Start, Stop, Restart };
/// "start", "stop", "restart".
QString daemonActionKey(DaemonAction action);
std::optional<DaemonAction> daemonActionFromKey(const QString &key);

/// `spec` as the checks file and the settings write it: {"name", "hosts", "pattern",
/// "systemd", "user", "launchd", "start", "stop"}.
QJsonObject daemonSpecJson(const DaemonSpec &spec);
/// The daemon `object` describes; nothing, with `*error`, for an unknown key, no name or
/// pattern, or more than one way to start it.
std::optional<DaemonSpec> daemonSpecFromJson(const QJsonObject &object, QString *error);

/// The daemons of a checks file's `daemons` section (none when it has none); nothing,
/// with `*error` (its line), for one that cannot be read or two of one name.
std::optional<QList<DaemonSpec>> parseDaemonsFile(const QByteArray &text, QString *error);

/// `saved` with each of `imported` put in: one of the same name replaced where it stands,
/// a new one added at the end.
QList<DaemonSpec> mergeDaemons(QList<DaemonSpec> saved, const QList<DaemonSpec> &imported);

/// The argument vector that carries out `action` on a machine (run there as is).
QStringList daemonActionArgv(const DaemonSpec &spec, DaemonAction action);

/// `action` for a person: the command, or "in the background: ARGV" for a daemon started
/// from an argument vector.
QString daemonActionText(const DaemonSpec &spec, DaemonAction action);

/// Adds each of `daemons` to the probe of the hosts it should run on (its `hosts`: "local"
/// for this machine, a host, "role:ROLE" or "*" of `config`), so that every probe looks at
/// it by its pattern and the Hosts page and Dashboard show its state under its name. A
/// pattern a host already probes is named, not added twice.
void addDaemonsToProbeHosts(const QList<DaemonSpec> &daemons, const FleetConfig *config,
                            QList<ProbeHost> *hosts);

/// The process check that tells whether `spec` runs.
HealthCheck daemonCheck(const DaemonSpec &spec);

/// Carries out `action` for `spec` on `machine`, then looks again (up to `waitSeconds`)
/// until the daemon runs (start, restart) or is gone (stop). False, with `*error`, when
/// the command failed or the daemon is not as it should be afterwards; `log` gets what
/// ran and what was seen.
bool runDaemonAction(HealthMachine &machine, const DaemonSpec &spec, DaemonAction action,
                     int waitSeconds, const std::function<void(const QString &)> &log,
                     QString *error);

} // namespace qm
