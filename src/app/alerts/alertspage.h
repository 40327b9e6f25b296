#pragma once

#include "core/alerts/alertengine.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace qm {

class AlertMonitor;
class AlertsFilterModel;
class AlertsModel;

/// The Alerts page: the open alerts and their history from an AlertMonitor, filtered
/// by state (Open, History, All) and least severity, sortable by any column, with the
/// details of the selected alert (what the rule watches, value and threshold, when its
/// condition began, was raised and cleared). It shows; it owns no alert logic.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPage(QWidget *parent = nullptr);
    ~AlertsPage() override;

    /// Shows `monitor`'s recent alerts now and whenever they change. `monitor` may be
    /// nullptr (nothing shown); it is not owned.
    void setMonitor(AlertMonitor *monitor);
    /// Shows `alerts` (open and cleared, as AlertMonitor::recentAlerts() gives them),
    /// keeping the selected alert selected when it is still listed.
    void setAlerts(const QList<Alert> &alerts);

    AlertsModel *model() const { return m_model; }
    AlertsFilterModel *filterModel() const { return m_proxy; }
    /// The alert selected in the list, or nullptr.
    const Alert *selectedAlert() const;

private:
    void updateDetails();
    void updateSummary();

    AlertsModel *m_model;
    AlertsFilterModel *m_proxy;
    QComboBox *m_state;
    QComboBox *m_severity;
    QLabel *m_summary;
    QTreeView *m_view;
    QLabel *m_details;
    QPointer<AlertMonitor> m_monitor;
};

/// The text of the details panel for `alert`, for a person (translated).
QString alertDetailsText(const Alert &alert);

} // namespace qm
