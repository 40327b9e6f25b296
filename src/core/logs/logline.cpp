#include "logline.h"

#include <QTimeZone>

#include <iterator>

namespace qm {

namespace {

constexpr qint64 kUsPerSecond = 1'000'000;
constexpr qint64 kSecondsPerDay = 86'400;

/// Days since 1970-01-01 of a date of the proleptic Gregorian calendar (Howard Hinnant's
/// days_from_civil).
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

/// The date of a day since 1970-01-01 (Howard Hinnant's civil_from_days).
void civilFromDays(qint64 days, qint64 *year, unsigned *month, unsigned *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = qint64(yoe) + era * 400 + (*month <= 2);
}

/// Writes `value` as `width` digits ending just before `end`.
void putDigits(char *end, qint64 value, int width)
{
    for (int i = 0; i < width; ++i) {
        *--end = char('0' + value % 10);
        value /= 10;
    }
}

/// The digits at [from, from + count) of `text` as a number; -1 when one is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

} // namespace

namespace {

/// The seconds, their fraction (µs) and the civil date of `timeUs`.
struct TimeParts
{
    qint64 seconds = 0;
    qint64 fraction = 0;
    qint64 secondOfDay = 0;
    qint64 year = 0;
    unsigned month = 0;
    unsigned day = 0;
};

TimeParts timeParts(qint64 timeUs)
{
    TimeParts parts;
    parts.seconds = timeUs / kUsPerSecond;
    parts.fraction = timeUs % kUsPerSecond;
    if (parts.fraction < 0) {
        parts.fraction += kUsPerSecond;
        --parts.seconds;
    }
    qint64 days = parts.seconds / kSecondsPerDay;
    parts.secondOfDay = parts.seconds % kSecondsPerDay;
    if (parts.secondOfDay < 0) {
        parts.secondOfDay += kSecondsPerDay;
        --days;
    }
    civilFromDays(days, &parts.year, &parts.month, &parts.day);
    return parts;
}

} // namespace

bool writeLogTimeText(char *text, qint64 timeUs)
{
    const TimeParts parts = timeParts(timeUs);
    if (parts.year < 1 || parts.year > 9999)
        return false;
    // yyyy-MM-ddTHH:mm:ss.uuuuuuZ
    putDigits(text + 4, parts.year, 4);
    text[4] = '-';
    putDigits(text + 7, parts.month, 2);
    text[7] = '-';
    putDigits(text + 10, parts.day, 2);
    text[10] = 'T';
    putDigits(text + 13, parts.secondOfDay / 3600, 2);
    text[13] = ':';
    putDigits(text + 16, parts.secondOfDay / 60 % 60, 2);
    text[16] = ':';
    putDigits(text + 19, parts.secondOfDay % 60, 2);
    text[19] = '.';
    putDigits(text + 26, parts.fraction, 6);
    text[26] = 'Z';
    return true;
}

void appendLogTimeText(QByteArray *out, qint64 timeUs)
{
    char text[kLogTimeTextSize];
    if (writeLogTimeText(text, timeUs)) {
        out->append(text, sizeof text);
        return;
    }
    // Not four digits: as QDateTime writes such a year.
    const TimeParts parts = timeParts(timeUs);
    const QDateTime time = QDateTime::fromSecsSinceEpoch(parts.seconds, QTimeZone::utc());
    *out += time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")).toLatin1() + '.' +
            QByteArray::number(parts.fraction).rightJustified(6, '0') + 'Z';
}

QString logTimeText(qint64 timeUs)
{
    QByteArray text;
    appendLogTimeText(&text, timeUs);
    return QString::fromLatin1(text);
}

std::optional<qint64> logTimeFromText(QStringView text)
{
    // The common shape first, without QDateTime: "YYYY-MM-DD[T ]HH:MM:SS[.f…][Z|±HH:MM]".
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 ||
        minute < 0 || minute > 59 || second < 0 || second > 60 || text[4] != u'-' ||
        text[7] != u'-' || (text[10] != u'T' && text[10] != u't' && text[10] != u' ') ||
        text[13] != u':' || text[16] != u':')
        return std::nullopt;
    qsizetype at = 19;
    qint64 fraction = 0;
    if (at < text.size() && (text[at] == u'.' || text[at] == u',')) {
        ++at;
        qint64 scale = 100'000;
        const qsizetype start = at;
        while (at < text.size() && text[at].isDigit()) {
            fraction += scale * (text[at].unicode() - u'0');
            scale /= 10;
            ++at;
        }
        if (at == start)
            return std::nullopt;
    }
    qint64 offsetSeconds = 0;
    if (at < text.size()) {
        const QChar sign = text[at];
        if ((sign == u'Z' || sign == u'z') && at + 1 == text.size()) {
            // UTC
        } else if (sign == u'+' || sign == u'-') {
            const int offsetHours = digits(text, at + 1, 2);
            const qsizetype minuteAt =
                at + 3 < text.size() && text[at + 3] == u':' ? at + 4 : at + 3;
            const int offsetMinutes = minuteAt < text.size() ? digits(text, minuteAt, 2) : 0;
            if (offsetHours < 0 || offsetMinutes < 0 ||
                (minuteAt < text.size() && minuteAt + 2 != text.size()) ||
                (minuteAt >= text.size() && at + 3 != text.size()))
                return std::nullopt;
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == u'-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }
    const qint64 seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * kSecondsPerDay +
                           hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * kUsPerSecond + fraction;
}

std::optional<qint64> logTimeFromUtf8(QByteArrayView text)
{
    // The times a store holds are short ASCII: widened on the stack, not in a QString.
    char16_t wide[40];
    if (text.size() > qsizetype(std::size(wide)))
        return logTimeFromText(QString::fromUtf8(text));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80)
            return logTimeFromText(QString::fromUtf8(text));
        wide[i] = char16_t(text[i]);
    }
    return logTimeFromText(QStringView(wide, text.size()));
}

qint64 logTimeUs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch() * 1000;
}

QDateTime logDateTime(qint64 timeUs)
{
    qint64 ms = timeUs / 1000;
    if (timeUs % 1000 < 0)
        --ms;
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

int logLevelRank(QStringView level)
{
    const QString upper = level.trimmed().toString().toUpper();
    if (upper == u"WARN")
        return 2;
    if (upper == u"FATAL" || upper == u"CRIT")
        return 4;
    return int(logLevels().indexOf(upper));
}

QStringList logLevelSpellingsFrom(int minimumRank)
{
    static const QList<QStringList> aliases = {
        {}, {}, {QStringLiteral("WARN")}, {}, {QStringLiteral("FATAL"), QStringLiteral("CRIT")}};
    QStringList spellings;
    for (int rank = std::max(minimumRank, 0); rank < logLevels().size(); ++rank) {
        for (const QString &name : QStringList{logLevels()[rank]} + aliases[rank]) {
            const QString lower = name.toLower();
            spellings << name << lower << lower.left(1).toUpper() + lower.mid(1);
        }
    }
    return spellings;
}

} // namespace qm
