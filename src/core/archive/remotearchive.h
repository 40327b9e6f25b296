#pragma once

// Archiving the old files of a folder on a host of the fleet into a verified archive on
// this machine: the host sends them as a tar stream over ssh, this machine writes and
// reads back its own .tar.zst / .tar.gz exactly as for its own files, and only then are
// the originals moved into the root's quarantine on the host (quarantine.h), as a
// cleanup of that host would.

#include "core/archive/archive.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

class SshTransport;

/// Plans the archive of `request.root` on the host `request.host` that `ssh` reaches:
/// the same listing as a cleanup of that host (`find -xdev`, never following a link, never
/// entering another filesystem, a trash or the quarantine), the files older than
/// `request.olderThanDays`, into a new archive in `request.outputDirectory` (a folder of
/// this machine that must exist) named `<host>-<root name>-<UTC time>.tar.zst`. The
/// host must have `tar`. Protected roots are refused as for a cleanup unless
/// `request.allowProtectedRoot` names the root. Blocking; `command` gets each command
/// line that ran. Empty, with `*error` for a person, on failure; `*unreachable` is set
/// when the host did not answer.
std::optional<ArchivePlan>
planRemoteArchive(const ArchiveRequest &request, const SshTransport &ssh,
                  const std::atomic<bool> *cancel, QString *error, bool *unreachable = nullptr,
                  const std::function<void(const QString &)> &command = {});

/// Carries out a host's plan (plan.host set), in the calling thread:
///
/// 1. One ssh run of `tar -c --no-recursion -C ROOT --null -T -` gets the planned paths
///    on its input and sends the files as one tar stream. Each entry must be a planned
///    file with its planned size and modification time; one that changed since the plan
///    (or that tar sends as a hard link) is left out and its original stays. An entry the
///    plan does not name stops the run. The entries are written into the archive under
///    `.NAME.partial` and hashed (XXH3-128) as they arrive.
/// 2. – 3. The archive is flushed, renamed and read back as for this machine's files
///    (executeArchive).
/// 4. The originals of the verified entries move into
///    `ROOT/.quartermaster-quarantine/<plan.runFolder>/` on the host, each re-checked
///    first (still a regular file of the planned size and time, reached without links, on
///    the root's filesystem); what changed stays.
///
/// On any failure before step 4 — the host unreachable, tar missing or killed, a cut
/// stream, a full disk here, a damaged archive, a cancel — the archive is deleted and
/// nothing on the host is touched. `command` gets each command line that ran.
ArchiveResult executeRemoteArchive(const ArchivePlan &plan, const SshTransport &ssh,
                                   const ArchiveCallbacks &callbacks,
                                   const std::function<void(const QString &)> &command = {});

} // namespace qm
