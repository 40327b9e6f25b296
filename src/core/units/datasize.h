#pragma once

#include <QLocale>
#include <QString>

namespace qm {

/// A byte count in binary units with one decimal ("1.5 GiB"), in `locale`; an em dash
/// when the count is unknown (negative). The same figures everywhere: dashboard, tooltips,
/// `qmctl` text output.
QString formatDataSize(qint64 bytes, const QLocale &locale = QLocale());

} // namespace qm
