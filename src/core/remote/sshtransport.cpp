#include "sshtransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SshTransport)
};

constexpr int kHelperTimeoutMs = 15000;

/// "TYPE BASE64" of a known_hosts or ssh-keyscan line ("NAME TYPE BASE64 [comment]",
/// optionally after a "@marker"); empty for comments and garbage.
QString keyOfLine(const QString &line)
{
    if (line.startsWith(QLatin1Char('#')))
        return QString();
    QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!fields.isEmpty() && fields.first().startsWith(QLatin1Char('@')))
        fields.removeFirst();
    if (fields.size() < 3)
        return QString();
    return fields.at(1) + QLatin1Char(' ') + fields.at(2);
}

} // namespace

QString ResolvedSshHost::knownHostsName() const
{
    if (!hostKeyAlias.isEmpty())
        return hostKeyAlias;
    if (port == 22)
        return hostName;
    return QStringLiteral("[%1]:%2").arg(hostName).arg(port);
}

SshPrograms SshPrograms::find()
{
    return {findProgram(QStringLiteral("ssh")), findProgram(QStringLiteral("ssh-keygen")),
            findProgram(QStringLiteral("ssh-keyscan"))};
}

SshTransport::SshTransport(const SshEndpoint &endpoint, const SshOptions &options,
                           const SshPrograms &programs)
    : m_endpoint(endpoint)
    , m_options(options)
    , m_programs(programs)
{
    m_endpoint.key = expandHomePath(m_endpoint.key);
}

bool SshTransport::isReservedInvalidName(const QString &hostName)
{
    QString name = hostName.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name == QLatin1String("invalid") || name.endsWith(QLatin1String(".invalid"));
}

bool SshTransport::resolve(ResolvedSshHost *resolved, QString *error) const
{
    if (m_programs.ssh.isEmpty()) {
        *error = Text::tr("the OpenSSH client (ssh) is not installed");
        return false;
    }
    const QStringList base = sshArguments(m_endpoint, {}, m_options);
    if (base.isEmpty()) {
        *error = Text::tr("'%1' is not a usable SSH host name").arg(m_endpoint.host);
        return false;
    }
    ProcessRequest request;
    request.program = m_programs.ssh;
    request.arguments = QStringList{QStringLiteral("-G")} + base;
    request.timeoutMs = kHelperTimeoutMs;
    request.maxOutputBytes = 256 * 1024;
    const ProcessResult result = runProcess(request);
    if (!result.succeeded()) {
        *error = Text::tr("ssh cannot read its configuration for %1: %2")
                     .arg(m_endpoint.host, result.errorString.isEmpty()
                                               ? firstOutputLine(result.standardError)
                                               : result.errorString);
        return false;
    }
    ResolvedSshHost host;
    host.hostName = m_endpoint.host;
    host.port = m_endpoint.port;
    QStringList globalFiles;
    for (const QByteArray &raw : result.standardOutput.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space <= 0)
            continue;
        const QString key = line.left(space).toLower();
        const QString value = line.mid(space + 1).trimmed();
        if (key == QLatin1String("hostname"))
            host.hostName = value;
        else if (key == QLatin1String("port"))
            host.port = value.toInt();
        else if (key == QLatin1String("hostkeyalias"))
            host.hostKeyAlias = value;
        else if (key == QLatin1String("userknownhostsfile"))
            host.knownHostsFiles = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (key == QLatin1String("globalknownhostsfile"))
            globalFiles = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if ((key == QLatin1String("proxycommand") || key == QLatin1String("proxyjump")) &&
                 value != QLatin1String("none"))
            host.viaProxy = true;
    }
    host.knownHostsFiles += globalFiles;
    for (QString &file : host.knownHostsFiles)
        file = expandHomePath(file);
    *resolved = host;
    return true;
}

QStringList SshTransport::knownKeys(const ResolvedSshHost &host, QString *command) const
{
    QStringList keys;
    for (const QString &file : host.knownHostsFiles) {
        if (file == QLatin1String("/dev/null") || !QFileInfo::exists(file))
            continue;
        ProcessRequest request;
        request.program = m_programs.keygen;
        request.arguments = {QStringLiteral("-F"), host.knownHostsName(), QStringLiteral("-f"),
                             file};
        request.timeoutMs = kHelperTimeoutMs;
        const ProcessResult result = runProcess(request);
        *command = result.commandLine;
        for (const QByteArray &raw : result.standardOutput.split('\n')) {
            const QString key = keyOfLine(QString::fromUtf8(raw).trimmed());
            if (!key.isEmpty())
                keys.append(key);
        }
    }
    return keys;
}

RemoteResult SshTransport::check() const
{
    RemoteResult result;
    ResolvedSshHost host;
    QString error;
    if (!resolve(&host, &error)) {
        result.status = HostStatus::Error;
        result.error = error;
        return result;
    }
    if (isReservedInvalidName(host.hostName)) {
        result.status = HostStatus::Unreachable;
        result.error =
            Text::tr("%1 is a reserved .invalid name: it is never looked up").arg(host.hostName);
        return result;
    }
    if (!host.viaProxy) {
        QTcpSocket socket;
        socket.connectToHost(host.hostName, quint16(host.port));
        if (!socket.waitForConnected(m_options.connectTimeoutSeconds * 1000)) {
            const bool refused = socket.error() == QAbstractSocket::ConnectionRefusedError;
            result.status = refused ? HostStatus::Refused : HostStatus::Unreachable;
            result.error = refused ? Text::tr("%1 refused the connection on port %2: is sshd "
                                              "running there?")
                                         .arg(host.hostName)
                                         .arg(host.port)
                                   : Text::tr("cannot reach %1 port %2: %3")
                                         .arg(host.hostName)
                                         .arg(host.port)
                                         .arg(socket.errorString());
            return result;
        }
        // An SSH server speaks first: "SSH-2.0-…". Anything else is not one.
        QByteArray banner;
        while (!banner.contains('\n') && banner.size() < 8192 &&
               socket.waitForReadyRead(m_options.connectTimeoutSeconds * 1000))
            banner += socket.readAll();
        socket.abort();
        // RFC 4253 lets a server send other lines before its version line.
        bool isSsh = false;
        for (const QByteArray &line : banner.split('\n'))
            isSsh = isSsh || line.startsWith("SSH-");
        if (!isSsh) {
            result.status = HostStatus::Error;
            result.error = banner.isEmpty()
                               ? Text::tr("%1 port %2 accepted the connection but sent no SSH "
                                          "greeting: is this an SSH server?")
                                     .arg(host.hostName)
                                     .arg(host.port)
                               : Text::tr("%1 port %2 does not answer as an SSH server (it "
                                          "said: %3)")
                                     .arg(host.hostName)
                                     .arg(host.port)
                                     .arg(QString::fromLatin1(banner.left(60)).simplified());
            return result;
        }
    }
    if (m_programs.keygen.isEmpty()) {
        result.status = HostStatus::Error;
        result.error = Text::tr("ssh-keygen is not installed");
        return result;
    }
    if (knownKeys(host, &result.process.commandLine).isEmpty()) {
        result.status = HostStatus::HostKeyUnknown;
        result.error = Text::tr("the host key of %1 is not in known_hosts: check its "
                                "fingerprint and accept it to connect")
                           .arg(host.knownHostsName());
        return result;
    }
    result.status = HostStatus::Ok;
    return result;
}

RemoteResult SshTransport::run(const QStringList &argv, ProcessRequest request, bool checked) const
{
    // Checked once: after that a failure is told apart by classifyFailure (exit 255).
    if (!checked && !m_checkedOk->load()) {
        const RemoteResult pre = check();
        if (pre.status != HostStatus::Ok)
            return pre;
        m_checkedOk->store(true);
    }
    RemoteResult result;
    request.program = m_programs.ssh;
    request.arguments = sshArguments(m_endpoint, argv, m_options);
    result.process = runProcess(request);
    const ProcessResult &process = result.process;
    if (process.outcome == ProcessResult::Outcome::Finished && process.exitCode == 255) {
        m_checkedOk->store(false); // the next run looks at the host first again
        return classifyFailure(process);
    }
    if (process.outcome != ProcessResult::Outcome::Finished) {
        m_checkedOk->store(false);
        result.status = process.outcome == ProcessResult::Outcome::TimedOut
                            ? HostStatus::Unreachable
                            : HostStatus::Error;
        result.error = process.errorString;
        return result;
    }
    result.status = HostStatus::Ok;
    return result;
}

RemoteResult SshTransport::classifyFailure(const ProcessResult &process) const
{
    RemoteResult result;
    result.process = process;
    const QString message = firstOutputLine(process.standardError);
    // A key the host presents now that known_hosts does not hold: it changed.
    ResolvedSshHost host;
    QString error;
    if (resolve(&host, &error)) {
        QString command;
        const QStringList known = knownKeys(host, &command);
        QString scanError;
        const QList<HostKey> presented = scanHostKeys(&scanError);
        if (!known.isEmpty() && !presented.isEmpty()) {
            bool anyKnown = false;
            for (const HostKey &key : presented)
                anyKnown = anyKnown || known.contains(keyOfLine(key.knownHostsLine));
            if (!anyKnown) {
                result.status = HostStatus::HostKeyMismatch;
                result.error = Text::tr("the host key of %1 has changed since it was accepted: "
                                        "the host was reinstalled, or someone is "
                                        "impersonating it. Check before trusting it.")
                                   .arg(host.knownHostsName());
                return result;
            }
            // The host presents a key we know, so ssh got past the key exchange:
            // what failed is the login (or the session after it).
            const bool keyProblem =
                message.contains(QLatin1String("Permission denied"), Qt::CaseInsensitive) ||
                message.contains(QLatin1String("Too many authentication failures"),
                                 Qt::CaseInsensitive) ||
                message.isEmpty();
            if (keyProblem) {
                result.status = HostStatus::AuthFailed;
                result.error = Text::tr("%1 refused every key offered: install your public key "
                                        "in its authorized_keys, or set ssh_key (%2)")
                                   .arg(host.knownHostsName(), message);
                return result;
            }
        } else if (presented.isEmpty()) {
            result.status = HostStatus::Error;
            result.error = Text::tr("%1 port %2 does not answer as an SSH server: %3")
                               .arg(host.hostName)
                               .arg(host.port)
                               .arg(message.isEmpty() ? scanError : message);
            return result;
        }
    }
    // Last resort: ssh's own words.
    if (message.contains(QLatin1String("Connection refused")))
        result.status = HostStatus::Refused;
    else if (message.contains(QLatin1String("timed out")) ||
             message.contains(QLatin1String("No route to host")) ||
             message.contains(QLatin1String("Could not resolve")))
        result.status = HostStatus::Unreachable;
    else if (message.contains(QLatin1String("Host key verification failed")))
        result.status = HostStatus::HostKeyUnknown;
    else if (message.contains(QLatin1String("Permission denied")))
        result.status = HostStatus::AuthFailed;
    else
        result.status = HostStatus::Error;
    result.error = Text::tr("ssh failed: %1").arg(message.isEmpty() ? error : message);
    return result;
}

QList<HostKey> SshTransport::scanHostKeys(QString *error) const
{
    ResolvedSshHost host;
    if (!resolve(&host, error))
        return {};
    if (isReservedInvalidName(host.hostName)) {
        *error =
            Text::tr("%1 is a reserved .invalid name: it is never looked up").arg(host.hostName);
        return {};
    }
    if (m_programs.keyscan.isEmpty() || m_programs.keygen.isEmpty()) {
        *error = Text::tr("ssh-keyscan and ssh-keygen are needed to read host keys");
        return {};
    }
    ProcessRequest scan;
    scan.program = m_programs.keyscan;
    scan.arguments = {QStringLiteral("-T"), QString::number(m_options.connectTimeoutSeconds),
                      QStringLiteral("-p"), QString::number(host.port),
                      QStringLiteral("--"), host.hostName};
    scan.timeoutMs = (m_options.connectTimeoutSeconds + 5) * 1000;
    scan.maxOutputBytes = 64 * 1024;
    const ProcessResult scanned = runProcess(scan);
    QList<HostKey> keys;
    for (const QByteArray &raw : scanned.standardOutput.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const QString key = keyOfLine(line);
        if (key.isEmpty())
            continue;
        HostKey hostKey;
        hostKey.type = key.section(QLatin1Char(' '), 0, 0);
        hostKey.knownHostsLine = host.knownHostsName() + QLatin1Char(' ') + key;
        ProcessRequest print;
        print.program = m_programs.keygen;
        print.arguments = {QStringLiteral("-l"), QStringLiteral("-f"), QStringLiteral("-")};
        print.standardInput = hostKey.knownHostsLine.toUtf8() + '\n';
        print.timeoutMs = kHelperTimeoutMs;
        const ProcessResult printed = runProcess(print);
        const QStringList fields =
            QString::fromUtf8(printed.standardOutput).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (printed.succeeded() && fields.size() >= 2)
            hostKey.fingerprint = fields.at(1);
        keys.append(hostKey);
    }
    if (keys.isEmpty())
        *error = Text::tr("%1 port %2 presented no SSH host key").arg(host.hostName).arg(host.port);
    return keys;
}

bool SshTransport::trustHostKeys(const QList<HostKey> &keys, QString *error) const
{
    ResolvedSshHost host;
    if (!resolve(&host, error))
        return false;
    QString target;
    for (const QString &file : host.knownHostsFiles) {
        if (file != QLatin1String("/dev/null")) {
            target = file;
            break;
        }
    }
    if (target.isEmpty()) {
        *error = Text::tr("ssh uses no known_hosts file for %1").arg(host.hostName);
        return false;
    }
    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        // A new ~/.ssh is private, as ssh wants it.
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner)) {
            *error = Text::tr("cannot create %1").arg(folder);
            return false;
        }
    }
    QFile file(target);
    const bool existed = file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        *error = Text::tr("cannot open %1: %2").arg(target, file.errorString());
        return false;
    }
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const qint64 size = file.size();
    QByteArray lines;
    // A file whose last line lacks its newline would get our first key glued to it.
    if (size > 0 && file.seek(size - 1) && file.read(1) != "\n")
        lines += '\n';
    for (const HostKey &key : keys)
        lines += key.knownHostsLine.toUtf8() + '\n';
    if (file.write(lines) != lines.size() || !file.flush()) {
        *error = Text::tr("cannot write %1: %2").arg(target, file.errorString());
        file.resize(size); // no half line left behind (a full disk)
        return false;
    }
    return true;
}

void SshTransport::closeSharedConnection() const
{
    if (m_options.controlDirectory.isEmpty() || m_programs.ssh.isEmpty())
        return;
    ProcessRequest request;
    request.program = m_programs.ssh;
    request.arguments = QStringList{QStringLiteral("-O"), QStringLiteral("exit")} +
                        sshArguments(m_endpoint, {}, m_options);
    request.timeoutMs = kHelperTimeoutMs;
    runProcess(request);
}

RemoteResult RemoteCommands::run(const QStringList &argv, int timeoutMs,
                                 ProcessRequest request) const
{
    request.timeoutMs = timeoutMs;
    request.cancel = cancel;
    RemoteResult result = ssh.run(argv, request);
    if (command)
        command(result.process.commandLine);
    return result;
}

} // namespace qm
