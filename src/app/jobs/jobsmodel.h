#pragma once

#include "core/jobs/jobs.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>

class QTimer;

namespace qm {

/// The job queue as a table: state (icon and text), kind, source → destination,
/// progress, rate, time left, trigger, priority, attempts, start time and duration
/// (counting while a job runs). setJobs() updates the rows in place — rows of new jobs
/// are inserted, changed ones report dataChanged, nothing is reset — so selections and
/// scroll positions survive the stream of progress updates.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StateColumn,
        KindColumn,
        WhatColumn, ///< source → destination
        ProgressColumn,
        RateColumn,
        EtaColumn,
        TriggerColumn,
        PriorityColumn,
        AttemptsColumn,
        StartedColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        JobIdRole,      ///< qint64
        StateRole,      ///< int(JobState)
        KindRole,       ///< its kind's key (QString: "sync")
        ProgressRole,   ///< double 0–1 for a bar; -1 where there is none (not started yet)
        SearchTextRole, ///< what the text filter looks in
    };

    explicit JobsModel(QObject *parent = nullptr);
    ~JobsModel() override;

    /// Shows `jobs` (any order is kept as given): rows of jobs no longer listed are
    /// removed, new ones inserted, changed ones updated in place.
    void setJobs(const QList<Job> &jobs);
    const QList<Job> &jobs() const { return m_jobs; }
    /// The job of `row`, or nullptr when out of range.
    const Job *job(int row) const;
    /// The row of job `id`, or -1.
    int rowOf(qint64 id) const;
    /// The time the durations are counted to (default: the system clock), for tests.
    void setClock(std::function<qint64()> clock);

    static QString stateTitle(JobState state);
    static QIcon stateIcon(JobState state);
    static QString kindTitle(const JobKind &kind);
    static QString triggerTitle(JobTrigger trigger);
    /// "source → destination", or the source alone when the kind has no destination.
    static QString whatText(const JobSpec &spec);
    /// A duration as a clock shows it: "0:42", "12:05", "3:02:41".
    static QString clockText(qint64 seconds);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant columnData(const Job &job, int column, int role) const;
    QString stateText(const Job &job) const;
    /// Seconds the latest attempt ran (so far, while it runs); -1 when not known.
    qint64 durationSeconds(const Job &job) const;
    /// The columns that change with time alone (duration, a retry's countdown).
    void tick();

    QList<Job> m_jobs;
    std::function<qint64()> m_clock;
    QTimer *m_ticker;
};

/// Filters JobsModel by state (active, failed, finished, all), kind and text, and
/// sorts by JobsModel::SortRole.
class JobsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class State {
        Active,   ///< queued or running
        Failed,   ///< failed or interrupted
        Finished, ///< succeeded, failed, cancelled or interrupted
        All,
    };

    explicit JobsFilterModel(QObject *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    /// Only jobs of `kind`; nothing: every kind.
    void setKind(const std::optional<JobKind> &kind);
    /// Jobs whose id, kind, source, destination or error contains `text` (any case).
    void setText(const QString &text);

    /// Only the jobs of `host` (any case; every host when empty: its name in the job's
    /// hosts, or its source or destination on it) whose latest run, from its start to
    /// its end (now while it runs), overlaps `fromMs`–`toMs`; jobs never started are
    /// left out. `toMs` < `fromMs` switches this filter off.
    void setAround(const QString &host, qint64 fromMs, qint64 toMs);
    bool hasAround() const { return m_aroundToMs >= m_aroundFromMs; }

    static bool matches(State filter, JobState state);
    /// Whether `job` concerns `host` (any case) as setAround() means it.
    static bool concernsHost(const Job &job, const QString &host);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    State m_state = State::All;
    std::optional<JobKind> m_kind;
    QString m_text;
    QString m_aroundHost;
    qint64 m_aroundFromMs = 0;
    qint64 m_aroundToMs = -1;
};

} // namespace qm
