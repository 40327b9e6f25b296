#pragma once

#include <QString>

namespace qm {

/// The process group of an external program the launcher started (runProcess puts
/// each in a group of its own, led by the program): enough to find it again from
/// another process later, and to tell it from an unrelated group that got the same
/// number after it ended.
struct ProcessGroup
{
    qint64 id = 0; ///< the group's id: the pid of the program that leads it
    /// When the leader started, as the system keeps it ("BOOT-ID:TICKS" on Linux,
    /// "SECONDS.MICROSECONDS" on macOS); empty when it could not be read.
    QString startMark;

    bool isValid() const { return id > 0; }
    friend bool operator==(const ProcessGroup &, const ProcessGroup &) = default;
};

/// The group led by process `pid`, with the leader's start mark; an invalid group when
/// `pid` is not running.
ProcessGroup processGroupOf(qint64 pid);

/// What endProcessGroup did.
struct ProcessGroupEnd
{
    int found = 0;     ///< processes of the group that were still running
    bool ended = true; ///< none of them runs any more (true when none was found)
    QString error;     ///< why not ended, for a person; empty otherwise
};

/// Ends what is left of `group`, recorded by a runner that has since died: when the
/// group still has processes and is really that group (its leader, if still there,
/// started at `startMark`; on Linux its members started no earlier, in the same boot),
/// they are sent SIGTERM, then SIGKILL once `graceMs` passed, and waited for (up to
/// two seconds more). A group whose number now belongs to a process started later is
/// left alone (found 0). Blocking, for up to graceMs + 2 s.
ProcessGroupEnd endProcessGroup(const ProcessGroup &group, int graceMs);

} // namespace qm
