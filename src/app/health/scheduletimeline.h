#pragma once

// The next 24 hours of a machine's schedules, painted: one row per schedule, a mark per
// run (docs/health.md, "What runs when").

#include "core/health/schedules.h"

#include <QList>
#include <QWidget>

namespace qm {

/// A 24-hour timeline of schedules: the hours from `now` on the x axis (a tick each hour,
/// a label every 1–12 hours as the width allows, the day's name at midnight), one row per
/// entry in the order given (its label at the left, elided), a mark for each run in the
/// window. Runs that fall closer together than a few pixels are drawn as one band, so an
/// entry that runs every minute is a solid band labelled "every minute", not a row of
/// marks that look like a handful. An entry with no run in the window (@reboot, an
/// interval counted from boot, a line that could not be read) is a row with its note or
/// error and no mark.
///
/// Hovering a mark shows its time and command. The current row is highlighted; a click
/// or Up/Down changes it (currentRowChanged), Left/Right step through its runs (each
/// shown as a tooltip), Home/End go to its first and last.
class ScheduleTimeline : public QWidget
{
    Q_OBJECT

public:
    /// How long the window is: 24 hours of real time from `now`.
    static constexpr qint64 kWindowMs = 24 * 60 * 60 * 1000;
    /// The most runs a row keeps: every minute of the window (cron and OnCalendar= go no
    /// finer), with room for a day that repeats an hour.
    static constexpr int kMaxRuns = 25 * 60;

    explicit ScheduleTimeline(QWidget *parent = nullptr);

    /// Shows `entries`, a row each in this order, with their runs in [nowMs, nowMs + 24 h)
    /// computed by scheduleRunsBetween (every run, not only the five `nextRunMs` hold).
    /// The current row is cleared.
    void setEntries(const QList<ScheduleEntry> &entries, qint64 nowMs);
    /// Moves the window to start at `nowMs`, the entries and the current row kept.
    void setNow(qint64 nowMs);
    qint64 nowMs() const { return m_nowMs; }

    int rowCount() const { return int(m_rows.size()); }
    /// The entry of row `row` (0 ≤ row < rowCount()).
    const ScheduleEntry &entryAt(int row) const { return m_rows.at(row).entry; }
    /// The runs row `row` marks, soonest first: every run within the window, at most
    /// kMaxRuns. Empty for an entry without a calendar or with an error.
    QList<qint64> runsOf(int row) const { return m_rows.at(row).runs; }
    /// What the row says at its right: "every 15 min" for evenly spaced runs, else how
    /// many; its note or error when it has no run in the window.
    QString rowSummary(int row) const;
    /// The label at the left (before eliding): the command, else the line as written.
    QString rowLabel(int row) const;

    /// Where the runs are drawn: x from now (left) to now + 24 h (right edge), y the rows.
    QRect plotArea() const;
    /// The x of time `ms` (now is plotArea().left(); now + 24 h one past its right).
    int xOf(qint64 ms) const;
    /// The band of row `row` across the whole widget.
    QRect rowRect(int row) const;
    /// The row at `y`, or -1.
    int rowAt(int y) const;

    /// The highlighted row, or -1.
    int currentRow() const { return m_currentRow; }
    /// Highlights row `row` (-1: none); currentRowChanged when it changes.
    void setCurrentRow(int row);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentRowChanged(int row);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Row
    {
        ScheduleEntry entry;
        QList<qint64> runs;
        QString summary; ///< "every 15 min", "3 runs"; the note or error when no run
    };

    void computeRuns();
    int headerHeight() const;
    int rowHeight() const;
    int labelWidth() const;
    int summaryWidth() const;
    /// The run of row `row` nearest to x, within `slack` pixels; -1 when none is.
    int runNear(int row, int x, int slack) const;
    QString runText(int row, int run) const;
    QString entryText(int row) const;
    void showCurrentRun();

    QList<Row> m_rows;
    qint64 m_nowMs = 0;
    int m_currentRow = -1;
    int m_currentRun = -1; ///< the run stepped to with Left/Right in the current row
};

} // namespace qm
