#include "healthgridmodel.h"

#include "core/config/fleetconfig.h"
#include "core/hosts/probehost.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace qm {

QColor healthStateColor(HealthState state)
{
    switch (state) {
    case HealthState::Ok:
        return QColor(0x26, 0x80, 0x3a);
    case HealthState::Warning:
        return QColor(0xb3, 0x5c, 0x00);
    case HealthState::Critical:
        return QColor(0xc0, 0x1c, 0x28);
    case HealthState::Unknown:
        break;
    }
    return QColor(0x6a, 0x6a, 0x6a);
}

QString healthStateTitle(HealthState state)
{
    switch (state) {
    case HealthState::Ok:
        return HealthGridModel::tr("OK");
    case HealthState::Warning:
        return HealthGridModel::tr("Warning");
    case HealthState::Critical:
        return HealthGridModel::tr("Critical");
    case HealthState::Unknown:
        break;
    }
    return HealthGridModel::tr("Unknown");
}

void HealthGridModel::setChecks(const QList<SavedHealthCheck> &checks, const FleetConfig *config)
{
    beginResetModel();
    m_checks = checks;
    m_runs.clear();
    m_hosts = {QString()};
    for (const FleetHost &host : config ? config->hosts : QList<FleetHost>())
        m_hosts << host.name;
    QStringList used;
    for (const HealthRun &run : healthRunsFor(checks, config, {}, nullptr)) {
        m_runs.insert(key(run.host, run.check.name), true);
        used << run.host;
    }
    // Only machines some check runs on, this machine always first when it has one.
    m_hosts.removeIf([&used](const QString &host) { return !used.contains(host); });
    endResetModel();
}

void HealthGridModel::setResults(const QList<HealthResult> &results)
{
    beginResetModel();
    m_results.clear();
    for (const HealthResult &result : results)
        m_results.insert(key(result.host, result.name), result);
    endResetModel();
}

void HealthGridModel::updateResult(const HealthResult &result)
{
    m_results.insert(key(result.host, result.name), result);
    const QModelIndex cell = indexOf(result.host, result.name);
    if (cell.isValid())
        Q_EMIT dataChanged(cell, cell);
}

int HealthGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int HealthGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

const SavedHealthCheck *HealthGridModel::checkAt(int column) const
{
    return column >= 0 && column < m_checks.size() ? &m_checks.at(column) : nullptr;
}

bool HealthGridModel::runsAt(const QModelIndex &index) const
{
    const SavedHealthCheck *check = checkAt(index.column());
    return check && m_runs.value(key(hostAt(index.row()), check->check.name));
}

std::optional<HealthResult> HealthGridModel::resultAt(const QModelIndex &index) const
{
    if (!runsAt(index))
        return std::nullopt;
    const auto it =
        m_results.constFind(key(hostAt(index.row()), checkAt(index.column())->check.name));
    if (it == m_results.cend())
        return std::nullopt;
    return *it;
}

QModelIndex HealthGridModel::indexOf(const QString &host, const QString &check) const
{
    const qsizetype row = m_hosts.indexOf(host.isNull() ? QString() : host);
    for (qsizetype column = 0; column < m_checks.size(); ++column) {
        if (m_checks.at(column).check.name == check && row >= 0)
            return index(int(row), int(column));
    }
    return {};
}

std::array<int, 4> HealthGridModel::stateCounts() const
{
    std::array<int, 4> counts{};
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            if (const std::optional<HealthResult> result = resultAt(index(row, column)))
                ++counts[size_t(result->state)];
        }
    }
    return counts;
}

QVariant HealthGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !runsAt(index))
        return {};
    const std::optional<HealthResult> result = resultAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return result ? healthStateTitle(result->state) : tr("not run yet");
    case Qt::BackgroundRole:
        if (result) {
            QColor color = healthStateColor(result->state);
            color.setAlpha(result->state == HealthState::Ok ? 40 : 70);
            return QBrush(color);
        }
        return {};
    case Qt::ForegroundRole:
        return result ? QBrush(healthStateColor(result->state)) : QVariant();
    case Qt::ToolTipRole:
        return result ? tr("%1\nchecked %2")
                            .arg(result->summary, QLocale().toString(QDateTime::fromMSecsSinceEpoch(
                                                                         result->checkedAtMs),
                                                                     QLocale::ShortFormat))
                      : tr("This check has not run on this machine yet.");
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant HealthGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical) {
        const QString host = hostAt(section);
        return host.isEmpty() ? tr("This machine (%1)").arg(thisMachineName()) : host;
    }
    const SavedHealthCheck *check = checkAt(section);
    if (!check)
        return {};
    if (role == Qt::ToolTipRole) {
        HealthCheck unnamed = check->check;
        unnamed.name.clear();
        return healthCheckDisplayName(unnamed);
    }
    return check->check.name;
}

} // namespace qm
