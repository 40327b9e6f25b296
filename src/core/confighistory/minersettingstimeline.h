#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qm {

class MinerConfigHistory;

/// One setting changed in a miner's `miner_config_history.jsonl` (docs/formats.md, the
/// miner's data directory).
struct MinerSettingChange
{
    QDateTime at;  ///< the record's `timestamp`, in UTC
    QString event; ///< "config_change", "startup", ... as written
    QString setting;
    /// The values as compact JSON text ("0.1", "\"fast\"", "null"); `oldValue` is
    /// "null" for a startup record, and for a change written as a bare value.
    QString oldValue;
    QString newValue;
    QString reason; ///< empty when the record gives none
};

/// Which setting of a miner changed when, from what to what: one row per setting of each
/// record, oldest first.
struct MinerSettingsTimeline
{
    QList<MinerSettingChange> changes;
    /// Lines that are not records (not a JSON object, or without a readable timestamp):
    /// skipped, and counted here.
    qint64 badLines = 0;
    QString error; ///< the file could not be read; empty otherwise
};

/// The timeline of an already parsed history (what the Samples page holds of each data
/// directory): each change `{setting: {old, new}}` of each record one row, in the
/// history's order (oldest first; the settings of one record by name). `badLines` is 0:
/// the parser counted those. The one conversion from records to rows.
MinerSettingsTimeline minerSettingsTimeline(const MinerConfigHistory &history);

/// The timeline of the text of a `miner_config_history.jsonl`, read by the parser the
/// Samples page uses (MinerConfigHistory::parse): records sorted by time, each change
/// `{setting: {old, new}}` one row. Never throws.
MinerSettingsTimeline minerSettingsTimeline(QByteArrayView text);

/// Reads `path` (at most 64 MiB) and makes its timeline; a missing, unreadable or too
/// large file comes back with `error` set. Blocking.
MinerSettingsTimeline readMinerSettingsTimeline(const QString &path);

/// `qmctl config miner-history --format json`: {"schemaVersion": 1, "changes": [{"at",
/// "event", "setting", "old", "new", "reason"}], "badLines": N}; old/new are the JSON
/// values written, reason null when there is none.
QJsonObject minerSettingsTimelineToJson(const MinerSettingsTimeline &timeline);

} // namespace qm
