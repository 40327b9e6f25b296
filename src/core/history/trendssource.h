#pragma once

// What the Trends page reads of a history, asked for and answered asynchronously, so
// that no query runs on the GUI thread: TrendsSource is the interface (a range-query
// source such as a Prometheus server can implement it too), HistoryTrendsSource the
// one over the SQLite history, on a worker thread with its own connection.

#include "forecast.h"
#include "growth.h"
#include "historyseries.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace qm {

using VolumeKey = QPair<QString, QString>; ///< host, mount point

/// One question to a TrendsSource. What is left at its default is not read.
struct TrendsQuery
{
    /// The hosts and volumes the source knows, the oldest time of each, and what grew.
    bool catalogue = false;
    /// The volumes to chart, over [fromMs, toMs] in `usageColumns` columns.
    QList<VolumeKey> volumes;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int usageColumns = 0;
    /// The forecast of each of `volumes` over this window (volumeForecast()); 0: none.
    qint64 forecastWindowSecs = 0;
    std::optional<double> maxPercent; ///< the config's max_disk_usage_percent
    /// The data categories of this host over the same span in `categoryColumns`.
    QString categoryHost;
    int categoryColumns = 0;
};

/// The hosts and volumes a source knows.
struct TrendsCatalogue
{
    QList<QPair<QString, QStringList>> mounts; ///< each host (sorted) with its mounts
    QHash<VolumeKey, qint64> oldestMs;         ///< the oldest sample or rollup of each
    QList<CategoryGrowth> grew;                ///< whatGrew(), largest first
};

/// The usage of one charted volume.
struct VolumeUsage
{
    VolumeKey volume;
    QList<UsageBucket> buckets;
    std::optional<Forecast> forecast; ///< when the query asked for forecasts
};

/// A source's answer to the query it was given.
struct TrendsAnswer
{
    quint64 serial = 0; ///< what request() returned for the query
    TrendsQuery query;
    bool missing = false; ///< there is no history yet (nothing read, not an error)
    QString error;        ///< the history cannot be read; empty when it was
    std::optional<TrendsCatalogue> catalogue;
    QList<VolumeUsage> usage; ///< in the order of query.volumes
    CategoryBuckets categories;
};

/// Answers TrendsQuery in the background. Each request gets a serial number; its answer
/// comes later through `answered`, on the thread that made the source. Requests are not
/// queued up: while one is read, only the newest one asked for since waits, the others
/// are dropped unanswered (a range dragged across the chart reads its last state).
class TrendsSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual quint64 request(const TrendsQuery &query) = 0;

Q_SIGNALS:
    void answered(const qm::TrendsAnswer &answer);
};

/// A TrendsSource over the history database at `path`, read on a worker thread with a
/// connection of its own (opened at the first request, read-only in effect: a missing
/// file is reported as `missing`, never created).
class HistoryTrendsSource : public TrendsSource
{
    Q_OBJECT

public:
    explicit HistoryTrendsSource(const QString &path, QObject *parent = nullptr);
    /// Waits for the query being read, then closes the connection on its thread.
    ~HistoryTrendsSource() override;

    quint64 request(const TrendsQuery &query) override;

    /// Reads `query` from the history at `path` here and now, on the calling thread:
    /// what the worker does, for a caller that is itself a worker (and for tests).
    static TrendsAnswer read(const QString &path, const TrendsQuery &query);

private:
    struct Worker;
    void runNext();

    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread; the reads run with it
    std::shared_ptr<Worker> m_worker;
    quint64 m_serial = 0;
    bool m_busy = false;
    std::optional<std::pair<quint64, TrendsQuery>> m_waiting;
};

} // namespace qm
