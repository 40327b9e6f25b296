#pragma once

#include "sourcetext.h"

#include <QString>

#include <optional>
#include <vector>

namespace qm::yaml {

enum class NodeKind { Scalar, Sequence, Mapping, Alias };
enum class ScalarStyle { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };

/// One node of a YAML document as written, with where it stands in the text.
/// Nodes live in Document::nodes and refer to each other by index.
struct Node
{
    NodeKind kind = NodeKind::Scalar;
    Position start; ///< first byte of the node (of its anchor or tag, if any)
    Position end;   ///< one past its last byte
    /// The explicit tag, expanded (`!!int` is "tag:yaml.org,2002:int", `!` stays "!");
    /// empty when the node has none.
    QString tag;
    QString anchor;
    QString scalar; ///< the scalar's value (escapes and folding applied)
    ScalarStyle style = ScalarStyle::Plain;
    bool flow = false; ///< a flow collection (`[a, b]`, `{a: 1}`)
    int target = -1;   ///< for an alias: the index of the node its anchor names
    int parent = -1;   ///< the collection holding this node; -1 for the root
    /// Sequence: the items. Mapping: key, value, key, value, ... in document order.
    std::vector<int> children;
};

/// Why a text is not a YAML document the fleet's daemons could load, and where.
struct ParseError
{
    QString message; ///< "unterminated quoted string" (untranslated libyaml wording)
    Position position;
    /// "line 6, column 15: message", 1-based, the column in characters.
    QString toString() const;
};

/// A parsed YAML stream of at most one document (what PyYAML's safe_load accepts).
struct Document
{
    SourceText source;
    std::vector<Node> nodes;
    int root = -1; ///< -1 for an empty stream (PyYAML loads it as None)

    const Node &node(int index) const { return nodes[size_t(index)]; }
    /// Follows aliases to the node they name.
    int resolved(int index) const;
};

/// Limits that keep a hostile or broken file from exhausting memory or time.
inline constexpr qsizetype kMaxYamlBytes = 64 * 1024 * 1024;
inline constexpr size_t kMaxYamlNodes = 4 * 1024 * 1024;
inline constexpr int kMaxYamlDepth = 256;

/// Parses `text` with libyaml into a node tree with byte positions. Fails, filling
/// `*error`, on a syntax error, more than one document, an alias to an undefined anchor,
/// or a text beyond the limits above. Never throws, never crashes on any input.
std::optional<Document> parse(const QByteArray &text, ParseError *error);

} // namespace qm::yaml
