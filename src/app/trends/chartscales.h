#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace qm {

/// One labelled tick of a chart's time axis.
struct TimeTick
{
    qint64 timeMs = 0;
    QString label;
    friend bool operator==(const TimeTick &, const TimeTick &) = default;
};

/// Ticks for a time axis over [fromMs, toMs] at round local times — whole minutes
/// (1, 2, 5, 10, 15, 30), hours (1, 2, 3, 6, 12), midnights (every day, every other
/// day, the first day of each week or every other week), first days of months (1, 2,
/// 3, 6) or of years —
/// the finest step that gives at most `maxTicks` ticks. Only ticks inside the range:
/// the axis ends where the range does, not at the next round time. Labels: the time of
/// day ("14:00"), and the date at midnight ("3 Dec"), so
/// every day boundary in a range of hours is named; days as "3 Dec"; months as "Mar",
/// with the year on January and on the first tick ("Jan 2026"); years as "2026". A
/// time that does not exist locally (a daylight-saving gap) gets no tick. Oldest first.
QList<TimeTick> timeTicks(qint64 fromMs, qint64 toMs, int maxTicks,
                          const QLocale &locale = QLocale());

/// A byte axis from 0: ticks every `stepBytes`, a power of two (256 GiB, 64 MiB, …), up
/// to `topBytes` (a multiple of it, at least the largest value), labelled in
/// `unitBytes` (1024^n) named `unit`: "0.25 TiB", "128 GiB" — never 0.4257 TiB.
struct ByteScale
{
    double stepBytes = 1;
    double topBytes = 1;
    double unitBytes = 1;
    QString unit; ///< "B", "KiB", "MiB", "GiB", "TiB", "PiB"
    int steps() const { return int(topBytes / stepBytes + 0.5); }
};

/// The byte scale whose power-of-two step is the smallest that reaches `largestBytes`
/// in at most `maxSteps` steps (at least 1); the unit is the largest binary unit at
/// most four steps, so labels are whole numbers or quarters and halves of it.
ByteScale byteScale(double largestBytes, int maxSteps);

} // namespace qm
