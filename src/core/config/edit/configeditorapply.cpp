// applyFix(): a Fix's edits applied to the text, and the result checked to load as
// the edit meant. ConfigEditor, which makes the fixes, is in configeditor.cpp.

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

/// Whether a node an edit brings in loads whatever surrounds it: plain types, string
/// keys, no tags, anchors or aliases.
bool loadsAnywhere(const TreeNode &node)
{
    if (!node.anchor.isEmpty())
        return false;
    switch (node.kind) {
    case yaml::NodeKind::Scalar:
        return node.type == u"str" || node.type == u"int" || node.type == u"float" ||
               node.type == u"bool" || node.type == u"null";
    case yaml::NodeKind::Alias:
        return false;
    case yaml::NodeKind::Sequence:
    case yaml::NodeKind::Mapping:
        if (!node.type.isEmpty())
            return false;
        for (size_t i = 0; i < node.children.size(); ++i) {
            const TreeNode &child = node.children[i];
            const bool key = node.kind == yaml::NodeKind::Mapping && i % 2 == 0;
            if (!loadsAnywhere(child) || (key && child.kind != yaml::NodeKind::Scalar))
                return false;
        }
        return true;
    }
    return false;
}

} // namespace

Applied applyFix(const yaml::Document &before, const Fix &fix, bool beforeLoads)
{
    Applied result;
    if (fix.intents.empty()) {
        result.error = Text::tr("the change does not say what it means to change, so it cannot be "
                                "verified; nothing was changed");
        return result;
    }
    const QByteArray &original = before.source.text();
    QList<TextEdit> edits = fix.edits;
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.startByte < b.startByte;
    });
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const TextEdit &e = edits[i];
        const bool inside =
            e.startByte >= 0 && e.startByte <= e.endByte && e.endByte <= original.size();
        const bool overlaps = i > 0 && edits[i - 1].endByte > e.startByte;
        if (!inside || overlaps) {
            result.error = Text::tr("the change's text edits overlap or fall outside the file; "
                                    "nothing was changed");
            return result;
        }
    }
    QByteArray text;
    text.reserve(original.size() + 256);
    qsizetype copied = 0;
    for (const TextEdit &e : std::as_const(edits)) {
        text.append(original.constData() + copied, e.startByte - copied);
        text.append(e.newText.toUtf8());
        copied = e.endByte;
    }
    text.append(original.constData() + copied, original.size() - copied);

    yaml::ParseError parseError;
    const std::optional<yaml::Document> after = yaml::parse(text, &parseError);
    if (!after) {
        result.error = Text::tr("the change would leave a file that does not parse (%1); nothing "
                                "was changed")
                           .arg(parseError.toString());
        return result;
    }
    const bool plainChange =
        std::all_of(fix.intents.cbegin(), fix.intents.cend(), [](const Intent &intent) {
            return std::all_of(intent.nodes.cbegin(), intent.nodes.cend(), loadsAnywhere);
        });
    yaml::LoadError loadError;
    if (!(beforeLoads && plainChange) && !yaml::construct(*after, &loadError) &&
        (beforeLoads || yaml::construct(before, nullptr))) {
        result.error = Text::tr("the change would leave a file PyYAML cannot load (%1); nothing "
                                "was changed")
                           .arg(loadError.toString());
        return result;
    }
    TreeNode expected = buildTree(before);
    QString why;
    if (!applyIntents(expected, fix.intents, &why)) {
        result.error = why;
        return result;
    }
    const TreeNode actual = buildTree(*after);
    if (!expected.sameAs(actual)) {
        result.error = Text::tr("the change would also alter %1, beyond what it means to change; "
                                "nothing was changed")
                           .arg(firstDifference(expected, actual));
        return result;
    }
    result.text = text;
    return result;
}

Applied applyFix(const QByteArray &before, const Fix &fix)
{
    yaml::ParseError error;
    const std::optional<yaml::Document> document = yaml::parse(before, &error);
    if (!document) {
        Applied result;
        result.error =
            Text::tr("the file does not parse (%1): fix that first").arg(error.toString());
        return result;
    }
    return applyFix(*document, fix);
}

} // namespace qm::edit
