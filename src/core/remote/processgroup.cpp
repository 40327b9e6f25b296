#include "processgroup.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <optional>
#include <sys/types.h>

#if defined(Q_OS_MACOS)
#include <sys/sysctl.h>
#endif

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ProcessGroup)
};

constexpr int kPollMs = 50;
constexpr int kKillWaitMs = 2000;

#if defined(Q_OS_LINUX)

QByteArray bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

/// One process as /proc/PID/stat shows it.
struct ProcStat
{
    char state = 0;
    qint64 group = 0;
    qint64 startTicks = -1;
};

std::optional<ProcStat> procStat(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = file.readAll();
    // The command name (field 2) is in parentheses and may hold anything: the fields
    // that matter come after its last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 20 || fields[0].isEmpty())
        return std::nullopt;
    ProcStat stat;
    stat.state = fields[0].at(0);
    stat.group = fields[2].toLongLong();
    stat.startTicks = fields[19].toLongLong();
    return stat;
}

/// The running members (not zombies) of group `id` that started no earlier than
/// `fromTicks`.
QList<qint64> members(qint64 id, qint64 fromTicks)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        const std::optional<ProcStat> stat = procStat(pid);
        if (stat && stat->group == id && stat->state != 'Z' && stat->startTicks >= fromTicks)
            found.append(pid);
    }
    return found;
}

#endif

/// Whether group `id` still has a process that runs (on Linux, started no earlier
/// than `fromTicks`; elsewhere any).
int liveCount(qint64 id, [[maybe_unused]] qint64 fromTicks)
{
#if defined(Q_OS_LINUX)
    return int(members(id, fromTicks).size());
#else
    return ::kill(pid_t(-id), 0) == 0 || errno == EPERM ? 1 : 0;
#endif
}

QString startMarkOf(qint64 pid)
{
#if defined(Q_OS_LINUX)
    const std::optional<ProcStat> stat = procStat(pid);
    if (!stat)
        return QString();
    return QString::fromLatin1(bootId()) + QLatin1Char(':') + QString::number(stat->startTicks);
#elif defined(Q_OS_MACOS)
    int name[] = {CTL_KERN, KERN_PROC, KERN_PROC_PID, int(pid)};
    struct kinfo_proc info = {};
    size_t size = sizeof info;
    if (::sysctl(name, 4, &info, &size, nullptr, 0) != 0 || size == 0)
        return QString();
    return QStringLiteral("%1.%2")
        .arg(qint64(info.kp_proc.p_starttime.tv_sec))
        .arg(qint64(info.kp_proc.p_starttime.tv_usec), 6, 10, QLatin1Char('0'));
#else
    return ::kill(pid_t(pid), 0) == 0 ? QStringLiteral("?") : QString();
#endif
}

/// Waits up to `ms` for group `id` to have no running process; whether it got there.
bool waitGone(qint64 id, qint64 fromTicks, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (liveCount(id, fromTicks) > 0) {
        if (clock.elapsed() >= ms)
            return false;
        QThread::msleep(kPollMs);
    }
    return true;
}

} // namespace

ProcessGroup processGroupOf(qint64 pid)
{
    ProcessGroup group;
    const QString mark = startMarkOf(pid);
    if (mark.isEmpty())
        return group;
    group.id = pid;
    group.startMark = mark;
    return group;
}

ProcessGroupEnd endProcessGroup(const ProcessGroup &group, int graceMs)
{
    ProcessGroupEnd end;
    if (!group.isValid())
        return end;
    qint64 fromTicks = 0;
#if defined(Q_OS_LINUX)
    // "BOOT-ID:TICKS": after a reboot nothing of it can be left.
    const qsizetype colon = group.startMark.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || group.startMark.left(colon).toLatin1() != bootId())
        return end;
    fromTicks = group.startMark.mid(colon + 1).toLongLong();
#endif
    // Its number cannot be given to a new process while the group has members: a
    // leader that started at another time means the group ended and the number moved on.
    const QString leader = startMarkOf(group.id);
    if (!leader.isEmpty() && leader != group.startMark)
        return end;
    end.found = liveCount(group.id, fromTicks);
    if (end.found == 0)
        return end;
    if (::kill(pid_t(-group.id), SIGTERM) != 0 && errno == EPERM) {
        end.ended = false;
        end.error = Text::tr("cannot stop process group %1: %2")
                        .arg(group.id)
                        .arg(QString::fromLocal8Bit(std::strerror(EPERM)));
        return end;
    }
    if (waitGone(group.id, fromTicks, graceMs))
        return end;
    ::kill(pid_t(-group.id), SIGKILL);
    if (waitGone(group.id, fromTicks, kKillWaitMs))
        return end;
    end.ended = false;
    end.error = Text::tr("process group %1 is still running after SIGKILL").arg(group.id);
    return end;
}

} // namespace qm
