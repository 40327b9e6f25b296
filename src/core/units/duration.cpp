#include "duration.h"

#include <QCoreApplication>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Duration)
};

} // namespace

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 120)
        return Text::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return Text::tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return Text::tr("%n hour(s)", nullptr, int(seconds / 3600));
    return Text::tr("%n day(s)", nullptr, int(qMin<qint64>(seconds / 86400, INT_MAX)));
}

} // namespace qm
