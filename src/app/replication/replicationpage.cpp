#include "replicationpage.h"

#include "app/jobs/jobqueueservice.h"
#include "core/units/datasize.h"
#include "replicationdetails.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMetaMethod>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace qm {

ReplicationPage::ReplicationPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ReplicationModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_measure(new QPushButton)
    , m_cancel(new QPushButton)
    , m_syncNow(new QPushButton)
    , m_progress(new QProgressBar)
    , m_summary(new QLabel)
    , m_view(new QTreeView)
    , m_details(new QTextBrowser)
{
    setObjectName(QStringLiteral("replicationPage"));

    m_measure->setObjectName(QStringLiteral("measureButton"));
    m_measure->setText(tr("&Measure"));
    m_measure->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                        QIcon(QStringLiteral(":/icons/view-refresh.svg"))));
    m_cancel->setObjectName(QStringLiteral("cancelMeasureButton"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stop the dry runs under way"));
    m_cancel->setVisible(false);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setText(tr("&Sync Now"));
    m_progress->setObjectName(QStringLiteral("measureProgress"));
    m_progress->setVisible(false);
    m_progress->setFormat(tr("%v of %m dry runs"));
    m_progress->setMaximumWidth(220);
    m_summary->setObjectName(QStringLiteral("replicationSummary"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_measure);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_syncNow);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReplicationModel::SortRole);
    m_view->setObjectName(QStringLiteral("replicationView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReplicationModel::ProducerColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ReplicationModel::SkippedColumn, QHeaderView::Stretch);

    m_details->setObjectName(QStringLiteral("replicationDetails"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    auto *refresh = new QAction(this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refresh);
    connect(refresh, &QAction::triggered, this, &ReplicationPage::measure);
    connect(m_measure, &QPushButton::clicked, this, &ReplicationPage::measure);
    connect(m_cancel, &QPushButton::clicked, this, &ReplicationPage::cancelMeasurement);
    connect(m_syncNow, &QPushButton::clicked, this, &ReplicationPage::syncNow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    rebuildRoutes();
}

ReplicationPage::~ReplicationPage() = default;

void ReplicationPage::setConfig(const FleetConfig *config)
{
    m_config = config ? std::make_shared<const FleetConfig>(*config) : nullptr;
    rebuildRoutes();
    publishMeasurements(); // rows of hosts no longer in the config are gone
}

void ReplicationPage::setLiveStates(const QHash<QString, LiveHostState> &states)
{
    m_states = states;
    rebuildRoutes();
}

void ReplicationPage::setBackupLinks(const QList<BackupLink> &links)
{
    m_backups = links;
    rebuildRoutes();
}

void ReplicationPage::setJobQueue(JobQueueService *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    m_jobId = 0;
    m_awaitingJob = false;
    if (queue) {
        connect(queue, &JobQueueService::enqueued, this, [this](qint64 id, const JobSpec &spec) {
            // Only this page queues replication jobs, one at a time.
            if (m_awaitingJob && spec.kind == kReplicationJobKind) {
                m_awaitingJob = false;
                m_jobId = id;
                jobsChanged();
            }
        });
        connect(queue, &JobQueueService::actionFailed, this, [this](const QString &message) {
            if (!m_awaitingJob)
                return;
            m_awaitingJob = false;
            measurementFinished(JobState::Failed, message);
        });
        connect(queue, &JobQueueService::jobsChanged, this, &ReplicationPage::jobsChanged);
        connect(queue, &QObject::destroyed, this, [this] { setJobQueue(nullptr); });
    }
    updateActions();
}

RouteMeasured ReplicationPage::measurementSink(JobQueueService *queue)
{
    const QPointer<ReplicationPage> page(this);
    return [queue, page](qint64 job, const RouteMeasurement &measurement) {
        // The page is looked at only on its own thread, where it may have gone.
        QMetaObject::invokeMethod(
            queue,
            [page, job, measurement] {
                if (page)
                    page->addMeasurementOf(job, measurement);
            },
            Qt::QueuedConnection);
    };
}

void ReplicationPage::rebuildRoutes()
{
    // Keep the selected row selected across the reset.
    QString producer;
    std::optional<DataKind> kind;
    if (const ReplicationModel::Row *row = selectedRow()) {
        producer = row->route.producer;
        kind = row->route.kind;
    }
    QList<ReplicationRoute> routes =
        m_config ? replicationRoutes(*m_config, m_states) : QList<ReplicationRoute>();
    addBackupLocations(&routes, m_backups);
    m_model->setRoutes(routes);
    for (int r = 0; r < m_model->rowCount() && kind; ++r) {
        const ReplicationRoute &route = m_model->row(r)->route;
        if (route.producer == producer && route.kind == *kind) {
            m_view->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(r, 0)),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
            break;
        }
    }
    for (const int column :
         {int(ReplicationModel::ProducerColumn), int(ReplicationModel::KindColumn),
          int(ReplicationModel::FilesColumn), int(ReplicationModel::BytesColumn),
          int(ReplicationModel::OldestColumn), int(ReplicationModel::ReceiversColumn),
          int(ReplicationModel::MeasuredColumn)})
        m_view->resizeColumnToContents(column);
    updateSummary();
    updateDetails();
    updateActions();
}

void ReplicationPage::measure()
{
    if (!m_config || !replicationTarget(*m_config) || m_model->rowCount() == 0)
        return;
    if (!m_queue || m_awaitingJob)
        return;
    QList<ReplicationRoute> routes;
    for (const ReplicationModel::Row &row : m_model->rows())
        routes.append(row.route);
    if (m_jobId != 0) {
        m_queue->cancel(m_jobId);
        m_superseded.insert(m_jobId); // what it still reports is older than what comes
    }
    m_jobId = 0;
    m_awaitingJob = true;
    m_model->setMeasuring(true);
    m_progress->setMaximum(1000);
    m_progress->setValue(0);
    m_progress->setToolTip(tr("Queued in the job queue"));
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_measure->setEnabled(false);
    Q_EMIT statusMessage(
        tr("Measuring the replication of %n folder(s)…", nullptr, int(routes.size())));
    m_queue->enqueue(replicationJobSpec(routes, *replicationTarget(*m_config)));
    updateDetails();
}

void ReplicationPage::cancelMeasurement()
{
    if (m_queue && m_jobId != 0)
        m_queue->cancel(m_jobId);
}

void ReplicationPage::jobsChanged()
{
    if (!m_queue || m_jobId == 0)
        return;
    const Job *job = m_queue->job(m_jobId);
    if (!job)
        return;
    if (isFinished(job->state)) {
        const JobState state = job->state;
        const QString error = job->error;
        m_jobId = 0;
        measurementFinished(state, error);
        return;
    }
    m_progress->setValue(int(job->progress * 1000));
    m_progress->setToolTip(job->state == JobState::Queued
                               ? tr("Queued in the job queue (job %1)").arg(job->id)
                               : tr("Measuring: job %1 on the Jobs page").arg(job->id));
}

void ReplicationPage::measurementFinished(JobState state, const QString &error)
{
    m_model->setMeasuring(false);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    publishMeasurements();
    switch (state) {
    case JobState::Succeeded:
        Q_EMIT statusMessage(tr("Replication measured"));
        break;
    case JobState::Cancelled:
        Q_EMIT statusMessage(tr("Replication measurement cancelled"));
        break;
    default:
        Q_EMIT statusMessage(error.isEmpty() ? tr("Replication measurement stopped")
                                             : tr("Replication measurement: %1").arg(error));
        break;
    }
    updateSummary();
    updateDetails();
    updateActions();
}

void ReplicationPage::addMeasurementOf(qint64 job, const RouteMeasurement &measurement)
{
    if (!m_superseded.contains(job))
        addMeasurement(measurement);
}

void ReplicationPage::addMeasurement(const RouteMeasurement &measurement)
{
    m_model->setMeasurement(measurement);
    for (const int column :
         {int(ReplicationModel::FilesColumn), int(ReplicationModel::BytesColumn),
          int(ReplicationModel::OldestColumn), int(ReplicationModel::MeasuredColumn)})
        m_view->resizeColumnToContents(column);
    if (m_jobId == 0 && !m_awaitingJob)
        publishMeasurements();
    updateSummary();
    updateDetails();
    updateActions();
}

const ReplicationModel::Row *ReplicationPage::selectedRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->row(m_proxy->mapToSource(current).row()) : nullptr;
}

void ReplicationPage::syncNow()
{
    const ReplicationModel::Row *row = selectedRow();
    if (!row || !row->measurement)
        return;
    const QList<SyncRequest> requests = replicationSyncRequests(*row->measurement);
    QStringList targets;
    for (const SyncRequest &request : requests) {
        targets.append(request.destination.host);
        JobSpec spec = syncJobSpec(request);
        spec.trigger = JobTrigger::User;
        Q_EMIT syncRequested(spec);
    }
    if (!targets.isEmpty())
        Q_EMIT statusMessage(tr("Asked for %n sync(s) of %1 %2 to %3", nullptr, int(targets.size()))
                                 .arg(row->route.producer, dataKindKey(row->route.kind),
                                      targets.join(QStringLiteral(", "))));
}

void ReplicationPage::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&ReplicationPage::syncRequested))
        QMetaObject::invokeMethod(this, &ReplicationPage::updateActions, Qt::QueuedConnection);
}

void ReplicationPage::updateActions()
{
    const bool hasTarget = m_config && replicationTarget(*m_config);
    const bool measuring = m_jobId != 0 || m_awaitingJob;
    m_measure->setEnabled(m_queue && !measuring && hasTarget && m_model->rowCount() > 0);
    m_measure->setText(m_model->measurements().isEmpty() ? tr("&Measure") : tr("Re&fresh"));
    m_measure->setToolTip(
        !m_config    ? tr("Open a fleet config first")
        : !hasTarget ? tr("The config sets no sync_routing.replication_target")
        : !m_queue   ? tr("Measurements run in the app's job queue")
                     : tr("Compare each folder with its receivers now (rsync dry runs; nothing "
                            "is copied), as a job of the queue (F5)"));

    const ReplicationModel::Row *row = selectedRow();
    const bool queueConnected =
        isSignalConnected(QMetaMethod::fromSignal(&ReplicationPage::syncRequested));
    const bool needed =
        row && row->measurement && !replicationSyncRequests(*row->measurement).isEmpty();
    m_syncNow->setEnabled(queueConnected && needed);
    m_syncNow->setToolTip(
        !queueConnected ? tr("Syncs are queued from here once the app runs the job queue; "
                             "until then, `qmctl jobs add sync` takes the endpoints the details "
                             "list under “Sync Now copies”")
        : needed        ? tr("Queue the syncs that bring this data to replication_target copies")
                        : tr("Select a measured row with files at risk"));
}

void ReplicationPage::updateSummary()
{
    if (!m_config) {
        m_summary->setText(tr("No config open"));
        return;
    }
    const std::optional<int> target = replicationTarget(*m_config);
    if (!target) {
        m_summary->setText(tr("The config sets no replication_target"));
        return;
    }
    qint64 files = 0;
    qint64 bytes = 0;
    int rowsAtRisk = 0;
    int measuredOk = 0;
    int failed = 0;
    for (const RouteMeasurement &m : m_model->measurements()) {
        if (!m.ok()) {
            ++failed;
            continue;
        }
        ++measuredOk;
        if (m.tally.atRiskFiles == 0)
            continue;
        ++rowsAtRisk;
        files += m.tally.atRiskFiles;
        bytes += m.tally.atRiskBytes;
    }
    QString text = tr("Target: %n copy(ies)", nullptr, *target);
    if (measuredOk > 0)
        text += tr(" · at risk: %n file(s), %1 in %2 of %3 measured folder(s)", nullptr,
                   int(std::min<qint64>(files, std::numeric_limits<int>::max())))
                    .arg(formatDataSize(bytes))
                    .arg(rowsAtRisk)
                    .arg(measuredOk);
    if (failed > 0)
        text += tr(" · %n folder(s) could not be measured", nullptr, failed);
    m_summary->setText(text);
}

void ReplicationPage::updateDetails()
{
    if (const ReplicationModel::Row *row = selectedRow()) {
        m_details->setHtml(replicationDetailsHtml(*row));
        return;
    }
    QString text;
    if (!m_config)
        text = tr("Open a fleet config (File ▸ Open Config…) to see where each host's data is "
                  "replicated.");
    else if (!replicationTarget(*m_config))
        text = tr("The config sets no sync_routing.replication_target: there is no number of "
                  "copies to measure against.");
    else if (m_model->rowCount() == 0)
        text = tr("No ready host of the config has a folder for games, npz or models: "
                  "neither storage_paths (keys games, training_data or npz, models) nor "
                  "ringrift_path (its data/games, data/training and models folders) names one. "
                  "There is nothing to measure.");
    else
        text = tr("Select a row to see its receivers, why other hosts are skipped, and the "
                  "oldest files at risk. Measure compares each folder with its receivers.");
    m_details->setPlainText(text);
}

void ReplicationPage::publishMeasurements()
{
    const QList<ReplicationMeasurement> measurements =
        replicationForAlerts(m_model->measurements());
    if (measurements == m_published)
        return;
    m_published = measurements;
    Q_EMIT measurementsChanged(measurements);
}

} // namespace qm
