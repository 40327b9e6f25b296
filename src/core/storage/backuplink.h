#pragma once

// A storage location named as the backup of a host's data kind (the fleet's S3 backup
// daemon mirrored models and game databases to a bucket): the replication measurement
// counts what it holds as a copy, and the Stale backup alert watches its newest object
// (docs/orphans.md, "Backups").

#include "core/config/fleetconfig.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace qm {

struct BackupLink
{
    QString host; ///< the producer whose folder is backed up
    DataKind kind = DataKind::Games;
    QString location; ///< where the copy lives, as SyncEndpoint::parse() reads it; its keys
                      ///< are the paths below the producer's folder for the kind

    friend bool operator==(const BackupLink &, const BackupLink &) = default;
};

/// "HOST/KIND=LOCATION", the form `qmctl replication --backup` takes.
QString backupLinkText(const BackupLink &link);
/// The link `text` says ("HOST/KIND=LOCATION"); nothing, with `*error` for a person,
/// when it does not read (no "=", an unknown kind, a location that does not parse).
std::optional<BackupLink> parseBackupLink(const QString &text, QString *error);

QJsonArray backupLinksToJson(const QList<BackupLink> &links);
/// The links of `json` that read; the others are left out.
QList<BackupLink> backupLinksFromJson(const QJsonArray &json);

} // namespace qm
