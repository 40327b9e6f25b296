#pragma once

#include "core/samples/sampleindex.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace qm {

/// The samples of every data directory read, one row each: the table, the gallery
/// (ThumbnailRole of the File column) and the reason chart are views of it.
class SamplesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Time,
        Source,
        Reason,
        ClipScore,
        Gaussians,
        Size,
        FailedChecks,
        File,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value the column sorts by
        /// The File column's thumbnail (a QImage; nothing until it is drawn): the
        /// gallery shows it, the table does not.
        ThumbnailRole,
        /// The File column's thumbnail problem, for a person (a QString; empty when
        /// none): why the file could not be drawn, or what is wrong with what was drawn
        /// (ThumbnailCache::noteOf()). Known once the thumbnail was asked for.
        ThumbnailProblemRole,
        /// The File column: whether the thumbnail could not be drawn at all (a bool).
        ThumbnailFailedRole,
    };

    explicit SamplesModel(QObject *parent = nullptr);

    /// Replaces every row (a reset).
    void setSamples(const QList<SampleRecord> &samples);
    const QList<SampleRecord> &samples() const { return m_samples; }
    const SampleRecord &sample(int row) const { return m_samples.at(row); }
    /// The row of the sample at `absolutePath` on `host`; -1 when none.
    int rowOf(const QString &host, const QString &absolutePath) const;

    /// The thumbnail of the sample whose local file (or cached copy) is `localPath`.
    void setThumbnail(const QString &localPath, const QImage &image);
    /// The sample whose local file is `localPath` has no thumbnail: `why`, for a person.
    /// It is not asked for again until the samples are set anew (a reload).
    void setThumbnailFailed(const QString &localPath, const QString &why);

    /// The checks of `entry` that failed, each in words a person reads without knowing
    /// the log's field names: "CLIP score 0.189 below the threshold 0.2", "too few
    /// gaussians: 12,000 below the threshold 50,000", "validation failed". The
    /// thresholds are the entry's own miner_config; a figure the log lacks is left out.
    static QStringList failedCheckTexts(const GenerationEntry &entry);
    /// Where a row's file can be read on this machine (its own path, or its cached copy),
    /// set by the page; rows without one show no thumbnail.
    void setLocalPath(int row, const QString &localPath);
    QString localPath(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    /// A view wants the thumbnail of a row that has none yet (asked once per path).
    void thumbnailWanted(const QString &localPath) const;

private:
    QList<SampleRecord> m_samples;
    QHash<int, QString> m_localPaths; ///< row → readable file
    /// Local path → thumbnail, at most ~128 MiB of them (cost in KiB); one dropped is
    /// asked for again when shown (the thumbnail cache has it on disk).
    mutable QCache<QString, QImage> m_thumbnails{128 * 1024};
    mutable QSet<QString> m_asked;    ///< asked for and not arrived yet
    QHash<QString, QString> m_failed; ///< local path → why it has no thumbnail
};

/// The samples a person asked to see: by host, reason, date range, score range, set and
/// text (file name, generation id, prompt, reason); sorted by SortRole.
class SamplesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// The reason filter's value for samples the log does not know.
    static QString notInLogReason();

    explicit SamplesFilterModel(QObject *parent = nullptr);

    void setHost(const QString &label);            ///< SampleSource::label(); empty: any
    void setReason(const QString &reason);         ///< empty: any
    void setTimeRange(qint64 fromMs, qint64 toMs); ///< -1: open end
    /// CLIP score bounds (nothing: open); with either set, samples without a score go.
    void setScoreRange(std::optional<double> min, std::optional<double> max);
    void setText(const QString &text);
    /// Nothing: both sets.
    void setSet(std::optional<SampleSet> set);

    /// The samples shown, in view order.
    QList<SampleRecord> shownSamples() const;

    /// One filter of the bar.
    enum class Filter { Set, Host, Reason, Time, Score, Text };
    /// How many samples a filter hides.
    struct Hidden
    {
        Filter filter;
        int count = 0;
    };
    /// Each filter that hides samples, with how many it hides on its own (a sample that
    /// several filters hide counts for each), in the order of the bar. Empty when every
    /// sample is shown. One pass over the samples.
    QList<Hidden> hiddenBy() const;
    /// hiddenBy() in words, one item per filter: "2 accepted outputs", "3 with another
    /// reason", "5 not matching “g4”".
    QStringList hiddenTexts() const;
    std::optional<SampleSet> set() const { return m_set; }
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// Whether `filter` lets `sample` through.
    bool passes(const SampleRecord &sample, Filter filter) const;

    QString m_host;
    QString m_reason;
    qint64 m_fromMs = -1;
    qint64 m_toMs = -1;
    std::optional<double> m_minScore;
    std::optional<double> m_maxScore;
    QString m_text;
    std::optional<SampleSet> m_set = SampleSet::Rejected;
};

} // namespace qm
