#pragma once

namespace qm::cli {

/// Exit codes of qmctl (docs/architecture.md, "JSON and exit codes of qmctl"),
/// documented in `qmctl --help`.
enum ExitCode : int {
    Success = 0,       ///< success, or nothing found
    ProblemsFound = 1, ///< check errors, failed jobs
    UsageError = 2,    ///< bad input or usage: unknown option, unreadable file
    Incomplete = 3,    ///< could not complete: a host or volume unreachable, runner busy
};

} // namespace qm::cli
