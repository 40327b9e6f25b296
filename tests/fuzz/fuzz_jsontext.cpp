// Fuzz target for the JSON check and writers of core/json/jsontext.h, held to Qt's own
// parser: on valid UTF-8, what json::isValid() takes QJsonDocument reads, json::appendCompact()
// writes the same value without its white space, and json::appendString() writes a string
// that reads back as itself. Built as a libFuzzer binary by the `fuzz` preset, and as a
// regression test over the seed corpus and deterministic mutations by every build.

#include "core/json/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

/// What Qt reads from `text` as one JSON value (wrapped in an array, so that any value,
/// not only an object or an array, is a document); nothing when it is not one.
std::optional<QJsonValue> qtValue(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // The check takes bytes of 0x80 and above as they are; Qt refuses bad UTF-8.
    const QString text = QString::fromUtf8(input);
    const bool utf8 = text.toUtf8() == input;
    const bool valid = qm::json::isValid(input);
    QByteArray compact;
    if (qm::json::appendCompact(&compact, input) != valid)
        std::abort();
    // Qt's parser stops at a nesting of 1024 (with the wrapping array), the check too.
    if (utf8 && input.count('[') + input.count('{') < 1000) {
        const std::optional<QJsonValue> value = qtValue(input);
        // What the check takes, Qt reads as the same value; Qt is laxer (control
        // characters and unknown escapes in strings, "0." as a number), so not the reverse.
        if (valid && (!value || qtValue(compact) != value))
            std::abort();
    }
    if (valid && compact.contains('\n'))
        std::abort();
    QByteArray quoted;
    qm::json::appendString(&quoted, QByteArrayView(text.toUtf8()));
    if (!qm::json::isValid(quoted) || qtValue(quoted) != QJsonValue(text))
        std::abort();
    return 0;
}
