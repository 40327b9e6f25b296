#pragma once

#include "core/remote/fleetaccess.h"
#include "core/space/spacescan.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace qm {

class SpaceAgeChart;
class SpaceModel;
class SpaceScanner;
class SpaceTreemap;
struct FleetConfig;
struct SpaceNode;

/// The Space page: what uses the space under a folder of this machine or a fleet host.
/// A location is chosen (this machine's volumes, the hosts' data roots, or typed as
/// PATH or HOST:PATH) and scanned in a worker thread; the folder tree (largest first)
/// and a treemap fill in while it runs, side by side and selected together; below them
/// the age histogram and the largest files of the selected folder. Its actions on the
/// selected folder: copy its location, open it in the file manager (this machine only),
/// and ask for a cleanup or an archive (signals: another part of the window builds the
/// job), each with a shortcut.
class SpacePage : public QWidget
{
    Q_OBJECT

public:
    explicit SpacePage(QWidget *parent = nullptr);
    ~SpacePage() override;

    /// The config whose hosts the chooser offers (may be null).
    void setConfig(const FleetConfig *config);
    /// How hosts are reached (the session's job environment).
    void setFleetAccess(const FleetAccess &access);

    /// Scans `location` ("/path" or "HOST:/path") now, as if typed and Scan pressed.
    void scan(const QString &location);
    bool isScanning() const;

    SpaceModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    SpaceTreemap *treemap() const { return m_treemap; }
    /// The selected folder's location, empty when none is.
    QString selectedLocation() const;

public Q_SLOTS:
    /// Something under `location` changed (a job finished there): the folder of the
    /// current scan that holds it is scanned again, unless a scan is running.
    void refreshLocation(const QString &location);
    /// Stops the running scan.
    void stop();

Q_SIGNALS:
    /// The user asked to clean up the selected folder (`location`: a path, or
    /// HOST:/path); whoever connects it builds the cleanup job.
    void cleanUpRequested(const QString &location);
    /// The user asked to archive the selected folder.
    void archiveRequested(const QString &location);
    void statusMessage(const QString &message);
    /// A scan (or a refresh) ended.
    void scanFinished();

private:
    void startScan(const QString &location, SpaceNode *node);
    void takeRecords();
    void scanEnded(const SpaceScanResult &result);
    void selectionChanged();
    void updateDetails();
    void updateActions();
    void fillChooser();
    SpaceNode *selectedNode() const;

    FleetAccess m_access;
    QComboBox *m_location = nullptr;
    QPushButton *m_scan = nullptr;
    QPushButton *m_stop = nullptr;
    QComboBox *m_colouring = nullptr;
    QLabel *m_status = nullptr;
    QTreeView *m_tree = nullptr;
    SpaceTreemap *m_treemap = nullptr;
    SpaceAgeChart *m_ages = nullptr;
    QTreeWidget *m_largest = nullptr;
    QAction *m_copyPath = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_cleanUp = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_rescan = nullptr;
    SpaceModel *m_model = nullptr;
    SpaceScanner *m_scanner = nullptr;
    SpaceLocation m_scanned;    ///< what the tree shows
    QString m_scanningLocation; ///< the folder being scanned (the root or a refresh)
    qint64 m_scanStartedMs = 0;
    QStringList m_localRoots; ///< this machine's volumes (found off the GUI thread)
    const FleetConfig *m_config = nullptr;
};

} // namespace qm
