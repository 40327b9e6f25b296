#pragma once

// What the records of several kinds say alike in a job's details.

#include <QString>

#include <algorithm>
#include <climits>

namespace qm::kindtext {

/// A count as the argument of a %n message (clamped to int).
inline int countArg(qint64 count)
{
    return int(std::clamp<qint64>(count, 0, INT_MAX));
}

/// "30 days", or "any age" for a negative number: how old the files a job selects are.
QString ageText(int days);

} // namespace qm::kindtext
