#pragma once

namespace qm::cli {

/// Exit codes of qmctl (DESIGN.md), documented in `qmctl --help`.
enum ExitCode : int {
    Success = 0,       ///< success, or nothing found
    ProblemsFound = 1, ///< check errors, failed jobs
    UsageError = 2,    ///< bad input or usage: unknown option, unreadable file
    Incomplete = 3,    ///< could not complete: a host or volume unreachable, runner busy
};

} // namespace qm::cli
