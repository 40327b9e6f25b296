#pragma once

#include "document.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace qm::yaml {

struct ValueData;
/// A value as PyYAML's safe_load constructs it. Shared and immutable: an alias yields
/// the very same value as its anchor, as in Python, so a "billion laughs" file costs
/// no memory.
using Value = std::shared_ptr<const ValueData>;

struct ValueData
{
    enum class Type { Null, Bool, Int, Float, String, Date, DateTime, Sequence, Mapping };

    Type type = Type::Null;
    bool boolean = false;
    /// Int: the value when it fits in 64 bits; otherwise `bigInteger` holds its decimal
    /// digits (with a leading '-' if negative), as Python's arbitrary-precision int.
    qint64 integer = 0;
    QString bigInteger;
    double real = 0.0;
    QString string;
    /// Date and DateTime. DateTime adds the time to the microsecond and, when the text
    /// gave one, the UTC offset in seconds.
    QDate date;
    int hour = 0, minute = 0, second = 0, microsecond = 0;
    std::optional<int> utcOffsetSeconds;
    /// Sequence: the items. Mapping: key/value pairs in Python dict order (first
    /// insertion position, last assigned value).
    std::vector<Value> items;
    std::vector<std::pair<Value, Value>> pairs;
    /// A Mapping from `!!set`: Python builds a set, which JSON cannot hold.
    bool isSet = false;
    /// The node the value was constructed from (for positions); -1 for merged copies.
    int node = -1;

    /// Python's `isoformat()` of a Date or DateTime.
    QString isoFormat() const;
};

/// Why a parsed document cannot be loaded the way PyYAML loads it (an invalid date,
/// an unhashable key, an unknown tag...), and where.
struct LoadError
{
    QString message;
    Position position;
    QString toString() const;
};

/// Constructs the values of `document` exactly as PyYAML's `yaml.safe_load` does (YAML
/// 1.1 implicit types, merge keys, last duplicate key wins). Returns the root value
/// (Null for an empty document), or nullptr and `*error`.
Value construct(const Document &document, LoadError *error);

/// The implicit tag PyYAML's resolver gives a plain scalar: "null", "bool", "int",
/// "float", "timestamp", "merge", "value" or "str" (short names).
QString resolvePlainScalar(const QString &text);

} // namespace qm::yaml
