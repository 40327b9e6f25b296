#include "volume.h"

#include <QCoreApplication>

namespace qm {

double Volume::usedPercent() const
{
    if (!hasFigures() || usedBytes < 0 || availableBytes < 0)
        return -1.0;
    const double denominator = double(usedBytes) + double(availableBytes);
    if (denominator <= 0.0)
        return 0.0;
    return double(usedBytes) * 100.0 / denominator;
}

double Volume::freePercent() const
{
    const double used = usedPercent();
    return used < 0.0 ? -1.0 : 100.0 - used;
}

QString volumeStateKey(Volume::State state)
{
    switch (state) {
    case Volume::State::Ok:
        return QStringLiteral("ok");
    case Volume::State::NotResponding:
        return QStringLiteral("notResponding");
    case Volume::State::AccessDenied:
        return QStringLiteral("accessDenied");
    case Volume::State::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString usedPercentText(const Volume &volume, const QLocale &locale)
{
    switch (volume.state) {
    case Volume::State::Ok:
        return locale.toString(volume.usedPercent(), 'f', 1) + QStringLiteral(" %");
    case Volume::State::NotResponding:
        return QCoreApplication::translate("qm::Volume", "not responding");
    case Volume::State::AccessDenied:
        return QCoreApplication::translate("qm::Volume", "access denied");
    case Volume::State::Error:
        return QCoreApplication::translate("qm::Volume", "unreadable");
    }
    return {};
}

} // namespace qm
