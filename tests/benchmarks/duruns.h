#pragma once

// What the benchmarks that race a tree walk against `du -s` share: running du on the
// same tree, and the median of runs.

#include <QElapsedTimer>
#include <QProcess>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace qm::bench {

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Seconds one `du -s PATH` took (`du`: its path); stops the benchmark named `bench`
/// when du fails, since a ratio against a failed run means nothing.
inline double timeDu(const QString &du, const QString &path, const char *bench)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(du, {QStringLiteral("-s"), path});
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s: du failed\n", bench);
        std::exit(1);
    }
    return seconds;
}

} // namespace qm::bench
