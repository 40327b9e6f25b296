// Fuzz target for the fleet config: parse (libyaml → node tree with byte positions),
// construct the values as PyYAML does, write them as JSON, and run the whole checker
// (typed model and every rule). Any input must end in values and diagnostics inside the
// text, or a located error: never a crash, a hang or an overflow.

#include "core/config/configcheck.h"
#include "core/config/yaml/document.h"
#include "core/config/yaml/pythonjson.h"
#include "core/config/yaml/value.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    qm::yaml::ParseError parseError;
    const std::optional<qm::yaml::Document> document = qm::yaml::parse(text, &parseError);
    if (!document) {
        if (parseError.message.isEmpty() || parseError.position.byte > text.size())
            std::abort();
        return 0;
    }
    for (const qm::yaml::Node &node : document->nodes) {
        // Every node lies inside the text, start before end.
        if (node.start.byte < 0 || node.end.byte > text.size() || node.start.byte > node.end.byte)
            std::abort();
    }
    qm::yaml::LoadError loadError;
    const qm::yaml::Value value = qm::yaml::construct(*document, &loadError);
    if (!value) {
        if (loadError.message.isEmpty())
            std::abort();
        return 0;
    }
    QString jsonError;
    (void)qm::yaml::toPythonJson(value, &jsonError, 2, 1024 * 1024);

    const qm::CheckedFile checked = qm::checkConfigText(QStringLiteral("fuzz.yaml"), text);
    for (const qm::Diagnostic &diagnostic : checked.diagnostics) {
        if (diagnostic.range.end.byte > text.size() || diagnostic.message.isEmpty())
            std::abort();
        if (diagnostic.fix) {
            for (const qm::TextEdit &edit : diagnostic.fix->edits) {
                if (edit.startByte < 0 || edit.endByte > text.size() ||
                    edit.startByte > edit.endByte)
                    std::abort();
            }
        }
    }
    return 0;
}
