#pragma once

#include "core/remote/fleetaccess.h"
#include "core/samples/samplecache.h"
#include "core/samples/sampleindex.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QTextBrowser;
class QToolButton;

namespace qm {

class SplatPreview;

/// The details of one sample: what the log says (reason, score, checks, prompt, the
/// entry's miner config and the configuration in force then), what its file holds (its
/// statistics, read off the GUI thread), and the 3D preview. A host's sample is fetched
/// into the sample cache first, with progress and a Cancel button.
class SampleDetails : public QWidget
{
    Q_OBJECT

public:
    explicit SampleDetails(QWidget *parent = nullptr);
    ~SampleDetails() override;

    /// How a host's samples are reached, and the cache they are fetched into.
    void setAccess(const FleetAccess &access);
    void setCache(std::shared_ptr<const SampleCache> cache);

    /// Shows `sample` (nothing: clears), with `configHistory` of its data directory.
    /// Starts reading (and fetching) its file; a later call abandons that work.
    void setSample(const std::optional<SampleRecord> &sample,
                   const MinerConfigHistory &configHistory = {});
    std::optional<SampleRecord> sample() const { return m_sample; }

    SplatPreview *preview() const { return m_preview; }
    /// The details as shown (rich text), for tests and copying.
    QString detailsHtml() const;

Q_SIGNALS:
    /// The file of a host's sample is in the cache now, at `localPath`.
    void fetched(const QString &host, const QString &absolutePath, const QString &localPath);

private:
    struct Loaded;
    void cancelWork();
    void showDetails(const QString &fileSection);
    void load(const QString &localPath, quint64 generation);
    void fetchProgress(quint64 generation, qint64 done, qint64 total);

    FleetAccess m_access;
    std::shared_ptr<const SampleCache> m_cache;
    std::optional<SampleRecord> m_sample;
    QString m_configSection;
    quint64 m_generation = 0; ///< bumped by each setSample: later results of older work go
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QTextBrowser *m_text = nullptr;
    SplatPreview *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace qm
