#pragma once

#include <QMetaType>
#include <QString>

namespace qm {

/// How a host answered its last probe. Each failure is its own state because each
/// asks the user for a different action (start the host, open the port, install the
/// key, accept or investigate the host key, grant access).
enum class HostStatus {
    Ok,
    Unreachable,     ///< no route, name not found, connect timed out, `.invalid` name
    Refused,         ///< the port is closed (TCP connection refused)
    AuthFailed,      ///< SSH refused every key offered
    HostKeyUnknown,  ///< no known_hosts entry: the user must accept the key first
    HostKeyMismatch, ///< known_hosts holds a different key: possible impersonation
    Denied,          ///< connected, but the probe was refused access (permissions, TCC)
    Error,           ///< anything else; the error text says what
};

/// "ok", "unreachable", "refused", "auth-failed", "host-key-unknown",
/// "host-key-mismatch", "denied", "error": the JSON keys of `qmctl probe`.
QString hostStatusKey(HostStatus status);

/// The status in the user's words (translated).
QString hostStatusText(HostStatus status);

} // namespace qm

Q_DECLARE_METATYPE(qm::HostStatus)
