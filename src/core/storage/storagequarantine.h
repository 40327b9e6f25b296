#pragma once

// The quarantine of a storage location: the folder `.quartermaster-quarantine` at its
// top, one run folder per cleanup run, listed and emptied on request
// (docs/orphans.md, "The quarantine").

#include "core/storage/objectlisting.h"
#include "core/sync/synccommand.h"

#include <QList>
#include <QString>

#include <functional>

namespace qm {

/// One run folder of a location's quarantine.
struct QuarantineRun
{
    QString folder;     ///< its name: "20261207T101500Z-5f3a09c2"
    qint64 timeMs = -1; ///< when the run began, read from the name
    qint64 objects = 0;
    qint64 bytes = 0;
    friend bool operator==(const QuarantineRun &, const QuarantineRun &) = default;
};

/// The run folders of `location`'s quarantine, oldest first; an empty list when it has
/// none. Entries whose name is not a run folder's are left out (never emptied). False
/// with `*error` when it cannot be listed.
bool listQuarantine(const SyncEndpoint &location, QList<QuarantineRun> *runs,
                    const ObjectListingOptions &options, QString *error);

/// What emptying did.
struct QuarantineEmptying
{
    bool ok = false;
    QString error;
    qint64 deleted = 0;
    qint64 deletedBytes = 0;
    qint64 kept = 0; ///< changed since they were listed just before: left
    qint64 left = 0; ///< still there when listed again afterwards
};

/// Deletes for good the objects of `runs` (folders of `location`'s quarantine): lists
/// each, deletes exactly what it listed (a local file only while it is still that file,
/// reached without following a link), appends every key deleted to `auditPath` (JSON
/// Lines), then lists the run again to see that it is empty. Blocking.
QuarantineEmptying emptyQuarantine(const SyncEndpoint &location, const QList<QuarantineRun> &runs,
                                   const QString &auditPath, const ObjectListingOptions &options,
                                   const std::function<void(const QString &line)> &log = {});

} // namespace qm
