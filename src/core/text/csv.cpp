#include "csv.h"

namespace qm {

void appendCsvField(QByteArray *out, QByteArrayView bytes)
{
    const bool quote =
        bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    if (!quote) {
        out->append(bytes);
        return;
    }
    out->append('"');
    for (const char c : bytes) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

std::optional<QList<QByteArray>> nextCsvRecord(QByteArrayView text, qsizetype *at)
{
    qsizetype i = *at;
    if (i >= text.size())
        return std::nullopt;
    QList<QByteArray> fields;
    QByteArray field;
    for (;;) {
        if (i < text.size() && text[i] == '"') { // quoted
            ++i;
            for (;;) {
                if (i >= text.size())
                    return std::nullopt;
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        }
        while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
            field += text[i++];
        fields << field;
        field.clear();
        if (i < text.size() && text[i] == ',') {
            ++i;
            continue;
        }
        if (i < text.size() && text[i] == '\r')
            ++i;
        if (i < text.size() && text[i] == '\n')
            ++i;
        *at = i;
        return fields;
    }
}

} // namespace qm
