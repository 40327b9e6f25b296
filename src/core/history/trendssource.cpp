#include "trendssource.h"

#include "historystore.h"

#include <QFileInfo>

namespace qm {

namespace {

/// Answers `query` from an open `store`.
void answer(const HistoryStore &store, const TrendsQuery &query, TrendsAnswer *out)
{
    if (query.catalogue) {
        TrendsCatalogue catalogue;
        for (const QString &host : store.hosts()) {
            const QStringList mounts = store.mounts(host);
            for (const QString &mount : mounts) {
                if (const std::optional<qint64> oldest = store.oldestTime(host, mount))
                    catalogue.oldestMs.insert({host, mount}, *oldest);
            }
            catalogue.mounts.append({host, mounts});
        }
        catalogue.grew = whatGrew(store);
        out->catalogue = std::move(catalogue);
    }
    if (query.toMs > query.fromMs) {
        for (const VolumeKey &volume : query.volumes) {
            VolumeUsage usage;
            usage.volume = volume;
            usage.buckets = usageBuckets(store, volume.first, volume.second, query.fromMs,
                                         query.toMs, query.usageColumns);
            if (query.forecastWindowSecs > 0)
                usage.forecast = volumeForecast(store, volume.first, volume.second,
                                                query.forecastWindowSecs, query.maxPercent);
            out->usage.append(std::move(usage));
        }
        if (!query.categoryHost.isEmpty())
            out->categories = categoryBuckets(store, query.categoryHost, query.fromMs, query.toMs,
                                              query.categoryColumns);
    }
}

/// Opens `store` on `path` unless it is open: false with `out` saying why not.
bool openForReading(HistoryStore &store, const QString &path, TrendsAnswer *out)
{
    if (store.isOpen())
        return true;
    // Reading never creates the database: the probes (or qmctl history import) do.
    if (!QFileInfo::exists(path)) {
        out->missing = true;
        return false;
    }
    return store.open(path, &out->error);
}

} // namespace

struct HistoryTrendsSource::Worker
{
    QString path;
    std::unique_ptr<HistoryStore> store;
};

HistoryTrendsSource::HistoryTrendsSource(const QString &path, QObject *parent)
    : TrendsSource(parent)
    , m_worker(std::make_shared<Worker>())
{
    m_worker->path = path;
    m_thread.setObjectName(QStringLiteral("trends"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    // The worker (and its database connection) ends on its own thread.
    connect(&m_thread, &QThread::finished, m_context, [worker = m_worker]() mutable {
        worker->store.reset();
        worker.reset();
    });
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

HistoryTrendsSource::~HistoryTrendsSource()
{
    m_worker.reset();
    m_thread.quit();
    m_thread.wait();
}

quint64 HistoryTrendsSource::request(const TrendsQuery &query)
{
    m_waiting = std::make_pair(++m_serial, query);
    if (!m_busy)
        runNext();
    return m_serial;
}

void HistoryTrendsSource::runNext()
{
    if (!m_waiting)
        return;
    m_busy = true;
    auto [serial, query] = std::move(*m_waiting);
    m_waiting.reset();
    QMetaObject::invokeMethod(
        m_context,
        [this, worker = m_worker, serial = serial, query = std::move(query)] {
            TrendsAnswer result;
            result.serial = serial;
            result.query = query;
            if (!worker->store)
                worker->store = std::make_unique<HistoryStore>();
            if (openForReading(*worker->store, worker->path, &result))
                answer(*worker->store, query, &result);
            else
                worker->store.reset(); // tried again at the next request
            // Back on the source's thread; `this` outlives the worker thread.
            QMetaObject::invokeMethod(
                this,
                [this, result = std::move(result)] {
                    m_busy = false;
                    Q_EMIT answered(result);
                    runNext();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

TrendsAnswer HistoryTrendsSource::read(const QString &path, const TrendsQuery &query)
{
    TrendsAnswer result;
    result.query = query;
    HistoryStore store;
    if (openForReading(store, path, &result))
        answer(store, query, &result);
    return result;
}

} // namespace qm
