#include "chartscales.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace qm {

namespace {

enum class Unit { Minute, Day, Week, Month, Year };

struct Step
{
    Unit unit;
    int count;
    double nominalMs; ///< about how long one step is, to count ticks
};

constexpr double kMinuteMs = 60e3;
constexpr double kDayMs = 86400e3;

// Finest first; hours are steps of 60 minutes and more.
const Step kSteps[] = {
    {Unit::Minute, 1, kMinuteMs},         {Unit::Minute, 2, 2 * kMinuteMs},
    {Unit::Minute, 5, 5 * kMinuteMs},     {Unit::Minute, 10, 10 * kMinuteMs},
    {Unit::Minute, 15, 15 * kMinuteMs},   {Unit::Minute, 30, 30 * kMinuteMs},
    {Unit::Minute, 60, 60 * kMinuteMs},   {Unit::Minute, 120, 120 * kMinuteMs},
    {Unit::Minute, 180, 180 * kMinuteMs}, {Unit::Minute, 360, 360 * kMinuteMs},
    {Unit::Minute, 720, 720 * kMinuteMs}, {Unit::Day, 1, kDayMs},
    {Unit::Day, 2, 2 * kDayMs},           {Unit::Week, 1, 7 * kDayMs},
    {Unit::Week, 2, 14 * kDayMs},         {Unit::Month, 1, 30.44 * kDayMs},
    {Unit::Month, 2, 60.88 * kDayMs},     {Unit::Month, 3, 91.31 * kDayMs},
    {Unit::Month, 6, 182.6 * kDayMs},     {Unit::Year, 1, 365.25 * kDayMs},
    {Unit::Year, 2, 730.5 * kDayMs},      {Unit::Year, 5, 1826.25 * kDayMs},
    {Unit::Year, 10, 3652.5 * kDayMs},    {Unit::Year, 20, 7305 * kDayMs},
    {Unit::Year, 50, 18262.5 * kDayMs},   {Unit::Year, 100, 36525 * kDayMs},
};

QString format(const QLocale &locale, const QDate &date, const char *pattern, const char *comment)
{
    return locale.toString(date, QCoreApplication::translate("qm::TrendsChart", pattern, comment));
}

QString dayLabel(const QLocale &locale, const QDate &date)
{
    return format(locale, date, "d MMM", "time axis: a day (a QDate format)");
}

} // namespace

QList<TimeTick> timeTicks(qint64 fromMs, qint64 toMs, int maxTicks, const QLocale &locale)
{
    QList<TimeTick> ticks;
    if (toMs <= fromMs)
        return ticks;
    maxTicks = std::max(1, maxTicks);
    // A span of n steps can hold n + 1 ticks.
    const double span = double(toMs - fromMs);
    const Step *step = &kSteps[std::size(kSteps) - 1];
    for (const Step &candidate : kSteps) {
        if (span / candidate.nominalMs + 1 <= maxTicks) {
            step = &candidate;
            break;
        }
    }
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs).date();
    // Adds a tick at `at` when it lies in the range (and after the one before); the
    // label is made only then, as the first tick's may differ.
    const auto add = [&](const QDateTime &at, const auto &label) {
        if (!at.isValid())
            return;
        const qint64 ms = at.toMSecsSinceEpoch();
        if (ms < fromMs || ms > toMs || (!ticks.isEmpty() && ms <= ticks.last().timeMs))
            return;
        ticks.append({ms, label()});
    };
    switch (step->unit) {
    case Unit::Minute:
        for (QDate date = first; date <= last; date = date.addDays(1)) {
            int minute = 0;
            if (date == first) {
                const int fromMinute =
                    QDateTime::fromMSecsSinceEpoch(fromMs).time().msecsSinceStartOfDay() / 60000;
                minute = fromMinute / step->count * step->count;
            }
            for (; minute < 1440; minute += step->count) {
                const QTime time(minute / 60, minute % 60);
                const QDateTime at(date, time);
                if (at.time() != time) // not a local time: a daylight-saving gap
                    continue;
                if (at.toMSecsSinceEpoch() > toMs)
                    break;
                add(at, [&] {
                    return minute == 0
                               ? dayLabel(locale, date)
                               : locale.toString(time, QCoreApplication::translate(
                                                           "qm::TrendsChart", "HH:mm",
                                                           "time axis: a time of day (a QTime "
                                                           "format)"));
                });
            }
        }
        break;
    case Unit::Day:
    case Unit::Week:
        for (QDate date = first; date <= last; date = date.addDays(1)) {
            // Every other day or week: where the Julian day (the week number since
            // it began, on a Monday) is even.
            if (step->unit == Unit::Day ? date.toJulianDay() % step->count != 0
                                        : date.dayOfWeek() != locale.firstDayOfWeek() ||
                                              date.toJulianDay() / 7 % step->count != 0)
                continue;
            add(date.startOfDay(), [&] { return dayLabel(locale, date); });
        }
        break;
    case Unit::Month:
        for (QDate date(first.year(), first.month(), 1); date <= last; date = date.addMonths(1)) {
            if ((date.month() - 1) % step->count != 0)
                continue;
            add(date.startOfDay(), [&] {
                return date.month() == 1 || ticks.isEmpty()
                           ? format(locale, date, "MMM yyyy",
                                    "time axis: a month with its year (a QDate format)")
                           : format(locale, date, "MMM", "time axis: a month (a QDate format)");
            });
        }
        break;
    case Unit::Year:
        for (int year = first.year(); year <= last.year(); ++year) {
            if (year % step->count != 0)
                continue;
            const QDate date(year, 1, 1);
            add(date.startOfDay(), [&] { return locale.toString(date, QStringLiteral("yyyy")); });
        }
        break;
    }
    return ticks;
}

ByteScale byteScale(double largestBytes, int maxSteps)
{
    maxSteps = std::max(1, maxSteps);
    const double largest = std::isfinite(largestBytes) ? std::max(0.0, largestBytes) : 0.0;
    ByteScale scale;
    double step = 1;
    while (std::ceil(largest / step) > maxSteps)
        step *= 2;
    scale.stepBytes = step;
    scale.topBytes = std::max(1.0, std::ceil(largest / step)) * step;
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    int unit = 0;
    while (unit + 1 < int(std::size(units)) && scale.unitBytes * 1024 <= 4 * step) {
        scale.unitBytes *= 1024;
        ++unit;
    }
    scale.unit = QString::fromLatin1(units[unit]);
    return scale;
}

} // namespace qm
