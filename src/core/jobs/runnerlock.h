#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace qm {

/// The right to run the jobs of one jobs database: one runner at a time (the GUI or a
/// `qmctl jobs run`), held as a lock file beside the database for as long as this
/// object lives. A lock left by a process that died is taken over.
class RunnerLock
{
public:
    /// The lock file for `databasePath`.
    explicit RunnerLock(const QString &databasePath);
    ~RunnerLock();

    /// Takes the lock without waiting. When another live process holds it, false with
    /// `holder` saying who ("qmctl, process 1234 on this machine").
    bool tryLock(QString *holder);
    bool isLocked() const;

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace qm
