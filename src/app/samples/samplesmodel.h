#pragma once

#include "samples/sampleindex.h"

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
    mutable QSet<QString> m_asked; ///< asked for and not arrived yet
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
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
