#include "volumemonitor.h"

#include "volumereader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace qm {

namespace {
struct ReadResult
{
    VolumeList volumes;
    QString error;
};
} // namespace

VolumeMonitor::VolumeMonitor(QObject *parent)
    : VolumeMonitor(std::make_shared<VolumeReader>(), parent)
{}

VolumeMonitor::VolumeMonitor(std::shared_ptr<VolumeReader> reader, QObject *parent)
    : QObject(parent)
    , m_reader(std::move(reader))
{
    qRegisterMetaType<qm::VolumeList>();
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &VolumeMonitor::refresh);
}

VolumeMonitor::~VolumeMonitor() = default;

void VolumeMonitor::setInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(interval);
}

std::chrono::milliseconds VolumeMonitor::interval() const
{
    return m_timer.isActive() ? m_timer.intervalAsDuration() : std::chrono::milliseconds(0);
}

void VolumeMonitor::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    startRefresh();
}

void VolumeMonitor::startRefresh()
{
    m_refreshing = true;
    m_refreshAgain = false;
    Q_EMIT refreshStarted();
    // A watcher owned by this object rather than QFuture::then(this, ...): in Qt 6.4 a
    // continuation whose context was destroyed first asserts. The watcher dies with the
    // monitor; the reader is captured by value, so a refresh still running then finishes
    // on its own and its result is dropped.
    auto *watcher = new QFutureWatcher<ReadResult>(this);
    connect(watcher, &QFutureWatcher<ReadResult>::finished, this, [this, watcher] {
        const ReadResult result = watcher->result();
        watcher->deleteLater();
        m_refreshing = false;
        m_volumes = result.volumes;
        m_lastRefreshed = QDateTime::currentDateTime();
        Q_EMIT volumesUpdated(m_volumes, result.error);
        if (m_refreshAgain)
            startRefresh();
    });
    watcher->setFuture(QtConcurrent::run([reader = m_reader] {
        ReadResult result;
        result.volumes = reader->read(&result.error);
        return result;
    }));
}

} // namespace qm
