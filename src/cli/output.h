#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace qm::cli {

enum class OutputFormat { Text, Json };

/// Where a command writes: standard output for results, standard error for diagnostics.
/// JSON documents go to standard output, errors included, so a script reads one stream.
class Output
{
public:
    explicit Output(OutputFormat format = OutputFormat::Text, std::FILE *out = stdout,
                    std::FILE *err = stderr);

    OutputFormat format() const { return m_format; }
    void setFormat(OutputFormat format) { m_format = format; }
    /// Sets the format from a --format value, "text" or "json"; anything else is
    /// reported as an error and gives false (the command exits with a usage error).
    bool setFormat(const QString &value);

    /// Writes `text` (plus a newline) to standard output.
    void line(const QString &text = {});
    /// Writes `bytes` to standard output as they are.
    void raw(const QByteArray &bytes);
    /// Writes `document` as indented JSON to standard output.
    void json(const QJsonObject &document);
    /// Reports an error: `{"schemaVersion": 1, "error": {...}}` on standard output in
    /// JSON mode, "qmctl: message" on standard error otherwise.
    void error(const QString &message);
    /// A diagnostic on standard error in text mode; nothing in JSON mode (the document
    /// carries the same information).
    void warning(const QString &message);
    /// A note on standard error in either mode ("qmctl: message"), for what the JSON
    /// document does not carry: an option spelt the old way, say.
    void notice(const QString &message);

private:
    void write(std::FILE *stream, const QByteArray &bytes);

    OutputFormat m_format;
    std::FILE *m_out;
    std::FILE *m_err;
};

/// Lays out rows as columns separated by two spaces; `rightAligned[i]` aligns column i
/// to the right (numbers). Widths count characters, not bytes.
QStringList formatTable(const QList<QStringList> &rows, const QList<bool> &rightAligned);

/// Parses a --format value; false for anything but "text" or "json".
bool parseOutputFormat(const QString &value, OutputFormat *format);

} // namespace qm::cli
