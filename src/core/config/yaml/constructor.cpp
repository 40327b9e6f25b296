// construct(): the nodes of a Document made into Values, tag by tag, as PyYAML's
// constructor (constructor.py) makes them. The rest of value.h is in value.cpp.

#include "bignatural.h"
#include "value.h"

#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace qm::yaml {

namespace {

const QString kTagPrefix = QStringLiteral("tag:yaml.org,2002:");

// The constructor's own, more detailed pattern (constructor.py timestamp_regexp).
const QRegularExpression &timestampParts()
{
    static const QRegularExpression re(QStringLiteral(
        "\\A(?<year>[0-9][0-9][0-9][0-9])-(?<month>[0-9][0-9]?)-(?<day>[0-9][0-9]?)"
        "(?:(?:[Tt]|[ \\t]+)(?<hour>[0-9][0-9]?):(?<minute>[0-9][0-9]):(?<second>[0-9][0-9])"
        "(?:\\.(?<fraction>[0-9]*))?"
        "(?:[ "
        "\\t]*(?<tz>Z|(?<sign>[-+])(?<tzhour>[0-9][0-9]?)(?::(?<tzminute>[0-9][0-9]))?))?)?\\z"));
    return re;
}

class Constructor
{
public:
    explicit Constructor(const Document &document)
        : m_document(document)
        , m_constructed(document.nodes.size())
        , m_inProgress(document.nodes.size(), false)
    {}

    Value construct(int index);
    LoadError error() const { return m_error; }

private:
    Value fail(const QString &message, int index);
    QString tagOf(int index) const;
    Value scalar(const Node &node, int index, const QString &tag);
    Value integer(const QString &text, int index);
    Value real(const QString &text, int index);
    Value timestamp(const QString &text, int index);
    Value sequence(int index);
    Value mapping(int index, bool isSet);
    Value pairs(int index);
    bool flatten(int index, std::vector<std::pair<int, int>> *out);
    std::optional<QString> keyIdentity(const Value &key) const;

    const Document &m_document;
    // Indexed by node: every node is constructed once, as PyYAML memoizes it, so an
    // alias yields the very object of its anchor.
    std::vector<Value> m_constructed;
    std::vector<bool> m_inProgress;
    QHash<int, std::vector<std::pair<int, int>>> m_flattened;
    QSet<int> m_flattening;
    qsizetype m_mergedPairs = 0;
    LoadError m_error;
    bool m_failed = false;
};

Value Constructor::fail(const QString &message, int index)
{
    if (!m_failed) {
        m_failed = true;
        m_error.message = message;
        m_error.position = index >= 0 ? m_document.node(index).start : Position{};
    }
    return nullptr;
}

QString Constructor::tagOf(int index) const
{
    // Short names for the tags of tag:yaml.org,2002 ("int", "map"), the full tag otherwise.
    const Node &node = m_document.node(index);
    if (!node.tag.isEmpty() && node.tag != QLatin1String("!"))
        return node.tag.startsWith(kTagPrefix) ? node.tag.mid(kTagPrefix.size()) : node.tag;
    switch (node.kind) {
    case NodeKind::Sequence:
        return QStringLiteral("seq");
    case NodeKind::Mapping:
        return QStringLiteral("map");
    default:
        // PyYAML resolves a plain scalar, and any scalar tagged with the non-specific
        // `!`, by the implicit rules; other quoted scalars are strings.
        if ((node.tag.isEmpty() && node.style == ScalarStyle::Plain) ||
            node.tag == QLatin1String("!"))
            return resolvePlainScalar(node.scalar);
        return QStringLiteral("str");
    }
}

Value Constructor::construct(int index)
{
    if (m_failed)
        return nullptr;
    index = m_document.resolved(index);
    if (const Value &done = m_constructed[size_t(index)])
        return done;
    if (m_inProgress[size_t(index)])
        return fail(QStringLiteral("the data refers to itself through an alias (a recursive "
                                   "structure cannot be written as JSON)"),
                    index);
    m_inProgress[size_t(index)] = true;

    const Node &node = m_document.node(index);
    const QString shortTag = tagOf(index);
    const QString tag = shortTag.contains(QLatin1Char(':')) || shortTag.startsWith(QLatin1Char('!'))
                            ? shortTag
                            : kTagPrefix + shortTag;
    Value value;
    const auto expect = [&](NodeKind kind, const char *what) {
        if (node.kind == kind)
            return true;
        fail(QStringLiteral("expected a %1 node, but found %2 (tag %3)")
                 .arg(QLatin1String(what),
                      node.kind == NodeKind::Scalar     ? QStringLiteral("a scalar")
                      : node.kind == NodeKind::Sequence ? QStringLiteral("a sequence")
                                                        : QStringLiteral("a mapping"),
                      tag),
             index);
        return false;
    };
    if (shortTag == QLatin1String("seq")) {
        if (expect(NodeKind::Sequence, "sequence"))
            value = sequence(index);
    } else if (shortTag == QLatin1String("map")) {
        if (expect(NodeKind::Mapping, "mapping"))
            value = mapping(index, false);
    } else if (shortTag == QLatin1String("set")) {
        if (expect(NodeKind::Mapping, "mapping"))
            value = mapping(index, true);
    } else if (shortTag == QLatin1String("omap") || shortTag == QLatin1String("pairs")) {
        if (expect(NodeKind::Sequence, "sequence"))
            value = pairs(index);
    } else if (expect(NodeKind::Scalar, "scalar")) {
        value = scalar(node, index, shortTag);
    }
    if (!value)
        return nullptr;
    m_constructed[size_t(index)] = value;
    m_inProgress[size_t(index)] = false;
    return value;
}

Value Constructor::scalar(const Node &node, int index, const QString &tag)
{
    const QString &text = node.scalar;
    auto value = std::make_shared<ValueData>();
    value->node = index;
    if (tag == QLatin1String("str")) {
        value->type = ValueData::Type::String;
        value->string = text;
        return value;
    }
    if (tag == QLatin1String("null"))
        return value;
    if (tag == QLatin1String("bool")) {
        const QString lower = text.toLower();
        if (lower == QLatin1String("yes") || lower == QLatin1String("true") ||
            lower == QLatin1String("on")) {
            value->boolean = true;
        } else if (!(lower == QLatin1String("no") || lower == QLatin1String("false") ||
                     lower == QLatin1String("off"))) {
            return fail(QStringLiteral("'%1' is not a boolean").arg(text), index);
        }
        value->type = ValueData::Type::Bool;
        return value;
    }
    if (tag == QLatin1String("int"))
        return integer(text, index);
    if (tag == QLatin1String("float"))
        return real(text, index);
    if (tag == QLatin1String("timestamp"))
        return timestamp(text, index);
    if (tag == QLatin1String("value"))
        return fail(QStringLiteral("could not determine a constructor for the tag "
                                   "'tag:yaml.org,2002:value' (a lone '=')"),
                    index);
    if (tag == QLatin1String("merge"))
        return fail(QStringLiteral("'<<' (a merge key) stands where a value is expected"), index);
    if (tag == QLatin1String("binary"))
        return fail(QStringLiteral("binary data (!!binary) cannot be written as JSON"), index);
    return fail(QStringLiteral("could not determine a constructor for the tag '%1'")
                    .arg(tag.contains(QLatin1Char(':')) ? tag : kTagPrefix + tag),
                index);
}

Value Constructor::integer(const QString &source, int index)
{
    // The common case, a plain decimal that fits in 64 bits, without the general path.
    if (source.size() <= 18 && !source.isEmpty() && source.front() != QLatin1Char('0')) {
        bool ok = false;
        const qint64 quick = source.toLongLong(&ok, 10);
        if (ok && std::all_of(source.cbegin(), source.cend(), [](QChar c) {
                return (c.unicode() >= '0' && c.unicode() <= '9') || c == QLatin1Char('-') ||
                       c == QLatin1Char('+');
            })) {
            auto value = std::make_shared<ValueData>();
            value->type = ValueData::Type::Int;
            value->node = index;
            value->integer = quick;
            return value;
        }
    }
    QString text = source;
    text.remove(QLatin1Char('_'));
    const auto invalid = [&] {
        return fail(QStringLiteral("invalid literal for int(): '%1'").arg(source), index);
    };
    if (text.isEmpty())
        return invalid();
    bool negative = false;
    if (text.front() == QLatin1Char('-') || text.front() == QLatin1Char('+')) {
        negative = text.front() == QLatin1Char('-');
        text.remove(0, 1);
    }
    BigNatural magnitude;
    const auto digitsInto = [](BigNatural &target, QStringView digits, int base) {
        if (digits.isEmpty())
            return false;
        for (const QChar c : digits) {
            const char16_t u = c.toLower().unicode();
            const int digit = (u >= '0' && u <= '9')   ? u - '0'
                              : (u >= 'a' && u <= 'z') ? u - 'a' + 10
                                                       : 99;
            if (digit >= base)
                return false;
            target.multiplyAdd(quint32(base), quint32(digit));
        }
        return true;
    };
    bool ok = true;
    if (text == QLatin1String("0")) {
        // zero
    } else if (text.startsWith(QLatin1String("0b"))) {
        ok = digitsInto(magnitude, QStringView(text).mid(2), 2);
    } else if (text.startsWith(QLatin1String("0x"))) {
        ok = digitsInto(magnitude, QStringView(text).mid(2), 16);
    } else if (text.startsWith(QLatin1Char('0'))) {
        ok = digitsInto(magnitude, text, 8);
    } else if (text.contains(QLatin1Char(':'))) {
        // Base 60: each part in decimal, most significant first.
        const QStringList parts = text.split(QLatin1Char(':'));
        for (const QString &part : parts) {
            BigNatural partValue;
            if (!digitsInto(partValue, part, 10))
                return invalid();
            magnitude.multiplyAdd(60, 0);
            magnitude.add(partValue);
        }
    } else {
        ok = digitsInto(magnitude, text, 10);
    }
    if (!ok)
        return invalid();

    auto value = std::make_shared<ValueData>();
    value->type = ValueData::Type::Int;
    value->node = index;
    const QString decimal = magnitude.toDecimal();
    bool fits = false;
    const qint64 small = decimal.toLongLong(&fits);
    if (fits) {
        value->integer = negative ? -small : small;
    } else {
        value->bigInteger = (negative ? QStringLiteral("-") : QString()) + decimal;
    }
    return value;
}

Value Constructor::real(const QString &source, int index)
{
    QString text = source;
    text.remove(QLatin1Char('_'));
    text = text.toLower();
    const auto invalid = [&] {
        return fail(QStringLiteral("could not convert string to float: '%1'").arg(source), index);
    };
    if (text.isEmpty())
        return invalid();
    double sign = 1.0;
    if (text.front() == QLatin1Char('-') || text.front() == QLatin1Char('+')) {
        sign = text.front() == QLatin1Char('-') ? -1.0 : 1.0;
        text.remove(0, 1);
    }
    auto value = std::make_shared<ValueData>();
    value->type = ValueData::Type::Float;
    value->node = index;
    // Python's float(): digits, a dot, an exponent; or inf, infinity, nan.
    static const QRegularExpression pythonFloat(
        QStringLiteral("\\A(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:e[-+]?[0-9]+)?\\z"));
    const auto parse = [&](const QString &part, double *out) {
        if (part == QLatin1String("inf") || part == QLatin1String("infinity")) {
            *out = std::numeric_limits<double>::infinity();
            return true;
        }
        if (part == QLatin1String("nan")) {
            *out = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        if (!pythonFloat.match(part).hasMatch())
            return false;
        bool ok = false;
        *out = part.toDouble(&ok);
        return ok || std::isinf(*out);
    };
    if (text == QLatin1String(".inf")) {
        value->real = sign * std::numeric_limits<double>::infinity();
    } else if (text == QLatin1String(".nan")) {
        value->real = std::numeric_limits<double>::quiet_NaN();
    } else if (text.contains(QLatin1Char(':'))) {
        const QStringList parts = text.split(QLatin1Char(':'));
        double total = 0.0;
        double base = 1.0;
        for (qsizetype i = parts.size() - 1; i >= 0; --i) {
            double digit = 0.0;
            if (!parse(parts[i], &digit))
                return invalid();
            total += digit * base;
            base *= 60.0;
        }
        value->real = sign * total;
    } else {
        double parsed = 0.0;
        if (!parse(text, &parsed))
            return invalid();
        value->real = sign * parsed;
    }
    return value;
}

Value Constructor::timestamp(const QString &text, int index)
{
    const QRegularExpressionMatch match = timestampParts().match(text);
    if (!match.hasMatch())
        return fail(QStringLiteral("'%1' is not a timestamp").arg(text), index);
    const int year = match.captured(u"year").toInt();
    const int month = match.captured(u"month").toInt();
    const int day = match.captured(u"day").toInt();
    const QDate date(year, month, day);
    if (year < 1 || !date.isValid())
        return fail(QStringLiteral("'%1' is not a valid date").arg(text), index);
    auto value = std::make_shared<ValueData>();
    value->node = index;
    value->date = date;
    if (match.captured(u"hour").isEmpty()) {
        value->type = ValueData::Type::Date;
        return value;
    }
    value->type = ValueData::Type::DateTime;
    value->hour = match.captured(u"hour").toInt();
    value->minute = match.captured(u"minute").toInt();
    value->second = match.captured(u"second").toInt();
    if (value->hour > 23 || value->minute > 59 || value->second > 59)
        return fail(QStringLiteral("'%1' is not a valid time of day").arg(text), index);
    QString fraction = match.captured(u"fraction").left(6);
    if (!fraction.isEmpty())
        value->microsecond = fraction.leftJustified(6, QLatin1Char('0')).toInt();
    if (!match.captured(u"sign").isEmpty()) {
        const int hours = match.captured(u"tzhour").toInt();
        const int minutes = match.captured(u"tzminute").toInt();
        const int offset = hours * 3600 + minutes * 60;
        if (offset >= 24 * 3600)
            return fail(QStringLiteral("'%1' has a UTC offset of a day or more").arg(text), index);
        value->utcOffsetSeconds = match.captured(u"sign") == QLatin1String("-") ? -offset : offset;
    } else if (!match.captured(u"tz").isEmpty()) {
        value->utcOffsetSeconds = 0;
    }
    return value;
}

Value Constructor::sequence(int index)
{
    auto value = std::make_shared<ValueData>();
    value->type = ValueData::Type::Sequence;
    value->node = index;
    for (const int child : m_document.node(index).children) {
        Value item = construct(child);
        if (!item)
            return nullptr;
        value->items.push_back(std::move(item));
    }
    return value;
}

Value Constructor::pairs(int index)
{
    // !!omap and !!pairs: a sequence of one-pair mappings, loaded as a list of (k, v).
    auto value = std::make_shared<ValueData>();
    value->type = ValueData::Type::Sequence;
    value->node = index;
    for (const int child : m_document.node(index).children) {
        const int item = m_document.resolved(child);
        const Node &node = m_document.node(item);
        if (node.kind != NodeKind::Mapping || node.children.size() != 2)
            return fail(QStringLiteral("expected a single mapping item"), item);
        auto pair = std::make_shared<ValueData>();
        pair->type = ValueData::Type::Sequence;
        pair->node = item;
        for (const int part : node.children) {
            Value element = construct(part);
            if (!element)
                return nullptr;
            pair->items.push_back(std::move(element));
        }
        value->items.push_back(std::move(pair));
    }
    return value;
}

bool Constructor::flatten(int index, std::vector<std::pair<int, int>> *out)
{
    // PyYAML's flatten_mapping: merged pairs first (for a list of mappings, the last
    // one first, so earlier ones override later), then the mapping's own pairs.
    if (const auto it = m_flattened.constFind(index); it != m_flattened.cend()) {
        *out = *it;
        return true;
    }
    const Node &node = m_document.node(index);
    if (m_flattening.contains(index)) {
        // A mapping that merges itself: PyYAML has already deleted the merge key it is
        // working on, so the mapping contributes its own pairs and no merges.
        out->clear();
        for (size_t i = 0; i + 1 < node.children.size(); i += 2) {
            if (tagOf(m_document.resolved(node.children[i])) != QLatin1String("merge"))
                out->emplace_back(node.children[i], node.children[i + 1]);
        }
        return true;
    }
    m_flattening.insert(index);
    const auto done = qScopeGuard([this, index] { m_flattening.remove(index); });
    std::vector<std::pair<int, int>> merged;
    std::vector<std::pair<int, int>> own;
    for (size_t i = 0; i + 1 < node.children.size(); i += 2) {
        const int key = node.children[i];
        const int valueIndex = node.children[i + 1];
        if (tagOf(m_document.resolved(key)) != QLatin1String("merge")) {
            own.emplace_back(key, valueIndex);
            continue;
        }
        const int source = m_document.resolved(valueIndex);
        const Node &sourceNode = m_document.node(source);
        if (sourceNode.kind == NodeKind::Mapping) {
            std::vector<std::pair<int, int>> part;
            if (!flatten(source, &part))
                return false;
            merged.insert(merged.end(), part.begin(), part.end());
        } else if (sourceNode.kind == NodeKind::Sequence) {
            std::vector<std::vector<std::pair<int, int>>> parts;
            for (const int child : sourceNode.children) {
                const int mappingIndex = m_document.resolved(child);
                if (m_document.node(mappingIndex).kind != NodeKind::Mapping) {
                    fail(QStringLiteral("expected a mapping for merging"), mappingIndex);
                    return false;
                }
                std::vector<std::pair<int, int>> part;
                if (!flatten(mappingIndex, &part))
                    return false;
                parts.push_back(std::move(part));
            }
            for (auto it = parts.rbegin(); it != parts.rend(); ++it)
                merged.insert(merged.end(), it->begin(), it->end());
        } else {
            fail(QStringLiteral("expected a mapping or list of mappings for merging"), source);
            return false;
        }
        m_mergedPairs += qsizetype(merged.size());
        if (m_mergedPairs > qsizetype(kMaxYamlNodes)) {
            fail(QStringLiteral("merge keys expand to more than %1 entries").arg(kMaxYamlNodes),
                 index);
            return false;
        }
    }
    merged.insert(merged.end(), own.begin(), own.end());
    if (!node.anchor.isEmpty()) // only anchored mappings are merged again elsewhere
        m_flattened.insert(index, merged);
    *out = std::move(merged);
    return true;
}

std::optional<QString> Constructor::keyIdentity(const Value &key) const
{
    // Python dict keys: 1 == 1.0 == True share a slot; lists and dicts are unhashable.
    switch (key->type) {
    case ValueData::Type::Null:
        return QStringLiteral("N");
    case ValueData::Type::Bool:
        return QStringLiteral("I") + (key->boolean ? QStringLiteral("1") : QStringLiteral("0"));
    case ValueData::Type::Int:
        return QStringLiteral("I") +
               (key->bigInteger.isEmpty() ? QString::number(key->integer) : key->bigInteger);
    case ValueData::Type::Float:
        if (std::isnan(key->real))
            return QStringLiteral("F%1").arg(quintptr(key.get())); // only equal to itself
        if (std::isfinite(key->real) && key->real == std::trunc(key->real) &&
            std::abs(key->real) < 9.0e15)
            return QStringLiteral("I") + QString::number(qint64(key->real));
        return QStringLiteral("F") + QString::number(key->real, 'g', 17);
    case ValueData::Type::String:
        return QStringLiteral("S") + key->string;
    case ValueData::Type::Date:
    case ValueData::Type::DateTime:
        return QStringLiteral("D") + key->isoFormat();
    case ValueData::Type::Sequence:
    case ValueData::Type::Mapping:
        return std::nullopt;
    }
    return std::nullopt;
}

Value Constructor::mapping(int index, bool isSet)
{
    std::vector<std::pair<int, int>> entries;
    if (!flatten(index, &entries))
        return nullptr;
    auto value = std::make_shared<ValueData>();
    value->type = ValueData::Type::Mapping;
    value->node = index;
    value->isSet = isSet;
    // String keys are by far the most common: they get their own table, keyed by the
    // string itself (a str never equals a non-str key in Python).
    QHash<QString, size_t> stringSlots;
    QHash<QString, size_t> otherSlots;
    stringSlots.reserve(qsizetype(entries.size()));
    for (const auto &[keyIndex, valueIndex] : entries) {
        Value key = construct(keyIndex);
        if (!key)
            return nullptr;
        const bool stringKey = key->type == ValueData::Type::String;
        const std::optional<QString> identity = stringKey ? key->string : keyIdentity(key);
        if (!identity)
            return fail(QStringLiteral("found unhashable key"), keyIndex);
        QHash<QString, size_t> &slots = stringKey ? stringSlots : otherSlots;
        Value item;
        if (isSet) {
            item = std::make_shared<ValueData>();
        } else {
            item = construct(valueIndex);
            if (!item)
                return nullptr;
        }
        if (const auto slot = slots.constFind(*identity); slot != slots.cend()) {
            value->pairs[*slot].second = std::move(item); // last wins, first position kept
        } else {
            slots.insert(*identity, value->pairs.size());
            value->pairs.emplace_back(std::move(key), std::move(item));
        }
    }
    return value;
}

} // namespace

Value construct(const Document &document, LoadError *error)
{
    if (document.root < 0)
        return std::make_shared<ValueData>();
    Constructor constructor(document);
    Value value = constructor.construct(document.root);
    if (!value && error)
        *error = constructor.error();
    return value;
}

} // namespace qm::yaml
