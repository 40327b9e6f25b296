#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qm {

/// One setting changed in a miner's `miner_config_history.jsonl` (docs/formats.md, the
/// miner's data directory).
struct MinerSettingChange
{
    QDateTime at;  ///< the record's `timestamp`; invalid when missing or unreadable
    QString event; ///< "config_change", "startup", ... as written
    QString setting;
    /// The values as compact JSON text ("0.1", "\"fast\"", "null"); `oldValue` is
    /// "null" for a startup record.
    QString oldValue;
    QString newValue;
    QString reason;     ///< empty when the record gives none
    qsizetype line = 0; ///< 1-based line of the record
};

/// A line of the file that is not a record.
struct MinerHistoryBadLine
{
    qsizetype line = 0; ///< 1-based
    QString error;      ///< why it was skipped, for a person
};

/// The settings timeline of a miner, oldest first (as the file is written).
struct MinerConfigHistory
{
    QList<MinerSettingChange> changes;
    QList<MinerHistoryBadLine> badLines;
    QString error; ///< the file could not be read; empty otherwise
};

/// Parses the text of a `miner_config_history.jsonl`: one JSON object a line with
/// `timestamp`, `event`, `changes: {setting: {old, new}}` and `reason`. Blank lines are
/// skipped; a line that is not a JSON object, or whose `changes` is not an object of
/// {old, new} objects, becomes a bad line; a change whose value is missing counts as
/// null. Never throws; at most kMaxMinerHistoryLines records are kept.
MinerConfigHistory parseMinerConfigHistory(const QByteArray &text);

/// Reads and parses `path` (at most 64 MiB). A missing or unreadable file comes back
/// with `error` set. Blocking.
MinerConfigHistory readMinerConfigHistory(const QString &path);

/// `qmctl config miner-history --format json`: {"schemaVersion": 1, "changes": [{"at",
/// "event", "setting", "old", "new", "reason", "line"}], "badLines": [{"line",
/// "error"}]} (old/new as the JSON values written).
QJsonObject minerConfigHistoryToJson(const MinerConfigHistory &history);

inline constexpr qsizetype kMaxMinerHistoryLines = 1000000;

} // namespace qm
