#include "documenttree.h"

#include "core/config/yaml/value.h"

#include <QCoreApplication>

namespace qm::edit {

namespace {

TreeNode build(const yaml::Document &document, int index)
{
    const yaml::Node &node = document.node(index);
    TreeNode tree;
    tree.kind = node.kind;
    tree.anchor = node.anchor;
    tree.origin = index;
    switch (node.kind) {
    case yaml::NodeKind::Scalar:
        tree.type = scalarType(node);
        tree.text = node.scalar;
        break;
    case yaml::NodeKind::Alias:
        tree.text = document.node(node.target).anchor;
        break;
    case yaml::NodeKind::Sequence:
    case yaml::NodeKind::Mapping:
        tree.type = node.tag;
        tree.children.reserve(node.children.size());
        for (const int child : node.children)
            tree.children.push_back(build(document, child));
        break;
    }
    return tree;
}

/// The node whose origin is `origin`, with its parent (nullptr for the root).
struct Found
{
    TreeNode *node = nullptr;
    TreeNode *parent = nullptr;
    size_t index = 0; ///< in the parent's children
};

bool find(TreeNode &tree, int origin, Found *found)
{
    for (size_t i = 0; i < tree.children.size(); ++i) {
        TreeNode &child = tree.children[i];
        if (child.origin == origin) {
            *found = Found{&child, &tree, i};
            return true;
        }
        if (find(child, origin, found))
            return true;
    }
    return false;
}

bool locate(TreeNode &tree, int origin, Found *found)
{
    if (tree.origin == origin) {
        *found = Found{&tree, nullptr, 0};
        return true;
    }
    return find(tree, origin, found);
}

QString label(const TreeNode &key)
{
    return key.kind == yaml::NodeKind::Scalar ? key.text : QStringLiteral("?");
}

QString difference(const TreeNode &expected, const TreeNode &actual, const QString &path)
{
    const QString here = path.isEmpty() ? QStringLiteral("(document)") : path;
    if (expected.kind != actual.kind || expected.type != actual.type ||
        expected.anchor != actual.anchor || expected.text != actual.text)
        return here;
    if (expected.children.size() != actual.children.size())
        return here;
    const bool mapping = expected.kind == yaml::NodeKind::Mapping;
    for (size_t i = 0; i < expected.children.size(); ++i) {
        QString step;
        if (mapping) {
            const TreeNode &key = expected.children[i - i % 2];
            step = label(key);
        } else {
            step = QString::number(i);
        }
        const QString childPath = path.isEmpty() ? step : path + QLatin1Char('.') + step;
        const QString found = difference(expected.children[i], actual.children[i], childPath);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace

bool TreeNode::sameAs(const TreeNode &other) const
{
    if (kind != other.kind || type != other.type || anchor != other.anchor || text != other.text ||
        children.size() != other.children.size())
        return false;
    for (size_t i = 0; i < children.size(); ++i) {
        if (!children[i].sameAs(other.children[i]))
            return false;
    }
    return true;
}

TreeNode TreeNode::scalar(const QString &text, const QString &type)
{
    TreeNode node;
    node.kind = yaml::NodeKind::Scalar;
    node.type = type;
    node.text = text;
    return node;
}

TreeNode TreeNode::mapping(std::vector<TreeNode> keysAndValues)
{
    TreeNode node;
    node.kind = yaml::NodeKind::Mapping;
    node.children = std::move(keysAndValues);
    return node;
}

TreeNode TreeNode::sequence(std::vector<TreeNode> items)
{
    TreeNode node;
    node.kind = yaml::NodeKind::Sequence;
    node.children = std::move(items);
    return node;
}

QString scalarType(const yaml::Node &node)
{
    if (!node.tag.isEmpty())
        return node.tag;
    if (node.style != yaml::ScalarStyle::Plain)
        return QStringLiteral("str");
    return yaml::resolvePlainScalar(node.scalar);
}

TreeNode buildTree(const yaml::Document &document)
{
    if (document.root < 0)
        return TreeNode::scalar(QString(), QStringLiteral("null"));
    return build(document, document.root);
}

bool applyIntents(TreeNode &tree, const std::vector<Intent> &intents, QString *why)
{
    const auto missing = [why](int node) {
        *why = QCoreApplication::translate("qm::ConfigEdit",
                                           "the edit names node %1, which the document lacks")
                   .arg(node);
        return false;
    };
    for (const Intent &intent : intents) {
        Found found;
        if (!locate(tree, intent.node, &found))
            return missing(intent.node);
        switch (intent.kind) {
        case Intent::Kind::Replace: {
            if (intent.nodes.size() != 1)
                return missing(intent.node);
            const int origin = found.node->origin;
            *found.node = intent.nodes.front();
            found.node->origin = origin;
            break;
        }
        case Intent::Kind::Remove: {
            if (!found.parent)
                return missing(intent.node);
            auto &siblings = found.parent->children;
            const auto first = siblings.begin() + qsizetype(found.index);
            const bool entry = found.parent->kind == yaml::NodeKind::Mapping;
            if (entry && found.index % 2 != 0)
                return missing(intent.node); // a mapping entry is removed by its key
            siblings.erase(first, first + (entry ? 2 : 1));
            break;
        }
        case Intent::Kind::Insert: {
            auto &children = found.node->children;
            size_t at = children.size();
            if (intent.after != Intent::kAtEnd) {
                at = 0;
                if (intent.after >= 0) {
                    Found previous;
                    if (!find(*found.node, intent.after, &previous) ||
                        previous.parent != found.node)
                        return missing(intent.after);
                    const bool entry = found.node->kind == yaml::NodeKind::Mapping;
                    at = previous.index + (entry ? 2 : 1);
                }
            }
            children.insert(children.begin() + qsizetype(at), intent.nodes.begin(),
                            intent.nodes.end());
            break;
        }
        }
    }
    return true;
}

QString firstDifference(const TreeNode &expected, const TreeNode &actual)
{
    return difference(expected, actual, QString());
}

} // namespace qm::edit
