#include "logslines.h"

#include "core/json/schema.h"
#include "core/logs/logstore.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <functional>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Logs)
};

std::atomic<bool> g_stopRequested{false};

extern "C" void requestTailStop(int)
{
    g_stopRequested.store(true);
}

/// Sleeps `ms` in short steps; false when a stop was requested meanwhile.
bool pause(int ms)
{
    for (int slept = 0; slept < ms; slept += 50) {
        if (g_stopRequested.load())
            return false;
        QThread::msleep(50);
    }
    return !g_stopRequested.load();
}

bool newer(const LogLine &line, const LogCursor &cursor)
{
    return line.timeUs != cursor.timeUs ? line.timeUs > cursor.timeUs : line.id > cursor.id;
}

} // namespace

int followLogs(LogStore &store, const SqlLocation &location, const LogFilter &filter,
               LogFormat format, const TailOptions &options, Output &output)
{
    g_stopRequested.store(false);
    std::signal(SIGINT, requestTailStop);
    std::signal(SIGTERM, requestTailStop);
    LogLinesWriter writer(format);
    QString error;
    // Every id shown, or there when the tail started, with its time: those within the
    // look-back window are skipped when the window is read again.
    QHash<QString, qint64> known;
    std::optional<LogCursor> newest;
    bool lost = false;
    int backOffMs = 1000;

    const auto show = [&](const QList<LogLine> &lines) {
        if (!lines.isEmpty())
            output.raw(writer.page(lines));
        for (const LogLine &line : lines) {
            known.insert(line.id, line.timeUs);
            if (!newest || newer(line, *newest))
                newest = LogCursor{line.timeUs, line.id};
        }
    };
    /// Reads every line from the look-back window on (all of them when nothing was seen
    /// yet) and hands those not known yet to `take`. False when a query failed.
    const auto readWindow = [&](const std::function<void(QList<LogLine>)> &take) {
        LogFilter window = filter;
        if (newest)
            window.fromUs = std::max(filter.fromUs, newest->timeUs - options.lookBackUs);
        std::optional<LogCursor> cursor;
        for (;;) {
            const std::optional<QList<LogLine>> page =
                store.page(window, cursor, LogDirection::Newer, 1000, &error);
            if (!page)
                return false;
            QList<LogLine> fresh;
            for (const LogLine &line : *page)
                if (!known.contains(line.id))
                    fresh.append(line);
            take(fresh);
            if (page->size() < 1000)
                return true;
            cursor = LogCursor{page->last().timeUs, page->last().id};
        }
    };

    // The newest lines, oldest first; then what else the window holds counts as seen.
    std::optional<QList<LogLine>> first =
        store.page(filter, std::nullopt, LogDirection::Older, options.initialLines, &error);
    if (!first) {
        output.error(error);
        return Incomplete;
    }
    std::reverse(first->begin(), first->end());
    show(*first);
    if (newest && !readWindow([&](const QList<LogLine> &lines) {
            for (const LogLine &line : lines)
                if (!newer(line, *newest))
                    known.insert(line.id, line.timeUs);
            QList<LogLine> later;
            for (const LogLine &line : lines)
                if (newer(line, *newest))
                    later.append(line);
            show(later);
        })) {
        output.error(error);
        return Incomplete;
    }

    while (pause(lost ? backOffMs : options.pollMs)) {
        if (lost) {
            QString reopenError;
            if (!store.open(location, &reopenError)) {
                backOffMs = std::min(backOffMs * 2, 30'000);
                continue;
            }
            lost = false;
            backOffMs = 1000;
            output.notice(Text::tr("connection back"));
        }
        if (!readWindow(show)) {
            output.notice(Text::tr("connection lost, retrying: %1").arg(error));
            lost = true;
            continue;
        }
        // Forget what has left the window.
        if (newest) {
            const qint64 floor = newest->timeUs - options.lookBackUs;
            known.removeIf(
                [floor](const QHash<QString, qint64>::iterator it) { return it.value() < floor; });
        }
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return Success;
}

} // namespace qm::cli
