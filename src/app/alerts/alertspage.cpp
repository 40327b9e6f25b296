#include "alertspage.h"

#include "alertsmodel.h"
#include "core/alerts/alertmonitor.h"
#include "core/units/datasize.h"
#include "core/units/duration.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace qm {

namespace {

/// `value` in the unit of `ruleKey`'s rule ("18.5 %", "310.0 GiB", "3 hours").
QString valueText(const QString &ruleKey, double value)
{
    const std::optional<AlertRuleKind> kind = alertRuleFromKey(ruleKey);
    switch (kind ? alertRuleUnit(*kind) : AlertUnit::Flag) {
    case AlertUnit::Percent:
        return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
    case AlertUnit::Bytes:
        return formatDataSize(qint64(value));
    case AlertUnit::Seconds:
        return formatDuration(qint64(value));
    case AlertUnit::Flag:
        break;
    }
    return QString();
}

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

/// What identifies an alert across reloads: its row id, else its key and raise time.
bool sameAlert(const Alert &a, const Alert &b)
{
    if (a.id >= 0 || b.id >= 0)
        return a.id == b.id;
    return a.key() == b.key() && a.raisedAt == b.raisedAt;
}

} // namespace

QString alertDetailsText(const Alert &alert)
{
    QStringList lines;
    lines.append(AlertsPage::tr("%1 — %2").arg(
        alert.pending ? AlertsPage::tr("Pending: %1").arg(alertSeverityText(alert.severity))
                      : alertSeverityText(alert.severity),
        AlertsModel::ruleTitle(alert.rule)));
    lines.append(alert.message);
    lines.append(alert.subject.isEmpty()
                     ? AlertsPage::tr("Host: %1").arg(alert.host)
                     : AlertsPage::tr("Host: %1, subject: %2").arg(alert.host, alert.subject));
    const QString value = alert.value ? valueText(alert.rule, *alert.value) : QString();
    const QString threshold = alert.threshold ? valueText(alert.rule, *alert.threshold) : QString();
    if (!value.isEmpty() && !threshold.isEmpty())
        lines.append(AlertsPage::tr("Value: %1 (threshold %2)").arg(value, threshold));
    if (alert.pendingSince.isValid())
        lines.append(AlertsPage::tr("Condition since: %1").arg(timeText(alert.pendingSince)));
    if (alert.pending) {
        lines.append(AlertsPage::tr("Not raised yet: its condition holds, but not yet for as "
                                    "long as the rule asks (“for”). It is raised when a later "
                                    "probe finds it still holding."));
    } else {
        lines.append(AlertsPage::tr("Raised: %1").arg(timeText(alert.raisedAt)));
        if (alert.isOpen())
            lines.append(AlertsPage::tr("Still open"));
        else
            lines.append(AlertsPage::tr("Cleared: %1 (after %2)")
                             .arg(timeText(alert.clearedAt),
                                  formatDuration(alert.raisedAt.secsTo(alert.clearedAt))));
    }
    if (const std::optional<AlertRuleKind> kind = alertRuleFromKey(alert.rule))
        lines.append(alertRuleDescription(*kind));
    return lines.join(QLatin1Char('\n'));
}

AlertsPage::AlertsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertsModel(this))
    , m_proxy(new AlertsFilterModel(this))
    , m_state(new QComboBox)
    , m_severity(new QComboBox)
    , m_summary(new QLabel)
    , m_view(new QTreeView)
    , m_details(new QLabel)
{
    setObjectName(QStringLiteral("alertsPage"));
    m_proxy->setSourceModel(m_model);

    m_state->setObjectName(QStringLiteral("alertsState"));
    m_state->addItem(tr("Open"), int(AlertsFilterModel::State::Open));
    m_state->addItem(tr("History"), int(AlertsFilterModel::State::History));
    m_state->addItem(tr("All"), int(AlertsFilterModel::State::All));
    m_state->setToolTip(tr("Open alerts, cleared ones, or both"));
    m_severity->setObjectName(QStringLiteral("alertsSeverity"));
    m_severity->addItem(tr("All severities"), int(AlertSeverity::Warning));
    m_severity->addItem(AlertsModel::severityIcon(AlertSeverity::Critical), tr("Critical only"),
                        int(AlertSeverity::Critical));
    m_summary->setObjectName(QStringLiteral("alertsSummary"));

    auto *bar = new QHBoxLayout;
    auto *show = new QLabel(tr("&Show:"));
    show->setBuddy(m_state);
    bar->addWidget(show);
    bar->addWidget(m_state);
    bar->addWidget(m_severity);
    bar->addStretch(1);
    bar->addWidget(m_summary);

    m_view->setObjectName(QStringLiteral("alertsView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertsModel::RaisedColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AlertsModel::MessageColumn, QHeaderView::Stretch);

    m_details->setObjectName(QStringLiteral("alertDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMargin(6);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setState(AlertsFilterModel::State(m_state->currentData().toInt()));
        updateDetails();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimumSeverity(AlertSeverity(m_severity->currentData().toInt()));
        updateDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AlertsPage::updateDetails);
    updateSummary();
    updateDetails();
}

AlertsPage::~AlertsPage() = default;

void AlertsPage::setMonitor(AlertMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (!monitor) {
        setAlerts({});
        return;
    }
    connect(monitor, &AlertMonitor::alertsChanged, this,
            [this] { setAlerts(m_monitor->recentAlerts() + m_monitor->pendingAlerts()); });
    setAlerts(monitor->recentAlerts() + monitor->pendingAlerts());
}

void AlertsPage::setAlerts(const QList<Alert> &alerts)
{
    std::optional<Alert> selected;
    if (const Alert *current = selectedAlert())
        selected = *current;
    m_model->setAlerts(alerts);
    if (selected) {
        for (int row = 0; row < alerts.size(); ++row) {
            if (sameAlert(alerts[row], *selected)) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                if (index.isValid())
                    m_view->selectionModel()->setCurrentIndex(
                        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                break;
            }
        }
    }
    for (const int column : {int(AlertsModel::SeverityColumn), int(AlertsModel::RuleColumn),
                             int(AlertsModel::HostColumn), int(AlertsModel::SubjectColumn),
                             int(AlertsModel::RaisedColumn), int(AlertsModel::ClearedColumn)})
        m_view->resizeColumnToContents(column);
    updateSummary();
    updateDetails();
}

const Alert *AlertsPage::selectedAlert() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->alert(m_proxy->mapToSource(current).row());
}

void AlertsPage::updateDetails()
{
    const Alert *alert = selectedAlert();
    if (alert) {
        m_details->setText(alertDetailsText(*alert));
        return;
    }
    m_details->setText(m_proxy->rowCount()   ? tr("Select an alert to see its details.")
                       : m_model->rowCount() ? tr("No alert matches the filter.")
                                             : tr("No alerts."));
}

void AlertsPage::updateSummary()
{
    const int open = m_model->openCount();
    const int pending = m_model->pendingCount();
    const int cleared = m_model->rowCount() - open - pending;
    m_summary->setText(tr("%n open alert(s)", nullptr, open) +
                       (pending > 0 ? tr(", %n pending", nullptr, pending) : QString()) +
                       (cleared > 0 ? tr(", %n cleared", nullptr, cleared) : QString()));
}

} // namespace qm
