#include "linetime.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace qm {

namespace {

bool digits(QByteArrayView text, qsizetype at, qsizetype count, int *value)
{
    if (at + count > text.size())
        return false;
    int number = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        number = number * 10 + (c - '0');
    }
    *value = number;
    return true;
}

/// "HH:MM:SS" at `at`.
bool clock(QByteArrayView text, qsizetype at, QTime *time)
{
    int hours = 0;
    int minutes = 0;
    int seconds = 0;
    if (!digits(text, at, 2, &hours) || text.size() <= at + 2 || text[at + 2] != ':' ||
        !digits(text, at + 3, 2, &minutes) || text.size() <= at + 5 || text[at + 5] != ':' ||
        !digits(text, at + 6, 2, &seconds))
        return false;
    *time = QTime(hours, minutes, std::min(seconds, 59)); // a leap second is its minute's end
    return time->isValid();
}

std::optional<qint64> iso(QByteArrayView text, const QTimeZone &zone)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (!digits(text, 0, 4, &year) || text.size() < 19 || text[4] != '-' ||
        !digits(text, 5, 2, &month) || text[7] != '-' || !digits(text, 8, 2, &day) ||
        (text[10] != 'T' && text[10] != ' '))
        return std::nullopt;
    QTime time;
    if (!clock(text, 11, &time))
        return std::nullopt;
    qsizetype at = 19;
    int millis = 0;
    if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
        ++at;
        int scale = 100;
        const qsizetype from = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            millis += (text[at] - '0') * scale;
            scale /= 10;
            ++at;
        }
        if (at == from)
            return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    time = time.addMSecs(millis);
    if (at < text.size() && text[at] == 'Z')
        return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        int hours = 0;
        int minutes = 0;
        const qsizetype minutesAt = at + 3 < text.size() && text[at + 3] == ':' ? at + 4 : at + 3;
        if (digits(text, at + 1, 2, &hours) && digits(text, minutesAt, 2, &minutes)) {
            const int offset = (hours * 60 + minutes) * 60 * (text[at] == '-' ? -1 : 1);
            return QDateTime(date, time, QTimeZone(offset)).toMSecsSinceEpoch();
        }
    }
    const QDateTime local(date, time, zone);
    return local.isValid() ? std::optional<qint64>(local.toMSecsSinceEpoch()) : std::nullopt;
}

std::optional<qint64> syslog(QByteArrayView text, qint64 nowMs, const QTimeZone &zone)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (text.size() < 15 || text[3] != ' ')
        return std::nullopt;
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (text.first(3) == QByteArrayView(months[m], 3))
            month = m + 1;
    }
    if (month == 0)
        return std::nullopt;
    int day = 0;
    if (text[4] == ' ') {
        if (!digits(text, 5, 1, &day))
            return std::nullopt;
    } else if (!digits(text, 4, 2, &day)) {
        return std::nullopt;
    }
    if (text[6] != ' ')
        return std::nullopt;
    QTime time;
    if (!clock(text, 7, &time))
        return std::nullopt;
    const int thisYear = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date().year();
    for (int year = thisYear; year >= thisYear - 1; --year) {
        const QDateTime at(QDate(year, month, day), time, zone);
        if (at.isValid() && at.toMSecsSinceEpoch() <= nowMs + 86'400'000)
            return at.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> lineTimeMs(QByteArrayView line, qint64 nowMs, const QTimeZone &zone)
{
    qsizetype at = 0;
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t'))
        ++at;
    if (at < line.size() && line[at] == '[')
        ++at;
    const QByteArrayView text = line.sliced(at);
    if (text.isEmpty())
        return std::nullopt;
    if (text[0] >= '0' && text[0] <= '9')
        return iso(text, zone);
    return syslog(text, nowMs, zone);
}

} // namespace qm
