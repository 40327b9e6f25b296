#include "jobsmodel.h"

#include "core/jobkinds/jobkindcatalogue.h"
#include "core/units/datasize.h"
#include "core/units/duration.h"
#include "jobdetails.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <QStyle>
#include <QTimer>

namespace qm {

namespace {

/// How often the columns that change with time alone are repainted.
constexpr int kTickMs = 1000;

/// Running first, then what is waiting, then what needs a look, then the rest.
int stateRank(JobState state)
{
    switch (state) {
    case JobState::Running:
        return 0;
    case JobState::Queued:
        return 1;
    case JobState::Failed:
        return 2;
    case JobState::Interrupted:
        return 3;
    case JobState::Cancelled:
        return 4;
    case JobState::Succeeded:
        return 5;
    }
    return 6;
}

/// Whether the row of `a` would show anything different for `b`.
bool sameRow(const Job &a, const Job &b)
{
    return a.id == b.id && a.state == b.state && a.attempts == b.attempts &&
           a.startedMs == b.startedMs && a.finishedMs == b.finishedMs &&
           a.notBeforeMs == b.notBeforeMs && a.progress == b.progress &&
           a.bytesDone == b.bytesDone && a.bytesTotal == b.bytesTotal &&
           a.rateBytesPerSecond == b.rateBytesPerSecond && a.etaSeconds == b.etaSeconds &&
           a.cancelRequested == b.cancelRequested && a.error == b.error &&
           a.spec.priority == b.spec.priority && a.spec.maxAttempts == b.spec.maxAttempts &&
           a.spec.source == b.spec.source && a.spec.destination == b.spec.destination;
}

/// The time alone for today, with the date before.
QString timeText(qint64 ms)
{
    if (ms < 0)
        return QString();
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms);
    return time.date() == QDate::currentDate()
               ? QLocale().toString(time.time(), QLocale::ShortFormat)
               : QLocale().toString(time, QLocale::ShortFormat);
}

} // namespace

JobsModel::JobsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &JobsModel::tick);
}

JobsModel::~JobsModel() = default;

void JobsModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void JobsModel::setJobs(const QList<Job> &jobs)
{
    QSet<qint64> wanted;
    wanted.reserve(jobs.size());
    for (const Job &job : jobs)
        wanted.insert(job.id);

    // Rows of jobs that went away, bottom up, a run at a time.
    for (int row = int(m_jobs.size()) - 1; row >= 0;) {
        if (wanted.contains(m_jobs[row].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.contains(m_jobs[first - 1].id))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_jobs.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // New jobs where they belong: what is left is in the order of `jobs`, minus them.
    QSet<qint64> present;
    present.reserve(m_jobs.size());
    for (const Job &job : std::as_const(m_jobs))
        present.insert(job.id);
    bool ordered = true;
    for (int row = 0; row < jobs.size();) {
        if (present.contains(jobs[row].id)) {
            if (row >= m_jobs.size() || m_jobs[row].id != jobs[row].id) {
                ordered = false;
                break;
            }
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < jobs.size() && !present.contains(jobs[last + 1].id))
            ++last;
        beginInsertRows(QModelIndex(), row, last);
        m_jobs.insert(row, last - row + 1, Job());
        for (int i = row; i <= last; ++i)
            m_jobs[i] = jobs[i];
        endInsertRows();
        row = last + 1;
    }
    if (!ordered) {
        // Only when the order itself changed (never from the store, which lists by id).
        beginResetModel();
        m_jobs = jobs;
        endResetModel();
    } else {
        // Changed rows, a run at a time.
        for (int row = 0; row < m_jobs.size();) {
            if (sameRow(m_jobs[row], jobs[row])) {
                m_jobs[row] = jobs[row]; // the plan, say, which no column shows
                ++row;
                continue;
            }
            int last = row;
            while (last + 1 < m_jobs.size() && !sameRow(m_jobs[last + 1], jobs[last + 1]))
                ++last;
            for (int i = row; i <= last; ++i)
                m_jobs[i] = jobs[i];
            Q_EMIT dataChanged(index(row, 0), index(last, ColumnCount - 1));
            row = last + 1;
        }
    }

    const bool running = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const Job &job) {
        return job.state == JobState::Running ||
               (job.state == JobState::Queued && job.notBeforeMs > 0);
    });
    if (running && !m_ticker->isActive())
        m_ticker->start();
    else if (!running)
        m_ticker->stop();
}

void JobsModel::tick()
{
    const qint64 now = m_clock();
    for (int row = 0; row < m_jobs.size(); ++row) {
        const Job &job = m_jobs[row];
        if (job.state == JobState::Running)
            Q_EMIT dataChanged(index(row, DurationColumn), index(row, DurationColumn),
                               {Qt::DisplayRole, SortRole});
        else if (job.state == JobState::Queued && job.notBeforeMs > now - kTickMs)
            Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn), {Qt::DisplayRole});
    }
}

const Job *JobsModel::job(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs[row] : nullptr;
}

int JobsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs[row].id == id)
            return row;
    }
    return -1;
}

QString JobsModel::stateTitle(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return tr("Queued");
    case JobState::Running:
        return tr("Running");
    case JobState::Succeeded:
        return tr("Succeeded");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Interrupted:
        return tr("Interrupted");
    }
    return QString();
}

QIcon JobsModel::stateIcon(JobState state)
{
    QStyle *style = QApplication::style();
    switch (state) {
    case JobState::Queued:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case JobState::Running:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case JobState::Succeeded:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case JobState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case JobState::Cancelled:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    case JobState::Interrupted:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return QIcon();
}

QString JobsModel::kindTitle(const JobKind &kind)
{
    return standardJobKinds().title(kind);
}

QString JobsModel::triggerTitle(JobTrigger trigger)
{
    switch (trigger) {
    case JobTrigger::User:
        return tr("User");
    case JobTrigger::Schedule:
        return tr("Schedule");
    case JobTrigger::Rule:
        return tr("Rule");
    }
    return QString();
}

QString JobsModel::whatText(const JobSpec &spec)
{
    return spec.destination.isEmpty() ? spec.source
                                      : tr("%1 → %2").arg(spec.source, spec.destination);
}

QString JobsModel::clockText(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    const qint64 hours = seconds / 3600;
    const int minutes = int(seconds / 60 % 60);
    const int secs = int(seconds % 60);
    const auto two = [](int value) { return QStringLiteral("%1").arg(value, 2, 10, QChar(u'0')); };
    return hours > 0 ? QStringLiteral("%1:%2:%3").arg(hours).arg(two(minutes), two(secs))
                     : QStringLiteral("%1:%2").arg(minutes).arg(two(secs));
}

qint64 JobsModel::durationSeconds(const Job &job) const
{
    if (job.startedMs < 0)
        return -1;
    if (job.state == JobState::Running)
        return std::max<qint64>(0, (m_clock() - job.startedMs) / 1000);
    if (isFinished(job.state) && job.finishedMs >= job.startedMs)
        return (job.finishedMs - job.startedMs) / 1000;
    return -1;
}

QString JobsModel::stateText(const Job &job) const
{
    if (job.state == JobState::Running && job.cancelRequested)
        return tr("Stopping…");
    if (job.state == JobState::Queued && job.notBeforeMs > m_clock())
        return tr("Retry in %1").arg(clockText((job.notBeforeMs - m_clock() + 999) / 1000));
    return stateTitle(job.state);
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Job &job = m_jobs[index.row()];
    switch (role) {
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case KindRole:
        return job.spec.kind.key();
    case SearchTextRole:
        return QStringList{QString::number(job.id), kindTitle(job.spec.kind), job.spec.source,
                           job.spec.destination, job.error}
            .join(QLatin1Char('\n'));
    case Qt::ForegroundRole:
        if (job.state == JobState::Succeeded || job.state == JobState::Cancelled)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return columnData(job, index.column(), role);
    }
}

QVariant JobsModel::columnData(const Job &job, int column, int role) const
{
    const bool running = job.state == JobState::Running;
    switch (column) {
    case IdColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return job.id;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return stateText(job);
        if (role == Qt::DecorationRole)
            return stateIcon(job.state);
        if (role == Qt::ToolTipRole)
            return job.error.isEmpty() ? stateTitle(job.state)
                                       : tr("%1: %2").arg(stateTitle(job.state), job.error);
        if (role == SortRole)
            return stateRank(job.state);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return kindTitle(job.spec.kind);
        break;
    case WhatColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return whatText(job.spec);
        break;
    case ProgressColumn:
        // A bar once the job ran; none for one that never did.
        if (role == ProgressRole)
            return job.attempts == 0 ? -1.0 : job.progress;
        if (role == Qt::DisplayRole)
            return job.attempts == 0 ? QString()
                                     : QStringLiteral("%1 %").arg(qRound(job.progress * 100));
        if (role == Qt::ToolTipRole && job.bytesDone >= 0)
            return tr("%1: %2 of %3")
                .arg(jobAmountLabel(job.spec), formatDataSize(job.bytesDone),
                     job.bytesTotal >= 0 ? formatDataSize(job.bytesTotal) : tr("unknown"));
        if (role == SortRole)
            return job.progress;
        break;
    case RateColumn:
        if (role == Qt::DisplayRole && running && job.rateBytesPerSecond >= 0)
            return tr("%1/s").arg(formatDataSize(qint64(job.rateBytesPerSecond)));
        if (role == SortRole)
            return running ? job.rateBytesPerSecond : -1.0;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EtaColumn:
        if (role == Qt::DisplayRole && running)
            return clockText(job.etaSeconds);
        if (role == Qt::ToolTipRole && running && job.etaSeconds >= 0)
            return tr("About %1 left").arg(formatDuration(job.etaSeconds));
        if (role == SortRole)
            return running ? job.etaSeconds : qint64(-1);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TriggerColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return triggerTitle(job.spec.trigger);
        break;
    case PriorityColumn:
        if (role == Qt::DisplayRole && job.spec.priority != 0)
            return job.spec.priority > 0 ? QStringLiteral("+%1").arg(job.spec.priority)
                                         : QLocale().toString(job.spec.priority);
        if (role == SortRole)
            return job.spec.priority;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AttemptsColumn:
        if (role == Qt::DisplayRole)
            return tr("%1/%2").arg(job.attempts).arg(job.spec.maxAttempts);
        if (role == Qt::ToolTipRole)
            return tr("Attempt %1 of at most %2").arg(job.attempts).arg(job.spec.maxAttempts);
        if (role == SortRole)
            return job.attempts;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StartedColumn:
        if (role == Qt::DisplayRole)
            return timeText(job.startedMs);
        if (role == SortRole)
            return job.startedMs;
        break;
    case DurationColumn:
        if (role == Qt::DisplayRole)
            return clockText(durationSeconds(job));
        if (role == SortRole)
            return durationSeconds(job);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Kind");
    case WhatColumn:
        return tr("Source → Destination");
    case ProgressColumn:
        return tr("Progress");
    case RateColumn:
        return tr("Rate");
    case EtaColumn:
        return tr("Time Left");
    case TriggerColumn:
        return tr("Trigger");
    case PriorityColumn:
        return tr("Priority");
    case AttemptsColumn:
        return tr("Attempts");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

JobsFilterModel::JobsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void JobsFilterModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void JobsFilterModel::setKind(const std::optional<JobKind> &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void JobsFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void JobsFilterModel::setAround(const QString &host, qint64 fromMs, qint64 toMs)
{
    m_aroundHost = host;
    m_aroundFromMs = fromMs;
    m_aroundToMs = toMs;
    invalidateFilter();
}

bool JobsFilterModel::concernsHost(const Job &job, const QString &host)
{
    for (const QString &named : job.spec.hosts)
        if (named.compare(host, Qt::CaseInsensitive) == 0)
            return true;
    // "HOST:/path" or the host alone (a probe's source).
    for (const QString &where : {job.spec.source, job.spec.destination}) {
        if (where.compare(host, Qt::CaseInsensitive) == 0)
            return true;
        if (where.size() > host.size() && where.at(host.size()) == u':' &&
            where.startsWith(host, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool JobsFilterModel::matches(State filter, JobState state)
{
    switch (filter) {
    case State::Active:
        return state == JobState::Queued || state == JobState::Running;
    case State::Failed:
        return state == JobState::Failed || state == JobState::Interrupted;
    case State::Finished:
        return isFinished(state);
    case State::All:
        return true;
    }
    return true;
}

bool JobsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!matches(m_state, JobState(index.data(JobsModel::StateRole).toInt())))
        return false;
    if (m_kind && index.data(JobsModel::KindRole).toString() != m_kind->key())
        return false;
    if (hasAround()) {
        const auto *jobs = qobject_cast<const JobsModel *>(sourceModel());
        const Job *job = jobs ? jobs->job(sourceRow) : nullptr;
        if (!job || job->startedMs < 0)
            return false;
        const qint64 end = job->state == JobState::Running
                               ? QDateTime::currentMSecsSinceEpoch()
                               : std::max(job->finishedMs, job->startedMs);
        if (job->startedMs > m_aroundToMs || end < m_aroundFromMs)
            return false;
        if (!m_aroundHost.isEmpty() && !concernsHost(*job, m_aroundHost))
            return false;
    }
    return m_text.isEmpty() ||
           index.data(JobsModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace qm
