#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace qm {

/// Appends the first `maxListed` of a plan's `count` files (-1: all; 0: none) to
/// `lines`, one "  PATH  (SIZE)" each, and how many more there are. `file(i)` gives the
/// i-th file's relative path and size (archive and cleanup plans).
void appendPlannedFiles(QStringList &lines, qsizetype count,
                        const std::function<std::pair<QString, qint64>(qsizetype)> &file,
                        int maxListed);

} // namespace qm
