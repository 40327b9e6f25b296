// bench_config_history [HOSTS] [RUNS]
//
// The history of a config with 100 versions (99 backups in .config_backups and the
// file; a generated fleet of HOSTS hosts, default 40, each version changing a threshold,
// a host's status, a host list or the hosts): the whole history as the Config page and
// `qmctl config history` compute it — read, parse, check, the changes in words, the
// problems added and fixed, and the 99 diffs — median over RUNS runs (default 5),
// against the peer measured in the same run on the same files: `diff -u` over the 99
// consecutive pairs (which only diffs). Goal (issue 22): the history under 1 s.

#include "core/confighistory/confighistory.h"
#include "generatedconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

/// Version `i` of the fleet: every version differs from the one before in one place.
QByteArray versionText(int hosts, int i)
{
    QByteArray text = generateConfig(hosts + i / 4);
    const QByteArray threshold = "max_disk_usage_percent: " + QByteArray::number(70 + i % 3);
    text.replace("max_disk_usage_percent: 70", threshold);
    if (i % 4 == 1)
        text.replace("gpu-0005:\n    ssh_host: gpu-0005.example.invalid",
                     "gpu-0005:\n    ssh_host: gpu-0005b.example.invalid");
    if (i % 5 == 2)
        text.replace("    role: gpu_selfplay\n    status: ready\n    vast_instance_id: '10000002'",
                     "    role: gpu_selfplay\n    status: maintenance\n    vast_instance_id: "
                     "'10000002'");
    if (i % 7 == 3)
        text.replace("priority_hosts: [gpu-0010, gpu-0011, gpu-0012]",
                     "priority_hosts: [gpu-0010, gpu-0011]");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    const int hosts = argc > 1 ? std::max(20, std::atoi(argv[1])) : 40;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    constexpr int kVersions = 100;
    QTemporaryDir directory;
    if (!directory.isValid())
        return 3;
    const QString path = directory.filePath(QStringLiteral("distributed_hosts.yaml"));
    QDir backups(directory.filePath(QStringLiteral(".config_backups")));
    QDir().mkpath(backups.path());
    QStringList files;
    qint64 bytes = 0;
    for (int i = 0; i < kVersions; ++i) {
        const QByteArray text = versionText(hosts, i);
        bytes += text.size();
        const QString file =
            i + 1 == kVersions
                ? path
                : backups.filePath(QStringLiteral("distributed_hosts_%1.yaml")
                                       .arg(QDateTime(QDate(2025, 1, 1), QTime(0, 0))
                                                .addSecs(3600 * i)
                                                .toString(QStringLiteral("yyyyMMdd_HHmmss"))));
        if (!writeFile(file, text))
            return 3;
        files << file;
    }

    std::vector<double> ours;
    std::vector<double> peer;
    int entries = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        qm::VersionSearch search;
        search.git = false;
        const qm::ConfigHistory history = qm::loadConfigHistory(path, search);
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);
        entries = int(history.entries.size());

        timer.restart();
        for (int i = 1; i < files.size(); ++i) {
            QProcess diff;
            diff.setStandardOutputFile(QProcess::nullDevice());
            diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), files[i - 1], files[i]});
            diff.waitForFinished(30000);
        }
        peer.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double oursMs = median(ours);
    const double peerMs = median(peer);
    std::printf("bench_config_history: %d versions of a %d-%d-host config (%.1f KiB on "
                "average), median of %d runs\n",
                entries, hosts, hosts + (kVersions - 1) / 4, double(bytes) / kVersions / 1024.0,
                runs);
    std::printf("  history (read, parse, check, words, problems, 99 diffs): %.1f ms (goal <= "
                "1000 ms: %s)\n",
                oursMs, oursMs <= 1000.0 ? "met" : "NOT met");
    std::printf("  peer: diff -u over the 99 consecutive pairs: %.1f ms\n", peerMs);
    std::printf("  ratio history / diff -u: %.2f\n", peerMs > 0 ? oursMs / peerMs : 0.0);
    return entries == kVersions ? 0 : 1;
}
