#include "logjsonl.h"

#include "core/json/jsontext.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QUuid>

#include <cmath>
#include <cstring>
#include <limits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::LogJsonl)
};

constexpr qint64 kChunkBytes = 64 * 1024;

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

/// The UUID `text` holds, lower-case without braces; empty when it holds none.
QString uuidText(const QString &text)
{
    if (text.size() != 36 && text.size() != 38)
        return {};
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

/// The value of the first of `keys` that `object` has (undefined when none).
QJsonValue field(const QJsonObject &object, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String key : keys) {
        const auto it = object.constFind(key);
        if (it != object.constEnd())
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

/// What a line's JSON value is, for a message ("a number").
QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    default:
        return Text::tr("null");
    }
}

/// A required string column: its text, or nothing with `*error`.
std::optional<QString> requiredText(const QJsonObject &object, QLatin1String column,
                                    QLatin1String camel, bool mayBeEmpty, QString *error)
{
    const QJsonValue value = field(object, {column, camel});
    if (isAbsent(value)) {
        *error = Text::tr("%1 is missing").arg(column);
        return std::nullopt;
    }
    if (!value.isString()) {
        *error = Text::tr("%1 is %2, not a string").arg(column, kindOf(value));
        return std::nullopt;
    }
    if (!mayBeEmpty && value.toString().isEmpty()) {
        *error = Text::tr("%1 is empty").arg(column);
        return std::nullopt;
    }
    return value.toString();
}

/// `text` shortened for a message.
QString excerpt(const QString &text)
{
    return text.size() > 60 ? text.left(60) + QStringLiteral("…") : text;
}

} // namespace

QJsonObject logLineToJsonObject(const LogLine &line)
{
    QJsonValue metadata;
    if (!line.metadata.isEmpty()) {
        QJsonParseError parseError;
        // Wrapped in an array so that any JSON value, not only an object, is read.
        const QJsonDocument document =
            QJsonDocument::fromJson('[' + line.metadata + ']', &parseError);
        metadata = parseError.error == QJsonParseError::NoError && document.array().size() == 1
                       ? document.array().first()
                       : QJsonValue(QString::fromUtf8(line.metadata));
    }
    return {{QStringLiteral("id"), line.id},
            {QStringLiteral("timestamp"), logTimeText(line.timeUs)},
            {QStringLiteral("sourceType"), line.sourceType},
            {QStringLiteral("sourceId"), line.sourceId},
            {QStringLiteral("level"), line.level},
            {QStringLiteral("message"), line.message},
            {QStringLiteral("taskId"), textOrNull(line.taskId)},
            {QStringLiteral("workerId"), textOrNull(line.workerId)},
            {QStringLiteral("cycleNumber"), line.cycle ? QJsonValue(*line.cycle) : QJsonValue()},
            {QStringLiteral("metadata"), metadata}};
}

void appendLogLineJson(QByteArray *out, const LogLineUtf8 &line)
{
    // Written by hand, not through QJsonObject, into room made once for the whole line,
    // not an append a piece: an export writes millions of these.
    char timeText[kLogTimeTextSize] = {};
    QByteArray otherTime;
    QByteArrayView time(timeText, kLogTimeTextSize);
    if (!writeLogTimeText(timeText, line.timeUs)) {
        appendLogTimeText(&otherTime, line.timeUs);
        time = otherTime;
    }
    static constexpr qsizetype kKeysAndNulls = 160;
    qsizetype room = kKeysAndNulls + time.size() + line.cycle.size();
    for (const QByteArrayView text : {line.id, line.sourceType, line.sourceId, line.level,
                                      line.message, line.taskId, line.workerId})
        room += json::maxStringSize(text.size());
    const qsizetype size = out->size();
    out->resize(size + room);
    char *const begin = out->data();
    char *to = begin + size;
    const auto put = [&to](QByteArrayView bytes) {
        if (!bytes.isEmpty())
            std::memcpy(to, bytes.data(), size_t(bytes.size()));
        to += bytes.size();
    };
    const auto text = [&](QByteArrayView key, QByteArrayView value) {
        put(key);
        to = json::writeString(to, value);
    };
    const auto textOrNull = [&](QByteArrayView key, QByteArrayView value) {
        if (value.isEmpty()) {
            put(key);
            put("null");
        } else {
            text(key, value);
        }
    };
    text("{\"id\":", line.id);
    put(",\"timestamp\":\"");
    put(time);
    put("\"");
    text(",\"sourceType\":", line.sourceType);
    text(",\"sourceId\":", line.sourceId);
    text(",\"level\":", line.level);
    text(",\"message\":", line.message);
    textOrNull(",\"taskId\":", line.taskId);
    textOrNull(",\"workerId\":", line.workerId);
    put(",\"cycleNumber\":");
    put(line.cycle.isEmpty() ? QByteArrayView("null") : line.cycle);
    put(",\"metadata\":");
    if (line.metadata.isEmpty()) {
        put("null}");
        out->truncate(to - begin);
        return;
    }
    out->truncate(to - begin);
    // Compact JSON as it is, anything else as a string: what SQLite writes for the same
    // text (json() where json_valid()).
    if (!json::appendCompact(out, line.metadata))
        json::appendString(out, line.metadata);
    out->append('}');
}

LogLineBytes::LogLineBytes(const LogLine &line)
    : id(line.id.toUtf8())
    , sourceType(line.sourceType.toUtf8())
    , sourceId(line.sourceId.toUtf8())
    , level(line.level.toUtf8())
    , message(line.message.toUtf8())
    , taskId(line.taskId.toUtf8())
    , workerId(line.workerId.toUtf8())
    , cycle(line.cycle ? QByteArray::number(*line.cycle) : QByteArray())
{}

LogLineUtf8 LogLineBytes::view(const LogLine &line) const
{
    return LogLineUtf8{id,      line.timeUs, sourceType, sourceId, level,
                       message, taskId,      workerId,   cycle,    line.metadata};
}

void appendLogLineJson(QByteArray *out, const LogLine &line)
{
    appendLogLineJson(out, LogLineBytes(line).view(line));
}

QByteArray logLineToJson(const LogLine &line)
{
    QByteArray out;
    appendLogLineJson(&out, line);
    return out;
}

std::optional<LogLine> logLineFromJson(QByteArrayView text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Text::tr("not JSON: %1 at character %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset + 1);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = Text::tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    LogLine line;

    const QJsonValue time = field(object, {QLatin1String("timestamp")});
    if (isAbsent(time)) {
        *error = Text::tr("timestamp is missing");
        return std::nullopt;
    }
    const std::optional<qint64> timeUs =
        time.isString() ? logTimeFromText(time.toString()) : std::nullopt;
    if (!timeUs) {
        *error =
            time.isString()
                ? Text::tr("timestamp “%1” is not an ISO-8601 time").arg(excerpt(time.toString()))
                : Text::tr("timestamp is %1, not an ISO-8601 time string").arg(kindOf(time));
        return std::nullopt;
    }
    // A time that does not come back as itself (a year before 1 or after 9999) would be
    // another time in the table.
    if (logTimeFromText(logTimeText(*timeUs)) != timeUs) {
        *error = Text::tr("timestamp “%1” is out of range").arg(excerpt(time.toString()));
        return std::nullopt;
    }
    line.timeUs = *timeUs;

    const auto text_ = [&](QLatin1String column, QLatin1String camel, bool mayBeEmpty,
                           QString *target) {
        const std::optional<QString> value = requiredText(object, column, camel, mayBeEmpty, error);
        if (value)
            *target = *value;
        return value.has_value();
    };
    if (!text_(QLatin1String("source_type"), QLatin1String("sourceType"), false,
               &line.sourceType) ||
        !text_(QLatin1String("source_id"), QLatin1String("sourceId"), false, &line.sourceId) ||
        !text_(QLatin1String("log_level"), QLatin1String("level"), false, &line.level) ||
        !text_(QLatin1String("message"), QLatin1String("message"), true, &line.message))
        return std::nullopt;

    const QJsonValue id = field(object, {QLatin1String("id")});
    if (isAbsent(id)) {
        // Made from the line's text: the same line ingested again is the same row.
        static const QUuid space = QUuid::fromString(u"6f1d1c9e-3c55-4c1a-9a53-5f0e1f0b2d77");
        line.id = QUuid::createUuidV5(space, text.toByteArray()).toString(QUuid::WithoutBraces);
    } else {
        line.id = id.isString() ? uuidText(id.toString()) : QString();
        if (line.id.isEmpty()) {
            *error = id.isString() ? Text::tr("id “%1” is not a UUID").arg(excerpt(id.toString()))
                                   : Text::tr("id is %1, not a UUID string").arg(kindOf(id));
            return std::nullopt;
        }
    }

    const QJsonValue task = field(object, {QLatin1String("task_id"), QLatin1String("taskId")});
    if (!isAbsent(task)) {
        line.taskId = task.isString() ? uuidText(task.toString()) : QString();
        if (line.taskId.isEmpty()) {
            *error = task.isString()
                         ? Text::tr("task_id “%1” is not a UUID").arg(excerpt(task.toString()))
                         : Text::tr("task_id is %1, not a UUID string").arg(kindOf(task));
            return std::nullopt;
        }
    }

    const QJsonValue worker =
        field(object, {QLatin1String("worker_id"), QLatin1String("workerId")});
    if (!isAbsent(worker)) {
        if (!worker.isString()) {
            *error = Text::tr("worker_id is %1, not a string").arg(kindOf(worker));
            return std::nullopt;
        }
        line.workerId = worker.toString();
    }

    const QJsonValue cycle =
        field(object, {QLatin1String("cycle_number"), QLatin1String("cycleNumber")});
    if (!isAbsent(cycle)) {
        const double number = cycle.toDouble(std::nan(""));
        if (!cycle.isDouble() || std::trunc(number) != number ||
            number < double(std::numeric_limits<int>::min()) ||
            number > double(std::numeric_limits<int>::max())) {
            *error = cycle.isDouble()
                         ? Text::tr("cycle_number %1 is not a whole number that fits "
                                    "in 32 bits")
                               .arg(number)
                         : Text::tr("cycle_number is %1, not a number").arg(kindOf(cycle));
            return std::nullopt;
        }
        line.cycle = int(number);
    }

    const QJsonValue metadata = field(object, {QLatin1String("metadata")});
    if (metadata.isObject()) {
        line.metadata = QJsonDocument(metadata.toObject()).toJson(QJsonDocument::Compact);
    } else if (metadata.isString()) {
        const QJsonDocument inner = QJsonDocument::fromJson(metadata.toString().toUtf8());
        if (!inner.isObject()) {
            *error = Text::tr("metadata is a string that does not hold a JSON object");
            return std::nullopt;
        }
        line.metadata = inner.toJson(QJsonDocument::Compact);
    } else if (!isAbsent(metadata)) {
        *error = Text::tr("metadata is %1, not a JSON object").arg(kindOf(metadata));
        return std::nullopt;
    }
    return line;
}

LogJsonlReader::LogJsonlReader(QIODevice *device, qint64 maxLineBytes)
    : m_device(device)
    , m_maxLineBytes(maxLineBytes)
{}

bool LogJsonlReader::read(int maxLines, QList<LogLine> *lines, QList<LogJsonRejection> *rejected)
{
    const qsizetype goal = lines->size() + maxLines;
    for (;;) {
        // Every complete line in the buffer first.
        while (lines->size() < goal) {
            const qsizetype newline = m_buffer.indexOf('\n', m_position);
            if (newline < 0)
                break;
            takeLine(newline, lines, rejected);
        }
        if (lines->size() >= goal)
            return true;
        m_buffer.remove(0, m_position);
        m_position = 0;
        if (m_atEnd) {
            if (!m_buffer.isEmpty() || m_skipping)
                takeLine(m_buffer.size(), lines, rejected);
            m_buffer.clear();
            m_position = 0;
            return false;
        }
        // What is held has no newline: a line too long to hold is dropped as it comes,
        // until its end.
        if (m_skipping) {
            m_buffer.clear();
        } else if (m_buffer.size() > m_maxLineBytes) {
            m_skipping = true;
            m_buffer.clear();
        }
        const qsizetype held = m_buffer.size();
        m_buffer.resize(held + kChunkBytes);
        const qint64 count = m_device->read(m_buffer.data() + held, kChunkBytes);
        m_buffer.resize(held + qsizetype(std::max<qint64>(count, 0)));
        if (count < 0) {
            m_error = m_device->errorString();
            m_atEnd = true;
            return false;
        }
        if (count == 0)
            m_atEnd = true;
        if (!m_started && (m_buffer.size() >= 3 || m_atEnd)) {
            m_started = true;
            if (m_buffer.startsWith("\xEF\xBB\xBF"))
                m_buffer.remove(0, 3);
        }
    }
}

void LogJsonlReader::takeLine(qsizetype end, QList<LogLine> *lines,
                              QList<LogJsonRejection> *rejected)
{
    ++m_lineNumber;
    const qsizetype length = end - m_position;
    if (m_skipping || length > m_maxLineBytes) {
        m_skipping = false;
        rejected->append(
            {m_lineNumber, Text::tr("the line is longer than %1 bytes").arg(m_maxLineBytes)});
    } else {
        QByteArrayView text(m_buffer.constData() + m_position, length);
        if (text.endsWith('\r'))
            text.chop(1);
        handleLine(text, lines, rejected);
    }
    m_position = std::min(end + 1, m_buffer.size());
}

void LogJsonlReader::handleLine(QByteArrayView text, QList<LogLine> *lines,
                                QList<LogJsonRejection> *rejected)
{
    if (text.trimmed().isEmpty())
        return;
    QString error;
    std::optional<LogLine> line = logLineFromJson(text, &error);
    if (line)
        lines->append(std::move(*line));
    else
        rejected->append({m_lineNumber, error});
}

} // namespace qm
