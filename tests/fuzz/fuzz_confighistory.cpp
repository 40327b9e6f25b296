// Fuzz target for the readers behind the config history: the unified-diff reader of
// "Restore these lines" (qm::diffChanges, with qm::restoreChanges on texts it does not
// fit) and the miner settings timeline over miner_config_history.jsonl
// (qm::minerSettingsTimeline). Any bytes must be taken without a crash; every change
// read from a diff must lie inside the diff and name non-negative ranges; a restore
// that does not fit must be refused, never read out of bounds. Built as a libFuzzer
// binary by the `fuzz` preset, and as a regression test over the seed corpus and
// deterministic mutations by every build.

#include "core/confighistory/confighistory.h"
#include "core/confighistory/minersettingstimeline.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *why, const QByteArray &input)
{
    std::fprintf(stderr, "%s on: %s\n", why, input.toPercentEncoding().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype lines = bytes.count('\n') + 1;

    const QList<qm::DiffHunkLines> changes = qm::diffChanges(bytes);
    for (const qm::DiffHunkLines &change : changes) {
        if (change.firstDiffLine < 0 || change.lastDiffLine < change.firstDiffLine ||
            change.lastDiffLine >= lines || change.oldStart < 0 || change.newStart < 0 ||
            change.oldCount < 0 || change.newCount < 0)
            fail("a diff change out of range", bytes);
    }
    QString error;
    (void)qm::restoreChanges(QByteArray("a\nb\n"), QByteArray("a\nc\n"), changes, &error);

    const qm::MinerSettingsTimeline timeline = qm::minerSettingsTimeline(bytes);
    if (timeline.badLines < 0 || timeline.badLines > lines)
        fail("more bad lines than lines", bytes);
    for (const qm::MinerSettingChange &change : timeline.changes) {
        if (change.oldValue.isEmpty() || change.newValue.isEmpty())
            fail("a change without a value text", bytes);
    }
    (void)QJsonDocument(qm::minerSettingsTimelineToJson(timeline)).toJson();
    return 0;
}
