#include "pythonjson.h"

#include <QLocale>

#include <cmath>

namespace qm::yaml {

namespace {

class Writer
{
public:
    Writer(int indent, qsizetype maxBytes)
        : m_indent(indent)
        , m_maxBytes(maxBytes)
    {}

    bool write(const Value &value, int depth);
    QByteArray take() { return std::move(m_out); }
    QString error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    void newline(int depth)
    {
        if (m_indent <= 0)
            return;
        m_out += '\n';
        m_out += QByteArray(qsizetype(depth) * m_indent, ' ');
    }
    void string(const QString &text);
    static QByteArray number(double value);
    bool key(const Value &key);

    int m_indent;
    qsizetype m_maxBytes;
    QByteArray m_out;
    QString m_error;
};

void Writer::string(const QString &text)
{
    m_out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        default:
            if (u < 0x20 || (u >= 0x7f && u < 0xa0) || c.isSurrogate()) {
                m_out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            } else {
                m_out += QString(c).toUtf8();
            }
        }
    }
    m_out += '"';
}

QByteArray Writer::number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value < 0 ? "-Infinity" : "Infinity";
    QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains('.') && !text.contains('e'))
        text += ".0"; // a float stays a float, as Python's repr writes it
    return text;
}

bool Writer::key(const Value &key)
{
    switch (key->type) {
    case ValueData::Type::String:
        string(key->string);
        return true;
    case ValueData::Type::Null:
        m_out += "\"null\"";
        return true;
    case ValueData::Type::Bool:
        m_out += key->boolean ? "\"true\"" : "\"false\"";
        return true;
    case ValueData::Type::Int:
        m_out += '"' +
                 (key->bigInteger.isEmpty() ? QByteArray::number(key->integer)
                                            : key->bigInteger.toLatin1()) +
                 '"';
        return true;
    case ValueData::Type::Float:
        m_out += '"' + number(key->real) + '"';
        return true;
    default:
        return fail(QStringLiteral("a mapping key is a %1, which JSON cannot hold as a key")
                        .arg(key->type == ValueData::Type::Date ? QStringLiteral("date")
                                                                : QStringLiteral("timestamp")));
    }
}

bool Writer::write(const Value &value, int depth)
{
    if (m_out.size() > m_maxBytes)
        return fail(QStringLiteral("the document expands to more than %1 bytes of JSON "
                                   "(aliases repeated too often)")
                        .arg(m_maxBytes));
    switch (value->type) {
    case ValueData::Type::Null:
        m_out += "null";
        return true;
    case ValueData::Type::Bool:
        m_out += value->boolean ? "true" : "false";
        return true;
    case ValueData::Type::Int:
        m_out += value->bigInteger.isEmpty() ? QByteArray::number(value->integer)
                                             : value->bigInteger.toLatin1();
        return true;
    case ValueData::Type::Float:
        m_out += number(value->real);
        return true;
    case ValueData::Type::String:
        string(value->string);
        return true;
    case ValueData::Type::Date:
    case ValueData::Type::DateTime:
        string(value->isoFormat());
        return true;
    case ValueData::Type::Sequence: {
        if (value->items.empty()) {
            m_out += "[]";
            return true;
        }
        m_out += '[';
        bool first = true;
        for (const Value &item : value->items) {
            if (!first)
                m_out += ',';
            first = false;
            newline(depth + 1);
            if (!write(item, depth + 1))
                return false;
        }
        newline(depth);
        m_out += ']';
        return true;
    }
    case ValueData::Type::Mapping: {
        if (value->isSet)
            return fail(QStringLiteral("a set (!!set) cannot be written as JSON"));
        if (value->pairs.empty()) {
            m_out += "{}";
            return true;
        }
        m_out += '{';
        bool first = true;
        for (const auto &[k, v] : value->pairs) {
            if (!first)
                m_out += ',';
            first = false;
            newline(depth + 1);
            if (!key(k))
                return false;
            m_out += ": ";
            if (!write(v, depth + 1))
                return false;
        }
        newline(depth);
        m_out += '}';
        return true;
    }
    }
    return false;
}

} // namespace

QByteArray toPythonJson(const Value &value, QString *error, int indent, qsizetype maxBytes)
{
    Writer writer(indent, maxBytes);
    if (!writer.write(value, 0)) {
        if (error)
            *error = writer.error();
        return {};
    }
    return writer.take();
}

} // namespace qm::yaml
