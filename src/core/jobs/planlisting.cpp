#include "planlisting.h"

#include "core/units/datasize.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobKinds)
};

} // namespace

void appendPlannedFiles(QStringList &lines, qsizetype count,
                        const std::function<std::pair<QString, qint64>(qsizetype)> &file,
                        int maxListed)
{
    const qsizetype listed = maxListed < 0 ? count : std::min<qsizetype>(maxListed, count);
    for (qsizetype i = 0; i < listed; ++i) {
        const auto [path, bytes] = file(i);
        lines << QStringLiteral("  %1  (%2)").arg(path, formatDataSize(bytes));
    }
    if (maxListed != 0 && listed < count)
        lines << Text::tr("  … and %n more", nullptr,
                          int(std::min<qsizetype>(count - listed, INT_MAX)));
}

} // namespace qm
