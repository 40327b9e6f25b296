#pragma once

// What one page asks another to show, as AppSession::showPage's argument: the pages'
// entries (`<page>entry.cpp`) send and open these, so that the pages themselves never
// know each other.

#include <QMetaType>
#include <QString>

namespace qm {

/// A host around a moment: from a log line to the Trends page (the host's volumes, the
/// charts around the time) or the Jobs page (the host's jobs that ran around it).
struct HostMomentRequest
{
    QString host;    ///< a host of the open config; empty: none in particular
    qint64 atMs = 0; ///< ms since the epoch
};

/// The lines the job runner wrote for a job, on the Logs page.
struct JobLogLinesRequest
{
    qint64 jobId = 0;
};

} // namespace qm

Q_DECLARE_METATYPE(qm::HostMomentRequest)
Q_DECLARE_METATYPE(qm::JobLogLinesRequest)
