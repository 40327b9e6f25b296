// bench_health_fleet [--hosts N] [--checks N]
//
// One pass of the saved health checks over a fleet (issue 25: "100 checks on 30 hosts in one
// pass within the probe interval"): N checks (default 100: log success, log errors, file
// size, freshness, process) each on every one of N hosts (default 30), every host its own
// OpenSSH server port on 127.0.0.1, run as the window's HealthScheduler runs them (eight
// machines at a time, one shared ssh connection per machine). The peer is what the fleets'
// own healthcheck.sh does: the same checks as shell one-liners (`tail -c 64M F | grep -c P`,
// `stat`, `find -newer`, `pgrep -f`), one `ssh` each over a shared connection per host, the
// same eight hosts at a time. Printed: both times, their ratio, and the pass against the
// default probe interval (300 s).

#include "core/config/configcheck.h"
#include "core/health/healthcheckset.h"
#include "core/remote/fleetaccess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <pwd.h>
#include <unistd.h>

using namespace qm;

namespace {

constexpr int kParallel = 8; // as HealthScheduler
constexpr int kProbeIntervalSeconds = 300;

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(60'000) && process.exitCode() == 0;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// sshd on 127.0.0.1 listening on `ports` (one sshd per 16 ports, the most it listens
/// on), their keys and client files in `dir`.
class FleetSshd
{
public:
    ~FleetSshd()
    {
        for (QProcess *sshd : std::as_const(m_sshd)) {
            sshd->terminate();
            sshd->waitForFinished(5000);
            delete sshd;
        }
    }

    QString start(const QString &dir, const QList<quint16> &ports)
    {
        const QString sshd = QStandardPaths::findExecutable(
            QStringLiteral("sshd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (sshd.isEmpty())
            return QStringLiteral("sshd is not installed (Debian: openssh-server)");
        if (geteuid() == 0)
            QDir().mkpath(QStringLiteral("/run/sshd"));
        for (const QString &key : {QStringLiteral("host_key"), QStringLiteral("user_key")}) {
            if (!run(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-f"), dir + u'/' + key}))
                return QStringLiteral("ssh-keygen failed");
        }
        QFile hostKey(dir + QStringLiteral("/host_key.pub"));
        QFile userKey(dir + QStringLiteral("/user_key.pub"));
        if (!hostKey.open(QIODevice::ReadOnly) || !userKey.open(QIODevice::ReadOnly))
            return QStringLiteral("no keys");
        const QByteArray hostPublic = hostKey.readAll();
        QByteArray config =
            QStringLiteral("ListenAddress 127.0.0.1\nHostKey %1/host_key\n"
                           "AuthorizedKeysFile %1/authorized_keys\nPidFile %1/sshd.pid\n"
                           "StrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\n"
                           "PermitRootLogin prohibit-password\nLogLevel QUIET\nMaxStartups 100\n")
                .arg(dir)
                .toUtf8();
        QByteArray known;
        for (const quint16 port : ports)
            known += "[127.0.0.1]:" + QByteArray::number(port) + ' ' + hostPublic;
        if (!write(dir + QStringLiteral("/authorized_keys"), userKey.readAll()) ||
            !write(dir + QStringLiteral("/known_hosts"), known) ||
            !write(dir + QStringLiteral("/ssh_config"), {}))
            return QStringLiteral("cannot write the sshd files");
        for (qsizetype first = 0; first < ports.size(); first += 16) {
            QByteArray own = config;
            own.replace(QByteArray("sshd.pid"),
                        QByteArray("sshd-" + QByteArray::number(first) + ".pid"));
            for (const quint16 port : ports.mid(first, 16))
                own += "Port " + QByteArray::number(port) + '\n';
            const QString file = dir + QStringLiteral("/sshd_config-%1").arg(first);
            if (!write(file, own))
                return QStringLiteral("cannot write %1").arg(file);
            auto *process = new QProcess;
            m_sshd << process;
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(
                sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), file});
            if (!process->waitForStarted(10'000))
                return QStringLiteral("sshd did not start");
        }
        for (const quint16 port : ports) {
            bool listening = false;
            for (int waited = 0; waited < 10'000 && !listening; waited += 100) {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                listening = socket.waitForConnected(500);
                if (!listening)
                    QThread::msleep(100);
            }
            if (!listening)
                return QStringLiteral("sshd does not listen on port %1").arg(port);
        }
        return {};
    }

private:
    QList<QProcess *> m_sshd;
};

/// A log of `megabytes` in the fleet's shapes, its lines over the last two hours, a
/// success line near its end and an ERROR every 500 lines.
QByteArray fleetLog(int megabytes)
{
    QByteArray text;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const int lines = megabytes * 1'000'000 / 80;
    for (int i = 0; i < lines; ++i) {
        const QByteArray stamp = QDateTime::fromSecsSinceEpoch(now - 7200 + 7200LL * i / lines)
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                     .toLatin1();
        if (i == lines - 100)
            text += stamp + " - sync - INFO - submission successful\n";
        else if (i % 500 == 0)
            text += stamp + " - sync - ERROR - upload to s3 failed, retrying\n";
        else
            text += stamp + " - miner - INFO - round " + QByteArray::number(i) + " scored 0.81\n";
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int hostCount =
        arguments.contains(QStringLiteral("--hosts"))
            ? arguments.value(arguments.indexOf(QStringLiteral("--hosts")) + 1).toInt()
            : 30;
    const int checkCount =
        arguments.contains(QStringLiteral("--checks"))
            ? arguments.value(arguments.indexOf(QStringLiteral("--checks")) + 1).toInt()
            : 100;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/qm-bench-health-fleet-XXXXXX"));
    if (!dir.isValid() || hostCount < 1 || checkCount < 1)
        return 2;
    QList<quint16> ports;
    while (ports.size() < hostCount) {
        const quint16 port = freePort();
        if (!ports.contains(port))
            ports << port;
    }
    FleetSshd sshd;
    if (const QString error = sshd.start(dir.path(), ports); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // What the checks look at: a log (8 MB) and a data folder of 200 files.
    const QString log = dir.filePath(QStringLiteral("sync.log"));
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    if (!write(log, fleetLog(8)))
        return 1;
    for (int i = 0; i < 200; ++i)
        write(data + QStringLiteral("/game-%1.db").arg(i), QByteArray(4096, 'g'));

    const passwd *user = getpwuid(geteuid());
    QByteArray yaml = "hosts:\n";
    for (int i = 0; i < hostCount; ++i)
        yaml += QStringLiteral("  h%1:\n    ssh_host: 127.0.0.1\n    ssh_port: %2\n"
                               "    ssh_user: %3\n    ssh_key: %4\n")
                    .arg(i + 1, 2, 10, QLatin1Char('0'))
                    .arg(ports.at(i))
                    .arg(QString::fromLocal8Bit(user->pw_name),
                         dir.filePath(QStringLiteral("user_key")))
                    .toUtf8();
    const CheckedFile checked = checkConfigText(dir.filePath(QStringLiteral("fleet.yaml")), yaml);
    if (!checked.config) {
        std::fprintf(stderr, "the generated config does not load\n");
        return 1;
    }
    SshOptions ssh;
    ssh.configFile = dir.filePath(QStringLiteral("ssh_config"));
    ssh.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
    const FleetAccess fleet = FleetAccess::withPrograms(checked.config, ssh);

    // The checks, and the one-liner the peer runs for each.
    QList<SavedHealthCheck> checks;
    QStringList oneLiners;
    for (int i = 0; i < checkCount; ++i) {
        HealthCheck check;
        check.name = QStringLiteral("check %1").arg(i);
        QString line;
        // QM_BENCH_KIND=K: every check of kind K (0 log-success … 4 process), to see one alone.
        switch (qEnvironmentVariableIsSet("QM_BENCH_KIND")
                    ? qEnvironmentVariableIntValue("QM_BENCH_KIND")
                    : i % 5) {
        case 0:
            check.kind = HealthCheckKind::LogSuccess;
            check.file = log;
            check.pattern = QStringLiteral("submission successful");
            check.hours = 6;
            line = QStringLiteral("tail -c 64M '%1' | grep -c 'submission successful'").arg(log);
            break;
        case 1:
            check.kind = HealthCheckKind::LogErrors;
            check.file = log;
            check.pattern = QStringLiteral("ERROR");
            check.minutes = 60;
            check.maxCount = 1000;
            line = QStringLiteral("tail -c 64M '%1' | grep -c ERROR").arg(log);
            break;
        case 2:
            check.kind = HealthCheckKind::FileSize;
            check.file = log;
            check.maxMegabytes = 100;
            line = QStringLiteral("stat -c %s '%1'").arg(log);
            break;
        case 3:
            check.kind = HealthCheckKind::Freshness;
            check.folder = data;
            check.hours = 24;
            line = QStringLiteral("find '%1' -type f -newermt '-24 hours' | head -1").arg(data);
            break;
        default:
            check.kind = HealthCheckKind::Process;
            check.pattern = QStringLiteral("sshd");
            line = QStringLiteral("pgrep -f sshd");
        }
        checks.append({check, {QStringLiteral("*")}});
        oneLiners << line;
    }
    const QList<HealthRun> runs = healthRunsFor(checks, checked.config.get(), {}, nullptr);

    // Ours, as the window runs a pass.
    QElapsedTimer clock;
    clock.start();
    const QList<HealthResult> results =
        runHealthChecks(runs, fleet, QDateTime::currentMSecsSinceEpoch(), kParallel);
    const double ours = double(clock.nsecsElapsed()) / 1e9;
    int unknown = 0;
    for (const HealthResult &result : results) {
        if (result.state == HealthState::Unknown)
            ++unknown;
    }

    // The peer: per host, a shell loop of one ssh per check over a shared connection.
    const QString control = dir.filePath(QStringLiteral("peer-control"));
    QDir().mkpath(control);
    QStringList scripts;
    for (int i = 0; i < hostCount; ++i) {
        const QString sshLine =
            QStringLiteral("ssh -F '%1' -o UserKnownHostsFile='%2' -o BatchMode=yes "
                           "-o ControlMaster=auto -o ControlPath='%3/%%C' -o ControlPersist=60 "
                           "-i '%4' -p %5 %6@127.0.0.1")
                .arg(ssh.configFile, ssh.knownHostsFile, control,
                     dir.filePath(QStringLiteral("user_key")))
                .arg(ports.at(i))
                .arg(QString::fromLocal8Bit(user->pw_name));
        QString script;
        for (const QString &line : std::as_const(oneLiners))
            script += sshLine + QStringLiteral(" \"%1\" >/dev/null\n").arg(line);
        scripts << script;
    }
    clock.restart();
    QList<QProcess *> running;
    int next = 0;
    while (next < scripts.size() || !running.isEmpty()) {
        while (running.size() < kParallel && next < scripts.size()) {
            auto *process = new QProcess;
            process->start(QStringLiteral("sh"), {QStringLiteral("-c"), scripts.at(next++)});
            running << process;
        }
        running.first()->waitForFinished(600'000);
        delete running.takeFirst();
    }
    const double peer = double(clock.nsecsElapsed()) / 1e9;
    QProcess::execute(QStringLiteral("sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("for s in '%1'/*; do ssh -o ControlPath=\"$s\" -O exit x "
                                      "2>/dev/null; done")
                           .arg(control)});

    std::printf("%d checks on %d hosts (%lld runs, %d at a time, each host its own sshd port)\n",
                checkCount, hostCount, qlonglong(runs.size()), kParallel);
    std::printf("ours: one pass %.2f s (%d results unknown)\n", ours, unknown);
    std::printf("peer: one ssh per check, shared connection per host: %.2f s\n", peer);
    std::printf("   %.2fx the peer's time; the pass is %.1f%% of the %d s probe interval; goal: "
                "within it: %s\n",
                ours / peer, 100 * ours / kProbeIntervalSeconds, kProbeIntervalSeconds,
                ours < kProbeIntervalSeconds && unknown == 0 ? "met" : "NOT met");
    return unknown == 0 ? 0 : 1;
}
