// Fuzz target for the edit engine: on any text that parses, every edit the engine
// builds (set each scalar, remove each entry, append to each list, insert into each
// mapping) and every safe fix either is refused with a reason, or yields a text that
// parses and differs from the input only where the fix's edits lie. Never a crash.

#include "core/config/edit/configeditor.h"
#include "core/config/edit/safefixes.h"
#include "core/config/yaml/document.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(const qm::yaml::Document &document, const std::optional<qm::Fix> &fix,
           const QString &why)
{
    if (!fix) {
        if (why.isEmpty())
            std::abort(); // a refusal always says why
        return;
    }
    const QByteArray &before = document.source.text();
    for (const qm::TextEdit &edit : fix->edits) {
        if (edit.startByte < 0 || edit.endByte > before.size() || edit.startByte > edit.endByte)
            std::abort();
    }
    const qm::edit::Applied applied = qm::edit::applyFix(document, *fix);
    if (applied.ok() == !applied.error.isEmpty())
        std::abort();
    if (applied.ok() && !qm::yaml::parse(applied.text, nullptr))
        std::abort(); // an accepted edit always leaves a parsable text
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<qm::yaml::Document> document = qm::yaml::parse(text, nullptr);
    if (!document)
        return 0;
    const qm::edit::ConfigEditor editor(*document);
    // Bounded: each applied edit re-parses the whole text.
    const size_t nodes = std::min<size_t>(document->nodes.size(), 24);
    for (size_t i = 0; i < nodes; ++i) {
        const int node = int(i);
        QString why;
        check(*document, editor.setScalar(node, QStringLiteral("x 1"), &why), why);
        why.clear();
        check(*document, editor.setScalar(node, QStringLiteral("42"), &why), why);
        why.clear();
        check(*document, editor.removeEntry(node, &why), why);
        why.clear();
        const qm::yaml::NodeKind kind = document->node(node).kind;
        if (kind == qm::yaml::NodeKind::Sequence)
            check(
                *document,
                editor.appendItems(node, {qm::edit::TreeNode::scalar(QStringLiteral("new"))}, &why),
                why);
        if (kind == qm::yaml::NodeKind::Mapping)
            check(*document,
                  editor.insertEntry(
                      node, QStringLiteral("new_key"),
                      qm::edit::TreeNode::mapping(
                          {qm::edit::TreeNode::scalar(QStringLiteral("a")),
                           qm::edit::TreeNode::scalar(QStringLiteral("1"), QStringLiteral("int"))}),
                      &why),
                  why);
    }
    if (size < 4096)
        (void)qm::edit::applySafeFixes(QStringLiteral("fuzz.yaml"), text);
    return 0;
}
