#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace qm {

/// Thumbnails of PLY samples, drawn off the GUI thread and kept on disk under the hash
/// of the file's bytes (`<folder>/<32 hex digits>.png`), so a file renamed or copied
/// elsewhere is not drawn again, and a changed one is. The images of recent answers are
/// also kept in memory, keyed by path, size and modification time.
///
/// A request hashes the file (streamed), loads the PNG of that hash when there is one of
/// the configured size drawn by this version of the drawing (kDrawingVersion), else
/// decodes the PLY, draws it from framingCamera() on a dark background with at most
/// kThumbnailSplats splats and saves the PNG atomically. A file that can be drawn but is
/// not what a sample should be (not a Gaussian splat, no vertices) gets a thumbnail that
/// says so: noteOf() it is a sentence for a person, kept in the PNG with the picture. A
/// few requests run at once (idealThreadCount(), at most 4), the rest wait in order.
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    /// Splats drawn at most per thumbnail, evenly spread over the cloud.
    static constexpr qsizetype kThumbnailSplats = 200'000;
    /// The version of the drawing written into each PNG: a saved thumbnail of another
    /// version (framed differently, without its note) is drawn again.
    static constexpr int kDrawingVersion = 2;

    /// What is wrong with the file a thumbnail shows although it could be drawn ("Not a
    /// Gaussian splat: …"), for a badge and its tooltip; empty when nothing is.
    static QString noteOf(const QImage &thumbnail);

    /// Thumbnails of `size` pixels, saved in `folder` (made when the first is saved;
    /// the caller decides where, e.g. QStandardPaths::CacheLocation + "/thumbnails").
    explicit ThumbnailCache(const QString &folder, QSize size = QSize(160, 120),
                            QObject *parent = nullptr);
    /// Cancels what waits and what runs and waits for the running tasks to stop (they
    /// look at the cancel flag between blocks; a short block of the GUI thread at most).
    /// No signal is emitted afterwards.
    ~ThumbnailCache() override;

    QString folder() const { return m_folder; }
    QSize thumbnailSize() const { return m_size; }

    /// Asks for the thumbnail of `plyPath`. The answer, thumbnailReady or
    /// thumbnailFailed, always comes later from the event loop, never inside this call —
    /// at once from memory when cached() has it. A path already waiting or being drawn
    /// is not asked for twice: one answer serves both.
    void request(const QString &plyPath);
    /// Forgets every request that waits and stops those that run: none of them is
    /// answered. Later requests start afresh.
    void cancelAll();
    /// How many requests are still to be answered.
    int pendingCount() const { return int(m_queue.size() + m_inFlight.size()); }

    /// The thumbnail of `plyPath` from memory, when it was drawn or loaded recently and
    /// the file has the same size and modification time as then (one stat of the file;
    /// no reading). std::nullopt otherwise.
    std::optional<QImage> cached(const QString &plyPath) const;

    /// The ContentHash of the file's bytes as 32 lowercase hex digits, read in blocks of
    /// 1 MiB. Empty with `error` (may be nullptr) set to a sentence naming the file when
    /// it cannot be read. `cancel` (may be nullptr) is looked at between blocks: a
    /// cancelled hash is empty with `error` "cancelled".
    static QString hashFile(const QString &path, QString *error,
                            const std::atomic<bool> *cancel = nullptr);

    /// How much the saved thumbnails of a folder may take: about 8,000 at 160×120.
    static constexpr qint64 kDiskBytes = 256LL * 1024 * 1024;
    /// Keeps `folder` under `maxBytes` by deleting the thumbnails used least recently
    /// (a thumbnail's time is set when it is saved and each time it is read back). Only
    /// files named as this cache names them (32 hex digits, ".png") are looked at or
    /// deleted: they are copies drawn from samples, drawn again when asked for. Returns
    /// how many were deleted. Blocking: the cache runs it in its pool, when it starts and
    /// after every 64 thumbnails it saves.
    static int prune(const QString &folder, qint64 maxBytes);

Q_SIGNALS:
    /// The thumbnail of `plyPath`, thumbnailSize() pixels (see noteOf()).
    void thumbnailReady(const QString &plyPath, const QImage &image);
    /// Why `plyPath` has no thumbnail, for a person: the file, the byte and the reason
    /// (it cannot be read, or it is not a PLY).
    void thumbnailFailed(const QString &plyPath, const QString &error);

private:
    struct Result;
    void dispatch();
    void finished(const Result &result, const std::shared_ptr<std::atomic<bool>> &cancel);
    static Result make(const QString &path, const QString &folder, QSize size,
                       const std::atomic<bool> &cancel);

    QString m_folder;
    QSize m_size;
    QThreadPool m_pool;
    QStringList m_queue;      ///< waiting, oldest first
    QSet<QString> m_inFlight; ///< being drawn, to be answered
    int m_running = 0;        ///< tasks in the pool, cancelled ones included
    /// The flag of the requests since the last cancelAll(): set to stop them.
    std::shared_ptr<std::atomic<bool>> m_cancel;
    mutable QCache<QString, QImage> m_memory;
};

} // namespace qm
