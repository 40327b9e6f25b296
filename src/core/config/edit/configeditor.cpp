#include "configeditor.h"

#include "core/config/yaml/value.h"

#include <QCoreApplication>

#include <algorithm>

namespace qm::edit {

namespace {

/// The edit engine's messages, in one translation context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ConfigEdit)
};

std::optional<Fix> refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

/// Where the entry (or item) at `index` of collection `parent` starts and ends: the
/// key (or item) and the value (or item).
struct Entry
{
    int first = -1;
    int last = -1;
    size_t index = 0; ///< the entry's position among the collection's entries
    size_t count = 0; ///< entries in the collection
};

std::optional<Entry> entryOf(const yaml::Document &document, int node)
{
    const int parent = document.node(node).parent;
    if (parent < 0)
        return std::nullopt;
    const yaml::Node &collection = document.node(parent);
    const auto &children = collection.children;
    const auto it = std::find(children.cbegin(), children.cend(), node);
    if (it == children.cend())
        return std::nullopt;
    const size_t position = size_t(it - children.cbegin());
    if (collection.kind == yaml::NodeKind::Mapping) {
        if (position % 2 != 0)
            return std::nullopt; // a value: entries are named by their keys
        return Entry{node, children[position + 1], position / 2, children.size() / 2};
    }
    return Entry{node, node, position, children.size()};
}

} // namespace

ConfigEditor::ConfigEditor(const yaml::Document &document)
    : m_document(document)
{}

int ConfigEditor::keyOf(int mapping, const QString &key) const
{
    if (mapping < 0 || m_document.node(mapping).kind != yaml::NodeKind::Mapping)
        return -1;
    const auto &children = m_document.node(mapping).children;
    int found = -1;
    for (size_t i = 0; i + 1 < children.size(); i += 2) {
        const yaml::Node &k = m_document.node(children[i]);
        if (k.kind == yaml::NodeKind::Scalar && k.scalar == key && scalarType(k) == u"str")
            found = children[i];
    }
    return found;
}

int ConfigEditor::valueOf(int mapping, const QString &key) const
{
    const int k = keyOf(mapping, key);
    if (k < 0)
        return -1;
    const auto &children = m_document.node(mapping).children;
    const auto it = std::find(children.cbegin(), children.cend(), k);
    return *(it + 1);
}

int ConfigEditor::valueOfKey(int keyNode) const
{
    if (keyNode < 0)
        return -1;
    const std::optional<Entry> entry = entryOf(m_document, keyNode);
    const int parent = m_document.node(keyNode).parent;
    return entry && m_document.node(parent).kind == yaml::NodeKind::Mapping ? entry->last : -1;
}

QString ConfigEditor::eol() const
{
    const QByteArray &text = m_document.source.text();
    const qsizetype newline = text.indexOf('\n');
    return newline > 0 && text[newline - 1] == '\r' ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

QString ConfigEditor::indentation(qsizetype columns) const
{
    return QString(std::max<qsizetype>(columns, 0), QLatin1Char(' '));
}

qsizetype ConfigEditor::lastContentEnd(int index) const
{
    const yaml::Node &node = m_document.node(index);
    const bool block =
        (node.kind == yaml::NodeKind::Sequence || node.kind == yaml::NodeKind::Mapping) &&
        !node.flow && !node.children.empty();
    return block ? lastContentEnd(node.children.back()) : node.end.byte;
}

qsizetype ConfigEditor::lineAfter(qsizetype byte) const
{
    const yaml::Position position = m_document.source.positionOf(byte);
    if (position.column == 0 && byte > 0)
        return byte; // the content ended with its line (a block scalar)
    return m_document.source.lineStartByte(position.line + 1);
}

bool ConfigEditor::ownsLine(int first, qsizetype lastEnd) const
{
    const yaml::SourceText &source = m_document.source;
    const yaml::Node &node = m_document.node(first);
    const qsizetype lineStart = source.lineStartByte(node.start.line);
    QByteArray before = source.text().mid(lineStart, node.start.byte - lineStart).trimmed();
    const yaml::Node &parent = m_document.node(node.parent);
    if (parent.kind == yaml::NodeKind::Sequence && before == "-")
        before.clear();
    if (!before.isEmpty())
        return false;
    const QByteArray after = source.text().mid(lastEnd, lineAfter(lastEnd) - lastEnd).trimmed();
    return after.isEmpty() || after.startsWith('#');
}

int ConfigEditor::indentStep() const
{
    for (const yaml::Node &mapping : m_document.nodes) {
        if (mapping.kind != yaml::NodeKind::Mapping || mapping.flow)
            continue;
        for (size_t i = 0; i + 1 < mapping.children.size(); i += 2) {
            const yaml::Node &key = m_document.node(mapping.children[i]);
            const yaml::Node &value = m_document.node(mapping.children[i + 1]);
            if (value.kind == yaml::NodeKind::Mapping && !value.flow && !value.children.empty()) {
                const qsizetype step =
                    m_document.node(value.children.front()).start.column - key.start.column;
                if (step > 0 && step <= 8)
                    return int(step);
            }
        }
    }
    return 2;
}

std::optional<QString> ConfigEditor::flowText(const TreeNode &node) const
{
    switch (node.kind) {
    case yaml::NodeKind::Scalar:
        return renderScalar(node.text, node.type, yaml::ScalarStyle::Plain);
    case yaml::NodeKind::Alias:
        return std::nullopt;
    case yaml::NodeKind::Sequence:
    case yaml::NodeKind::Mapping: {
        if (!node.type.isEmpty() || !node.anchor.isEmpty())
            return std::nullopt;
        QStringList parts;
        const bool mapping = node.kind == yaml::NodeKind::Mapping;
        for (size_t i = 0; i < node.children.size(); i += mapping ? 2 : 1) {
            std::optional<QString> part = flowText(node.children[i]);
            if (!part)
                return std::nullopt;
            if (mapping) {
                const std::optional<QString> value = flowText(node.children[i + 1]);
                if (!value)
                    return std::nullopt;
                *part += QStringLiteral(": ") + *value;
            }
            parts.append(*part);
        }
        const QString joined = parts.join(QStringLiteral(", "));
        return mapping ? QLatin1Char('{') + joined + QLatin1Char('}')
                       : QLatin1Char('[') + joined + QLatin1Char(']');
    }
    }
    return std::nullopt;
}

std::optional<QString> ConfigEditor::blockEntry(const QString &key, const TreeNode &value,
                                                qsizetype indent) const
{
    const std::optional<QString> keyText =
        renderScalar(key, QStringLiteral("str"), yaml::ScalarStyle::Plain);
    if (!keyText)
        return std::nullopt;
    const QString head = indentation(indent) + *keyText + QLatin1Char(':');
    const bool collection =
        value.kind == yaml::NodeKind::Mapping || value.kind == yaml::NodeKind::Sequence;
    if (!collection || value.children.empty() || !value.type.isEmpty() || !value.anchor.isEmpty()) {
        const std::optional<QString> text = flowText(value);
        if (!text)
            return std::nullopt;
        return head + QLatin1Char(' ') + *text + eol();
    }
    const int step = indentStep();
    QString lines = head + eol();
    if (value.kind == yaml::NodeKind::Mapping) {
        for (size_t i = 0; i + 1 < value.children.size(); i += 2) {
            const TreeNode &k = value.children[i];
            if (k.kind != yaml::NodeKind::Scalar || k.type != u"str")
                return std::nullopt;
            const std::optional<QString> entry =
                blockEntry(k.text, value.children[i + 1], indent + step);
            if (!entry)
                return std::nullopt;
            lines += *entry;
        }
        return lines;
    }
    for (const TreeNode &item : value.children) {
        const std::optional<QString> text = flowText(item);
        if (!text)
            return std::nullopt;
        lines += indentation(indent + step) + QStringLiteral("- ") + *text + eol();
    }
    return lines;
}

qsizetype ConfigEditor::insertionPoint(int collection, QString *prefix) const
{
    const qsizetype at = lineAfter(lastContentEnd(collection));
    const QByteArray &text = m_document.source.text();
    if (at == text.size() && !text.isEmpty() && !text.endsWith('\n') && !text.endsWith('\r'))
        *prefix = eol(); // the file lacks a final newline: the new line needs one before it
    return at;
}

std::optional<Fix> ConfigEditor::setScalar(int node, const QString &text, QString *why,
                                           const QString &type) const
{
    if (node < 0)
        return refuse(why, Text::tr("there is no such value in the file"));
    const yaml::Node &scalar = m_document.node(node);
    if (scalar.kind != yaml::NodeKind::Scalar)
        return refuse(why, Text::tr("line %1 holds a collection or an alias, not a single value")
                               .arg(scalar.start.line + 1));
    if (!scalar.anchor.isEmpty() || !scalar.tag.isEmpty())
        return refuse(why, Text::tr("the value at line %1 carries an anchor or a tag; edit it in "
                                    "the text")
                               .arg(scalar.start.line + 1));
    if (scalar.style == yaml::ScalarStyle::Literal || scalar.style == yaml::ScalarStyle::Folded)
        return refuse(why, Text::tr("the value at line %1 is a block scalar; edit it in the text")
                               .arg(scalar.start.line + 1));
    const QString wanted = type.isEmpty() ? scalarType(scalar) : type;
    const std::optional<QString> rendered = renderScalar(text, wanted, scalar.style);
    if (!rendered)
        return refuse(why, Text::tr("'%1' is not a valid %2").arg(text, wanted));
    // An empty value (`key:`) stands right after the colon: keep a space before it.
    const QByteArray &source = m_document.source.text();
    const bool needsSpace = scalar.start.byte == scalar.end.byte && scalar.start.byte > 0 &&
                            !QByteArrayView(" \t\r\n").contains(source[scalar.start.byte - 1]);
    Fix fix;
    fix.edits.append(TextEdit{scalar.start.byte, scalar.end.byte,
                              needsSpace ? QLatin1Char(' ') + *rendered : *rendered});
    fix.intents.push_back(
        Intent{Intent::Kind::Replace, node, Intent::kAtEnd, {TreeNode::scalar(text, wanted)}});
    return fix;
}

std::optional<Fix> ConfigEditor::renameKey(int keyNode, const QString &name, QString *why) const
{
    const std::optional<Entry> entry = keyNode >= 0 ? entryOf(m_document, keyNode) : std::nullopt;
    if (!entry || m_document.node(m_document.node(keyNode).parent).kind != yaml::NodeKind::Mapping)
        return refuse(why, Text::tr("there is no such key in the file"));
    if (keyOf(m_document.node(keyNode).parent, name) >= 0)
        return refuse(why, Text::tr("the mapping already has a key '%1'").arg(name));
    return setScalar(keyNode, name, why, QStringLiteral("str"));
}

std::optional<Fix> ConfigEditor::removeEntry(int node, QString *why) const
{
    const std::optional<Entry> entry = node >= 0 ? entryOf(m_document, node) : std::nullopt;
    if (!entry)
        return refuse(why, Text::tr("there is no such entry in the file"));
    const int parentIndex = m_document.node(node).parent;
    const yaml::Node &parent = m_document.node(parentIndex);
    const bool mapping = parent.kind == yaml::NodeKind::Mapping;
    const yaml::Node &first = m_document.node(entry->first);
    const yaml::Node &last = m_document.node(entry->last);
    Fix fix;
    fix.intents.push_back(Intent{Intent::Kind::Remove, node, Intent::kAtEnd, {}});
    if (parent.flow) {
        qsizetype start = first.start.byte;
        qsizetype end = last.end.byte;
        const auto &children = parent.children;
        const size_t stride = mapping ? 2 : 1;
        if (entry->index + 1 < entry->count) {
            end = m_document.node(children[(entry->index + 1) * stride]).start.byte;
        } else if (entry->index > 0) {
            start = m_document.node(children[entry->index * stride - 1]).end.byte;
            // From the previous item's end: a comment there is the previous item's.
            if (m_document.source.text().mid(start, first.start.byte - start).contains('#'))
                return refuse(why,
                              Text::tr("a comment stands before the last item at line %1; edit "
                                       "it in the text")
                                  .arg(first.start.line + 1));
        }
        fix.edits.append(TextEdit{start, end, QString()});
        return fix;
    }
    qsizetype lastEnd = lastContentEnd(entry->last);
    if (entry->count == 1) {
        // A block scalar ends after its line break: keep that break.
        const QByteArray &text = m_document.source.text();
        if (lastEnd > 0 && m_document.source.positionOf(lastEnd).column == 0 &&
            text[lastEnd - 1] == '\n') {
            --lastEnd;
            if (lastEnd > 0 && text[lastEnd - 1] == '\r')
                --lastEnd;
        }
        // An emptied block collection would load as null: leave an empty flow one.
        const QString empty = mapping ? QStringLiteral("{}") : QStringLiteral("[]");
        qsizetype start = mapping ? first.start.byte : parent.start.byte;
        // `key:\n  - a` becomes `key: []` when nothing but the colon stands between.
        const int holder = parent.parent;
        if (holder >= 0 && m_document.node(holder).kind == yaml::NodeKind::Mapping) {
            const auto &siblings = m_document.node(holder).children;
            const auto it = std::find(siblings.cbegin(), siblings.cend(), parentIndex);
            if (it != siblings.cbegin() && (it - siblings.cbegin()) % 2 == 1) {
                const yaml::Node &key = m_document.node(*(it - 1));
                const QByteArray between =
                    m_document.source.text().mid(key.end.byte, start - key.end.byte).trimmed();
                if (between == ":") {
                    fix.edits.append(TextEdit{key.end.byte, lastEnd, QStringLiteral(": ") + empty});
                    return fix;
                }
            }
        }
        fix.edits.append(TextEdit{start, lastEnd, empty});
        return fix;
    }
    if (!ownsLine(entry->first, lastEnd))
        return refuse(why, Text::tr("the entry at line %1 shares its line with other content; edit "
                                    "it in the text")
                               .arg(first.start.line + 1));
    Q_UNUSED(last);
    fix.edits.append(
        TextEdit{m_document.source.lineStartByte(first.start.line), lineAfter(lastEnd), QString()});
    return fix;
}

std::optional<Fix> ConfigEditor::appendItems(int sequence, const std::vector<TreeNode> &items,
                                             QString *why) const
{
    if (sequence < 0 || m_document.node(sequence).kind != yaml::NodeKind::Sequence)
        return refuse(why, Text::tr("there is no such list in the file"));
    if (items.empty())
        return refuse(why, Text::tr("nothing to add"));
    const yaml::Node &list = m_document.node(sequence);
    const QByteArray &text = m_document.source.text();
    QStringList rendered;
    for (const TreeNode &item : items) {
        const std::optional<QString> flow = flowText(item);
        if (!flow)
            return refuse(why, Text::tr("the new item cannot be written in YAML safely"));
        rendered.append(*flow);
    }
    Fix fix;
    fix.intents.push_back(Intent{Intent::Kind::Insert, sequence, Intent::kAtEnd, items});
    if (list.flow) {
        const std::optional<TextEdit> edit =
            flowAppend(sequence, rendered.join(QStringLiteral(", ")), why);
        if (!edit)
            return std::nullopt;
        fix.edits.append(*edit);
        return fix;
    }
    if (list.start.byte >= text.size() || text[list.start.byte] != '-')
        return refuse(why,
                      Text::tr("the list at line %1 has an unusual layout; edit it in the text")
                          .arg(list.start.line + 1));
    const yaml::Node &firstItem = m_document.node(list.children.front());
    qsizetype offset = 2;
    if (firstItem.start.line == list.start.line && firstItem.start.column > list.start.column)
        offset = firstItem.start.column - list.start.column;
    QString prefix;
    const qsizetype at = insertionPoint(sequence, &prefix);
    QString lines = prefix;
    for (const QString &item : std::as_const(rendered))
        lines += indentation(list.start.column) + QLatin1Char('-') + indentation(offset - 1) +
                 item + eol();
    fix.edits.append(TextEdit{at, at, lines});
    return fix;
}

std::optional<TextEdit> ConfigEditor::flowAppend(int collection, const QString &entries,
                                                 QString *why) const
{
    const yaml::Node &node = m_document.node(collection);
    if (!node.children.empty()) {
        const qsizetype at = m_document.node(node.children.back()).end.byte;
        return TextEdit{at, at, QStringLiteral(", ") + entries};
    }
    // Empty: inside the brackets.
    const bool mapping = node.kind == yaml::NodeKind::Mapping;
    const QByteArray &text = m_document.source.text();
    if (node.end.byte < 1 || text[node.end.byte - 1] != (mapping ? '}' : ']')) {
        refuse(
            why,
            mapping
                ? Text::tr("the mapping at line %1 is not closed by '}'").arg(node.start.line + 1)
                : Text::tr("the list at line %1 is not closed by ']'").arg(node.start.line + 1));
        return std::nullopt;
    }
    return TextEdit{node.end.byte - 1, node.end.byte - 1, entries};
}

std::optional<Fix> ConfigEditor::insertEntry(int mapping, const QString &key, const TreeNode &value,
                                             QString *why) const
{
    if (mapping < 0 || m_document.node(mapping).kind != yaml::NodeKind::Mapping)
        return refuse(why, Text::tr("there is no such mapping in the file"));
    if (keyOf(mapping, key) >= 0)
        return refuse(why, Text::tr("the mapping already has a key '%1'").arg(key));
    const yaml::Node &map = m_document.node(mapping);
    Fix fix;
    fix.intents.push_back(
        Intent{Intent::Kind::Insert, mapping, Intent::kAtEnd, {TreeNode::scalar(key), value}});
    if (map.flow) {
        const std::optional<QString> keyText =
            renderScalar(key, QStringLiteral("str"), yaml::ScalarStyle::Plain);
        const std::optional<QString> valueText = flowText(value);
        if (!keyText || !valueText)
            return refuse(why, Text::tr("the new entry cannot be written in YAML safely"));
        const std::optional<TextEdit> edit =
            flowAppend(mapping, *keyText + QStringLiteral(": ") + *valueText, why);
        if (!edit)
            return std::nullopt;
        fix.edits.append(*edit);
        return fix;
    }
    const qsizetype indent = m_document.node(map.children.front()).start.column;
    const std::optional<QString> lines = blockEntry(key, value, indent);
    if (!lines)
        return refuse(why, Text::tr("the new entry cannot be written in YAML safely"));
    QString prefix;
    const qsizetype at = insertionPoint(mapping, &prefix);
    fix.edits.append(TextEdit{at, at, prefix + *lines});
    return fix;
}

std::optional<Fix> ConfigEditor::setValue(int mapping, const QString &key, const TreeNode &value,
                                          QString *why) const
{
    const int existing = valueOf(mapping, key);
    if (existing < 0)
        return insertEntry(mapping, key, value, why);
    if (value.kind != yaml::NodeKind::Scalar)
        return refuse(why, Text::tr("'%1' already has a value; edit it in the text").arg(key));
    return setScalar(existing, value.text, why, value.type);
}

std::optional<Fix> ConfigEditor::addStubHost(int hostsKey, const QString &name, QString *why) const
{
    const int hosts = valueOfKey(hostsKey);
    if (hosts < 0 || m_document.node(hosts).kind != yaml::NodeKind::Mapping)
        return refuse(why, Text::tr("the file has no hosts mapping to add '%1' to").arg(name));
    std::optional<Fix> fix =
        insertEntry(hosts, name,
                    TreeNode::mapping({TreeNode::scalar(QStringLiteral("status")),
                                       TreeNode::scalar(QStringLiteral("disabled"))}),
                    why);
    if (fix)
        fix->description = Text::tr("Add a host '%1' with status: disabled").arg(name);
    return fix;
}

int ConfigEditor::nodeAt(const QStringList &path) const
{
    int node = m_document.root;
    for (const QString &step : path) {
        if (node < 0)
            return -1;
        node = valueOf(node, step);
    }
    return node;
}

std::optional<Fix> ConfigEditor::setAt(const QStringList &path, const TreeNode &value,
                                       QString *why) const
{
    if (path.isEmpty() || m_document.root < 0 ||
        m_document.node(m_document.root).kind != yaml::NodeKind::Mapping)
        return refuse(why, Text::tr("the file's top level is not a mapping"));
    int node = m_document.root;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const int next = valueOf(node, path[i]);
        if (next < 0) {
            // Build the rest of the path as nested mappings under the missing key.
            TreeNode nested = value;
            for (qsizetype j = path.size() - 1; j > i; --j)
                nested = TreeNode::mapping({TreeNode::scalar(path[j]), nested});
            return insertEntry(node, path[i], nested, why);
        }
        if (m_document.node(next).kind != yaml::NodeKind::Mapping)
            return refuse(why,
                          Text::tr("'%1' is not a mapping").arg(path.mid(0, i + 1).join(u'.')));
        node = next;
    }
    return setValue(node, path.back(), value, why);
}

std::optional<Fix> ConfigEditor::appendAt(const QStringList &path, const TreeNode &item,
                                          QString *why) const
{
    const int list = nodeAt(path);
    if (list < 0)
        return setAt(path, TreeNode::sequence({item}), why);
    const yaml::Node &node = m_document.node(list);
    if (node.kind == yaml::NodeKind::Scalar && node.scalar.isEmpty() &&
        scalarType(node) == u"null") {
        // `key:` with nothing after it: write the list in flow style in its place.
        const std::optional<QString> text = flowText(TreeNode::sequence({item}));
        if (!text)
            return refuse(why, Text::tr("the new item cannot be written in YAML safely"));
        Fix fix;
        fix.edits.append(TextEdit{node.start.byte, node.end.byte, QLatin1Char(' ') + *text});
        fix.intents.push_back(
            Intent{Intent::Kind::Replace, list, Intent::kAtEnd, {TreeNode::sequence({item})}});
        return fix;
    }
    return appendItems(list, {item}, why);
}

Fix ConfigEditor::combine(Fix first, const Fix &second)
{
    first.edits.append(second.edits);
    first.intents.insert(first.intents.end(), second.intents.begin(), second.intents.end());
    return first;
}

} // namespace qm::edit
