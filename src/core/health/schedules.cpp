#include "schedules.h"

#include "core/health/healthmachine.h"
#include "core/json/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QVariant>
#include <QXmlStreamReader>

#include <bitset>
#include <limits>
#include <optional>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Schedules)
};

/// The times a calendar schedule fires at, to the minute (local time).
struct Calendar
{
    std::bitset<60> minutes;
    std::bitset<24> hours;
    std::bitset<32> days;    ///< 1–31
    std::bitset<13> months;  ///< 1–12
    std::bitset<7> weekdays; ///< 0 Sunday – 6 Saturday
    bool daysRestricted = false;
    bool weekdaysRestricted = false;
    /// cron and launchd: with both days and weekdays restricted, either one matching
    /// will do; systemd: both must.
    bool eitherDay = true;

    bool dayMatches(const QDate &date) const
    {
        if (!months.test(size_t(date.month())))
            return false;
        const bool day = days.test(size_t(date.day()));
        const bool weekday = weekdays.test(size_t(date.dayOfWeek() % 7));
        if (eitherDay && daysRestricted && weekdaysRestricted)
            return day || weekday;
        return day && weekday;
    }

    /// The next `count` times after `nowMs`, within four years.
    QList<qint64> next(qint64 nowMs, int count) const
    {
        return between(nowMs + 1, std::numeric_limits<qint64>::max(), count);
    }

    /// The times in [fromMs, toMs), at most `count` of them, looking no further than
    /// four years past `fromMs`.
    QList<qint64> between(qint64 fromMs, qint64 toMs, int count) const
    {
        QList<qint64> runs;
        QDate date = QDateTime::fromMSecsSinceEpoch(fromMs).date();
        const QDate last = toMs == std::numeric_limits<qint64>::max()
                               ? date.addDays(4 * 366)
                               : QDateTime::fromMSecsSinceEpoch(toMs).date().addDays(1);
        for (int day = 0; day < 4 * 366 && date <= last && runs.size() < count;
             ++day, date = date.addDays(1)) {
            if (!dayMatches(date))
                continue;
            for (int hour = 0; hour < 24 && runs.size() < count; ++hour) {
                if (!hours.test(size_t(hour)))
                    continue;
                for (int minute = 0; minute < 60 && runs.size() < count; ++minute) {
                    if (!minutes.test(size_t(minute)))
                        continue;
                    const QDateTime at(date, QTime(hour, minute));
                    const qint64 ms = at.toMSecsSinceEpoch();
                    if (at.isValid() && ms >= fromMs && ms < toMs &&
                        (runs.isEmpty() || ms > runs.last()))
                        runs << ms;
                }
            }
        }
        return runs;
    }
};

/// Reads one field ("*/15", "1-5", "mon,wed", "Mon..Fri", "0/15") into `set` (values
/// lo–hi, names for them by `names`, ranges with `rangeSeparator`); empty, or why not.
template <size_t N>
QString readField(const QString &field, int lo, int hi, const QHash<QString, int> &names,
                  const QString &rangeSeparator, const QString &what, std::bitset<N> *set,
                  bool *restricted, bool sundaySeven = false)
{
    set->reset();
    *restricted = field != QLatin1String("*") && field != QLatin1String("?");
    const auto value = [&](const QString &text, int *out) {
        bool ok = false;
        *out = text.toInt(&ok);
        if (!ok && names.contains(text.toLower().left(3))) {
            *out = names.value(text.toLower().left(3));
            ok = true;
        }
        if (ok && sundaySeven && *out == 7)
            *out = 0;
        return ok && *out >= lo && *out <= hi;
    };
    const QStringList parts = field.split(u',');
    for (const QString &part : parts) {
        QString range = part;
        int step = 1;
        if (const qsizetype slash = part.indexOf(u'/'); slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1)
                return Text::tr("%1 “%2”: the step is not a number of at least 1").arg(what, field);
            range = part.left(slash);
        }
        int from = lo;
        int to = sundaySeven ? 6 : hi; // 7 is Sunday again
        if (range == QLatin1String("*")) {
            // every value
        } else if (const qsizetype dash = range.indexOf(rangeSeparator); dash > 0) {
            if (!value(range.left(dash), &from) ||
                !value(range.mid(dash + rangeSeparator.size()), &to))
                return Text::tr("%1 “%2” is not a range within %3–%4")
                    .arg(what, field)
                    .arg(lo)
                    .arg(hi);
            if (sundaySeven && to == 0 &&
                range.mid(dash + rangeSeparator.size()) != QLatin1String("0"))
                to = 6, set->set(0); // "5-7": Friday to Sunday
        } else {
            if (!value(range, &from))
                return Text::tr("%1 “%2” is not within %3–%4").arg(what, field).arg(lo).arg(hi);
            to = part.contains(u'/') ? (sundaySeven ? 6 : hi) : from; // "5/15": from 5 on
        }
        if (from > to)
            return Text::tr("%1 “%2” runs backwards").arg(what, field);
        for (int v = from; v <= to; v += step)
            set->set(size_t(v));
    }
    return {};
}

const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> names = {
        {QStringLiteral("jan"), 1},  {QStringLiteral("feb"), 2},  {QStringLiteral("mar"), 3},
        {QStringLiteral("apr"), 4},  {QStringLiteral("may"), 5},  {QStringLiteral("jun"), 6},
        {QStringLiteral("jul"), 7},  {QStringLiteral("aug"), 8},  {QStringLiteral("sep"), 9},
        {QStringLiteral("oct"), 10}, {QStringLiteral("nov"), 11}, {QStringLiteral("dec"), 12}};
    return names;
}

const QHash<QString, int> &dayNames()
{
    static const QHash<QString, int> names = {
        {QStringLiteral("sun"), 0}, {QStringLiteral("mon"), 1}, {QStringLiteral("tue"), 2},
        {QStringLiteral("wed"), 3}, {QStringLiteral("thu"), 4}, {QStringLiteral("fri"), 5},
        {QStringLiteral("sat"), 6}};
    return names;
}

/// Five cron fields into a calendar; empty, or why not.
QString readCronTimes(const QStringList &fields, Calendar *calendar)
{
    bool restricted = false;
    const QString dash = QStringLiteral("-");
    QString why = readField(fields.at(0), 0, 59, {}, dash, Text::tr("minute"), &calendar->minutes,
                            &restricted);
    if (why.isEmpty())
        why = readField(fields.at(1), 0, 23, {}, dash, Text::tr("hour"), &calendar->hours,
                        &restricted);
    if (why.isEmpty())
        why = readField(fields.at(2), 1, 31, {}, dash, Text::tr("day of the month"),
                        &calendar->days, &calendar->daysRestricted);
    if (why.isEmpty())
        why = readField(fields.at(3), 1, 12, monthNames(), dash, Text::tr("month"),
                        &calendar->months, &restricted);
    if (why.isEmpty())
        why = readField(fields.at(4), 0, 7, dayNames(), dash, Text::tr("day of the week"),
                        &calendar->weekdays, &calendar->weekdaysRestricted, true);
    return why;
}

/// A crontab's @nicknames as the five fields they stand for (@reboot has none).
const QHash<QString, QString> &cronNicknames()
{
    static const QHash<QString, QString> nicknames = {
        {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")},
        {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
        {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")}};
    return nicknames;
}

/// A crontab command up to its first unescaped %, and what follows as its input.
QString cronCommand(const QString &text, QString *input)
{
    QString command;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size() && text.at(i + 1) == u'%') {
            command += u'%';
            ++i;
        } else if (text.at(i) == u'%') {
            *input = text.mid(i + 1).replace(u'%', u'\n');
            break;
        } else {
            command += text.at(i);
        }
    }
    return command.trimmed();
}

/// "*-*-* 03:00:00", "Mon..Fri 09:00", "daily": a systemd calendar into `calendar`.
QString readSystemdCalendar(QString spec, Calendar *calendar)
{
    static const QHash<QString, QString> shorthand = {
        {QStringLiteral("minutely"), QStringLiteral("*-*-* *:*:00")},
        {QStringLiteral("hourly"), QStringLiteral("*-*-* *:00:00")},
        {QStringLiteral("daily"), QStringLiteral("*-*-* 00:00:00")},
        {QStringLiteral("weekly"), QStringLiteral("Mon *-*-* 00:00:00")},
        {QStringLiteral("monthly"), QStringLiteral("*-*-01 00:00:00")},
        {QStringLiteral("quarterly"), QStringLiteral("*-01,04,07,10-01 00:00:00")},
        {QStringLiteral("semiannually"), QStringLiteral("*-01,07-01 00:00:00")},
        {QStringLiteral("yearly"), QStringLiteral("*-01-01 00:00:00")},
        {QStringLiteral("annually"), QStringLiteral("*-01-01 00:00:00")}};
    spec = spec.trimmed();
    spec = shorthand.value(spec.toLower(), spec);
    calendar->eitherDay = false;
    QString weekday = QStringLiteral("*");
    QString date = QStringLiteral("*-*-*");
    QString time = QStringLiteral("00:00:00");
    const QStringList tokens = spec.split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (token.contains(u':'))
            time = token;
        else if (token.contains(u'-') && token.at(0) != u'-' && !token.at(0).isLetter())
            date = token;
        else if (token.at(0).isLetter() && token != QLatin1String("UTC"))
            weekday = token;
        else
            return Text::tr("“%1” is not read here (time zones and other forms are not)")
                .arg(token);
    }
    if (date.contains(u'~'))
        return Text::tr("“%1”: the last days of a month (~) are not read here").arg(date);
    QStringList dateParts = date.split(u'-');
    if (dateParts.size() == 2)
        dateParts.prepend(QStringLiteral("*"));
    if (dateParts.size() != 3)
        return Text::tr("“%1” is not a date Y-M-D").arg(date);
    if (dateParts.at(0) != QLatin1String("*"))
        return Text::tr("“%1”: a year of its own is not read here").arg(date);
    QStringList timeParts = time.split(u':');
    if (timeParts.size() < 2 || timeParts.size() > 3)
        return Text::tr("“%1” is not a time H:M[:S]").arg(time);
    bool restricted = false;
    const QString range = QStringLiteral("..");
    QString why = readField(weekday, 0, 7, dayNames(), range, Text::tr("day of the week"),
                            &calendar->weekdays, &calendar->weekdaysRestricted, true);
    if (why.isEmpty())
        why = readField(dateParts.at(1), 1, 12, monthNames(), range, Text::tr("month"),
                        &calendar->months, &restricted);
    if (why.isEmpty())
        why = readField(dateParts.at(2), 1, 31, {}, range, Text::tr("day of the month"),
                        &calendar->days, &calendar->daysRestricted);
    if (why.isEmpty())
        why = readField(timeParts.at(0), 0, 23, {}, range, Text::tr("hour"), &calendar->hours,
                        &restricted);
    if (why.isEmpty())
        why = readField(timeParts.at(1), 0, 59, {}, range, Text::tr("minute"), &calendar->minutes,
                        &restricted);
    if (why.isEmpty() && timeParts.size() == 3 && timeParts.at(2).toDouble() != 0)
        why = Text::tr("“%1”: seconds other than 0 are not read here").arg(time);
    return why;
}

/// A parsed property list value.
QVariant readPlistValue(QXmlStreamReader &xml)
{
    const QString name = xml.name().toString();
    if (name == QLatin1String("dict")) {
        QVariantMap map;
        QString key;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("key"))
                key = xml.readElementText();
            else
                map.insert(key, readPlistValue(xml));
        }
        return map;
    }
    if (name == QLatin1String("array")) {
        QVariantList list;
        while (xml.readNextStartElement())
            list << readPlistValue(xml);
        return list;
    }
    if (name == QLatin1String("true") || name == QLatin1String("false")) {
        xml.skipCurrentElement();
        return name == QLatin1String("true");
    }
    if (name == QLatin1String("integer"))
        return xml.readElementText().toLongLong();
    return xml.readElementText();
}

/// How a StartCalendarInterval entry's expression begins: "StartCalendarInterval {Hour=3}".
QString launchdCalendarPrefix()
{
    return QStringLiteral("StartCalendarInterval {");
}

/// One StartCalendarInterval dict (a key left out is every value) into `calendar`, each
/// key given as "Key=value" in `parts`; false when a value is out of its range.
bool readLaunchdCalendar(const QVariantMap &keys, Calendar *calendar, QStringList *parts)
{
    const auto field = [&](const QString &key, auto *set, int lo, int hi, bool *restricted,
                           bool sunday) {
        set->reset();
        if (!keys.contains(key)) {
            for (int v = lo; v <= hi; ++v)
                set->set(size_t(v));
            return true;
        }
        int v = keys.value(key).toInt();
        *parts << QStringLiteral("%1=%2").arg(key).arg(v);
        if (sunday && v == 7)
            v = 0;
        if (v < lo || v > hi)
            return false;
        set->set(size_t(v));
        if (restricted)
            *restricted = true;
        return true;
    };
    return field(QStringLiteral("Minute"), &calendar->minutes, 0, 59, nullptr, false) &&
           field(QStringLiteral("Hour"), &calendar->hours, 0, 23, nullptr, false) &&
           field(QStringLiteral("Day"), &calendar->days, 1, 31, &calendar->daysRestricted, false) &&
           field(QStringLiteral("Month"), &calendar->months, 1, 12, nullptr, false) &&
           field(QStringLiteral("Weekday"), &calendar->weekdays, 0, 6,
                 &calendar->weekdaysRestricted, true);
}

ScheduleEntry entry(const QString &source, int line, const QString &text)
{
    ScheduleEntry e;
    e.source = source;
    e.line = line;
    e.text = text;
    return e;
}

} // namespace

QJsonObject ScheduleEntry::toJson() const
{
    QJsonArray runs;
    for (const qint64 ms : nextRunMs)
        runs.append(json::time(ms));
    return {{QStringLiteral("source"), source},
            {QStringLiteral("line"), line},
            {QStringLiteral("text"), text},
            {QStringLiteral("expression"), expression},
            {QStringLiteral("command"), command},
            {QStringLiteral("user"), user},
            {QStringLiteral("nextRunAt"), runs},
            {QStringLiteral("note"), note},
            {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)}};
}

QList<ScheduleEntry> parseCrontab(const QByteArray &text, const QString &source, bool withUser,
                                  qint64 nowMs)
{
    static const QRegularExpression environment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*\\s*="));
    static const QRegularExpression fieldsAt(QStringLiteral("\\S+"));
    const QHash<QString, QString> &nicknames = cronNicknames();
    QList<ScheduleEntry> entries;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines.at(n)).remove(u'\r');
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || environment.match(trimmed).hasMatch())
            continue;
        ScheduleEntry e = entry(source, int(n + 1), line);
        // The words, with where each ends, so the command keeps its own spacing.
        QList<QRegularExpressionMatch> words;
        for (auto it = fieldsAt.globalMatch(trimmed); it.hasNext();)
            words << it.next();
        const bool nickname = trimmed.startsWith(u'@');
        const int timeWords = nickname ? 1 : 5;
        const int needed = timeWords + (withUser ? 1 : 0) + 1;
        if (words.size() < needed) {
            e.error = withUser ? Text::tr("a line of a cron.d file has the times, a user and a "
                                          "command")
                               : Text::tr("a crontab line has five times (or @daily, …) and a "
                                          "command");
            entries << e;
            continue;
        }
        QStringList times;
        for (int i = 0; i < timeWords; ++i)
            times << words.at(i).captured();
        e.expression = times.join(u' ');
        if (withUser)
            e.user = words.at(timeWords).captured();
        QString input;
        e.command = cronCommand(trimmed.mid(words.at(needed - 1).capturedStart()), &input);
        if (!input.isEmpty())
            e.note = Text::tr("input: %1").arg(input.trimmed());
        if (nickname && times.first() == QLatin1String("@reboot")) {
            e.note = Text::tr("at boot") +
                     (e.note.isEmpty() ? QString() : QStringLiteral("; ") + e.note);
            entries << e;
            continue;
        }
        QStringList fields = times;
        if (nickname) {
            if (!nicknames.contains(times.first())) {
                e.error = Text::tr("“%1” is not a cron schedule").arg(times.first());
                entries << e;
                continue;
            }
            fields = nicknames.value(times.first()).split(u' ');
        }
        Calendar calendar;
        e.error = readCronTimes(fields, &calendar);
        if (e.error.isEmpty())
            e.nextRunMs = calendar.next(nowMs, kNextRuns);
        entries << e;
    }
    return entries;
}

QList<ScheduleEntry> parseSystemdTimer(const QByteArray &text, const QString &source, qint64 nowMs)
{
    QList<ScheduleEntry> entries;
    QString unit = QFileInfo(source).completeBaseName() + QStringLiteral(".service");
    const QList<QByteArray> lines = text.split('\n');
    QString section;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines.at(n)).trimmed();
        if (line.startsWith(u'[')) {
            section = line;
            continue;
        }
        if (section != QLatin1String("[Timer]") || line.isEmpty() || line.startsWith(u'#') ||
            line.startsWith(u';'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (key == QLatin1String("Unit")) {
            unit = value;
            continue;
        }
        if (!key.startsWith(QLatin1String("On")) || value.isEmpty())
            continue;
        ScheduleEntry e = entry(source, int(n + 1), line);
        e.expression = key + u'=' + value;
        if (key == QLatin1String("OnCalendar")) {
            Calendar calendar;
            e.error = readSystemdCalendar(value, &calendar);
            if (e.error.isEmpty())
                e.nextRunMs = calendar.next(nowMs, kNextRuns);
        } else {
            e.note = key == QLatin1String("OnBootSec") || key == QLatin1String("OnStartupSec")
                         ? Text::tr("%1 after boot").arg(value)
                         : Text::tr("%1 after it (or the timer) last ran").arg(value);
        }
        entries << e;
    }
    for (ScheduleEntry &e : entries)
        e.command = unit;
    if (entries.isEmpty())
        entries << [&] {
            ScheduleEntry e = entry(source, 0, QString());
            e.error = Text::tr("a timer with no On…= time in its [Timer] section");
            return e;
        }();
    return entries;
}

QList<ScheduleEntry> parseLaunchdPlist(const QByteArray &text, const QString &source, qint64 nowMs)
{
    QXmlStreamReader xml(text);
    QVariantMap plist;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("plist"))
            continue;
        if (xml.name() == QLatin1String("dict"))
            plist = readPlistValue(xml).toMap();
        break;
    }
    QList<ScheduleEntry> entries;
    if (xml.hasError() || plist.isEmpty()) {
        ScheduleEntry e = entry(source, 0, QString());
        e.error = xml.hasError() ? Text::tr("not an XML property list: %1").arg(xml.errorString())
                                 : Text::tr("an empty property list");
        return {e};
    }
    QStringList argv = plist.value(QStringLiteral("ProgramArguments")).toStringList();
    if (argv.isEmpty())
        argv << plist.value(QStringLiteral("Program")).toString();
    const QString command = argv.join(u' ').trimmed().isEmpty()
                                ? plist.value(QStringLiteral("Label")).toString()
                                : argv.join(u' ');
    const QVariant calendarValue = plist.value(QStringLiteral("StartCalendarInterval"));
    QVariantList calendars =
        calendarValue.typeId() == QMetaType::QVariantList ? calendarValue.toList() : QVariantList();
    if (calendarValue.typeId() == QMetaType::QVariantMap)
        calendars << calendarValue;
    for (const QVariant &value : std::as_const(calendars)) {
        const QVariantMap keys = value.toMap();
        ScheduleEntry e = entry(source, 0, QStringLiteral("StartCalendarInterval"));
        QStringList parts;
        Calendar calendar;
        const bool ok = readLaunchdCalendar(keys, &calendar, &parts);
        e.expression = launchdCalendarPrefix() + parts.join(QStringLiteral(", ")) + u'}';
        e.command = command;
        if (!ok)
            e.error = Text::tr("a value out of its range in %1").arg(e.expression);
        else
            e.nextRunMs = calendar.next(nowMs, kNextRuns);
        entries << e;
    }
    if (plist.contains(QStringLiteral("StartInterval"))) {
        const qint64 seconds = plist.value(QStringLiteral("StartInterval")).toLongLong();
        ScheduleEntry e = entry(source, 0, QStringLiteral("StartInterval"));
        e.expression = QStringLiteral("StartInterval=%1").arg(seconds);
        e.command = command;
        if (seconds <= 0)
            e.error = Text::tr("StartInterval is not a number of seconds");
        else
            e.note = Text::tr("every %1 s, counted from when it was loaded").arg(seconds);
        entries << e;
    }
    if (plist.value(QStringLiteral("RunAtLoad")).toBool()) {
        ScheduleEntry e = entry(source, 0, QStringLiteral("RunAtLoad"));
        e.expression = QStringLiteral("RunAtLoad");
        e.command = command;
        e.note = Text::tr("when it is loaded (at login or boot)");
        entries << e;
    }
    if (entries.isEmpty()) {
        ScheduleEntry e = entry(source, 0, QString());
        e.command = command;
        e.note = Text::tr("no schedule: it runs when started or kept alive");
        entries << e;
    }
    return entries;
}

QList<ScheduleEntry> parseScheduleFile(const QByteArray &text, const QString &path, qint64 nowMs)
{
    if (path.endsWith(QLatin1String(".timer")))
        return parseSystemdTimer(text, path, nowMs);
    if (path.endsWith(QLatin1String(".plist")) || text.trimmed().startsWith("<?xml"))
        return parseLaunchdPlist(text, path, nowMs);
    const bool systemCrontab =
        path.contains(QLatin1String("/cron.d/")) || path.endsWith(QLatin1String("/etc/crontab"));
    return parseCrontab(text, path, systemCrontab, nowMs);
}

namespace {

/// The calendar of `e` read again from its expression, by the same code that read it
/// first: five cron fields or a cron @nickname, "OnCalendar=…", "StartCalendarInterval
/// {…}". Nothing for an entry with an error and for one with no calendar (@reboot,
/// OnBootSec=, StartInterval=, RunAtLoad).
///
/// An entry is a plain value (it is written as JSON) that keeps its expression as read and
/// no parsed form; reading the expression again with the functions that read it first
/// gives the same calendar, so the runs of any window are exact rather than guessed from
/// the five next runs (which for an every-minute entry cover five minutes).
std::optional<Calendar> calendarOf(const ScheduleEntry &e)
{
    if (!e.error.isEmpty())
        return std::nullopt;
    Calendar calendar;
    const QString expression = e.expression.trimmed();
    const QString onCalendar = QStringLiteral("OnCalendar=");
    if (expression.startsWith(onCalendar)) {
        if (readSystemdCalendar(expression.mid(onCalendar.size()), &calendar).isEmpty())
            return calendar;
        return std::nullopt;
    }
    if (expression.startsWith(launchdCalendarPrefix()) && expression.endsWith(u'}')) {
        const QString inside = expression.mid(launchdCalendarPrefix().size()).chopped(1);
        QVariantMap keys;
        const QStringList parts = inside.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const qsizetype equals = part.indexOf(u'=');
            bool ok = false;
            const int value = part.mid(equals + 1).toInt(&ok);
            if (equals <= 0 || !ok)
                return std::nullopt;
            keys.insert(part.left(equals), value);
        }
        QStringList ignored;
        if (readLaunchdCalendar(keys, &calendar, &ignored))
            return calendar;
        return std::nullopt;
    }
    QStringList fields = expression.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() == 1 && cronNicknames().contains(fields.first()))
        fields = cronNicknames().value(fields.first()).split(u' ');
    if (fields.size() == 5 && readCronTimes(fields, &calendar).isEmpty())
        return calendar;
    return std::nullopt;
}

} // namespace

QList<qint64> scheduleRunsBetween(const ScheduleEntry &entry, qint64 fromMs, qint64 toMs,
                                  int maxRuns)
{
    if (fromMs >= toMs || maxRuns <= 0)
        return {};
    if (const std::optional<Calendar> calendar = calendarOf(entry))
        return calendar->between(fromMs, toMs, maxRuns);
    QList<qint64> runs;
    for (const qint64 ms : entry.nextRunMs) {
        if (ms >= fromMs && ms < toMs && runs.size() < maxRuns)
            runs << ms;
    }
    return runs;
}

bool scheduleHasCalendar(const ScheduleEntry &entry)
{
    return calendarOf(entry).has_value();
}

namespace {

// Every schedule source of a machine, each after a line "\001KIND PATH" (POSIX sh).
const char kSchedulesScript[] = R"sh(printf '\001CRONTAB crontab\n'; crontab -l 2>/dev/null
for f in /etc/crontab /etc/cron.d/*; do
  if [ -f "$f" ]; then printf '\001FILE %s\n' "$f"; cat -- "$f"; fi
done
for d in /etc/systemd/system /usr/lib/systemd/system "$HOME/.config/systemd/user"; do
  for f in "$d"/*.timer; do
    if [ -f "$f" ]; then printf '\001FILE %s\n' "$f"; cat -- "$f"; fi
  done
done
for d in "$HOME/Library/LaunchAgents" /Library/LaunchAgents /Library/LaunchDaemons; do
  for f in "$d"/*.plist; do
    if [ -f "$f" ]; then
      printf '\001FILE %s\n' "$f"
      if command -v plutil >/dev/null 2>&1; then plutil -convert xml1 -o - -- "$f"; else cat -- "$f"; fi
    fi
  done
done
exit 0
)sh";

} // namespace

bool readMachineSchedules(HealthMachine &machine, qint64 nowMs, QList<ScheduleEntry> *entries,
                          QString *error)
{
    entries->clear();
    const RemoteResult run = machine.run(
        {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kSchedulesScript)},
        60'000);
    if (run.status != HostStatus::Ok || !run.process.succeeded()) {
        *error = run.error.isEmpty() ? firstOutputLine(run.process.standardError) : run.error;
        if (error->isEmpty())
            *error = Text::tr("the schedules could not be read");
        return false;
    }
    const QList<QByteArray> parts = run.process.standardOutput.split('\001');
    for (const QByteArray &part : parts) {
        const qsizetype end = part.indexOf('\n');
        if (part.isEmpty() || end < 0)
            continue;
        const QByteArray header = part.left(end);
        const QByteArray body = part.mid(end + 1);
        if (header.startsWith("CRONTAB "))
            *entries += parseCrontab(body, QStringLiteral("crontab"), false, nowMs);
        else if (header.startsWith("FILE "))
            *entries += parseScheduleFile(body, QString::fromUtf8(header.mid(5)), nowMs);
    }
    return true;
}

} // namespace qm
