#include "hoststatus.h"

#include <QCoreApplication>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HostStatus)
};

} // namespace

QString hostStatusKey(HostStatus status)
{
    switch (status) {
    case HostStatus::Ok:
        return QStringLiteral("ok");
    case HostStatus::Unreachable:
        return QStringLiteral("unreachable");
    case HostStatus::Refused:
        return QStringLiteral("refused");
    case HostStatus::AuthFailed:
        return QStringLiteral("auth-failed");
    case HostStatus::HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case HostStatus::HostKeyMismatch:
        return QStringLiteral("host-key-mismatch");
    case HostStatus::Denied:
        return QStringLiteral("denied");
    case HostStatus::Error:
        break;
    }
    return QStringLiteral("error");
}

QString hostStatusText(HostStatus status)
{
    switch (status) {
    case HostStatus::Ok:
        return Text::tr("OK");
    case HostStatus::Unreachable:
        return Text::tr("unreachable");
    case HostStatus::Refused:
        return Text::tr("connection refused");
    case HostStatus::AuthFailed:
        return Text::tr("authentication failed");
    case HostStatus::HostKeyUnknown:
        return Text::tr("host key unknown");
    case HostStatus::HostKeyMismatch:
        return Text::tr("host key changed");
    case HostStatus::Denied:
        return Text::tr("access denied");
    case HostStatus::Error:
        break;
    }
    return Text::tr("error");
}

} // namespace qm
