#pragma once

#include "core/config/fleetconfig.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace qm {

/// A list of host names with Add (from the config's hosts or typed) and Remove.
class HostListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit HostListEditor(const QString &objectName, QWidget *parent = nullptr);
    void setItems(const QStringList &items, const QStringList &hostNames);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void addRequested(const QString &name);
    void removeRequested(int index);

private:
    QListWidget *m_list;
    QComboBox *m_name;
};

/// The sync-routing form of the Config page: thresholds (validated against each other
/// before anything is written), the two exclusion lists, priority hosts, p2p voters and
/// external storage. It shows a FleetConfig and requests edits by config path; the page
/// carries them out through the edit engine.
class RoutingForm : public QWidget
{
    Q_OBJECT

public:
    explicit RoutingForm(QWidget *parent = nullptr);

    void setConfig(const FleetConfig &config);

    /// Whether max, target and minimum free agree (target < max ≤ 100 − min free);
    /// else `*problem` says how they do not. -1 means not set.
    static bool thresholdsValid(double max, double target, double minFree, QString *problem);

Q_SIGNALS:
    /// Set the scalar at `path` (keys from the root) to `value` of `type`.
    void setRequested(const QStringList &path, const QString &value, const QString &type);
    void appendRequested(const QStringList &path, const QString &name);
    void removeRequested(const QStringList &path, int index);
    /// Turn the receive_<kind> flag of external storage entry `index` on or off.
    void storageFlagRequested(int index, const QString &kind, bool on);

private:
    void thresholdEdited(QDoubleSpinBox *box, const QString &key);

    QDoubleSpinBox *m_max;
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_minFree;
    QSpinBox *m_replication;
    QLabel *m_thresholdProblem;
    HostListEditor *m_excluded;
    HostListEditor *m_autoSyncExcluded;
    HostListEditor *m_priority;
    HostListEditor *m_voters;
    QTableWidget *m_storage;
    bool m_updating = false;
};

} // namespace qm
