#pragma once

#include "core/config/yaml/document.h"

#include <QString>

#include <vector>

namespace qm::edit {

/// A YAML node as it loads, without positions: what two versions of a document are
/// compared by when an edit is verified. Scalars carry their resolved type, so a
/// quoted '12345' (a string) differs from a plain 12345 (an integer); an alias carries
/// the name of its anchor.
struct TreeNode
{
    yaml::NodeKind kind = yaml::NodeKind::Scalar;
    /// Scalars: the explicit tag, or the implicit type PyYAML resolves ("str", "int",
    /// "bool", "null", ...). Collections: the explicit tag, if any.
    QString type;
    QString anchor;
    QString text; ///< a scalar's value; an alias's anchor name
    /// Sequence: the items. Mapping: key, value, key, value, ... in document order.
    std::vector<TreeNode> children;
    /// The index of the node it was built from in the original document; -1 for a
    /// node an edit brings in. Never compared.
    int origin = -1;

    /// Equal in everything but `origin`.
    bool sameAs(const TreeNode &other) const;

    static TreeNode scalar(const QString &text, const QString &type = QStringLiteral("str"));
    static TreeNode mapping(std::vector<TreeNode> keysAndValues);
    static TreeNode sequence(std::vector<TreeNode> items);
};

/// The tree of `document` (an empty tree of kind Scalar, type "null" for an empty one).
TreeNode buildTree(const yaml::Document &document);

/// The type a scalar node resolves to (see TreeNode::type).
QString scalarType(const yaml::Node &node);

/// One change an edit means to make, stated on the tree of the original document. An
/// edit is accepted only when the re-parsed result equals the original tree with its
/// intents applied, and nothing else changed.
struct Intent
{
    enum class Kind {
        Replace, ///< `node` (a scalar, or a key) becomes `nodes[0]`
        Remove,  ///< the sequence item `node`, or the mapping entry whose key is `node`
        Insert,  ///< into the collection `node`: an item, or a key and its value
    };
    Kind kind = Kind::Replace;
    int node = -1;
    /// Insert: the child (an item, or an entry's key) after which the new one goes;
    /// kAtEnd to append.
    int after = kAtEnd;
    std::vector<TreeNode> nodes;

    static constexpr int kAtEnd = -2;
};

/// Applies `intents` to `tree` (built from the original document). False, with `*why`,
/// when an intent names a node the tree does not hold.
bool applyIntents(TreeNode &tree, const std::vector<Intent> &intents, QString *why);

/// A short path to the first place where `expected` and `actual` differ
/// ("hosts.gpu-1.ssh_port"); empty when they are the same.
QString firstDifference(const TreeNode &expected, const TreeNode &actual);

} // namespace qm::edit
