#pragma once

#include "core/jobs/jobstore.h"

#include <QList>
#include <QString>

#include <utility>

namespace qm {

/// The details of `job` for a person, as HTML: what it does (kind, then its parameters
/// as labelled fields, jobParameterFields()), who asked, its state and times, attempts,
/// priority, progress in the kind's words, why it failed, its saved plan as the kind
/// describes it, and the exact command lines it ran (`commands`, per attempt). Every
/// value from the job is escaped.
QString jobDetailsHtml(const Job &job, const QList<JobCommand> &commands);

/// A job's parameters as a form, label and value for a person, by its kind: a sync's
/// source, destination and deletion cap; an archive's root, age, format and
/// destination; a cleanup's root, age, patterns, chosen files and where what it removes
/// goes; a probe's hosts; a measurement's producers, folders and target. Parameters that
/// cannot be read are listed as stored, after a field saying so.
QList<std::pair<QString, QString>> jobParameterFields(const JobSpec &spec);

/// What the bytes of a job's progress are, by its kind: "Copied" (a sync), "Moved to the
/// trash" (a cleanup of this machine), "Moved to the quarantine" (of a host), "Deleted"
/// (emptying a quarantine), "Written and verified" (an archive, whose bytes count once
/// written and once checked), "Done" (the rest).
QString jobAmountLabel(const JobSpec &spec);

/// One line of a job's log as the log view shows it: local time, attempt, text.
QString jobLogLineText(const JobLogLine &line);

} // namespace qm
