#pragma once

#include "units/datasize.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <climits>

namespace qm {

/// Appends the first `maxListed` files of a plan (-1: all; 0: none) to `lines`, one
/// "  PATH  (SIZE)" each, and how many more there are. `Items` hold `relativePath` and
/// `sizeBytes` (archive and cleanup plans).
template <typename Items>
void appendPlannedFiles(QStringList &lines, const Items &items, int maxListed)
{
    const qsizetype listed =
        maxListed < 0 ? items.size() : std::min<qsizetype>(maxListed, items.size());
    for (qsizetype i = 0; i < listed; ++i)
        lines << QStringLiteral("  %1  (%2)")
                     .arg(items[i].relativePath, formatDataSize(items[i].sizeBytes));
    if (maxListed != 0 && listed < items.size())
        lines << QCoreApplication::translate(
            "qm::JobKinds", "  … and %n more", nullptr,
            int(std::min<qsizetype>(items.size() - listed, INT_MAX)));
}

} // namespace qm
