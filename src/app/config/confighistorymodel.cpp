#include "confighistorymodel.h"

#include <QColor>
#include <QLocale>

namespace qm {

namespace {

const QColor kAddedErrors(0xb3, 0x1d, 0x28);
const QColor kFixed(0x1a, 0x7f, 0x37);

} // namespace

ConfigHistoryModel::ConfigHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConfigHistoryModel::setHistory(const ConfigHistory &history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

qsizetype ConfigHistoryModel::entryIndex(int row) const
{
    return m_history.entries.size() - 1 - row;
}

const ConfigHistoryEntry *ConfigHistoryModel::entry(int row) const
{
    const qsizetype index = entryIndex(row);
    return row >= 0 && index >= 0 && index < m_history.entries.size() ? &m_history.entries[index]
                                                                      : nullptr;
}

int ConfigHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.entries.size());
}

int ConfigHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConfigHistoryModel::sourceName(VersionSource source)
{
    switch (source) {
    case VersionSource::Backup:
        return tr("Backup");
    case VersionSource::ConfigBackups:
        return tr("Updater backup");
    case VersionSource::Git:
        return tr("Git");
    case VersionSource::Current:
        break;
    }
    return tr("Current file");
}

QVariant ConfigHistoryModel::data(const QModelIndex &index, int role) const
{
    const ConfigHistoryEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    const ConfigVersion &version = e->version;
    const bool red = e->addedErrors();
    const bool green = !red && !e->problemsFixed.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return version.at.isValid()
                       ? QLocale().toString(version.at.toLocalTime(), QLocale::ShortFormat)
                       : tr("unknown");
        case SourceColumn:
            return version.source == VersionSource::Git ? tr("Git %1").arg(version.id.left(8))
                                                        : sourceName(version.source);
        case ProblemsColumn: {
            QStringList parts;
            for (const QString &rule : e->rulesAdded())
                parts << QStringLiteral("+") + rule;
            for (const QString &rule : e->rulesFixed())
                parts << QStringLiteral("−") + rule;
            return parts.join(QLatin1Char(' '));
        }
        case SummaryColumn:
            return e->summary;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << version.path;
        lines << (e->changes.isEmpty() ? QStringList{e->summary} : e->changes);
        if (!version.author.isEmpty())
            lines << tr("%1: %2").arg(version.author, version.subject);
        for (const ProblemChange &problem : e->problemsAdded)
            lines << tr("Added %1: %2").arg(problem.rule, problem.message);
        for (const ProblemChange &problem : e->problemsFixed)
            lines << tr("Fixed %1: %2").arg(problem.rule, problem.message);
        lines << tr("%n error(s) in this version", nullptr, e->errorCount);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (index.column() == ProblemsColumn && (red || green))
            return red ? kAddedErrors : kFixed;
        break;
    case Qt::DecorationRole:
        if (index.column() == TimeColumn && (red || green))
            return red ? kAddedErrors : kFixed;
        break;
    case Qt::UserRole: // the mark, for tests and delegates: "errors", "fixed" or ""
        return red ? QStringLiteral("errors") : green ? QStringLiteral("fixed") : QString();
    default:
        break;
    }
    return {};
}

QVariant ConfigHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case SourceColumn:
        return tr("Source");
    case ProblemsColumn:
        return tr("Problems");
    case SummaryColumn:
        return tr("Changes");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace qm
