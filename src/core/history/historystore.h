#pragma once

#include "core/appdata/appdata.h"
#include "core/history/forecast.h"
#include "core/history/historyretention.h"
#include "core/hosts/hostprobe.h"
#include "core/sql/sqlconnection.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace qm {

/// One rollup bucket of a volume (ten minutes, hourly, six-hourly or daily): min, max
/// and mean of its used bytes, the mean time of its samples, and from the samples that
/// recorded their available bytes, the mean of those and the least and greatest used %.
struct VolumeRollup
{
    qint64 startMs = 0;
    int samples = 0;
    qint64 usedMin = 0;
    qint64 usedMax = 0;
    double usedMean = 0;
    qint64 totalBytes = 0; ///< the largest size seen in the bucket
    /// The mean time of the samples it holds, where its mean usage belongs (a bucket's
    /// samples need not fill it: the newest hour may end at 11:06). For rollups made
    /// before schema version 5, which did not keep it, the middle of the bucket.
    qint64 timeMs = 0;
    /// The mean available bytes; -1 when no sample of the bucket recorded them (rollups
    /// made before schema version 5, imports without available_bytes).
    double availableMean = -1;
    /// used / (used + available) * 100 at its least and greatest; -1 when unknown, as
    /// availableMean.
    double usedPercentMin = -1;
    double usedPercentMax = -1;
};

/// One volume sample or data-category figure to add to the history from outside (a
/// CSV import): a volume sample when `mount` is set, a category figure when `category`
/// is set (both on one row is fine).
struct ImportedSample
{
    QString host;
    qint64 timeMs = 0;
    QString mount;
    qint64 totalBytes = -1;
    qint64 usedBytes = -1;
    QString category;
    qint64 categoryBytes = -1;
    /// What an unprivileged user could still write (df's "Avail"); -1 when not known,
    /// which the history keeps as unknown rather than guessing it from the size.
    qint64 availableBytes = -1;
};

/// A data category's size at one probe: its sum over the host's data roots.
struct CategoryPoint
{
    qint64 timeMs = 0;
    QString category;
    qint64 bytes = 0;
};

/// The local history of probes (SQLite, WAL): every probe of every host with its
/// volumes, data categories and daemons, for the trends and for "unreachable since".
/// The schema is versioned (`PRAGMA user_version`) and migrated on open. One store
/// per thread: a connection is used only by the thread that opened it.
class HistoryStore
{
public:
    static constexpr int kSchemaVersion = 9;
    static constexpr qint64 kHourMs = 3600 * 1000;
    /// The period of the rollups between raw samples and hourly ones, for views of a
    /// week: kept as long as raw samples.
    static constexpr qint64 kTenMinutesMs = 10 * 60 * 1000;
    /// The period of the rollups between hourly and daily, for views of a year or so:
    /// 1,460 a year fill a chart of 1,600 pixels.
    static constexpr qint64 kSixHoursMs = 6 * kHourMs;
    static constexpr qint64 kDayMs = 24 * kHourMs;

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    /// Opens (creating) `path` and brings its schema up to date. False and `error`
    /// when it cannot be opened, or was written by a newer Quartermaster.
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QString path() const { return m_connection.path(); }

    /// Records one probe, all or nothing. False and `error` on a database error.
    bool record(const HostProbe &probe, QString *error);

    /// When `host` began failing: the time of the oldest failed probe after its last
    /// successful one. Invalid when its latest probe succeeded or it has none.
    QDateTime failingSince(const QString &host) const;

    /// The latest probe of `host` as recorded (status, error, volumes, categories,
    /// daemons); `name` empty when there is none.
    HostProbe latestProbe(const QString &host) const;

    /// What imported samples (`qmctl history import`) last knew of `host`: the newest
    /// sample of each of its volumes, as one answered probe stamped with the newest of
    /// them, transport "import"; `name` empty when nothing of `host` was imported.
    /// Never what latestProbe() gives: an import says nothing of reaching the host.
    HostProbe latestImportedProbe(const QString &host) const;

    /// How many probes are recorded for `host` (all hosts when empty).
    qint64 probeCount(const QString &host = QString()) const;

    /// Adds samples from outside, all or nothing; samples of one host and time form one
    /// probe (transport "import"). The rollups of their hours and days are redone by the
    /// next maintenance. False and `error` on a database error.
    bool import(const QList<ImportedSample> &samples, QString *error);

    /// Rolls complete ten-minute periods, hours, six-hour periods and days up
    /// (min/max/mean per volume and data category) and drops what `retention` no longer
    /// keeps: raw probes and ten-minute rollups older than rawDays, hourly rollups older
    /// than hourlyDays; six-hourly and daily rollups stay. Safe to repeat.
    bool maintain(qint64 nowMs, const HistoryRetention &retention, QString *error);

    /// Hosts and their volumes' mount points with samples or rollups, sorted; mounts
    /// recorded as system filesystems (proc, tmpfs under /run, ...) are left out.
    QStringList hosts() const;
    QStringList mounts(const QString &host) const;

    /// Raw samples of one volume with fromMs <= time <= toMs, oldest first; available
    /// bytes -1 where they were not recorded.
    QList<VolumePoint> volumeSamples(const QString &host, const QString &mount, qint64 fromMs,
                                     qint64 toMs) const;
    /// The usage of one volume over [fromMs, toMs] at the finest level kept: raw
    /// samples, then before the oldest of them hourly means, then before those daily
    /// means, each mean at the mean time of its samples (VolumeRollup::timeMs) with the
    /// mean available bytes (-1 where unknown). Oldest first, never two levels for the
    /// same time. With `resolutionMs` of an hour or more, hourly means serve wherever
    /// hours are rolled up and raw samples only after them: a month is then 720 points,
    /// not 43,200.
    QList<VolumePoint> volumeHistory(const QString &host, const QString &mount, qint64 fromMs,
                                     qint64 toMs, qint64 resolutionMs = 0) const;
    /// The time of the newest sample (or rollup mean) of one volume; nullopt when the
    /// history has none.
    std::optional<qint64> newestTime(const QString &host, const QString &mount) const;
    /// The raw category figures of `host` with fromMs <= time <= toMs, oldest first.
    QList<CategoryPoint> categorySamples(const QString &host, qint64 fromMs, qint64 toMs) const;
    /// The time of the oldest sample or rollup start of one volume; nullopt when the
    /// history has none.
    std::optional<qint64> oldestTime(const QString &host, const QString &mount) const;
    /// Rollups of one volume (`periodMs` kTenMinutesMs, kHourMs, kSixHoursMs or kDayMs)
    /// starting in [fromMs, toMs].
    QList<VolumeRollup> volumeRollups(const QString &host, const QString &mount, qint64 periodMs,
                                      qint64 fromMs, qint64 toMs) const;

    /// Until when (exclusive) rollups of `periodMs` (kTenMinutesMs, kHourMs, kSixHoursMs
    /// or kDayMs) are complete:
    /// the maintenance watermark; the lowest qint64 before the first maintenance.
    qint64 rolledUpUntil(qint64 periodMs) const;

    /// This store's connection, for the stores of other records kept in the same file
    /// (alerts); used only on the thread that opened the store.
    QSqlDatabase database() const;

private:
    /// Moves the schema from version `from` to the latest, inside the migration's
    /// transaction.
    bool migrate(int from, QString *error);
    bool rollUp(qint64 periodMs, qint64 fromMs, qint64 toMs, QString *error);
    qint64 watermark(const QString &name) const;
    bool setWatermark(const QString &name, qint64 valueMs, bool onlyLower, QString *error);

    SqlConnection m_connection;
};

} // namespace qm
