#pragma once

// What the records of the kinds say alike, and the contexts their strings are
// translated in.

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <climits>

namespace qm::kindtext {

// The strings keep the contexts they were translated under before the kinds had
// records: the Jobs page's list (titles), its details, and qmctl jobs (arguments).
class Title
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobsModel)
};

class Details
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobDetails)
};

class Arguments
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Jobs)
};

/// A count as the argument of a %n message (clamped to int).
inline int countArg(qint64 count)
{
    return int(std::clamp<qint64>(count, 0, INT_MAX));
}

/// "30 days", or "any age" for a negative number: how old the files a job selects are.
QString ageText(int days);

/// Why `host` is refused: "“gpu-9” is not a host of the config", with how to give one
/// (`--config FILE`) when there is no config at all (qmctl without it).
QString unknownHost(const QString &host, bool haveConfig);

} // namespace qm::kindtext
