#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace qm {

/// A byte count in binary units with one decimal ("1.5 GiB"), in `locale`; an em dash
/// when the count is unknown (negative). The same figures everywhere: dashboard, tooltips,
/// `qmctl` text output.
QString formatDataSize(qint64 bytes, const QLocale &locale = QLocale());

/// A byte count as a person writes it: a whole number of bytes ("1000"), or a number
/// with a unit, binary ("500M", "1.5GiB", "2T": K, M, G, T, P with or without "iB") or
/// decimal ("10GB", "1.5TB": kB, MB, GB, TB, PB), case-insensitive but for "kB"/"KB"
/// alike. Nothing for anything else, a negative figure, or one past qint64.
std::optional<qint64> parseDataSize(const QString &text);

} // namespace qm
