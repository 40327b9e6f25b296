#pragma once

// The follow loop of `qmctl logs tail`.

#include "core/logs/logexport.h"
#include "core/logs/logline.h"
#include "core/sql/sqllocation.h"
#include "output.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace qm {
class LogStore;
}

namespace qm::cli {

/// How `qmctl logs tail` follows.
struct TailOptions
{
    int initialLines = 20;          ///< printed before following
    qint64 lookBackUs = 30'000'000; ///< how far before the newest line shown each poll rereads
    int pollMs = 1000;
};

/// `qmctl logs tail`: prints the newest lines `filter` selects from `store` (open on
/// `location`), then every poll the lines that came since, until SIGINT or SIGTERM.
/// Each poll rereads from lookBackUs before the newest line shown (the fleet's writers
/// batch their lines, so a line can arrive after newer ones) and skips the ids already
/// shown, so a late line is shown once. A query that fails is taken for a lost
/// connection: "connection lost, retrying" on standard error, the connection opened
/// again with back-off (1, 2, 4… up to 30 s), "connection back" when it is, and the
/// lines of the gap are shown then. Returns the exit code.
int followLogs(LogStore &store, const SqlLocation &location, const LogFilter &filter,
               LogFormat format, const TailOptions &options, Output &output);

} // namespace qm::cli
