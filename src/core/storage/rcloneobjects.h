#pragma once

// Objects of an rclone remote handled by key, in batches: their size and time now, a
// server-side move into another folder of the same remote, a deletion. One rclone run a
// batch, the keys on its standard input (`--files-from-raw -`), never in a shell string
// (docs/orphans.md, "Cleaning up").

#include "core/storage/objectlisting.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace qm {

/// An object as a listing gave it.
struct ListedObject
{
    qint64 bytes = 0;
    qint64 modifiedMs = 0;
};

/// `REMOTE:path` joined with `relative` ("" for the path itself).
QString rcloneRemotePath(const SyncEndpoint &location, const QString &relative = {});

/// Runs `rclone lsjson --recursive --files-only` of `remotePath` with `flags` before the
/// path, handing every object to `object` as it is read. False with `*error`.
bool rcloneListJson(
    const QString &remotePath, const QStringList &flags,
    const std::function<void(QByteArrayView key, qint64 bytes, qint64 modifiedMs)> &object,
    const ObjectListingOptions &options, QString *error, const QByteArray &standardInput = {});

/// The objects among `keys` (below `remotePath`) that are there now, by key. A key
/// holding a line break cannot go through a list; it is asked for on its own.
bool rcloneStatKeys(const QString &remotePath, const QList<QByteArray> &keys,
                    QHash<QByteArray, ListedObject> *found, const ObjectListingOptions &options,
                    QString *error);

/// Moves `keys` from below `fromPath` to the same keys below `toPath` (a folder of the
/// same remote: a server-side copy and delete, or a rename), with rclone's own retries
/// turned off. The caller lists both sides afterwards to learn what moved: a failure
/// here may have moved part of the batch.
bool rcloneMoveKeys(const QString &fromPath, const QString &toPath, const QList<QByteArray> &keys,
                    const ObjectListingOptions &options, QString *error);

/// Deletes `keys` below `remotePath`, retries off. Same caveat as rcloneMoveKeys.
bool rcloneDeleteKeys(const QString &remotePath, const QList<QByteArray> &keys,
                      const ObjectListingOptions &options, QString *error);

} // namespace qm
