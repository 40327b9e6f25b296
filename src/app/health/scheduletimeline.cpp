#include "scheduletimeline.h"

#include "healthgridmodel.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace qm {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
/// Marks closer than this (pixels) are drawn as one band.
constexpr int kBandGap = 3;
/// How far from a mark (pixels) the pointer may be to hover it.
constexpr int kHoverSlack = 4;

/// The colour of the marks: a blue that reads on light and dark backgrounds alike.
QColor markColor()
{
    return QColor(0x1f, 0x6f, 0xc6);
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

/// "every minute", "every 15 min", "every 2 h", "every 1 h 30 min".
QString everyText(qint64 gapMs)
{
    const int minutes = int(gapMs / kMinuteMs);
    if (minutes == 1)
        return ScheduleTimeline::tr("every minute");
    if (minutes < 60)
        return ScheduleTimeline::tr("every %1 min").arg(minutes);
    if (minutes % 60 == 0)
        return ScheduleTimeline::tr("every %1 h").arg(minutes / 60);
    return ScheduleTimeline::tr("every %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

ScheduleTimeline::ScheduleTimeline(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Schedules over the next 24 hours"));
    setAccessibleDescription(tr("One row per schedule, a mark per run. Up and Down choose a "
                                "schedule, Left and Right step through its runs."));
}

void ScheduleTimeline::setEntries(const QList<ScheduleEntry> &entries, qint64 nowMs)
{
    m_rows.clear();
    for (const ScheduleEntry &entry : entries)
        m_rows.append({entry, {}, {}});
    m_nowMs = nowMs;
    m_currentRun = -1;
    computeRuns();
    setCurrentRow(-1);
    updateGeometry();
    update();
}

void ScheduleTimeline::setNow(qint64 nowMs)
{
    if (nowMs == m_nowMs)
        return;
    m_nowMs = nowMs;
    m_currentRun = -1;
    computeRuns();
    update();
}

void ScheduleTimeline::computeRuns()
{
    for (Row &row : m_rows) {
        // Every run in the window, computed from the entry's calendar: `nextRunMs` holds
        // only the next five, which for */15 would cover 75 minutes of the 24 hours and
        // for an every-minute entry five minutes. An entry without a calendar (@reboot,
        // OnBootSec=, StartInterval=) has no run that can be placed on a clock: its row
        // says what it waits for instead of guessing marks.
        row.runs = scheduleRunsBetween(row.entry, m_nowMs, m_nowMs + kWindowMs, kMaxRuns);
        if (!row.entry.error.isEmpty()) {
            row.summary = tr("not read: %1").arg(row.entry.error);
        } else if (row.runs.isEmpty()) {
            row.summary = !row.entry.note.isEmpty()        ? row.entry.note
                          : scheduleHasCalendar(row.entry) ? tr("no run within 24 h")
                                                           : tr("no time of day");
        } else {
            bool even = row.runs.size() >= 3;
            const qint64 gap = even ? row.runs.at(1) - row.runs.at(0) : 0;
            for (qsizetype i = 2; even && i < row.runs.size(); ++i)
                even = row.runs.at(i) - row.runs.at(i - 1) == gap;
            row.summary = even ? everyText(gap) : tr("%n run(s)", nullptr, int(row.runs.size()));
            if (row.runs.size() >= kMaxRuns)
                row.summary = tr("%1 or more runs").arg(kMaxRuns);
        }
    }
}

QString ScheduleTimeline::rowSummary(int row) const
{
    return m_rows.at(row).summary;
}

QString ScheduleTimeline::rowLabel(int row) const
{
    const ScheduleEntry &e = m_rows.at(row).entry;
    if (!e.command.isEmpty())
        return e.command;
    if (!e.text.trimmed().isEmpty())
        return e.text.trimmed();
    return e.source;
}

int ScheduleTimeline::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int ScheduleTimeline::rowHeight() const
{
    return std::max(fontMetrics().height() + 8, 22);
}

int ScheduleTimeline::labelWidth() const
{
    return std::clamp(width() / 4, 100, 240);
}

int ScheduleTimeline::summaryWidth() const
{
    return std::max(70, fontMetrics().horizontalAdvance(everyText(kHourMs + 30 * kMinuteMs)) + 12);
}

QRect ScheduleTimeline::plotArea() const
{
    const int left = labelWidth() + 8;
    const int right = width() - summaryWidth() - 8;
    return QRect(left, headerHeight(), std::max(right - left, 10),
                 rowHeight() * int(m_rows.size()));
}

int ScheduleTimeline::xOf(qint64 ms) const
{
    const QRect plot = plotArea();
    return plot.left() + int(qRound64(double(ms - m_nowMs) * plot.width() / double(kWindowMs)));
}

QRect ScheduleTimeline::rowRect(int row) const
{
    return QRect(0, headerHeight() + row * rowHeight(), width(), rowHeight());
}

int ScheduleTimeline::rowAt(int y) const
{
    if (y < headerHeight())
        return -1;
    const int row = (y - headerHeight()) / rowHeight();
    return row < rowCount() ? row : -1;
}

void ScheduleTimeline::setCurrentRow(int row)
{
    if (row < -1 || row >= rowCount())
        row = -1;
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    m_currentRun = -1;
    update();
    Q_EMIT currentRowChanged(row);
}

QSize ScheduleTimeline::sizeHint() const
{
    return {720, headerHeight() + rowHeight() * std::max(int(m_rows.size()), 3) + 4};
}

QSize ScheduleTimeline::minimumSizeHint() const
{
    return {320, headerHeight() + rowHeight() * int(m_rows.size()) + 4};
}

int ScheduleTimeline::runNear(int row, int x, int slack) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    const QList<qint64> &runs = m_rows.at(row).runs;
    const QRect plot = plotArea();
    const qint64 ms = m_nowMs + qint64(double(x - plot.left()) * kWindowMs / plot.width());
    const qsizetype at = std::lower_bound(runs.cbegin(), runs.cend(), ms) - runs.cbegin();
    int best = -1;
    int bestDistance = slack + 1;
    for (const qsizetype i : {at - 1, at}) {
        if (i < 0 || i >= runs.size())
            continue;
        const int distance = std::abs(xOf(runs.at(i)) - x);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

QString ScheduleTimeline::runText(int row, int run) const
{
    const Row &r = m_rows.at(row);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(r.runs.at(run));
    const QString when = QLocale().toString(at, QLocale::LongFormat);
    QString text = when + u'\n' + rowLabel(row);
    if (r.runs.size() > 1)
        text += u'\n' +
                tr("run %1 of %2 within 24 h (%3)").arg(run + 1).arg(r.runs.size()).arg(r.summary);
    return text;
}

QString ScheduleTimeline::entryText(int row) const
{
    const ScheduleEntry &e = m_rows.at(row).entry;
    QStringList lines{e.line > 0 ? QStringLiteral("%1:%2").arg(e.source).arg(e.line) : e.source};
    if (!e.expression.isEmpty())
        lines << e.expression;
    if (!e.command.isEmpty())
        lines << e.command;
    if (!e.note.isEmpty())
        lines << e.note;
    if (!e.error.isEmpty())
        lines << tr("Not read: %1").arg(e.error);
    else if (!e.text.isEmpty() && e.text.trimmed() != e.command)
        lines << e.text.trimmed();
    lines << m_rows.at(row).summary;
    lines.removeDuplicates();
    return lines.join(u'\n');
}

void ScheduleTimeline::showCurrentRun()
{
    if (m_currentRow < 0 || m_currentRun < 0)
        return;
    const QPoint at(xOf(m_rows.at(m_currentRow).runs.at(m_currentRun)),
                    rowRect(m_currentRow).bottom());
    QToolTip::showText(mapToGlobal(at), runText(m_currentRow, m_currentRun), this);
    update();
}

bool ScheduleTimeline::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const int row = rowAt(help->pos().y());
    QString text;
    if (row >= 0 && help->pos().x() < plotArea().left())
        text = entryText(row);
    else if (const int run = runNear(row, help->pos().x(), kHoverSlack); run >= 0)
        text = runText(row, run);
    else if (row >= 0 && m_rows.at(row).runs.isEmpty())
        text = entryText(row);
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

void ScheduleTimeline::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0)
        setCurrentRow(row);
    m_currentRun = runNear(row, event->position().toPoint().x(), kHoverSlack);
    update();
    QWidget::mousePressEvent(event);
}

void ScheduleTimeline::keyPressEvent(QKeyEvent *event)
{
    const int runs = m_currentRow >= 0 ? int(m_rows.at(m_currentRow).runs.size()) : 0;
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(m_currentRow <= 0 ? 0 : m_currentRow - 1);
        break;
    case Qt::Key_Down:
        setCurrentRow(std::min(m_currentRow + 1, rowCount() - 1));
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (runs == 0)
            break;
        if (event->key() == Qt::Key_Home)
            m_currentRun = 0;
        else if (event->key() == Qt::Key_End)
            m_currentRun = runs - 1;
        else if (event->key() == Qt::Key_Left)
            m_currentRun = m_currentRun < 0 ? runs - 1 : std::max(m_currentRun - 1, 0);
        else
            m_currentRun = std::min(m_currentRun + 1, runs - 1);
        showCurrentRun();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ScheduleTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRect plot = plotArea();
    const QColor errorColor = healthStateColor(HealthState::Critical);
    p.fillRect(rect(), pal.base());

    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, headerHeight(), -8, 0), Qt::AlignLeft | Qt::AlignTop,
                   tr("No schedules to show."));
    }

    // The rows' backgrounds, the current one highlighted.
    for (int row = 0; row < rowCount(); ++row) {
        const QRect band = rowRect(row);
        if (row == m_currentRow) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlpha(hasFocus() ? 90 : 55);
            p.fillRect(band, highlight);
        } else if (row % 2 == 1) {
            p.fillRect(band, pal.alternateBase());
        }
    }

    // The hours: a tick each hour, a label every `step` hours as the width allows (at
    // whole hours of the clock: 0, 3, 6, … for a step of 3), the day's name at midnight.
    const QString widest =
        std::max({timeText(QDateTime(QDate(2024, 1, 1), QTime(22, 0)).toMSecsSinceEpoch()),
                  timeText(QDateTime(QDate(2024, 1, 1), QTime(12, 0)).toMSecsSinceEpoch())},
                 [&fm](const QString &a, const QString &b) {
                     return fm.horizontalAdvance(a) < fm.horizontalAdvance(b);
                 });
    const double perHour = plot.width() / 24.0;
    int step = 12;
    for (const int candidate : {1, 2, 3, 4, 6, 12}) {
        if (candidate * perHour >= fm.horizontalAdvance(widest) + 10) {
            step = candidate;
            break;
        }
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_nowMs);
    QDateTime tick(now.date(), QTime(now.time().hour(), 0));
    if (tick.toMSecsSinceEpoch() <= m_nowMs)
        tick = tick.addSecs(3600);
    const int bottom = plot.bottom() + 1;
    p.setPen(pal.color(QPalette::Text));
    const QString nowText = tr("now");
    p.drawText(QRect(plot.left() - 2, 0, fm.horizontalAdvance(nowText) + 4, headerHeight() - 4),
               Qt::AlignLeft | Qt::AlignBottom, nowText);
    int lastLabelRight = plot.left() + fm.horizontalAdvance(nowText) + 6;
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    for (; tick.toMSecsSinceEpoch() < m_nowMs + kWindowMs; tick = tick.addSecs(3600)) {
        const int x = xOf(tick.toMSecsSinceEpoch());
        const int hour = tick.time().hour();
        const bool midnight = hour == 0;
        p.setPen(midnight ? pal.color(QPalette::Dark) : grid);
        p.drawLine(x, headerHeight() - 4, x, std::max(bottom, headerHeight()));
        if (hour % step != 0)
            continue;
        QFont font = p.font();
        font.setBold(midnight);
        p.setFont(font);
        const QString label = midnight
                                  ? QLocale().dayName(tick.date().dayOfWeek(), QLocale::ShortFormat)
                                  : timeText(tick.toMSecsSinceEpoch());
        const int w = QFontMetrics(font).horizontalAdvance(label);
        const QRect box(x - w / 2, 0, w, headerHeight() - 4);
        if (box.left() > lastLabelRight && box.right() < width() - 2) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, label);
            lastLabelRight = box.right() + 6;
        }
        font.setBold(false);
        p.setFont(font);
    }
    p.setPen(pal.color(QPalette::Dark));
    p.drawLine(plot.left(), headerHeight() - 4, plot.left(), std::max(bottom, headerHeight()));

    // Each row: its label, its marks (or what it waits for), its summary at the right.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const int iconSize = std::min(16, rowHeight() - 6);
    for (int row = 0; row < rowCount(); ++row) {
        const Row &r = m_rows.at(row);
        const QRect band = rowRect(row);
        const bool broken = !r.entry.error.isEmpty();
        QRect label(6, band.top(), labelWidth(), band.height());
        if (broken) {
            warning.paint(
                &p, QRect(label.left(), band.center().y() - iconSize / 2, iconSize, iconSize));
            label.setLeft(label.left() + iconSize + 4);
        }
        p.setPen(broken ? errorColor : pal.color(QPalette::Text));
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(rowLabel(row), Qt::ElideMiddle, label.width()));

        const int top = band.top() + 4;
        const int height = band.height() - 8;
        if (r.runs.isEmpty()) {
            QFont italic = p.font();
            italic.setItalic(true);
            p.setFont(italic);
            p.setPen(broken ? errorColor : pal.color(QPalette::PlaceholderText));
            const QRect text(plot.left() + 6, band.top(), plot.width() - 6, band.height());
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(italic).elidedText(r.summary, Qt::ElideRight, text.width()));
            italic.setItalic(false);
            p.setFont(italic);
            continue;
        }
        // Runs closer than kBandGap pixels are one band from the first to the last, so
        // a dense schedule reads as "all the time", not as a few marks.
        QColor bandColor = markColor();
        bandColor.setAlpha(150);
        for (qsizetype i = 0; i < r.runs.size();) {
            const int from = xOf(r.runs.at(i));
            int to = from;
            qsizetype next = i + 1;
            while (next < r.runs.size() && xOf(r.runs.at(next)) - to < kBandGap)
                to = xOf(r.runs.at(next++));
            if (next - i > 1)
                p.fillRect(QRect(from, top + 2, std::max(to - from, 2), height - 4), bandColor);
            else
                p.fillRect(QRect(from - 1, top, 2, height), markColor());
            i = next;
        }
        if (row == m_currentRow && m_currentRun >= 0 && m_currentRun < r.runs.size()) {
            const int x = xOf(r.runs.at(m_currentRun));
            p.setPen(QPen(pal.color(QPalette::Text), 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRect(x - 3, top - 2, 6, height + 3));
        }
        p.setPen(pal.color(QPalette::PlaceholderText));
        const QRect summary(plot.right() + 8, band.top(), width() - plot.right() - 10,
                            band.height());
        p.drawText(summary, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(r.summary, Qt::ElideRight, summary.width()));
    }

    if (hasFocus() && m_currentRow >= 0) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rowRect(m_currentRow).adjusted(0, 0, -1, -1));
    }
}

} // namespace qm
