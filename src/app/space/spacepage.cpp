#include "spacepage.h"

#include "app/widgets/bardelegate.h"
#include "core/async/whenfinished.h"
#include "core/config/fleetconfig.h"
#include "core/space/spacescanner.h"
#include "core/units/datasize.h"
#include "spaceagechart.h"
#include "spacemodel.h"
#include "spacetreemap.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStorageInfo>
#include <QStyle>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace qm {

namespace {

/// The share column: a bar of the folder's share of its parent.
class ShareDelegate : public BarDelegate
{
public:
    explicit ShareDelegate(QObject *parent)
        : BarDelegate(QMargins(2, 3, 2, 3), parent)
    {}

protected:
    bool barOf(const QModelIndex &index, const QPalette &palette, double *fraction,
               QColor *fill) const override
    {
        if (!index.parent().isValid())
            return false; // the scanned root: 100 % of itself says nothing
        *fraction = index.data(SpaceModel::ShareRole).toDouble();
        *fill = palette.color(QPalette::Highlight);
        return true;
    }
};

QAction *makeAction(QWidget *owner, const QString &name, const QString &text,
                    const QKeySequence &shortcut, QStyle::StandardPixmap icon)
{
    auto *action = new QAction(QApplication::style()->standardIcon(icon), text, owner);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

/// The mount points worth scanning: real filesystems, read-write or not. Blocking
/// (QStorageInfo can hang on a dead mount): run in a worker.
QStringList localVolumes()
{
    QStringList roots;
    const QList<QStorageInfo> volumes = QStorageInfo::mountedVolumes();
    for (const QStorageInfo &volume : volumes) {
        const QByteArray type = volume.fileSystemType();
        if (!volume.isValid() || type == "tmpfs" || type == "devtmpfs" || type == "proc" ||
            type == "sysfs" || type == "overlay" || type == "squashfs")
            continue;
        roots.append(volume.rootPath());
    }
    if (!roots.contains(QStringLiteral("/")))
        roots.prepend(QStringLiteral("/"));
    return roots;
}

} // namespace

SpacePage::SpacePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new SpaceModel(this))
    , m_scanner(new SpaceScanner(this))
{
    setObjectName(QStringLiteral("spacePage"));
    m_access = FleetAccess::withPrograms(nullptr, {});

    m_location = new QComboBox;
    m_location->setObjectName(QStringLiteral("spaceLocation"));
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setMinimumContentsLength(30);
    m_location->lineEdit()->setPlaceholderText(tr("A folder, or HOST:/path"));
    m_location->setToolTip(tr("What to scan: a folder of this machine, or HOST:/path of a host "
                              "of the config"));
    m_scan = new QPushButton(tr("&Scan"));
    m_scan->setObjectName(QStringLiteral("spaceScan"));
    m_stop = new QPushButton(tr("S&top"));
    m_stop->setObjectName(QStringLiteral("spaceStop"));
    m_stop->setEnabled(false);
    m_colouring = new QComboBox;
    m_colouring->setObjectName(QStringLiteral("spaceColouring"));
    m_colouring->addItem(tr("Colour by file type"));
    m_colouring->addItem(tr("Colour by age"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("spaceStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Location:")));
    bar->addWidget(m_location, 1);
    bar->addWidget(m_scan);
    bar->addWidget(m_stop);
    bar->addWidget(m_colouring);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("spaceTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegateForColumn(SpaceModel::Share, new ShareDelegate(m_tree));
    m_tree->header()->setStretchLastSection(false);
    // The names want the room (the times scroll into view); the figures get what
    // "999.9 MiB", "100.0 %" and "9,999,999" need.
    const QFontMetrics metrics = m_tree->fontMetrics();
    m_tree->header()->resizeSection(SpaceModel::Name, metrics.averageCharWidth() * 28);
    m_tree->header()->resizeSection(SpaceModel::Size,
                                    metrics.horizontalAdvance(QStringLiteral("999.9 MiB")) + 12);
    m_tree->header()->resizeSection(SpaceModel::Share,
                                    metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 24);
    m_tree->header()->resizeSection(SpaceModel::Files,
                                    metrics.horizontalAdvance(QStringLiteral("9,999,999")) + 12);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_treemap = new SpaceTreemap;
    m_treemap->setObjectName(QStringLiteral("spaceTreemap"));
    m_treemap->setModel(m_model, m_tree->selectionModel());
    m_treemap->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_ages = new SpaceAgeChart;
    m_ages->setObjectName(QStringLiteral("spaceAges"));
    m_largest = new QTreeWidget;
    m_largest->setObjectName(QStringLiteral("spaceLargest"));
    m_largest->setRootIsDecorated(false);
    m_largest->setHeaderLabels({tr("Size"), tr("Modified"), tr("Largest files")});
    m_largest->header()->setStretchLastSection(true);

    auto *views = new QSplitter(Qt::Horizontal);
    views->addWidget(m_tree);
    views->addWidget(m_treemap);
    views->setStretchFactor(0, 1);
    views->setStretchFactor(1, 1);
    // The tree's names need room: about 45 % of the width to start with.
    views->setSizes({450, 550});
    auto *details = new QSplitter(Qt::Horizontal);
    auto *agesBox = new QWidget;
    auto *agesLayout = new QVBoxLayout(agesBox);
    agesLayout->setContentsMargins(0, 0, 0, 0);
    agesLayout->addWidget(new QLabel(tr("Age of the selected folder's files (bytes)")));
    agesLayout->addWidget(m_ages, 1);
    details->addWidget(agesBox);
    details->addWidget(m_largest);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(views);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    m_copyPath = makeAction(this, QStringLiteral("actionSpaceCopyPath"), tr("&Copy Path"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                            QStyle::SP_FileDialogDetailedView);
    m_openFolder =
        makeAction(this, QStringLiteral("actionSpaceOpenFolder"), tr("&Open in File Manager"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QStyle::SP_DirOpenIcon);
    m_cleanUp = makeAction(this, QStringLiteral("actionSpaceCleanUp"), tr("C&lean Up…"),
                           QKeySequence(Qt::SHIFT | Qt::Key_Delete), QStyle::SP_TrashIcon);
    m_archive =
        makeAction(this, QStringLiteral("actionSpaceArchive"), tr("&Archive…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QStyle::SP_DialogSaveButton);
    m_rescan = makeAction(this, QStringLiteral("actionSpaceRescan"), tr("&Scan Folder Again"),
                          QKeySequence(Qt::CTRL | Qt::Key_R), QStyle::SP_BrowserReload);
    for (QAction *action : {m_copyPath, m_openFolder, m_cleanUp, m_archive, m_rescan}) {
        m_tree->addAction(action);
        m_treemap->addAction(action);
    }
    connect(m_copyPath, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedLocation()); });
    connect(m_openFolder, &QAction::triggered, this, [this] {
        if (!m_scanned.isRemote() && !selectedLocation().isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(selectedLocation()));
    });
    connect(m_cleanUp, &QAction::triggered, this, [this] {
        if (!selectedLocation().isEmpty())
            Q_EMIT cleanUpRequested(selectedLocation());
    });
    connect(m_archive, &QAction::triggered, this, [this] {
        if (!selectedLocation().isEmpty())
            Q_EMIT archiveRequested(selectedLocation());
    });
    connect(m_rescan, &QAction::triggered, this, [this] {
        if (SpaceNode *node = selectedNode(); node && !isScanning())
            startScan(m_model->tree().locationOf(node), node);
    });

    connect(m_scan, &QPushButton::clicked, this, [this] { scan(m_location->currentText()); });
    connect(m_location->lineEdit(), &QLineEdit::returnPressed, this,
            [this] { scan(m_location->currentText()); });
    connect(m_stop, &QPushButton::clicked, this, &SpacePage::stop);
    connect(m_colouring, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_treemap->setColouring(index == 1 ? SpaceTreemap::Colouring::ByAge
                                           : SpaceTreemap::Colouring::ByKind);
    });
    connect(m_scanner, &SpaceScanner::recordsReady, this, &SpacePage::takeRecords);
    connect(m_scanner, &SpaceScanner::finished, this, &SpacePage::scanEnded);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SpacePage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SpacePage::updateActions);

    m_location->addItem(QDir::homePath());
    whenFinished(this, QtConcurrent::run(localVolumes), [this](const QStringList &roots) {
        m_localRoots = roots;
        fillChooser();
    });
    updateActions();
}

SpacePage::~SpacePage() = default;

void SpacePage::setConfig(const FleetConfig *config)
{
    m_config = config;
    fillChooser();
}

void SpacePage::setFleetAccess(const FleetAccess &access)
{
    m_access = access;
}

void SpacePage::fillChooser()
{
    const QString typed = m_location->currentText();
    QStringList items = {QDir::homePath()};
    for (const QString &root : std::as_const(m_localRoots)) {
        if (!items.contains(root))
            items.append(root);
    }
    if (m_config) {
        for (const FleetHost &host : m_config->hosts) {
            QStringList paths;
            if (!host.ringriftPath.isEmpty())
                paths.append(host.ringriftPath);
            if (!host.dataDir.isEmpty())
                paths.append(host.dataDir);
            for (const auto &[category, path] : host.storagePaths)
                paths.append(path);
            if (paths.isEmpty())
                paths.append(QStringLiteral("~"));
            for (const QString &path : std::as_const(paths)) {
                const QString item = host.name + QLatin1Char(':') + path;
                if (!items.contains(item))
                    items.append(item);
            }
        }
    }
    m_location->clear();
    m_location->addItems(items);
    m_location->setEditText(typed);
}

bool SpacePage::isScanning() const
{
    return m_scanner->isRunning();
}

void SpacePage::scan(const QString &text)
{
    const SpaceLocation location = SpaceLocation::parse(text.trimmed());
    if (location.path.isEmpty()) {
        Q_EMIT statusMessage(tr("Give a folder to scan, or HOST:/path"));
        return;
    }
    if (location.isRemote() && !m_access.host(location.host)) {
        const QString message = tr("“%1” is not a host of the open config").arg(location.host);
        m_status->setText(message);
        Q_EMIT statusMessage(message);
        return;
    }
    m_location->setEditText(location.toString());
    m_scanned = location;
    m_model->reset(location.toString(), QDateTime::currentSecsSinceEpoch());
    startScan(location.toString(), m_model->tree().root());
}

void SpacePage::startScan(const QString &location, SpaceNode *node)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (node != m_model->tree().root() || node->read)
        m_model->beginRescan(node, now);
    SpaceScanOptions options;
    options.scanSecs = now;
    options.topFiles = 50;
    const SpaceLocation target = SpaceLocation::parse(location);
    std::optional<SshTransport> ssh;
    if (m_scanned.isRemote()) {
        const std::optional<HostAccess> host = m_access.host(m_scanned.host);
        if (!host)
            return;
        ssh = m_access.transport(*host);
    }
    m_scanningLocation = location;
    m_scanStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_scanner->start(m_scanned.isRemote() ? target.path : location, options, std::move(ssh));
    m_status->setText(tr("Scanning %1…").arg(location));
    updateActions();
}

void SpacePage::stop()
{
    m_scanner->stop();
}

void SpacePage::takeRecords()
{
    const bool first = m_model->tree().root()->children.empty();
    m_model->applyRecords(m_scanner->takeRecords());
    if (first && !m_model->tree().root()->children.empty())
        m_tree->expand(m_model->index(0, 0));
    const SpaceNode *root = m_model->tree().root();
    if (m_scanner->isRunning())
        m_status->setText(tr("Scanning %1… %2 in %3 files, %4 folders")
                              .arg(m_scanningLocation, formatDataSize(root->total.bytes),
                                   QLocale().toString(root->total.files),
                                   QLocale().toString(m_model->tree().folderCount())));
    updateDetails();
}

void SpacePage::scanEnded(const SpaceScanResult &result)
{
    const SpaceNode *root = m_model->tree().root();
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - m_scanStartedMs) / 1000.0;
    QString text;
    if (!result.error.isEmpty())
        text = tr("Could not scan %1: %2").arg(m_scanningLocation, result.error);
    else if (result.cancelled)
        text = tr("Stopped: %1 in %2 files so far")
                   .arg(formatDataSize(root->total.bytes), QLocale().toString(root->total.files));
    else
        text = tr("%1: %2 in %3 files, %4 folders, scanned in %5 s")
                   .arg(m_scanned.toString(), formatDataSize(root->total.bytes),
                        QLocale().toString(root->total.files),
                        QLocale().toString(m_model->tree().folderCount()),
                        QLocale().toString(seconds, 'f', 1));
    if (result.error.isEmpty() && result.unreadable > 0)
        text += QLatin1Char(' ') +
                tr("(%n folder(s) could not be read)", nullptr, int(result.unreadable));
    m_status->setText(text);
    Q_EMIT statusMessage(text);
    updateDetails();
    updateActions();
    Q_EMIT scanFinished();
}

SpaceNode *SpacePage::selectedNode() const
{
    return m_model->nodeOf(m_tree->selectionModel()->currentIndex());
}

QString SpacePage::selectedLocation() const
{
    const SpaceNode *node = selectedNode();
    return node ? m_model->tree().locationOf(node) : QString();
}

void SpacePage::selectionChanged()
{
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    if (current.isValid())
        m_tree->scrollTo(current);
    updateDetails();
    updateActions();
}

void SpacePage::updateDetails()
{
    const SpaceNode *node = selectedNode();
    if (!node)
        node = m_model->tree().root();
    m_ages->setBytes(node->total.ageBytes);
    const QList<SpaceFile> files = m_model->tree().largestFiles(node, 50);
    m_largest->setUpdatesEnabled(false);
    m_largest->clear();
    QList<QTreeWidgetItem *> items;
    for (const SpaceFile &file : files) {
        auto *item = new QTreeWidgetItem(
            {formatDataSize(file.bytes),
             QLocale().toString(QDateTime::fromSecsSinceEpoch(file.modifiedSecs),
                                QLocale::ShortFormat),
             file.name});
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, file.name);
        items.append(item);
    }
    m_largest->addTopLevelItems(items);
    m_largest->setUpdatesEnabled(true);
}

void SpacePage::updateActions()
{
    const bool scanning = m_scanner->isRunning();
    const bool selected = selectedNode() != nullptr;
    m_scan->setEnabled(!scanning);
    m_stop->setEnabled(scanning);
    m_copyPath->setEnabled(selected);
    m_openFolder->setEnabled(selected && !m_scanned.isRemote());
    m_cleanUp->setEnabled(selected && !scanning);
    m_archive->setEnabled(selected && !scanning);
    m_rescan->setEnabled(selected && !scanning);
}

void SpacePage::refreshLocation(const QString &location)
{
    if (isScanning() || m_model->tree().location().isEmpty())
        return;
    const SpaceLocation changed = SpaceLocation::parse(location);
    if (changed.host != m_scanned.host)
        return;
    // The deepest folder of the tree that holds the location; its parent when that is
    // the location itself (a cleanup may have removed it).
    QString path = changed.toString();
    while (!path.isEmpty()) {
        if (SpaceNode *node = m_model->tree().find(path)) {
            if (path == changed.toString() && node->parent)
                node = node->parent;
            startScan(m_model->tree().locationOf(node), node);
            return;
        }
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            break;
        path.truncate(slash);
    }
    // A location above the scanned one holds all of it.
    const QString root = m_model->tree().location();
    if (root.startsWith(changed.toString() + QLatin1Char('/')) || root == changed.toString())
        startScan(root, m_model->tree().root());
}

} // namespace qm
