#include "logexport.h"

#include "core/async/handoff.h"
#include "core/json/schema.h"
#include "core/logs/logcsv.h"
#include "core/logs/logjsonl.h"
#include "core/logs/logstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::LogExport)
};

} // namespace

std::optional<LogFormat> logFormat(const QString &word)
{
    if (word == QLatin1String("text"))
        return LogFormat::Text;
    if (word == QLatin1String("json"))
        return LogFormat::Json;
    if (word == QLatin1String("jsonl"))
        return LogFormat::Jsonl;
    if (word == QLatin1String("csv"))
        return LogFormat::Csv;
    return std::nullopt;
}

QByteArray LogLinesWriter::begin() const
{
    switch (m_format) {
    case LogFormat::Json:
        return QByteArrayLiteral("{\"schemaVersion\": ") +
               QByteArray::number(json::kSchemaVersion) + QByteArrayLiteral(", \"logs\": [\n");
    case LogFormat::Csv:
        return logCsvHeader();
    default:
        return {};
    }
}

QByteArray LogLinesWriter::page(const QList<LogLine> &lines)
{
    QByteArray bytes;
    for (const LogLine &line : lines) {
        switch (m_format) {
        case LogFormat::Text:
            bytes += logLineText(line).toUtf8() + '\n';
            break;
        case LogFormat::Json:
            if (!m_first)
                bytes += ",\n";
            appendLogLineJson(&bytes, line);
            break;
        case LogFormat::Jsonl:
            appendLogLineJson(&bytes, line);
            bytes += '\n';
            break;
        case LogFormat::Csv:
            bytes += logLineToCsv(line);
            break;
        }
        m_first = false;
    }
    return bytes;
}

QByteArray LogLinesWriter::jsonLines(QByteArray lines)
{
    Q_ASSERT(m_format == LogFormat::Jsonl || m_format == LogFormat::Json);
    if (m_format == LogFormat::Json && !lines.isEmpty()) {
        // A line's JSON holds no raw newline: each one ends an object.
        lines.chop(1);
        lines.replace('\n', QByteArrayView(",\n"));
        if (!m_first)
            lines.prepend(",\n");
    }
    m_first = m_first && lines.isEmpty();
    return lines;
}

QByteArray LogLinesWriter::end(const QString &error) const
{
    if (m_format != LogFormat::Json)
        return {};
    QByteArray bytes = m_first ? QByteArray("]") : QByteArray("\n]");
    if (!error.isEmpty())
        bytes += ", \"error\": " + QJsonDocument(QJsonObject{{QStringLiteral("message"), error}})
                                       .toJson(QJsonDocument::Compact);
    return bytes + "}\n";
}

QString logLineText(const LogLine &line)
{
    const QString time =
        logDateTime(line.timeUs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    return QStringLiteral("%1  %2  %3/%4  %5")
        .arg(time, line.level.leftJustified(8), line.sourceType, line.sourceId, line.message);
}

QString forEachLogPage(LogStore &store, const LogFilter &filter, LogDirection direction,
                       qint64 limit, const std::function<bool(const QList<LogLine> &)> &sink,
                       const std::atomic<bool> *cancel, int pageSize)
{
    std::optional<LogCursor> cursor;
    qint64 remaining = limit;
    for (;;) {
        const int size = remaining < 0 ? pageSize : int(std::min<qint64>(remaining, pageSize));
        if (size == 0)
            return {};
        QString error;
        const std::optional<QList<LogLine>> page =
            store.page(filter, cursor, direction, size, &error, cancel);
        if (!page)
            return error;
        if (!page->isEmpty() && !sink(*page))
            return {};
        if (remaining >= 0)
            remaining -= page->size();
        if (page->size() < size)
            return {};
        cursor = LogCursor{page->last().timeUs, page->last().id};
    }
}

LogExportResult exportLogs(LogStore &store, const LogFilter &filter, LogFormat format,
                           const QString &path, const std::function<void(qint64)> &progress,
                           const std::atomic<bool> *cancel)
{
    LogExportResult result;
    QSaveFile file(path);
    // Unbuffered: a page is written in one call, not copied into a buffer first.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        result.error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    LogLinesWriter writer(format);
    const auto write = [&](const QByteArray &bytes) {
        return bytes.isEmpty() || file.write(bytes) == bytes.size();
    };
    const bool begun = write(writer.begin());
    // Pages are read on this thread (the store's connection belongs to it) and written
    // on another: the two overlap, and one page waits at most.
    struct Page
    {
        QList<LogLine> lines;
        QByteArray json; ///< the lines as JSON Lines, when the store wrote them so
    };
    Handoff<Page> pages;
    std::atomic<bool> writeFailed = !begun;
    // Buffers written out, for the store to fill again.
    std::mutex spareLock;
    QList<QByteArray> spare;
    std::thread writing([&] {
        while (std::optional<Page> page = pages.take()) {
            QByteArray bytes = page->lines.isEmpty() ? writer.jsonLines(std::move(page->json))
                                                     : writer.page(page->lines);
            if (!writeFailed && !write(bytes)) {
                writeFailed = true;
                pages.close();
            }
            const std::lock_guard lock(spareLock);
            if (spare.size() < 2)
                spare.append(std::move(bytes));
        }
    });
    const auto handOver = [&](Page page, qsizetype lines) {
        if (!pages.put(std::move(page)))
            return false;
        result.lines += lines;
        if (progress)
            progress(result.lines);
        return !(cancel && cancel->load());
    };
    if ((format == LogFormat::Jsonl || format == LogFormat::Json) && store.writesJson(filter)) {
        // The rows become JSON with no LogLine in between.
        store.forEachJsonPage(
            filter, LogDirection::Older, kLogExportPageSize,
            [&](QByteArray &json, int lines) {
                Page page{{}, std::move(json)};
                {
                    const std::lock_guard lock(spareLock);
                    if (!spare.isEmpty())
                        json = spare.takeLast();
                }
                return handOver(std::move(page), lines);
            },
            &result.error);
    } else {
        result.error = forEachLogPage(
            store, filter, LogDirection::Older, -1,
            [&](const QList<LogLine> &lines) {
                return handOver(Page{lines, {}}, lines.size());
            },
            cancel, kLogExportPageSize);
    }
    pages.close();
    writing.join();
    const bool written = !writeFailed && write(writer.end());
    result.cancelled = cancel && cancel->load();
    if (result.error.isEmpty() && !written)
        result.error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
    if (result.cancelled || !result.error.isEmpty()) {
        file.cancelWriting();
        if (result.cancelled)
            result.error = Text::tr("the export was cancelled; %1 is as it was").arg(path);
        return result;
    }
    if (!file.commit())
        result.error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
    return result;
}

} // namespace qm
