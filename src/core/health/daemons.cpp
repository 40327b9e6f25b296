#include "daemons.h"

#include "core/health/healthcheckset.h"
#include "core/health/healthmachine.h"
#include "core/hosts/probehost.h"
#include "core/hosts/probesource.h"
#include "core/remote/processrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QThread>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Daemons)
};

// Starts "$@" in the background, in a session of its own where there is setsid, so that it
// outlives the command (and the ssh session) that started it.
const char kBackgroundScript[] =
    R"sh(if command -v setsid >/dev/null 2>&1; then setsid "$@" </dev/null >/dev/null 2>&1 &
else nohup "$@" </dev/null >/dev/null 2>&1 & fi
)sh";

QStringList launchctl(const QString &verb, const QString &label)
{
    return {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("launchctl %1 \"gui/$(id -u)/$1\"").arg(verb),
            QStringLiteral("qm-launchd"), label};
}

QStringList readStrings(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue item : value.toArray())
        strings << item.toString();
    return strings;
}

} // namespace

QString daemonActionKey(DaemonAction action)
{
    switch (action) {
    case DaemonAction::Start:
        return QStringLiteral("start");
    case DaemonAction::Stop:
        return QStringLiteral("stop");
    case DaemonAction::Restart:
        return QStringLiteral("restart");
    }
    return {};
}

std::optional<DaemonAction> daemonActionFromKey(const QString &key)
{
    for (const DaemonAction action :
         {DaemonAction::Start, DaemonAction::Stop, DaemonAction::Restart}) {
        if (daemonActionKey(action) == key)
            return action;
    }
    return std::nullopt;
}

QJsonObject daemonSpecJson(const DaemonSpec &spec)
{
    QJsonObject object{{QStringLiteral("name"), spec.name},
                       {QStringLiteral("hosts"), QJsonArray::fromStringList(spec.hosts)},
                       {QStringLiteral("pattern"), spec.pattern}};
    if (!spec.systemdUnit.isEmpty()) {
        object.insert(QStringLiteral("systemd"), spec.systemdUnit);
        object.insert(QStringLiteral("user"), spec.systemdUser);
    }
    if (!spec.launchdLabel.isEmpty())
        object.insert(QStringLiteral("launchd"), spec.launchdLabel);
    if (!spec.start.isEmpty())
        object.insert(QStringLiteral("start"), QJsonArray::fromStringList(spec.start));
    if (!spec.stop.isEmpty())
        object.insert(QStringLiteral("stop"), QJsonArray::fromStringList(spec.stop));
    return object;
}

std::optional<DaemonSpec> daemonSpecFromJson(const QJsonObject &object, QString *error)
{
    static const QStringList keys = {QStringLiteral("name"),    QStringLiteral("hosts"),
                                     QStringLiteral("pattern"), QStringLiteral("systemd"),
                                     QStringLiteral("user"),    QStringLiteral("launchd"),
                                     QStringLiteral("start"),   QStringLiteral("stop")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key())) {
            *error = Text::tr("“%1” is not a setting of a daemon (it takes %2)")
                         .arg(it.key(), keys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    DaemonSpec spec;
    spec.name = object.value(QStringLiteral("name")).toString().trimmed();
    spec.pattern = object.value(QStringLiteral("pattern")).toString();
    spec.systemdUnit = object.value(QStringLiteral("systemd")).toString();
    spec.systemdUser = object.value(QStringLiteral("user")).toBool();
    spec.launchdLabel = object.value(QStringLiteral("launchd")).toString();
    const QJsonValue hosts = object.value(QStringLiteral("hosts"));
    if (hosts.isString())
        spec.hosts = {hosts.toString()};
    else if (hosts.isArray())
        spec.hosts = readStrings(hosts);
    const auto argv = [&](const QString &key, QStringList *to) {
        const QJsonValue value = object.value(key);
        *to = value.isString() ? QStringList{value.toString()} : readStrings(value);
    };
    argv(QStringLiteral("start"), &spec.start);
    argv(QStringLiteral("stop"), &spec.stop);
    const int ways = int(!spec.systemdUnit.isEmpty()) + int(!spec.launchdLabel.isEmpty()) +
                     int(!spec.start.isEmpty());
    QString why;
    if (spec.name.isEmpty())
        why = Text::tr("a daemon has no “name”");
    else if (spec.pattern.isEmpty())
        why = Text::tr("daemon “%1” has no “pattern” to find it by").arg(spec.name);
    else if (ways != 1)
        why = Text::tr("daemon “%1” needs one way to start it: “systemd”, “launchd” or “start”")
                  .arg(spec.name);
    else if (spec.hosts.isEmpty() || spec.hosts.contains(QString()))
        why = Text::tr("daemon “%1”: an empty entry in “hosts”").arg(spec.name);
    if (!why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return spec;
}

std::optional<QList<DaemonSpec>> parseDaemonsFile(const QByteArray &text, QString *error)
{
    const std::optional<QList<HealthFileItem>> items =
        healthFileItems(text, QStringLiteral("daemons"), error);
    if (!items)
        return std::nullopt;
    QList<DaemonSpec> daemons;
    for (const HealthFileItem &item : *items) {
        QString why;
        std::optional<DaemonSpec> daemon = daemonSpecFromJson(item.object, &why);
        if (daemon && std::any_of(daemons.cbegin(), daemons.cend(),
                                  [&](const DaemonSpec &d) { return d.name == daemon->name; }))
            why = Text::tr("a second daemon named “%1”").arg(daemon->name);
        if (!why.isEmpty()) {
            *error = Text::tr("line %1: %2").arg(item.line).arg(why);
            return std::nullopt;
        }
        daemons << *daemon;
    }
    return daemons;
}

QList<DaemonSpec> mergeDaemons(QList<DaemonSpec> saved, const QList<DaemonSpec> &imported)
{
    for (const DaemonSpec &daemon : imported) {
        const auto at = std::find_if(saved.begin(), saved.end(), [&daemon](const DaemonSpec &d) {
            return d.name == daemon.name;
        });
        if (at == saved.end())
            saved << daemon;
        else
            *at = daemon;
    }
    return saved;
}

QStringList daemonActionArgv(const DaemonSpec &spec, DaemonAction action)
{
    if (!spec.systemdUnit.isEmpty()) {
        QStringList argv{QStringLiteral("systemctl")};
        if (spec.systemdUser)
            argv << QStringLiteral("--user");
        return argv << daemonActionKey(action) << spec.systemdUnit;
    }
    if (!spec.launchdLabel.isEmpty()) {
        switch (action) {
        case DaemonAction::Start:
            return launchctl(QStringLiteral("kickstart"), spec.launchdLabel);
        case DaemonAction::Restart:
            return launchctl(QStringLiteral("kickstart -k"), spec.launchdLabel);
        case DaemonAction::Stop:
            return launchctl(QStringLiteral("kill TERM"), spec.launchdLabel);
        }
    }
    if (action == DaemonAction::Stop)
        return spec.stop.isEmpty()
                   ? QStringList{QStringLiteral("pkill"), QStringLiteral("-f"),
                                 QStringLiteral("--"), selfExcludingPattern(spec.pattern)}
                   : spec.stop;
    return QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                       QString::fromLatin1(kBackgroundScript), QStringLiteral("qm-daemon")} +
           spec.start;
}

QString daemonActionText(const DaemonSpec &spec, DaemonAction action)
{
    if (!spec.systemdUnit.isEmpty() || action == DaemonAction::Stop) {
        const QStringList argv = daemonActionArgv(spec, action);
        if (spec.launchdLabel.isEmpty())
            return displayCommandLine(argv.value(0), argv.mid(1));
    }
    if (!spec.launchdLabel.isEmpty())
        return QStringLiteral("launchctl %1 gui/UID/%2")
            .arg(action == DaemonAction::Start     ? QStringLiteral("kickstart")
                 : action == DaemonAction::Restart ? QStringLiteral("kickstart -k")
                                                   : QStringLiteral("kill TERM"),
                 spec.launchdLabel);
    if (action == DaemonAction::Restart)
        return Text::tr("%1, then in the background: %2")
            .arg(daemonActionText(spec, DaemonAction::Stop),
                 displayCommandLine(spec.start.value(0), spec.start.mid(1)));
    return Text::tr("in the background: %1")
        .arg(displayCommandLine(spec.start.value(0), spec.start.mid(1)));
}

void addDaemonsToProbeHosts(const QList<DaemonSpec> &daemons, const FleetConfig *config,
                            QList<ProbeHost> *hosts)
{
    QList<SavedHealthCheck> checks;
    for (const DaemonSpec &daemon : daemons)
        checks.append({daemonCheck(daemon), daemon.hosts});
    const QList<HealthRun> runs = healthRunsFor(checks, config, {}, nullptr);
    for (const HealthRun &run : runs) {
        // This machine is the local probe host, whatever the config calls it.
        const auto host = std::find_if(hosts->begin(), hosts->end(), [&run](const ProbeHost &h) {
            return run.host.isEmpty() ? h.local
                                      : h.name.compare(run.host, h.local ? Qt::CaseInsensitive
                                                                         : Qt::CaseSensitive) == 0;
        });
        if (host == hosts->end())
            continue;
        const QString &pattern = run.check.pattern;
        if (!host->daemonPatterns.contains(pattern))
            host->daemonPatterns.append(pattern);
        host->daemonNames.insert(pattern, run.check.name);
    }
}

HealthCheck daemonCheck(const DaemonSpec &spec)
{
    HealthCheck check;
    check.kind = HealthCheckKind::Process;
    check.name = spec.name;
    check.pattern = spec.pattern;
    return check;
}

bool runDaemonAction(HealthMachine &machine, const DaemonSpec &spec, DaemonAction action,
                     int waitSeconds, const std::function<void(const QString &)> &log,
                     QString *error)
{
    const auto say = [&log](const QString &line) {
        if (log)
            log(line);
    };
    // An argument vector has no restart of its own: stop, then start.
    const bool ownRestart = !spec.systemdUnit.isEmpty() || !spec.launchdLabel.isEmpty();
    QList<DaemonAction> steps{action};
    if (action == DaemonAction::Restart && !ownRestart)
        steps = {DaemonAction::Stop, DaemonAction::Start};
    const auto runs = [&] {
        return runHealthCheck(daemonCheck(spec), QDateTime::currentMSecsSinceEpoch(), machine);
    };
    for (const DaemonAction step : steps) {
        const QStringList argv = daemonActionArgv(spec, step);
        const RemoteResult run = machine.run(argv, 60'000);
        say(Text::tr("%1 on %2: %3")
                .arg(daemonActionKey(step),
                     machine.host().isEmpty() ? Text::tr("this machine") : machine.host(),
                     daemonActionText(spec, step)));
        if (run.status != HostStatus::Ok) {
            *error = run.error;
            return false;
        }
        // pkill says 1 when nothing matched: already stopped.
        const bool nothingToStop = step == DaemonAction::Stop && spec.stop.isEmpty() &&
                                   spec.systemdUnit.isEmpty() && spec.launchdLabel.isEmpty() &&
                                   run.process.exitCode == 1;
        if (!run.process.succeeded() && !nothingToStop) {
            *error =
                Text::tr("%1 failed: %2")
                    .arg(daemonActionKey(step), run.process.errorString.isEmpty()
                                                    ? firstOutputLine(run.process.standardError +
                                                                      run.process.standardOutput)
                                                    : run.process.errorString);
            return false;
        }
        // Looked at again until it is as it should be, or the wait is over.
        const bool wantRunning = step != DaemonAction::Stop;
        HealthResult seen;
        for (int second = 0; second <= waitSeconds; ++second) {
            seen = runs();
            if (seen.state != HealthState::Unknown &&
                (seen.state == HealthState::Ok) == wantRunning)
                break;
            if (second < waitSeconds)
                QThread::sleep(1);
        }
        say(seen.summary);
        if (seen.state == HealthState::Unknown) {
            *error = seen.summary;
            return false;
        }
        if ((seen.state == HealthState::Ok) != wantRunning) {
            *error = wantRunning ? Text::tr("no process matches “%1” %n second(s) after the start",
                                            nullptr, waitSeconds)
                                       .arg(spec.pattern)
                                 : Text::tr("a process still matches “%1” %n second(s) after the "
                                            "stop",
                                            nullptr, waitSeconds)
                                       .arg(spec.pattern);
            return false;
        }
    }
    return true;
}

} // namespace qm
