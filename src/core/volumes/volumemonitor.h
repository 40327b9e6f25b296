#pragma once

#include "volume.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace qm {

class VolumeReader;

/// Keeps the volume list of this machine fresh without ever blocking the thread it
/// lives on: each refresh runs VolumeReader::read() on the global thread pool and hands
/// the result back through a queued signal.
///
/// refresh() while a refresh is running does not start a second one; it schedules one
/// more right after, so the result never lags behind the request.
class VolumeMonitor : public QObject
{
    Q_OBJECT

public:
    /// Uses a default VolumeReader (real mount table, statvfs, 3 s timeout per mount).
    explicit VolumeMonitor(QObject *parent = nullptr);
    /// Uses `reader` (shared: a refresh in flight keeps it alive).
    explicit VolumeMonitor(std::shared_ptr<VolumeReader> reader, QObject *parent = nullptr);
    ~VolumeMonitor() override;

    /// Interval of the automatic refresh; 0 turns it off. Starts counting anew.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    bool isRefreshing() const { return m_refreshing; }
    /// The last list read; empty before the first refresh finished.
    const VolumeList &volumes() const { return m_volumes; }
    /// When the last refresh finished (invalid before).
    QDateTime lastRefreshed() const { return m_lastRefreshed; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshStarted();
    /// Emitted once per finished refresh. On success `error` is empty.
    void volumesUpdated(const qm::VolumeList &volumes, const QString &error);

private:
    void startRefresh();

    std::shared_ptr<VolumeReader> m_reader;
    QTimer m_timer;
    VolumeList m_volumes;
    QDateTime m_lastRefreshed;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};

} // namespace qm
