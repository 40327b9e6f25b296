#include "output.h"

#include "core/json/schema.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace qm::cli {

Output::Output(OutputFormat format, std::FILE *out, std::FILE *err)
    : m_format(format)
    , m_out(out)
    , m_err(err)
{}

void Output::write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void Output::line(const QString &text)
{
    write(m_out, text.toUtf8() + '\n');
}

void Output::raw(const QByteArray &bytes)
{
    write(m_out, bytes);
}

void Output::json(const QJsonObject &document)
{
    write(m_out, QJsonDocument(document).toJson(QJsonDocument::Indented));
}

void Output::error(const QString &message)
{
    if (m_format == OutputFormat::Json)
        json(qm::json::error(message));
    else
        write(m_err, QStringLiteral("qmctl: %1\n").arg(message).toUtf8());
}

void Output::warning(const QString &message)
{
    if (m_format == OutputFormat::Text)
        write(m_err, QStringLiteral("qmctl: %1\n").arg(message).toUtf8());
}

void Output::notice(const QString &message)
{
    write(m_err, QStringLiteral("qmctl: %1\n").arg(message).toUtf8());
}

QStringList formatTable(const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool right = i < rightAligned.size() && rightAligned[i];
            const bool last = i == row.size() - 1;
            if (i > 0)
                line += QStringLiteral("  ");
            if (right)
                line += row[i].rightJustified(widths[i]);
            else
                line += last ? row[i] : row[i].leftJustified(widths[i]);
        }
        lines.append(line);
    }
    return lines;
}

bool Output::setFormat(const QString &value)
{
    if (!parseOutputFormat(value, &m_format)) {
        error(
            QCoreApplication::translate("qm::cli::Output", "unknown format '%1': use text or json")
                .arg(value));
        return false;
    }
    return true;
}

bool parseOutputFormat(const QString &value, OutputFormat *format)
{
    if (value == QLatin1String("text")) {
        *format = OutputFormat::Text;
        return true;
    }
    if (value == QLatin1String("json")) {
        *format = OutputFormat::Json;
        return true;
    }
    return false;
}

} // namespace qm::cli
