#include "runnerlock.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace qm {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::RunnerLock)
};
} // namespace

RunnerLock::RunnerLock(const QString &databasePath)
    : m_lock(std::make_unique<QLockFile>(databasePath + QStringLiteral(".runner.lock")))
{
    // Never stale by age: a runner may hold it for weeks. QLockFile still takes over a
    // lock whose process is gone.
    m_lock->setStaleLockTime(0);
}

RunnerLock::~RunnerLock() = default;

bool RunnerLock::tryLock(QString *holder)
{
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock->error() == QLockFile::LockFailedError &&
        m_lock->getLockInfo(&pid, &host, &application)) {
        *holder = host == QSysInfo::machineHostName()
                      ? Text::tr("%1, process %2 on this machine").arg(application).arg(pid)
                      : Text::tr("%1, process %2 on %3").arg(application).arg(pid).arg(host);
    } else if (m_lock->error() == QLockFile::PermissionError) {
        *holder = Text::tr("cannot create the lock file (permission denied)");
    } else {
        *holder = Text::tr("another process");
    }
    return false;
}

bool RunnerLock::isLocked() const
{
    return m_lock->isLocked();
}

} // namespace qm
