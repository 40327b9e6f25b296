#pragma once

#include "core/config/diagnostic.h"
#include "core/config/yaml/document.h"
#include "documenttree.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace qm::edit {

/// The text after a change, or why the change was refused.
struct Applied
{
    QByteArray text;
    QString error; ///< empty on success; otherwise for a person, and nothing changed

    bool ok() const { return error.isEmpty(); }
};

/// Applies `fix` to the text `before` was parsed from: splices its text edits (which
/// must lie inside the text and not overlap), re-parses, and accepts the result only
/// when it still parses, still loads if the original loaded, and its tree equals the
/// original's with exactly `fix.intents` applied. Otherwise returns the reason and no
/// text: the caller's text stays as it was. A fix without intents is refused.
/// `beforeLoads` tells that `before` is known to load (its check built a FleetConfig):
/// then a result whose tree equals it but for plain scalars and collections is known
/// to load too, and is not constructed again.
Applied applyFix(const yaml::Document &before, const Fix &fix, bool beforeLoads = false);
/// The same for a text that is parsed first (refused when it does not parse).
Applied applyFix(const QByteArray &before, const Fix &fix);

/// Builds edits on one parsed document as text splices at the byte offsets of its
/// nodes, so that everything else in the file (comments, blank lines, quoting, line
/// endings, anchors) stays byte for byte. Each builder returns a Fix whose intents say
/// what it means to change, for applyFix to verify, or nullopt with `*why` when the
/// place cannot be edited safely (a block scalar, a key sharing its line with another
/// node). The document must outlive the editor.
class ConfigEditor
{
public:
    explicit ConfigEditor(const yaml::Document &document);

    /// The value node of `key` in the mapping `mapping`, or -1 (the last definition
    /// when the key is duplicated, as PyYAML loads it).
    int valueOf(int mapping, const QString &key) const;
    /// The key node of `key` in `mapping`, or -1.
    int keyOf(int mapping, const QString &key) const;
    /// The value node of the mapping key `keyNode`, or -1.
    int valueOfKey(int keyNode) const;

    /// Sets the scalar `node` to `text`, keeping its quoting style when that can hold
    /// the text, and its type unless `type` names another ("int", "bool", "str"...). A
    /// string that would read as another type in plain style is single-quoted.
    std::optional<Fix> setScalar(int node, const QString &text, QString *why,
                                 const QString &type = QString()) const;
    /// Renames the key `keyNode` (a string key).
    std::optional<Fix> renameKey(int keyNode, const QString &name, QString *why) const;
    /// Removes a sequence item, or the mapping entry whose key is `node`, with the lines
    /// it stands on. The last item of a block collection leaves `[]` or `{}`.
    std::optional<Fix> removeEntry(int node, QString *why) const;
    /// Appends items to the sequence `sequence` in its style (block items at its
    /// indentation, or `, item` inside the brackets).
    std::optional<Fix> appendItems(int sequence, const std::vector<TreeNode> &items,
                                   QString *why) const;
    /// Appends `key: value` to the mapping `mapping` in its style; a mapping value
    /// becomes an indented block under the key in a block mapping.
    std::optional<Fix> insertEntry(int mapping, const QString &key, const TreeNode &value,
                                   QString *why) const;
    /// Sets `key` of `mapping` to the scalar `value`: in place when the key holds a
    /// scalar, appended when it is absent.
    std::optional<Fix> setValue(int mapping, const QString &key, const TreeNode &value,
                                QString *why) const;
    /// Sets the value at `path` (mapping keys from the root, such as
    /// {"sync_routing", "max_disk_usage_percent"}) to the scalar or collection `value`,
    /// creating the missing mappings on the way.
    std::optional<Fix> setAt(const QStringList &path, const TreeNode &value, QString *why) const;
    /// Appends `item` to the list at `path`, creating the list (and mappings on the way)
    /// when it is absent.
    std::optional<Fix> appendAt(const QStringList &path, const TreeNode &item, QString *why) const;
    /// The node at `path` (mapping keys from the root), or -1.
    int nodeAt(const QStringList &path) const;

    /// Adds host `name` to the mapping under the top-level `hosts` key `hostsKey`, with
    /// `status: disabled` so that nothing syncs to it before a person fills it in.
    std::optional<Fix> addStubHost(int hostsKey, const QString &name, QString *why) const;

    /// The edits and intents of `second` after those of `first`, as one change (their
    /// edits must not overlap); the description is `first`'s.
    static Fix combine(Fix first, const Fix &second);

    /// YAML text for a scalar of `type`: plain when that reads back as the same value,
    /// else quoted ('single' unless the text needs escapes). Nullopt when no form can
    /// hold it (a non-string type that does not read back as itself).
    static std::optional<QString> renderScalar(const QString &text, const QString &type,
                                               yaml::ScalarStyle preferred);

private:
    qsizetype lastContentEnd(int node) const;
    qsizetype lineAfter(qsizetype byte) const;
    bool ownsLine(int first, qsizetype lastEnd) const;
    int indentStep() const;
    QString eol() const;
    QString indentation(qsizetype columns) const;
    std::optional<QString> flowText(const TreeNode &node) const;
    std::optional<QString> blockEntry(const QString &key, const TreeNode &value,
                                      qsizetype indent) const;
    qsizetype insertionPoint(int collection, QString *prefix) const;
    /// Appends `entries` (flow text) to the flow collection `collection`.
    std::optional<TextEdit> flowAppend(int collection, const QString &entries, QString *why) const;

    const yaml::Document &m_document;
};

} // namespace qm::edit
