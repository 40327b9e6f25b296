#pragma once

// The time a log line starts with, in the shapes the fleet's logs are written in
// (docs/health.md, "Line times").

#include <QByteArrayView>
#include <QTimeZone>

#include <optional>

namespace qm {

/// The time `line` starts with (after blanks and an opening '['), in milliseconds since
/// the epoch; nothing when it starts with none. Shapes:
/// - ISO-8601 and Python's asctime: "2026-12-07T10:15:00", "2026-12-07 10:15:00", with a
///   fraction after '.' or ',' ("…:00,123", "…:00.123456") and a zone ("Z", "+01:00",
///   "+0100") or none;
/// - syslog: "Dec  7 10:15:00", whose year is the latest that does not put it more than
///   a day after `nowMs`.
/// A time without a zone is one of `zone` (the machine that wrote the log).
std::optional<qint64> lineTimeMs(QByteArrayView line, qint64 nowMs,
                                 const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace qm
