#include "linediff.h"

#include <algorithm>
#include <vector>

namespace qm {

namespace {

void append(QList<DiffRun> *runs, DiffRun::Kind kind, qsizetype oldStart, qsizetype newStart,
            qsizetype count)
{
    if (count <= 0)
        return;
    if (!runs->isEmpty() && runs->last().kind == kind) {
        DiffRun &last = runs->last();
        const bool follows =
            (kind == DiffRun::Kind::Added || last.oldStart + last.count == oldStart) &&
            (kind == DiffRun::Kind::Removed || last.newStart + last.count == newStart);
        if (follows) {
            last.count += count;
            return;
        }
    }
    runs->append(DiffRun{kind, oldStart, newStart, count});
}

/// Myers' greedy algorithm on a[aBegin, aEnd) and b[bBegin, bEnd), keeping every
/// frontier to walk the path back. False when the distance passes `maxDistance`.
bool myers(const QList<QByteArray> &a, qsizetype aBegin, qsizetype aEnd, const QList<QByteArray> &b,
           qsizetype bBegin, qsizetype bEnd, qsizetype maxDistance, QList<DiffRun> *runs)
{
    const qsizetype n = aEnd - aBegin;
    const qsizetype m = bEnd - bBegin;
    const qsizetype max = std::min(n + m, maxDistance);
    const qsizetype offset = max + 1;
    std::vector<qsizetype> v(size_t(2 * max + 3), 0);
    // The frontier before each step, only the diagonals that step reads: -d-1 .. d+1.
    std::vector<std::vector<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= max && found < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];
            else
                x = v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a[aBegin + x] == b[bBegin + y]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;
    // Walk back from (n, m), collecting moves in reverse.
    struct Move
    {
        DiffRun::Kind kind;
        qsizetype x, y, count;
    };
    std::vector<Move> moves;
    qsizetype x = n, y = m;
    for (qsizetype d = found; d > 0; --d) {
        const std::vector<qsizetype> &slice = trace[size_t(d)];
        const auto previous = [&](qsizetype diagonal) { return slice[size_t(diagonal + d + 1)]; };
        const qsizetype k = x - y;
        qsizetype prevK;
        if (k == -d || (k != d && previous(k - 1) < previous(k + 1)))
            prevK = k + 1;
        else
            prevK = k - 1;
        const qsizetype prevX = previous(prevK);
        const qsizetype prevY = prevX - prevK;
        const qsizetype startX = prevK == k + 1 ? prevX : prevX + 1;
        const qsizetype startY = prevK == k + 1 ? prevY + 1 : prevY;
        if (x > startX)
            moves.push_back(Move{DiffRun::Kind::Same, startX, startY, x - startX});
        if (prevK == k + 1)
            moves.push_back(Move{DiffRun::Kind::Added, prevX, prevY, 1});
        else
            moves.push_back(Move{DiffRun::Kind::Removed, prevX, prevY, 1});
        x = prevX;
        y = prevY;
    }
    if (x > 0)
        moves.push_back(Move{DiffRun::Kind::Same, 0, 0, x});
    for (auto it = moves.rbegin(); it != moves.rend(); ++it)
        append(runs, it->kind, aBegin + it->x, bBegin + it->y, it->count);
    return true;
}

QByteArray rangeText(qsizetype start, qsizetype count)
{
    // diff -u: "start,count", 1-based; an empty range names the line before it.
    const qsizetype first = count == 0 ? start : start + 1;
    return count == 1 ? QByteArray::number(first)
                      : QByteArray::number(first) + ',' + QByteArray::number(count);
}

void appendLine(QByteArray *out, char mark, const QByteArray &line)
{
    out->append(mark);
    out->append(line);
    if (!line.endsWith('\n'))
        out->append("\n\\ No newline at end of file\n");
}

} // namespace

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf('\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

QList<DiffRun> diffLines(const QList<QByteArray> &before, const QList<QByteArray> &after,
                         qsizetype maxDistance)
{
    QList<DiffRun> runs;
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    append(&runs, DiffRun::Kind::Same, 0, 0, head);
    const qsizetype aEnd = before.size() - tail;
    const qsizetype bEnd = after.size() - tail;
    if (!myers(before, head, aEnd, after, head, bEnd, maxDistance, &runs)) {
        append(&runs, DiffRun::Kind::Removed, head, head, aEnd - head);
        append(&runs, DiffRun::Kind::Added, aEnd, head, bEnd - head);
    }
    append(&runs, DiffRun::Kind::Same, aEnd, bEnd, tail);
    return runs;
}

QByteArray unifiedDiff(const QByteArray &before, const QByteArray &after,
                       const QByteArray &oldLabel, const QByteArray &newLabel, int context)
{
    if (before == after)
        return {};
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);
    const QList<DiffRun> runs = diffLines(a, b);
    QByteArray out = "--- " + oldLabel + "\n+++ " + newLabel + "\n";
    qsizetype i = 0;
    while (i < runs.size()) {
        if (runs[i].kind == DiffRun::Kind::Same) {
            ++i;
            continue;
        }
        // A hunk: changes closer than 2 * context lines apart share one.
        qsizetype last = i;
        for (qsizetype j = i + 1; j < runs.size(); ++j) {
            if (runs[j].kind != DiffRun::Kind::Same) {
                last = j;
            } else if (runs[j].count > 2 * context || j + 1 == runs.size()) {
                break;
            }
        }
        const qsizetype leading = i > 0 ? std::min<qsizetype>(context, runs[i - 1].count) : 0;
        const qsizetype trailing =
            last + 1 < runs.size() ? std::min<qsizetype>(context, runs[last + 1].count) : 0;
        qsizetype oldStart = runs[i].oldStart - leading;
        qsizetype newStart = runs[i].newStart - leading;
        if (i > 0) {
            oldStart = runs[i - 1].oldStart + runs[i - 1].count - leading;
            newStart = runs[i - 1].newStart + runs[i - 1].count - leading;
        }
        QByteArray body;
        qsizetype oldCount = 0, newCount = 0;
        const auto same = [&](qsizetype from, qsizetype count) {
            for (qsizetype k = 0; k < count; ++k)
                appendLine(&body, ' ', a[from + k]);
            oldCount += count;
            newCount += count;
        };
        if (i > 0)
            same(runs[i - 1].oldStart + runs[i - 1].count - leading, leading);
        for (qsizetype j = i; j <= last; ++j) {
            const DiffRun &run = runs[j];
            if (run.kind == DiffRun::Kind::Same) {
                same(run.oldStart, run.count);
            } else if (run.kind == DiffRun::Kind::Removed) {
                for (qsizetype k = 0; k < run.count; ++k)
                    appendLine(&body, '-', a[run.oldStart + k]);
                oldCount += run.count;
            } else {
                for (qsizetype k = 0; k < run.count; ++k)
                    appendLine(&body, '+', b[run.newStart + k]);
                newCount += run.count;
            }
        }
        if (last + 1 < runs.size())
            same(runs[last + 1].oldStart, trailing);
        out += "@@ -" + rangeText(oldStart, oldCount) + " +" + rangeText(newStart, newCount) +
               " @@\n" + body;
        i = last + 1;
    }
    return out;
}

} // namespace qm
