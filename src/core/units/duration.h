#pragma once

#include <QString>

namespace qm {

/// A duration in the largest unit that keeps it readable ("45 seconds", "61 minutes",
/// "5 hours", "3 days"), translated; empty for a negative one.
QString formatDuration(qint64 seconds);

} // namespace qm
