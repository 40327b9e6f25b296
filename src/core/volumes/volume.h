#pragma once

#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>

namespace qm {

/// One mounted filesystem of a host, with its figures as `df` reports them.
///
/// Figures follow docs/architecture.md, "Disk figures": `usedBytes` is what the filesystem has
/// allocated (blocks - free blocks), `availableBytes` is what an unprivileged user can still write
/// (root-reserved blocks excluded), so `used + available` may be less than `total`. When the volume
/// could not be read (`state != State::Ok`), the byte counts are -1 and `usedPercent()` is
/// negative.
struct Volume
{
    enum class State {
        Ok,            ///< figures read
        NotResponding, ///< statvfs did not return in time (a dead network mount)
        AccessDenied,  ///< EACCES/EPERM (on macOS: privacy controls, TCC)
        Error,         ///< any other failure; see `errorString`
    };

    QString mountPoint;
    QString device;
    QString fsType;
    qint64 totalBytes = -1;
    qint64 usedBytes = -1;
    qint64 availableBytes = -1;
    bool readOnly = false;
    /// A pseudo or runtime filesystem (proc, sysfs, tmpfs under /run, snap images,
    /// container layers other than `/`): hidden unless the user asks for them.
    /// `/` is never a system volume.
    bool system = false;
    /// Why `system` is set, in the user's words (translated); empty otherwise.
    QString systemReason;
    State state = State::Ok;
    /// Set when `state` is not `Ok`: what went wrong, for a person to act on.
    QString errorString;

    bool hasFigures() const { return state == State::Ok && totalBytes >= 0; }

    /// used / (used + available) * 100, the figure `df` shows (before its rounding
    /// up); 0 for an empty filesystem; negative when there are no figures.
    double usedPercent() const;

    /// 100 - usedPercent(); negative when there are no figures.
    double freePercent() const;

    friend bool operator==(const Volume &, const Volume &) = default;
};

using VolumeList = QList<Volume>;

/// Stable machine-readable name of a state ("ok", "notResponding", "accessDenied",
/// "error"), as used in JSON output.
QString volumeStateKey(Volume::State state);

/// The used percentage with one decimal in `locale` ("42.0 %"), or when the volume has
/// no figures, its state in words ("not responding"), translated.
QString usedPercentText(const Volume &volume, const QLocale &locale);

} // namespace qm

Q_DECLARE_METATYPE(qm::Volume)
Q_DECLARE_METATYPE(qm::VolumeList)
