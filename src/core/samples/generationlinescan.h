#pragma once

// The quick look the generation-log join takes at each line before it parses any.

#include <QByteArrayView>

namespace qm {

/// A quick look at one log line, without building it: whether it is a JSON object, and
/// the two keys the join needs, as raw bytes of the line.
struct GenerationLineScan
{
    enum class Verdict {
        Object,    ///< a valid JSON object (RFC 8259), the keys below read from it
        NotObject, ///< certainly no object: it starts as an array, string, number or word
        /// Everything else: broken lines, and those holding what the scan leaves to the
        /// full parser (non-ASCII text, an escape in one of the two keys' values, numbers
        /// or spaces a lenient parser may accept).
        Unsure,
    };
    Verdict verdict = Verdict::NotObject;
    QByteArrayView samplePath;   ///< generation.output.rejected_sample_path; empty if absent
    QByteArrayView generationId; ///< metadata.generation_id; empty if absent
};

/// Scans `line` at memory speed. Where it is sure (Object, NotObject) it agrees with
/// QJsonDocument — the differential fuzz target fuzz_generationlog checks this — and it
/// says Unsure wherever Qt's verdict is needed, so a caller that parses the Unsure lines
/// with Qt gets exactly Qt's answer for every line.
GenerationLineScan scanGenerationLine(QByteArrayView line);

} // namespace qm
