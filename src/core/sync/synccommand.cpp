#include "synccommand.h"

#include "core/remote/processrunner.h"

#include <QCoreApplication>
#include <QDir>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SyncCommand)
};

bool plainName(const QString &name)
{
    return !name.isEmpty() && !name.startsWith(u'-') && !name.contains(u'/') &&
           !name.contains(u' ');
}

/// `path` with one trailing '/': rsync then copies the folder's contents, not the
/// folder into itself.
QString contents(const QString &path)
{
    return path.endsWith(u'/') ? path : path + u'/';
}

/// The ssh command rsync runs to reach `host`, as rsync's -e takes it.
QString rsyncSshCommand(const QString &ssh, const SshEndpoint &host, const SshOptions &options)
{
    QStringList words = sshArguments(host, {}, options);
    // sshArguments ends with "--" and the host; rsync adds the host itself.
    words = words.mid(0, words.size() - 2);
    words.prepend(ssh);
    QStringList quoted;
    for (const QString &word : std::as_const(words))
        quoted.append(rsyncShellWord(word));
    return quoted.join(u' ');
}

} // namespace

std::optional<SyncEndpoint> SyncEndpoint::parse(const QString &text, QString *error)
{
    SyncEndpoint endpoint;
    endpoint.text = text;
    if (text.startsWith(QLatin1String("rclone:"))) {
        const qsizetype colon = text.indexOf(u':', 7);
        endpoint.kind = Kind::Rclone;
        endpoint.remote = colon < 0 ? QString() : text.mid(7, colon - 7);
        endpoint.path = colon < 0 ? QString() : text.mid(colon + 1);
        if (!plainName(endpoint.remote)) {
            *error = Text::tr("“%1”: an rclone endpoint is written rclone:REMOTE:path").arg(text);
            return std::nullopt;
        }
        return endpoint;
    }
    if (text.startsWith(u'/') || text.startsWith(u'~')) {
        endpoint.path = QDir::cleanPath(expandHomePath(text));
        return endpoint;
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0) {
        endpoint.kind = Kind::Host;
        endpoint.host = text.left(colon);
        endpoint.path = QDir::cleanPath(text.mid(colon + 1));
        if (!plainName(endpoint.host)) {
            *error = Text::tr("“%1”: the host name is not one").arg(text);
            return std::nullopt;
        }
        if (!endpoint.path.startsWith(u'/') && !endpoint.path.startsWith(u'~')) {
            *error =
                Text::tr("“%1”: the path on the host must be absolute (or start with ~)").arg(text);
            return std::nullopt;
        }
        return endpoint;
    }
    *error = Text::tr("“%1” is not an endpoint: write /path, HOST:/path or rclone:REMOTE:path")
                 .arg(text);
    return std::nullopt;
}

QString rsyncShellWord(const QString &argument)
{
    static const QString plain = QStringLiteral("-_./=:@%+,");
    bool simple = !argument.isEmpty();
    for (const QChar c : argument)
        simple = simple && (c.isLetterOrNumber() || plain.contains(c));
    if (simple)
        return argument;
    if (!argument.contains(u'\''))
        return u'\'' + argument + u'\'';
    return u'"' + argument + u'"';
}

std::optional<SyncCommand>
buildSyncCommand(const SyncRequest &request, bool dryRun,
                 const std::function<const HostAccess *(const QString &)> &hostFor,
                 const SshOptions &sshOptions, const QString &rsync, const QString &ssh,
                 const QString &rclone, QString *error)
{
    const SyncEndpoint &from = request.source;
    const SyncEndpoint &to = request.destination;
    SyncCommand command;

    if (from.kind == SyncEndpoint::Kind::Rclone || to.kind == SyncEndpoint::Kind::Rclone) {
        if (from.kind == SyncEndpoint::Kind::Host || to.kind == SyncEndpoint::Kind::Host) {
            *error = Text::tr("rclone syncs run between this machine and a remote: give the "
                              "host as an rclone remote (sftp) instead");
            return std::nullopt;
        }
        const auto word = [](const SyncEndpoint &end) {
            return end.kind == SyncEndpoint::Kind::Rclone ? end.remote + u':' + end.path : end.path;
        };
        command.program = rclone;
        command.rclone = true;
        command.arguments = {request.deleteExtraneous ? QStringLiteral("sync")
                                                      : QStringLiteral("copy"),
                             word(from),
                             word(to),
                             QStringLiteral("--use-json-log"),
                             QStringLiteral("--stats=1s"),
                             QStringLiteral("--stats-log-level"),
                             QStringLiteral("NOTICE")};
        if (request.deleteExtraneous && !dryRun)
            command.arguments
                << QStringLiteral("--max-delete=%1").arg(std::max<qint64>(request.maxDelete, 0));
        if (request.bandwidthMegabytesPerSecond)
            // rclone's suffixes are binary; a plain number with "B" is bytes.
            command.arguments << QStringLiteral("--bwlimit=%1B")
                                     .arg(qint64(*request.bandwidthMegabytesPerSecond * 1e6));
        if (dryRun)
            command.arguments << QStringLiteral("--dry-run");
        return command;
    }

    QStringList options = {QStringLiteral("--archive"), QStringLiteral("--protect-args"),
                           QStringLiteral("--timeout=300")};
    if (dryRun)
        options << QStringLiteral("--dry-run") << QStringLiteral("--itemize-changes")
                << QStringLiteral("--stats");
    else
        options << QStringLiteral("--partial") << QStringLiteral("--info=progress2");
    if (request.deleteExtraneous) {
        options << QStringLiteral("--delete");
        // A dry run deletes nothing and must list every deletion; the real run is capped.
        if (!dryRun)
            options
                << QStringLiteral("--max-delete=%1").arg(std::max<qint64>(request.maxDelete, 0));
    }
    if (request.bandwidthMegabytesPerSecond)
        // "MB": 10^6 bytes (rsync ≥ 3.1 reads the suffix); a bare number would be KiB.
        options << QStringLiteral("--bwlimit=%1MB").arg(*request.bandwidthMegabytesPerSecond);
    options << request.extraRsyncOptions;

    const HostAccess *fromHost = nullptr;
    const HostAccess *toHost = nullptr;
    for (const auto &[end, host] : {std::pair{&from, &fromHost}, std::pair{&to, &toHost}}) {
        if (end->kind != SyncEndpoint::Kind::Host)
            continue;
        *host = hostFor(end->host);
        if (!*host) {
            *error = Text::tr("“%1” is not a host of the config").arg(end->host);
            return std::nullopt;
        }
    }

    if (!fromHost || !toHost) {
        // Between this machine and (at most) one host: the local rsync reaches it.
        const HostAccess *remote = fromHost ? fromHost : toHost;
        command.program = rsync;
        command.arguments = options;
        if (remote) {
            command.arguments
                << QStringLiteral("--rsh=%1").arg(rsyncSshCommand(ssh, remote->ssh, sshOptions));
            if (!remote->rsyncPath.isEmpty())
                command.arguments << QStringLiteral("--rsync-path=%1").arg(remote->rsyncPath);
        }
        const auto word = [](const SyncEndpoint &end, const HostAccess *host) {
            return host ? host->ssh.host + u':' + contents(end.path) : contents(end.path);
        };
        command.arguments << QStringLiteral("--") << word(from, fromHost) << word(to, toHost);
        return command;
    }

    // Between two hosts: rsync runs on one of them over ssh and reaches the other with
    // that host's own ssh keys and config.
    const HostAccess *runner = request.pushFromSource ? fromHost : toHost;
    const HostAccess *other = request.pushFromSource ? toHost : fromHost;
    SshEndpoint reach = other->ssh;
    reach.key.clear(); // our key file is a path on this machine, not on the runner
    QStringList inner = {runner->rsyncPath.isEmpty() ? QStringLiteral("rsync") : runner->rsyncPath};
    inner << options
          << QStringLiteral("--rsh=%1").arg(rsyncSshCommand(QStringLiteral("ssh"), reach, {}));
    if (!other->rsyncPath.isEmpty())
        inner << QStringLiteral("--rsync-path=%1").arg(other->rsyncPath);
    inner << QStringLiteral("--");
    if (request.pushFromSource)
        inner << contents(from.path) << other->ssh.host + u':' + contents(to.path);
    else
        inner << other->ssh.host + u':' + contents(from.path) << contents(to.path);
    command.program = ssh;
    command.arguments = sshArguments(runner->ssh, inner, sshOptions);
    command.runsOn = runner->name;
    if (command.arguments.isEmpty()) {
        *error = Text::tr("“%1” has no usable ssh_host").arg(runner->name);
        return std::nullopt;
    }
    return command;
}

} // namespace qm
