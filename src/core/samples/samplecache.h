#pragma once

// Remote samples fetched on demand into a size-capped folder of this machine, so the
// preview and the thumbnails read them as they read local ones.

#include "sampleindex.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

struct FleetAccess;

/// A folder of fetched sample files, kept under a byte cap by removing the least
/// recently used ones. The same sample (host, path, size and modification time) always
/// has the same file, so a sample changed on its host is fetched again. Files are
/// written beside their final name and renamed when complete: the cache never holds a
/// half-fetched sample. Safe to use from several threads for different samples.
class SampleCache
{
public:
    /// `folder` is created when needed; `capBytes` ≥ 1.
    SampleCache(const QString &folder, qint64 capBytes);

    QString folder() const { return m_folder; }
    qint64 capBytes() const { return m_capBytes; }

    /// Where `sample` is (or would be) in the cache.
    QString pathFor(const SampleRecord &sample) const;
    /// Its path when it is fetched already (and marks it used), else nothing.
    std::optional<QString> cached(const SampleRecord &sample) const;

    /// The bytes the cache's files take now.
    qint64 usedBytes() const;

    /// Makes room for `incomingBytes` by removing the least recently used files (never
    /// `keep`). False when the sample alone is larger than the cap.
    bool makeRoom(qint64 incomingBytes, const QString &keep = QString()) const;

    /// Fetches a host's sample with `cat` over ssh, streaming it into the cache with
    /// `progress(bytesDone, bytesTotal)` as it arrives, and returns its local path. A
    /// local sample (no host) is its own path, nothing fetched. Fails (nothing, with
    /// `*error` for a person) when the host cannot be reached, the file is gone or is
    /// no longer the size listed (it changed: list again), the sample is larger than
    /// the cap, or `cancel` is raised; a partial file is never left behind. Blocking.
    std::optional<QString> fetch(const SampleRecord &sample, const FleetAccess &access,
                                 const std::atomic<bool> *cancel,
                                 const std::function<void(qint64, qint64)> &progress,
                                 QString *error) const;

private:
    QString m_folder;
    qint64 m_capBytes;
};

} // namespace qm
