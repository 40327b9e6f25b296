#pragma once

#include "jobs/jobstore.h"

#include <QList>
#include <QString>

namespace qm {

/// The details of `job` for a person, as HTML: what it does (kind, source,
/// destination, hosts, parameters), who asked, its state and times, attempts,
/// priority, progress, why it failed, its saved plan, and the exact command lines it ran
/// (`commands`, per attempt). Every value from the job is escaped.
QString jobDetailsHtml(const Job &job, const QList<JobCommand> &commands);

/// One line of a job's log as the log view shows it: local time, attempt, text.
QString jobLogLineText(const JobLogLine &line);

} // namespace qm
