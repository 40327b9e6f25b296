#include "logsmodel.h"

#include "logssession.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace qm {

namespace {

/// Newest first: whether `a` comes before `b` in the window.
bool newerThan(const LogLine &a, const LogLine &b)
{
    return a.timeUs != b.timeUs ? a.timeUs > b.timeUs : a.id > b.id;
}

QString firstLine(const QString &message)
{
    const qsizetype end = message.indexOf(u'\n');
    QString line = end < 0 ? message : message.left(end) + QStringLiteral(" …");
    if (line.size() > 400)
        line = line.left(400) + QStringLiteral(" …");
    return line;
}

} // namespace

LogsModel::LogsModel(LogsSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

QColor LogsModel::levelColor(const QString &level)
{
    switch (logLevelRank(level)) {
    case 0:
        return QColor(0x1f, 0x78, 0xc1); // debug: blue
    case 1:
        return QColor(0x50, 0x9a, 0x40); // info: green
    case 2:
        return QColor(0xc9, 0x8f, 0x00); // warning: amber
    case 3:
        return QColor(0xe0, 0x2f, 0x44); // error: red
    case 4:
        return QColor(0x70, 0x5d, 0xa0); // critical: purple
    default:
        return {};
    }
}

void LogsModel::setLoading(int delta)
{
    const bool was = m_loading > 0;
    m_loading += delta;
    if (was != (m_loading > 0))
        Q_EMIT loadingChanged(m_loading > 0);
}

void LogsModel::readPage(const std::optional<LogCursor> &cursor, LogDirection direction, int limit,
                         std::function<void(const QList<LogLine> &)> done)
{
    const quint64 generation = m_generation;
    const LogFilter filter = m_filter;
    setLoading(+1);
    m_session->run<std::optional<QList<LogLine>>>(
        this,
        [filter, cursor, direction, limit](LogStore &store, QString *error) {
            return store.page(filter, cursor, direction, limit, error);
        },
        [this, generation, done](const std::optional<QList<LogLine>> &page, const QString &error) {
            setLoading(-1);
            if (generation != m_generation)
                return; // the filter changed meanwhile
            if (!page) {
                Q_EMIT failed(error);
                return;
            }
            done(*page);
        });
}

void LogsModel::setFilter(const LogFilter &filter, const std::optional<LogLine> &anchor)
{
    ++m_generation;
    m_filter = filter;
    beginResetModel();
    m_rows.clear();
    m_hasOlder = false;
    m_hasNewer = anchor.has_value();
    m_fetchingOlder = true;
    m_fetchingNewer = false;
    m_polling = false;
    if (anchor)
        m_rows.append(*anchor);
    endResetModel();
    std::optional<LogCursor> cursor;
    if (anchor)
        cursor = LogCursor{anchor->timeUs, anchor->id};
    readPage(cursor, LogDirection::Older, kPageRows, [this](const QList<LogLine> &lines) {
        m_fetchingOlder = false;
        appendOlder(lines);
    });
}

void LogsModel::appendOlder(const QList<LogLine> &lines)
{
    m_hasOlder = lines.size() == kPageRows;
    if (!lines.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + lines.size() - 1));
        m_rows += lines;
        endInsertRows();
        trimNewest();
    }
    Q_EMIT pageArrived(int(lines.size()));
}

void LogsModel::trimNewest()
{
    if (m_rows.size() <= kMaxRows)
        return;
    const int drop = int(m_rows.size() - kMaxRows);
    beginRemoveRows({}, 0, drop - 1);
    m_rows.remove(0, drop);
    endRemoveRows();
    m_hasNewer = true;
}

void LogsModel::trimOldest()
{
    if (m_rows.size() <= kMaxRows)
        return;
    beginRemoveRows({}, kMaxRows, int(m_rows.size() - 1));
    m_rows.resize(kMaxRows);
    endRemoveRows();
    m_hasOlder = true;
}

bool LogsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasOlder && !m_fetchingOlder;
}

void LogsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_fetchingOlder = true;
    const LogLine &last = m_rows.constLast();
    readPage(LogCursor{last.timeUs, last.id}, LogDirection::Older, kPageRows,
             [this](const QList<LogLine> &lines) {
                 m_fetchingOlder = false;
                 appendOlder(lines);
             });
}

void LogsModel::fetchNewer()
{
    if (!m_hasNewer || m_fetchingNewer || m_rows.isEmpty())
        return;
    m_fetchingNewer = true;
    const LogLine &first = m_rows.constFirst();
    readPage(LogCursor{first.timeUs, first.id}, LogDirection::Newer, kPageRows,
             [this](const QList<LogLine> &lines) {
                 m_fetchingNewer = false;
                 m_hasNewer = lines.size() == kPageRows;
                 if (!lines.isEmpty()) {
                     // They come oldest first; the window is newest first.
                     QList<LogLine> newest(lines.crbegin(), lines.crend());
                     beginInsertRows({}, 0, int(newest.size() - 1));
                     m_rows = newest + m_rows;
                     endInsertRows();
                     trimOldest();
                 }
                 Q_EMIT pageArrived(int(lines.size()));
             });
}

void LogsModel::insertInOrder(const LogLine &line)
{
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), line, newerThan);
    const int row = int(at - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, line);
    endInsertRows();
}

void LogsModel::poll()
{
    if (m_polling || m_fetchingOlder)
        return;
    if (m_hasNewer) { // the window is not at the newest lines: go there first
        reload();
        return;
    }
    m_polling = true;
    // Everything from a while before the newest line: new lines, and late ones with an
    // older timestamp (the fleet's writers send batches every few seconds).
    const qint64 from = m_rows.isEmpty() ? -1 : m_rows.constFirst().timeUs - kLateWindowUs;
    LogFilter window = m_filter;
    if (from >= 0)
        window.fromUs = std::max(window.fromUs, from);
    const quint64 generation = m_generation;
    setLoading(+1);
    m_session->run<std::optional<QList<LogLine>>>(
        this,
        [window](LogStore &store, QString *error) -> std::optional<QList<LogLine>> {
            // Oldest first, every page of the window (it is short).
            QList<LogLine> all;
            std::optional<LogCursor> cursor;
            for (;;) {
                const auto page =
                    store.page(window, cursor, LogDirection::Newer, kPageRows * 4, error);
                if (!page)
                    return std::nullopt;
                all += *page;
                if (page->size() < kPageRows * 4 || all.size() >= kMaxRows)
                    return all;
                cursor = LogCursor{page->constLast().timeUs, page->constLast().id};
            }
        },
        [this, generation, from](const std::optional<QList<LogLine>> &lines, const QString &error) {
            setLoading(-1);
            if (generation != m_generation)
                return;
            m_polling = false;
            if (!lines) {
                Q_EMIT failed(error);
                return;
            }
            // The ids the window already holds from `from` on: the top rows.
            QSet<QString> shown;
            for (const LogLine &row : std::as_const(m_rows)) {
                if (row.timeUs < from)
                    break;
                shown.insert(row.id);
            }
            int added = 0;
            for (const LogLine &line : *lines) {
                if (shown.contains(line.id))
                    continue;
                insertInOrder(line);
                ++added;
            }
            trimOldest();
            if (added > 0)
                Q_EMIT pageArrived(added);
        });
}

const LogLine *LogsModel::line(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int LogsModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int LogsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LogLine &line = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return logDateTime(line.timeUs)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case LevelColumn:
            return line.level;
        case SourceColumn:
            return line.sourceId;
        case WorkerColumn:
            return line.workerId;
        case TaskColumn:
            return line.taskId.left(8);
        case CycleColumn:
            return line.cycle ? QVariant(*line.cycle) : QVariant();
        case MessageColumn:
            return firstLine(line.message);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TaskColumn)
            return line.taskId;
        if (index.column() == SourceColumn)
            return QString(line.sourceType + u'/' + line.sourceId);
        if (index.column() == TimeColumn)
            return logTimeText(line.timeUs);
        if (index.column() == MessageColumn)
            return line.message.left(2000);
        break;
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn) {
            const QColor color = levelColor(line.level);
            if (color.isValid())
                return QBrush(color);
        }
        break;
    case Qt::FontRole:
        if (index.column() == LevelColumn && logLevelRank(line.level) >= 3) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CycleColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant LogsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case SourceColumn:
        return tr("Source");
    case WorkerColumn:
        return tr("Worker");
    case TaskColumn:
        return tr("Task");
    case CycleColumn:
        return tr("Cycle");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace qm
