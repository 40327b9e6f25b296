#include "samplespage.h"

#include "app/jobs/jobqueueservice.h"
#include "core/async/whenfinished.h"
#include "core/cleanup/cleanupjob.h"
#include "core/jobkinds/jobkindcatalogue.h"
#include "core/remote/fleetaccess.h"
#include "core/settings/settings.h"
#include "core/units/datasize.h"
#include "minersettingsview.h"
#include "reasonchart.h"
#include "samplecleanupdialog.h"
#include "sampledetails.h"
#include "samplefilterbar.h"
#include "samplegallery.h"
#include "samplesmodel.h"
#include "splatpreview.h"
#include "thumbnailcache.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <climits>

namespace qm {

/// What reading one source gave.
struct SamplesPage::SourceResult
{
    SampleSource source;
    std::optional<SampleSourceIndex> index;
    QString error;
    QHash<QString, QString> cachedCopies; ///< "host\npath" → local copy, for its samples
};

namespace {

QString copyKey(const QString &host, const QString &path)
{
    return host + QLatin1Char('\n') + path;
}

} // namespace

SamplesPage::SamplesPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("samplesPage"));
    const QString cacheRoot = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    m_cache = std::make_shared<SampleCache>(cacheRoot + QStringLiteral("/samples"),
                                            settings->sampleCacheBytes());
    m_model = new SamplesModel(this);
    m_filter = new SamplesFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_thumbnails =
        new ThumbnailCache(cacheRoot + QStringLiteral("/thumbnails"), QSize(160, 120), this);
    connect(m_model, &SamplesModel::thumbnailWanted, m_thumbnails, &ThumbnailCache::request);
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, m_model, &SamplesModel::setThumbnail);
    connect(m_thumbnails, &ThumbnailCache::thumbnailFailed, m_model,
            &SamplesModel::setThumbnailFailed);

    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QHBoxLayout;
    m_reloadAction = new QAction(tr("Reload"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reloadAction->setToolTip(tr("Read the data directories again (F5)"));
    connect(m_reloadAction, &QAction::triggered, this, &SamplesPage::reload);
    m_deleteAction = new QAction(tr("Delete Selected…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &SamplesPage::deleteSelected);
    m_ruleAction = new QAction(tr("Clean Up by Rule…"), this);
    connect(m_ruleAction, &QAction::triggered, this, &SamplesPage::cleanUpByRule);
    addActions({m_reloadAction, m_deleteAction, m_ruleAction});
    for (QAction *action : {m_reloadAction, m_deleteAction, m_ruleAction}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        toolbar->addWidget(button);
    }
    m_directories = new QToolButton;
    m_directories->setObjectName(QStringLiteral("sampleDirectoriesButton"));
    m_directories->setText(tr("Data Directories"));
    m_directories->setPopupMode(QToolButton::InstantPopup);
    m_directories->setMenu(new QMenu(m_directories));
    toolbar->addWidget(m_directories);
    m_loading = new QProgressBar;
    m_loading->setMaximumWidth(160);
    m_loading->hide();
    toolbar->addWidget(m_loading);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("samplesStatus"));
    m_status->setWordWrap(true);
    toolbar->addWidget(m_status, 1);
    layout->addLayout(toolbar);

    m_filterBar = new SampleFilterBar;
    connect(m_filterBar, &SampleFilterBar::changed, this, &SamplesPage::applyFilters);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filterBar, &SampleFilterBar::focusText);
    addAction(find);
    layout->addWidget(m_filterBar);

    auto *splitter = new QSplitter(Qt::Horizontal);
    auto *left = new QSplitter(Qt::Vertical);
    m_views = new QTabWidget;
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("samplesTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SamplesModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_gallery = new QListView;
    m_gallery->setObjectName(QStringLiteral("samplesGallery"));
    const QSize item = m_thumbnails->thumbnailSize() + QSize(24, 40);
    auto *gallery = new SampleGalleryModel(m_thumbnails->thumbnailSize(), item, this);
    gallery->setSourceModel(m_filter);
    m_gallery->setModel(gallery);
    m_gallery->setItemDelegate(new SampleGalleryDelegate(m_gallery));
    m_gallery->setModelColumn(SamplesModel::File);
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setIconSize(m_thumbnails->thumbnailSize());
    m_gallery->setGridSize(item);
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setWordWrap(true);
    m_gallery->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_views->addTab(m_table, tr("Table"));
    m_views->addTab(m_gallery, tr("Gallery"));
    m_settingsHistory = new MinerSettingsView;
    m_views->addTab(m_settingsHistory, tr("Settings history"));
    left->addWidget(m_views);
    m_chart = new ReasonChart;
    left->addWidget(m_chart);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    m_details = new SampleDetails;
    m_details->setCache(m_cache);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 560});
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SamplesPage::currentChanged);
    connect(m_gallery->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SamplesPage::currentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SamplesPage::updateActions);
    connect(m_gallery->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SamplesPage::updateActions);
    // The other view takes over the sample shown.
    connect(m_views, &QTabWidget::currentChanged, this, [this, gallery] {
        const std::optional<SampleRecord> shown = m_details->sample();
        int row = -1;
        for (int r = 0; shown && r < m_filter->rowCount() && row < 0; ++r) {
            const SampleRecord &sample =
                m_model->sample(m_filter->mapToSource(m_filter->index(r, 0)).row());
            if (sample.source == shown->source && sample.relativePath == shown->relativePath)
                row = r;
        }
        if (row >= 0 && m_views->currentWidget() == m_gallery)
            m_gallery->setCurrentIndex(gallery->index(row, SamplesModel::File));
        else if (row >= 0)
            m_table->selectRow(row);
        else
            currentChanged();
        updateActions();
    });
    connect(m_details, &SampleDetails::fetched, this,
            [this](const QString &host, const QString &path, const QString &localPath) {
                m_cachedCopies.insert(copyKey(host, path), localPath);
                m_model->setLocalPath(m_model->rowOf(host, path), localPath);
            });
    // The chart follows the rows shown, a moment after the last change.
    m_chartTimer = new QTimer(this);
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(200);
    connect(m_chartTimer, &QTimer::timeout, this,
            [this] { m_chart->setSamples(m_filter->shownSamples()); });
    const auto chartLater = [this] { m_chartTimer->start(); };
    connect(m_filter, &QAbstractItemModel::modelReset, this, chartLater);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, chartLater);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, chartLater);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, chartLater);
    m_sourcesTimer = new QTimer(this);
    m_sourcesTimer->setSingleShot(true);
    m_sourcesTimer->setInterval(1000);
    connect(m_sourcesTimer, &QTimer::timeout, this, &SamplesPage::reload);
    connect(m_settings, &Settings::samplesChanged, this, [this] {
        m_cache = std::make_shared<SampleCache>(m_cache->folder(), m_settings->sampleCacheBytes());
        m_details->setCache(m_cache);
        updateDirectoryMenu();
        if (m_shown)
            reload();
    });
    updateDirectoryMenu();
    updateActions();
}

SamplesPage::~SamplesPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SamplesPage::applyFilters()
{
    m_filterBar->apply(m_filter);
    m_chartTimer->start();
    updateActions();
    if (!isLoading())
        updateStatus();
}

void SamplesPage::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString status;
    if (shown == total) {
        status = tr("%n sample(s)", nullptr, total);
    } else {
        // What the filters hide, so that a count that differs from the table explains
        // itself.
        const QStringList hidden = m_filter->hiddenTexts();
        status = tr("%1 of %n sample(s) shown — %2 hidden by the filters (%3)", nullptr, total)
                     .arg(QLocale().toString(shown), QLocale().toString(total - shown),
                          hidden.join(QStringLiteral(", ")));
    }
    if (m_badLines > 0)
        status += QStringLiteral("; ") + tr("%n log line(s) not readable, skipped", nullptr,
                                            int(std::min<qint64>(m_badLines, INT_MAX)));
    m_status->setToolTip(m_notes.join(QLatin1Char('\n')));
    if (!m_notes.isEmpty())
        status +=
            QStringLiteral(" — ") + m_notes.first() +
            (m_notes.size() > 1 ? tr(" (and %n more: hover)", nullptr, int(m_notes.size() - 1))
                                : QString());
    m_status->setText(status);
}

void SamplesPage::setEnvironment(std::shared_ptr<const FleetConfig> config, const SshOptions &ssh)
{
    const QList<SampleSource> before = sources();
    m_access = FleetAccess::withPrograms(std::move(config), ssh);
    m_details->setAccess(m_access);
    updateDirectoryMenu();
    if (m_shown && sources() != before)
        m_sourcesTimer->start();
}

void SamplesPage::setJobQueue(JobQueueService *queue)
{
    m_queue = queue;
    if (m_queue) {
        connect(m_queue, &JobQueueService::enqueued, this, [this](qint64 id, const JobSpec &spec) {
            if (spec.kind == kCleanupJobKind &&
                m_cleanupTargets.remove(standardJobKinds().target(spec)))
                m_cleanupJobs.insert(id);
        });
        connect(m_queue, &JobQueueService::jobsChanged, this, &SamplesPage::jobsChanged);
    }
    updateActions();
}

QList<SampleSource> SamplesPage::sources() const
{
    QList<SampleSource> list;
    for (const QString &directory : m_settings->sampleDataDirectories())
        list.append({QString(), QDir::cleanPath(directory)});
    if (m_access.config)
        for (const FleetHost &host : m_access.config->hosts)
            if (!host.dataDir.isEmpty())
                list.append({host.name, QDir::cleanPath(host.dataDir)});
    return list;
}

void SamplesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        reload();
    }
}

void SamplesPage::reload()
{
    m_sourcesTimer->stop();
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_loadGeneration;
    const QList<SampleSource> list = sources();
    m_indexes.clear();
    m_errors.clear();
    m_pendingSources = int(list.size());
    if (list.isEmpty()) {
        rebuild();
        m_status->setText(tr("No data directory yet: add one of this machine under Data "
                             "Directories, or give hosts a data_dir in the config."));
        Q_EMIT loaded();
        return;
    }
    m_loading->setRange(0, int(list.size()));
    m_loading->setValue(0);
    m_loading->show();
    m_status->setText(tr("Reading %n data director(ies)…", nullptr, int(list.size())));
    for (const SampleSource &source : list) {
        whenFinished(
            this,
            QtConcurrent::run([source, access = m_access, cancel = m_cancel, cache = m_cache] {
                SourceResult result;
                result.source = source;
                result.index = indexSamples(source, access, QDateTime::currentMSecsSinceEpoch(),
                                            cancel.get(), &result.error);
                if (result.index && !source.host.isEmpty()) {
                    for (const SampleRecord &sample : std::as_const(result.index->samples)) {
                        const QString copy = cache->pathFor(sample);
                        if (QFileInfo(copy).size() == sample.sizeBytes)
                            result.cachedCopies.insert(copyKey(source.host, sample.absolutePath()),
                                                       copy);
                    }
                }
                return result;
            }),
            [this, generation](const SourceResult &result) { sourceRead(generation, result); });
    }
}

void SamplesPage::sourceRead(quint64 generation, const SourceResult &result)
{
    if (generation != m_loadGeneration)
        return;
    const QString label = result.source.label();
    if (result.index)
        m_indexes.insert(label, *result.index);
    else
        m_errors.insert(label, result.error);
    for (auto it = result.cachedCopies.cbegin(); it != result.cachedCopies.cend(); ++it)
        m_cachedCopies.insert(it.key(), it.value());
    --m_pendingSources;
    m_loading->setValue(m_loading->maximum() - m_pendingSources);
    if (m_pendingSources > 0)
        return;
    m_loading->hide();
    rebuild();
    Q_EMIT loaded();
}

void SamplesPage::rebuild()
{
    QList<SampleRecord> all;
    QStringList notes;
    qint64 badLines = 0;
    QSet<QString> reasons;
    bool notInLog = false;
    QList<MinerSettingsModel::SourceHistory> histories;
    qint64 badConfigLines = 0;
    for (const SampleSource &source : sources()) {
        const QString label = source.label();
        if (m_errors.contains(label)) {
            notes.append(tr("%1: %2").arg(label, m_errors.value(label)));
            continue;
        }
        const auto found = m_indexes.constFind(label);
        if (found == m_indexes.cend())
            continue;
        all += found->samples;
        badLines += found->badHistoryLines;
        histories.append({found->source, found->configHistory});
        badConfigLines += found->badConfigLines;
        for (const QString &warning : found->warnings)
            notes.append(tr("%1: %2").arg(label, warning));
        if (found->pending && found->pending->stuck > 0)
            notes.append(tr("%1: %n generation(s) pending for more than an hour", nullptr,
                            found->pending->stuck)
                             .arg(label));
        for (const SampleRecord &sample : found->samples) {
            if (sample.log && !sample.reason().isEmpty())
                reasons.insert(sample.reason());
            notInLog = notInLog || (!sample.log && sample.set == SampleSet::Rejected);
        }
    }
    const QString currentPath =
        m_details->sample() ? m_details->sample()->absolutePath() : QString();
    m_model->setSamples(all);
    for (int row = 0; row < all.size(); ++row) {
        const SampleRecord &sample = all[row];
        const QString local =
            sample.source.host.isEmpty()
                ? sample.absolutePath()
                : m_cachedCopies.value(copyKey(sample.source.host, sample.absolutePath()));
        if (!local.isEmpty())
            m_model->setLocalPath(row, local);
    }

    QStringList reasonList(reasons.cbegin(), reasons.cend());
    std::sort(reasonList.begin(), reasonList.end());
    if (notInLog)
        reasonList.append(SamplesFilterModel::notInLogReason());
    m_filterBar->setChoices(sources(), reasonList);
    m_settingsHistory->setHistories(histories, badConfigLines);
    applyFilters();
    if (!all.isEmpty())
        m_table->resizeColumnsToContents();

    m_badLines = badLines;
    m_notes = notes;
    updateStatus();
    // The sample shown stays shown when it is still there.
    if (!currentPath.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const SampleRecord &sample =
                m_model->sample(m_filter->mapToSource(m_filter->index(row, 0)).row());
            if (sample.absolutePath() == currentPath) {
                m_table->selectRow(row);
                return;
            }
        }
        m_details->setSample(std::nullopt);
    }
}

void SamplesPage::currentChanged()
{
    QModelIndex current = m_views->currentWidget() == m_gallery
                              ? m_gallery->currentIndex()
                              : m_table->selectionModel()->currentIndex();
    if (current.isValid() && current.model() != m_filter)
        current = static_cast<const QIdentityProxyModel *>(current.model())->mapToSource(current);
    if (!current.isValid()) {
        m_details->setSample(std::nullopt);
        return;
    }
    const SampleRecord &sample = m_model->sample(m_filter->mapToSource(current).row());
    if (m_details->sample() && m_details->sample()->absolutePath() == sample.absolutePath() &&
        m_details->sample()->source == sample.source)
        return;
    const auto index = m_indexes.constFind(sample.source.label());
    m_details->setSample(sample,
                         index == m_indexes.cend() ? MinerConfigHistory() : index->configHistory);
}

QList<SampleRecord> SamplesPage::selectedSamples() const
{
    QList<SampleRecord> selected;
    if (m_views->currentWidget() == m_settingsHistory)
        return selected; // the samples selected are not in view: nothing to delete
    const bool gallery = m_views->currentWidget() == m_gallery;
    const QModelIndexList rows = gallery ? m_gallery->selectionModel()->selectedIndexes()
                                         : m_table->selectionModel()->selectedRows();
    for (QModelIndex index : rows) {
        if (gallery)
            index = static_cast<const QIdentityProxyModel *>(index.model())->mapToSource(index);
        selected.append(m_model->sample(m_filter->mapToSource(index).row()));
    }
    return selected;
}

void SamplesPage::deleteSelected()
{
    const QList<SampleRecord> selected = selectedSamples();
    if (selected.isEmpty() || !m_queue)
        return;
    auto *dialog = SampleCleanupDialog::forSelection(selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { queueCleanup(dialog->requests()); });
    dialog->open();
}

void SamplesPage::cleanUpByRule()
{
    if (!m_queue)
        return;
    auto *dialog = SampleCleanupDialog::forRule(m_filter->shownSamples(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { queueCleanup(dialog->requests()); });
    dialog->open();
}

void SamplesPage::queueCleanup(const QList<CleanupJobRequest> &requests)
{
    if (!m_queue || requests.isEmpty())
        return;
    qint64 files = 0;
    for (const CleanupJobRequest &request : requests) {
        const JobSpec spec = cleanupJobSpec(request);
        m_cleanupTargets.insert(standardJobKinds().target(spec));
        m_queue->enqueue(spec);
        files += request.rule.onlyFiles.size();
    }
    Q_EMIT statusMessage(
        tr("Queued %n cleanup job(s) for %1: see the Jobs page", nullptr, int(requests.size()))
            .arg(tr("%n sample(s)", nullptr, int(std::min<qint64>(files, INT_MAX)))));
}

void SamplesPage::jobsChanged()
{
    if (m_cleanupJobs.isEmpty() || !m_queue)
        return;
    bool finished = false;
    for (auto it = m_cleanupJobs.begin(); it != m_cleanupJobs.end();) {
        const Job *job = m_queue->job(*it);
        if (job && job->state != JobState::Queued && job->state != JobState::Running) {
            finished = true;
            it = m_cleanupJobs.erase(it);
        } else {
            ++it;
        }
    }
    if (finished)
        reload(); // what the cleanups removed leaves the list
}

void SamplesPage::addDataDirectory()
{
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Add a Miner Data Directory"), QDir::homePath());
    if (directory.isEmpty())
        return;
    QStringList directories = m_settings->sampleDataDirectories();
    if (!directories.contains(directory))
        directories.append(directory);
    m_settings->setSampleDataDirectories(directories);
}

void SamplesPage::updateDirectoryMenu()
{
    QMenu *menu = m_directories->menu();
    menu->clear();
    menu->addAction(tr("Add Data Directory of This Machine…"), this,
                    &SamplesPage::addDataDirectory);
    const QStringList directories = m_settings->sampleDataDirectories();
    if (!directories.isEmpty()) {
        menu->addSeparator();
        for (const QString &directory : directories)
            menu->addAction(tr("Stop Reading %1").arg(directory), this, [this, directory] {
                QStringList kept = m_settings->sampleDataDirectories();
                kept.removeAll(directory);
                m_settings->setSampleDataDirectories(kept);
            });
    }
    if (m_access.config) {
        menu->addSeparator();
        for (const FleetHost &host : m_access.config->hosts)
            if (!host.dataDir.isEmpty())
                menu->addAction(tr("%1:%2 (data_dir in the config)").arg(host.name, host.dataDir))
                    ->setEnabled(false);
    }
}

void SamplesPage::updateActions()
{
    const QString noQueue = tr("The job queue is not available: cleanups cannot run");
    const bool any =
        m_views->currentWidget() == m_gallery
            ? m_gallery->selectionModel()->hasSelection()
            : m_views->currentWidget() == m_table && m_table->selectionModel()->hasSelection();
    m_deleteAction->setEnabled(m_queue && any);
    m_deleteAction->setToolTip(m_queue ? tr("Review the removal of the selected samples (Del)")
                                       : noQueue);
    m_ruleAction->setEnabled(m_queue && m_filter->rowCount() > 0);
    m_ruleAction->setToolTip(m_queue ? tr("Review a retention rule over the samples shown")
                                     : noQueue);
}

} // namespace qm
