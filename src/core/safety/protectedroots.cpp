#include "protectedroots.h"

#include "core/remote/processrunner.h"
#include "core/remote/sshtransport.h"
#include "core/volumes/mounttable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ProtectedRoots)
};

/// Folders protected themselves: what they hold belongs to the system or to everybody.
const char *const kProtectedFolders[] = {
    "/home",        "/Users",       "/root",         "/var/root",  "/var",     "/opt",
    "/srv",         "/tmp",         "/mnt",          "/media",     "/Volumes", "/private",
    "/private/var", "/private/tmp", "/Applications", "/Library",   "/Network", "/cores",
    "/nix",         "/snap",        "/var/log",      "/var/cache", "/var/tmp",
};

/// The system's folders: protected with everything in them.
const char *const kSystemTrees[] = {
    "/bin", "/boot", "/dev", "/etc", "/lib",    "/lib32",       "/lib64",   "/libx32", "/proc",
    "/run", "/sbin", "/sys", "/usr", "/System", "/private/etc", "/var/lib", "/var/db", "/var/spool",
};

constexpr int kCommandTimeoutMs = 30000;

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool within(const QString &path, const QString &tree)
{
    return same(path, tree) || path.startsWith(tree + QLatin1Char('/'), Qt::CaseInsensitive);
}

/// The folder the person named, links resolved when it exists.
QString resolved(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
}

/// Prints, NUL-separated: 1 when another filesystem is mounted at the folder $1 (its
/// device differs from its parent's), else 0; the ssh user's home, links resolved; the
/// folder, links resolved. Exits 3 when the folder cannot be entered.
const QString kProbeScript = QStringLiteral(R"SH(cd -P -- "$1" 2>/dev/null || exit 3
here=$(pwd -P)
home=$(cd -P ~ 2>/dev/null && pwd -P)
dev() { stat -c %d -- "$1" 2>/dev/null || stat -f %d -- "$1"; }
if [ "$(dev .)" != "$(dev ..)" ]; then m=1; else m=0; fi
printf '%s\0%s\0%s\0' "$m" "$home" "$here"
)SH");

} // namespace

QString protectedRootReason(const QString &path, const QString &home,
                            const QStringList &mountPoints)
{
    const QString clean = QDir::cleanPath(path);
    if (clean == QLatin1String("/"))
        return Text::tr("the root of the filesystem");
    for (const char *tree : kSystemTrees) {
        const QString folder = QLatin1String(tree);
        if (within(clean, folder))
            return same(clean, folder) ? Text::tr("a system folder")
                                       : Text::tr("inside the system folder %1").arg(folder);
    }
    const QString parent = QFileInfo(clean).path();
    if ((!home.isEmpty() && same(clean, QDir::cleanPath(home))) ||
        same(clean, QStringLiteral("/root")) || same(clean, QStringLiteral("/var/root")) ||
        same(parent, QStringLiteral("/home")) || same(parent, QStringLiteral("/Users")))
        return Text::tr("a home folder");
    for (const char *folder : kProtectedFolders) {
        if (same(clean, QLatin1String(folder)))
            return Text::tr("a folder of the system or of all users");
    }
    for (const QString &mountPoint : mountPoints) {
        if (mountPoint != QLatin1String("/") && same(clean, QDir::cleanPath(mountPoint)))
            return Text::tr("the root of the filesystem mounted there");
    }
    return QString();
}

QString protectedRootRefusal(const QString &what, const QString &reason)
{
    return Text::tr("Refusing to act on %1: it is %2. Name it with --allow-protected-root %1 "
                    "to do it all the same.")
        .arg(what, reason);
}

QString checkLocalRoot(const QString &root, const QString &allowed)
{
    const QString path = resolved(root);
    QString ignored;
    QStringList mountPoints;
    for (const MountEntry &entry : readMountTable(&ignored))
        mountPoints.append(entry.mountPoint);
    const QString reason = protectedRootReason(path, resolved(QDir::homePath()), mountPoints);
    if (reason.isEmpty() || (!allowed.isEmpty() && resolved(allowed) == path))
        return QString();
    return protectedRootRefusal(root, reason);
}

QString checkRootByName(const QString &what, const QString &root, const QString &allowed)
{
    const QString clean = QDir::cleanPath(root);
    const QString reason = protectedRootReason(clean, QString(), {});
    if (reason.isEmpty() || (!allowed.isEmpty() && QDir::cleanPath(allowed) == clean))
        return QString();
    return protectedRootRefusal(what, reason);
}

QString checkRemoteRoot(const SshTransport &ssh, const QString &host, const QString &root,
                        const QString &allowed, const std::atomic<bool> *cancel, bool *unreachable)
{
    *unreachable = false;
    const QString what = host + QLatin1Char(':') + root;
    ProcessRequest request;
    request.timeoutMs = kCommandTimeoutMs;
    request.cancel = cancel;
    const RemoteResult result = ssh.run(
        {QStringLiteral("sh"), QStringLiteral("-c"), kProbeScript, QStringLiteral("sh"), root},
        request);
    if (result.status != HostStatus::Ok) {
        *unreachable = true;
        return Text::tr("%1 could not be reached: %2")
            .arg(host, result.error.isEmpty() ? firstOutputLine(result.process.standardError)
                                              : result.error);
    }
    const QList<QByteArray> fields = result.process.standardOutput.split('\0');
    if (result.process.exitCode != 0 || fields.size() < 3)
        return QString(); // not there: the plan says so
    const QString path = QString::fromUtf8(fields[2]);
    const QString home = QString::fromUtf8(fields[1]);
    const QStringList mounted = fields[0] == "1" ? QStringList{path} : QStringList();
    const QString reason = protectedRootReason(path, home, mounted);
    if (reason.isEmpty() ||
        (!allowed.isEmpty() &&
         (QDir::cleanPath(allowed) == QDir::cleanPath(root) || QDir::cleanPath(allowed) == path)))
        return QString();
    return protectedRootRefusal(what, reason);
}

} // namespace qm
