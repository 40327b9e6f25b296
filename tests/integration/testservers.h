// Real servers for integration tests, started on 127.0.0.1 in a temporary folder and
// stopped with the object. Under CI (CI=true) a missing server program is a failure.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <optional>
#include <unistd.h>

namespace testservers {

inline bool underCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

/// A free TCP port on 127.0.0.1 (bound, then released: a small race, fine for tests).
inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

inline bool waitForPort(quint16 port, int timeoutMs = 10000)
{
    for (int waited = 0; waited < timeoutMs; waited += 100) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(500))
            return true;
        QThread::msleep(100);
    }
    return false;
}

inline QByteArray run(const QString &program, const QStringList &arguments,
                      const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}

inline QString program(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    return path;
}

/// An OpenSSH server on 127.0.0.1 with its own host key, and three user keys:
/// `userKey` (authorised), `wrongKey` (not authorised) and `garbageKey` (authorised,
/// but every command it runs prints random bytes).
class SshServer
{
public:
    ~SshServer() { stop(); }

    /// Empty on success, else why the server could not start.
    QString start()
    {
        const QString sshd = program(QStringLiteral("sshd"));
        if (sshd.isEmpty())
            return QStringLiteral("sshd is not installed (Debian: openssh-server)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        // sshd refuses to start without its privilege separation folder.
        if (!QFileInfo::exists(QStringLiteral("/run/sshd")) && geteuid() == 0)
            QDir().mkpath(QStringLiteral("/run/sshd"));
        for (const QString &key : {QStringLiteral("host_key"), QStringLiteral("other_host_key"),
                                   QStringLiteral("user_key"), QStringLiteral("wrong_key"),
                                   QStringLiteral("garbage_key")})
            run(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                 QStringLiteral("-N"), QString(), QStringLiteral("-f"), path(key)});
        QFile authorized(path(QStringLiteral("authorized_keys")));
        if (!authorized.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write authorized_keys");
        authorized.write(readFile(QStringLiteral("user_key.pub")));
        authorized.write("command=\"head -c 3000 /dev/urandom\",no-pty " +
                         readFile(QStringLiteral("garbage_key.pub")));
        authorized.close();
        m_port = freePort();
        const QString config =
            QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\n"
                           "AuthorizedKeysFile %3\nPidFile %4\nStrictModes no\n"
                           "UsePAM no\nPasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\n"
                           "PermitRootLogin prohibit-password\nLogLevel QUIET\n"
                           "AcceptEnv LANG LC_*\n")
                .arg(m_port)
                .arg(path(QStringLiteral("host_key")), path(QStringLiteral("authorized_keys")),
                     path(QStringLiteral("sshd.pid")));
        QFile file(path(QStringLiteral("sshd_config")));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
            return QStringLiteral("cannot write sshd_config");
        file.close();
        // An empty client config: the tests never read the user's ~/.ssh/config.
        QFile clientConfig(path(QStringLiteral("ssh_config")));
        clientConfig.open(QIODevice::WriteOnly);
        clientConfig.close();
        trustHostKey(QStringLiteral("host_key.pub"));
        m_sshd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sshd.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                            path(QStringLiteral("sshd_config"))});
        if (!m_sshd.waitForStarted(10000))
            return QStringLiteral("sshd did not start: ") + m_sshd.errorString();
        if (!waitForPort(m_port))
            return QStringLiteral("sshd does not listen on port %1").arg(m_port);
        return QString();
    }

    void stop()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            if (!m_sshd.waitForFinished(5000))
                m_sshd.kill();
            m_sshd.waitForFinished(5000);
        }
    }

    /// Replaces known_hosts with the key in file `publicKey` for this server.
    void trustHostKey(const QString &publicKey)
    {
        QFile known(knownHosts());
        known.open(QIODevice::WriteOnly | QIODevice::Truncate);
        if (!publicKey.isEmpty())
            known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8() +
                        readFile(publicKey));
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString knownHosts() const { return path(QStringLiteral("known_hosts")); }
    QString clientConfig() const { return path(QStringLiteral("ssh_config")); }
    quint16 port() const { return m_port; }
    QByteArray readFile(const QString &name) const
    {
        QFile file(path(name));
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }

private:
    QTemporaryDir m_dir{QStringLiteral("/tmp/qm-sshd-XXXXXX")};
    QProcess m_sshd;
    quint16 m_port = 0;
};

/// prometheus-node-exporter on 127.0.0.1 with only the filesystem collector.
class NodeExporterServer
{
public:
    ~NodeExporterServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString start()
    {
        QString exporter = program(QStringLiteral("prometheus-node-exporter"));
        if (exporter.isEmpty())
            exporter = program(QStringLiteral("node_exporter"));
        if (exporter.isEmpty())
            return QStringLiteral("node_exporter is not installed "
                                  "(Debian: prometheus-node-exporter)");
        m_port = freePort();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(exporter, {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                                   QStringLiteral("--collector.disable-defaults"),
                                   QStringLiteral("--collector.filesystem"),
                                   QStringLiteral("--log.level=error")});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("node_exporter did not start: ") + m_process.errorString();
        if (!waitForPort(m_port))
            return QStringLiteral("node_exporter does not listen on port %1").arg(m_port);
        return QString();
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_port); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

/// An S3 server (the npm package s3rver, deps.sh) on 127.0.0.1 with one bucket, and an
/// rclone config naming it as the remote `s3` (provider Other, path style, s3rver's
/// keys). The machines that test set AWS_CA_BUNDLE, with which rclone's S3 backend fails
/// on plain http: call `rclone` with rcloneEnvironment().
class S3Server
{
public:
    ~S3Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString start(const QString &bucket = QStringLiteral("bucket"))
    {
        const QString s3rver = program(QStringLiteral("s3rver"));
        if (s3rver.isEmpty())
            return QStringLiteral("s3rver is not installed (packaging/deps.sh: npm install -g "
                                  "s3rver@3.7.1)");
        if (!m_dir.isValid() || !QDir().mkpath(path(QStringLiteral("data"))))
            return QStringLiteral("no temporary folder");
        m_port = freePort();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start(s3rver,
                        {QStringLiteral("-d"), path(QStringLiteral("data")), QStringLiteral("-a"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                         QStringLiteral("--configure-bucket"), bucket});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("s3rver did not start: ") + m_process.errorString();
        if (!waitForPort(m_port, 20000))
            return QStringLiteral("s3rver does not listen on port %1").arg(m_port);
        QFile config(rcloneConfig());
        if (!config.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the rclone config");
        config.write(QStringLiteral("[s3]\ntype = s3\nprovider = Other\nenv_auth = false\n"
                                    "access_key_id = S3RVER\nsecret_access_key = S3RVER\n"
                                    "endpoint = http://127.0.0.1:%1\nforce_path_style = true\n")
                         .arg(m_port)
                         .toUtf8());
        return QString();
    }

    QString rcloneConfig() const { return path(QStringLiteral("rclone.conf")); }
    /// This process's environment without AWS_CA_BUNDLE.
    static QProcessEnvironment rcloneEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("AWS_CA_BUNDLE"));
        return environment;
    }
    /// Runs rclone on this server's config; its standard output, nothing on failure.
    std::optional<QByteArray> rclone(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(rcloneEnvironment());
        process.start(program(QStringLiteral("rclone")),
                      QStringList{QStringLiteral("--config"), rcloneConfig()} + arguments);
        process.waitForFinished(60000);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning("rclone %s: %s", qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
            return std::nullopt;
        }
        return process.readAllStandardOutput();
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir{QStringLiteral("/tmp/qm-s3-XXXXXX")};
    QProcess m_process;
    quint16 m_port = 0;
};

/// The folder of PostgreSQL's server programs (initdb, postgres, pg_ctl), which Debian
/// and Homebrew keep off PATH: /usr/lib/postgresql/N/bin, /opt/homebrew/opt/postgresql@N.
inline QString postgresBinDir()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!onPath.isEmpty())
        return QFileInfo(QFileInfo(onPath).canonicalFilePath()).absolutePath();
    for (const QString &base :
         {QStringLiteral("/usr/lib/postgresql"), QStringLiteral("/opt/homebrew/opt"),
          QStringLiteral("/usr/local/opt")}) {
        QStringList versions = QDir(base).entryList(
            {QStringLiteral("[0-9]*"), QStringLiteral("postgresql@*")}, QDir::Dirs, QDir::Name);
        std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
            const auto number = [](const QString &name) {
                return name.mid(name.indexOf(u'@') + 1).toInt();
            };
            return number(a) > number(b);
        });
        for (const QString &version : versions) {
            const QString bin = base + u'/' + version + QStringLiteral("/bin");
            if (QFileInfo::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
    }
    return QString();
}

/// A PostgreSQL server on 127.0.0.1 in a temporary folder, with one role `qm` whose
/// password is `password()` (scram-sha-256 over TCP) and the database `qm`. initdb
/// refuses root: as root the server runs as `nobody`.
class PostgresServer
{
public:
    ~PostgresServer() { stop(); }

    QString start()
    {
        const QString bin = postgresBinDir();
        if (bin.isEmpty())
            return QStringLiteral("PostgreSQL is not installed (Debian: postgresql)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_bin = bin;
        QFile passwordFile(path(QStringLiteral("password")));
        if (!passwordFile.open(QIODevice::WriteOnly) || passwordFile.write(password()) < 0)
            return QStringLiteral("cannot write the password file");
        passwordFile.close();
        if (geteuid() == 0) {
            // nobody must reach and own the folder.
            run(QStringLiteral("chown"),
                {QStringLiteral("-R"), QStringLiteral("nobody"), m_dir.path()});
        }
        const QString initdb = runAsOwner(
            QStringLiteral("initdb"),
            {QStringLiteral("-D"), path(QStringLiteral("data")), QStringLiteral("-U"),
             QStringLiteral("qm"), QStringLiteral("--pwfile=") + path(QStringLiteral("password")),
             QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--auth-local=trust"),
             QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
             QStringLiteral("--no-sync")});
        if (!initdb.isEmpty())
            return QStringLiteral("initdb failed: ") + initdb;
        m_port = freePort();
        if (const QString launched = launch(); !launched.isEmpty())
            return launched;
        const QString created = runAsOwner(
            QStringLiteral("createdb"),
            {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port),
             QStringLiteral("-U"), QStringLiteral("qm"), QStringLiteral("qm")});
        if (!created.isEmpty())
            return QStringLiteral("createdb failed: ") + created;
        return QString();
    }

    /// Starts the server again after stop(), with its data, on the same port. Empty on
    /// success, else why not.
    QString restart() { return launch(); }

private:
    QString launch()
    {
        m_server.setWorkingDirectory(m_dir.path());
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList arguments{
            QStringLiteral("-D"), path(QStringLiteral("data")),
            QStringLiteral("-p"), QString::number(m_port),
            QStringLiteral("-k"), m_dir.path(),
            QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
            QStringLiteral("-c"), QStringLiteral("fsync=off")};
        const QString postgres = m_bin + QStringLiteral("/postgres");
        startAsOwner(m_server, postgres, arguments);
        if (!m_server.waitForStarted(10000))
            return QStringLiteral("postgres did not start: ") + m_server.errorString();
        if (!waitForPort(m_port, 20000))
            return QStringLiteral("postgres does not listen on port %1: %2")
                .arg(m_port)
                .arg(QString::fromLocal8Bit(m_server.readAll()));
        return QString();
    }

public:
    void stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        // The postmaster, not runuser: a fast shutdown, then wait.
        runAsOwner(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), path(QStringLiteral("data")), QStringLiteral("-m"),
                    QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
        if (!m_server.waitForFinished(10000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    static QByteArray password() { return QByteArrayLiteral("s3cret'word"); }
    quint16 port() const { return m_port; }
    /// Where the server's Unix socket is (local connections are trusted).
    QString socketFolder() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    /// Starts `executable` in `process`, as nobody when this is root (initdb refuses root).
    static void startAsOwner(QProcess &process, const QString &executable,
                             const QStringList &arguments)
    {
        if (geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                      QStringLiteral("--"), executable} +
                              arguments);
        else
            process.start(executable, arguments);
    }

    /// Runs `program` from the server's folder as the server's owner; empty when it
    /// exits 0, else what it printed.
    QString runAsOwner(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString executable = m_bin + u'/' + program;
        startAsOwner(process, executable, arguments);
        if (!process.waitForFinished(60000))
            return program + QStringLiteral(" did not finish");
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QString::fromLocal8Bit(process.readAll()).trimmed();
        return QString();
    }

    // QTemporaryDir's template (the X's become random letters). Under /tmp, not
    // QDir::tempPath(): the server's Unix socket lives here, and a socket path may not
    // exceed about 100 bytes (macOS's TMPDIR under /var/folders is close to that).
    QTemporaryDir m_dir{QStringLiteral("/tmp/qm-postgres-XXXXXX")};
    QString m_bin;
    QProcess m_server;
    quint16 m_port = 0;
};

} // namespace testservers

/// Skips the test when a server is missing, but fails under CI (a missing server there
/// means the CI set-up is broken, and skipping would hide it).
#define QM_REQUIRE_SERVER(error)                                                                   \
    do {                                                                                           \
        const QString qmServerError = (error);                                                     \
        if (!qmServerError.isEmpty()) {                                                            \
            if (testservers::underCi())                                                            \
                QFAIL(qPrintable(qmServerError));                                                  \
            QSKIP(qPrintable(qmServerError));                                                      \
        }                                                                                          \
    } while (false)
