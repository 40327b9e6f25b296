#include "samplesmodel.h"

#include "core/units/datasize.h"
#include "thumbnailcache.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>

namespace qm {

namespace {

QString reasonText(const SampleRecord &sample)
{
    if (sample.set == SampleSet::Accepted)
        return SamplesModel::tr("(accepted)");
    if (!sample.log)
        return SamplesModel::tr("(not in the log)");
    return sample.reason().isEmpty() ? SamplesModel::tr("(no reason given)") : sample.reason();
}

/// A logged figure as a person reads it: a number in the locale, anything else as it is.
QString figure(const QJsonValue &value)
{
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 6);
    return value.isString() ? value.toString() : QString();
}

} // namespace

QStringList SamplesModel::failedCheckTexts(const GenerationEntry &entry)
{
    const QLocale locale;
    const QJsonValue clipThreshold = entry.minerConfig.value(QStringLiteral("clip_threshold"));
    const QJsonValue gaussianThreshold =
        entry.minerConfig.value(QStringLiteral("gaussian_threshold"));
    QStringList texts;
    if (entry.clipPass == false) {
        const QString threshold = figure(clipThreshold);
        if (entry.clipScore && !threshold.isEmpty())
            texts.append(clipThreshold.isDouble() && *entry.clipScore >= clipThreshold.toDouble()
                             ? tr("CLIP check failed (score %1, threshold %2)")
                                   .arg(locale.toString(*entry.clipScore, 'g', 4), threshold)
                             : tr("CLIP score %1 below the threshold %2")
                                   .arg(locale.toString(*entry.clipScore, 'g', 4), threshold));
        else if (entry.clipScore)
            texts.append(tr("CLIP score %1 below the threshold")
                             .arg(locale.toString(*entry.clipScore, 'g', 4)));
        else
            texts.append(tr("CLIP score below the threshold"));
    }
    if (entry.gaussianPass == false) {
        const QString threshold = gaussianThreshold.isDouble()
                                      ? locale.toString(qint64(gaussianThreshold.toDouble()))
                                      : figure(gaussianThreshold);
        if (entry.numGaussians && !threshold.isEmpty())
            texts.append(tr("too few gaussians: %1 below the threshold %2")
                             .arg(locale.toString(*entry.numGaussians), threshold));
        else if (entry.numGaussians)
            texts.append(tr("too few gaussians: %1").arg(locale.toString(*entry.numGaussians)));
        else
            texts.append(tr("too few gaussians"));
    }
    if (entry.validationPass == false)
        texts.append(tr("validation failed"));
    return texts;
}

SamplesModel::SamplesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SamplesModel::setSamples(const QList<SampleRecord> &samples)
{
    beginResetModel();
    m_samples = samples;
    m_localPaths.clear();
    m_asked.clear();
    m_failed.clear();
    endResetModel();
}

int SamplesModel::rowOf(const QString &host, const QString &absolutePath) const
{
    for (int row = 0; row < m_samples.size(); ++row)
        if (m_samples[row].source.host == host && m_samples[row].absolutePath() == absolutePath)
            return row;
    return -1;
}

void SamplesModel::setThumbnail(const QString &localPath, const QImage &image)
{
    m_asked.remove(localPath);
    m_thumbnails.insert(localPath, new QImage(image),
                        std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    for (auto it = m_localPaths.cbegin(); it != m_localPaths.cend(); ++it)
        if (it.value() == localPath) {
            const QModelIndex cell = index(it.key(), File);
            Q_EMIT dataChanged(
                cell, cell,
                {ThumbnailRole, ThumbnailProblemRole, Qt::DecorationRole, Qt::ToolTipRole});
        }
}

void SamplesModel::setThumbnailFailed(const QString &localPath, const QString &why)
{
    m_asked.remove(localPath);
    m_failed.insert(localPath, why);
    for (auto it = m_localPaths.cbegin(); it != m_localPaths.cend(); ++it)
        if (it.value() == localPath) {
            const QModelIndex cell = index(it.key(), File);
            Q_EMIT dataChanged(cell, cell,
                               {ThumbnailRole, ThumbnailProblemRole, ThumbnailFailedRole,
                                Qt::DecorationRole, Qt::ToolTipRole});
        }
}

void SamplesModel::setLocalPath(int row, const QString &localPath)
{
    if (row < 0 || row >= m_samples.size() || m_localPaths.value(row) == localPath)
        return;
    m_localPaths.insert(row, localPath);
    const QModelIndex cell = index(row, File);
    Q_EMIT dataChanged(cell, cell, {ThumbnailRole, Qt::DecorationRole});
}

QString SamplesModel::localPath(int row) const
{
    return m_localPaths.value(row);
}

int SamplesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_samples.size());
}

int SamplesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SamplesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SampleRecord &sample = m_samples.at(index.row());
    const std::optional<GenerationEntry> &log = sample.log;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(sample.timeMs()),
                                   QLocale::ShortFormat);
        case Source:
            return sample.source.host.isEmpty() ? tr("this machine") : sample.source.host;
        case Reason:
            return reasonText(sample);
        case ClipScore:
            return log && log->clipScore ? locale.toString(*log->clipScore, 'f', 3) : QString();
        case Gaussians:
            return log && log->numGaussians ? locale.toString(*log->numGaussians) : QString();
        case Size:
            return formatDataSize(sample.sizeBytes);
        case FailedChecks:
            return log ? failedCheckTexts(*log).join(QStringLiteral("; ")) : QString();
        case File:
            return sample.fileName();
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Time:
            return sample.timeMs();
        case Source:
            return sample.source.label();
        case Reason:
            return reasonText(sample);
        case ClipScore:
            return log && log->clipScore ? *log->clipScore : -1.0;
        case Gaussians:
            return log && log->numGaussians ? *log->numGaussians : qint64(-1);
        case Size:
            return sample.sizeBytes;
        case FailedChecks:
            return log ? failedCheckTexts(*log).join(QStringLiteral("; ")) : QString();
        case File:
            return sample.fileName();
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ClipScore || index.column() == Gaussians || index.column() == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole: {
        QString tip = sample.absolutePath();
        if (!sample.source.host.isEmpty())
            tip = sample.source.host + QLatin1Char(':') + tip;
        if (log && !log->prompt.isEmpty())
            tip += QLatin1Char('\n') + log->prompt;
        if (!log)
            tip += QLatin1Char('\n') + tr("generation_history.jsonl has no entry for this sample");
        return tip;
    }
    case ThumbnailRole:
        if (index.column() == File) {
            const QString path = m_localPaths.value(index.row());
            if (path.isEmpty())
                return {};
            if (const QImage *thumbnail = m_thumbnails.object(path))
                return *thumbnail;
            if (!m_asked.contains(path) && !m_failed.contains(path)) {
                m_asked.insert(path);
                Q_EMIT thumbnailWanted(path);
            }
        }
        break;
    case ThumbnailProblemRole:
        if (index.column() == File) {
            const QString path = m_localPaths.value(index.row());
            if (path.isEmpty())
                return QString();
            if (const auto failed = m_failed.constFind(path); failed != m_failed.cend())
                return *failed;
            const QImage *thumbnail = m_thumbnails.object(path);
            return thumbnail ? ThumbnailCache::noteOf(*thumbnail) : QString();
        }
        break;
    case ThumbnailFailedRole:
        if (index.column() == File)
            return m_failed.contains(m_localPaths.value(index.row()));
        break;
    default:
        break;
    }
    return {};
}

QVariant SamplesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Made");
    case Source:
        return tr("Host");
    case Reason:
        return tr("Reason");
    case ClipScore:
        return tr("CLIP score");
    case Gaussians:
        return tr("Gaussians");
    case Size:
        return tr("Size");
    case FailedChecks:
        return tr("Failed checks");
    case File:
        return tr("File");
    case ColumnCount:
        break;
    }
    return {};
}

QString SamplesFilterModel::notInLogReason()
{
    return SamplesModel::tr("(not in the log)");
}

SamplesFilterModel::SamplesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SamplesModel::SortRole);
    setDynamicSortFilter(true);
}

void SamplesFilterModel::setHost(const QString &label)
{
    m_host = label;
    invalidateFilter();
}

void SamplesFilterModel::setReason(const QString &reason)
{
    m_reason = reason;
    invalidateFilter();
}

void SamplesFilterModel::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    invalidateFilter();
}

void SamplesFilterModel::setScoreRange(std::optional<double> min, std::optional<double> max)
{
    m_minScore = min;
    m_maxScore = max;
    invalidateFilter();
}

void SamplesFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void SamplesFilterModel::setSet(std::optional<SampleSet> set)
{
    m_set = set;
    invalidateFilter();
}

QList<SampleRecord> SamplesFilterModel::shownSamples() const
{
    const auto *samples = qobject_cast<const SamplesModel *>(sourceModel());
    QList<SampleRecord> shown;
    if (!samples)
        return shown;
    shown.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        shown.append(samples->sample(mapToSource(index(row, 0)).row()));
    return shown;
}

QList<SamplesFilterModel::Hidden> SamplesFilterModel::hiddenBy() const
{
    static constexpr Filter kFilters[] = {Filter::Set,  Filter::Host,  Filter::Reason,
                                          Filter::Time, Filter::Score, Filter::Text};
    const auto *samples = qobject_cast<const SamplesModel *>(sourceModel());
    QList<Hidden> hidden;
    if (!samples)
        return hidden;
    for (const Filter filter : kFilters)
        hidden.append({filter, 0});
    for (const SampleRecord &sample : samples->samples())
        for (Hidden &entry : hidden)
            entry.count += passes(sample, entry.filter) ? 0 : 1;
    hidden.removeIf([](const Hidden &entry) { return entry.count == 0; });
    return hidden;
}

QStringList SamplesFilterModel::hiddenTexts() const
{
    QStringList texts;
    for (const Hidden &entry : hiddenBy()) {
        switch (entry.filter) {
        case Filter::Set:
            texts.append(m_set == SampleSet::Accepted
                             ? SamplesModel::tr("%n rejected sample(s)", nullptr, entry.count)
                             : SamplesModel::tr("%n accepted output(s)", nullptr, entry.count));
            break;
        case Filter::Host:
            texts.append(SamplesModel::tr("%n in other data directories", nullptr, entry.count));
            break;
        case Filter::Reason:
            texts.append(SamplesModel::tr("%n with another reason", nullptr, entry.count));
            break;
        case Filter::Time:
            texts.append(SamplesModel::tr("%n made outside the dates", nullptr, entry.count));
            break;
        case Filter::Score:
            texts.append(SamplesModel::tr("%n outside the CLIP score range", nullptr, entry.count));
            break;
        case Filter::Text:
            texts.append(
                SamplesModel::tr("%n not matching “%1”", nullptr, entry.count).arg(m_text));
            break;
        }
    }
    return texts;
}

bool SamplesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *samples = qobject_cast<const SamplesModel *>(sourceModel());
    if (!samples)
        return true;
    const SampleRecord &sample = samples->sample(sourceRow);
    for (const Filter filter :
         {Filter::Set, Filter::Host, Filter::Reason, Filter::Time, Filter::Score, Filter::Text})
        if (!passes(sample, filter))
            return false;
    return true;
}

bool SamplesFilterModel::passes(const SampleRecord &sample, Filter filter) const
{
    switch (filter) {
    case Filter::Set:
        return !m_set || sample.set == *m_set;
    case Filter::Host:
        return m_host.isEmpty() || sample.source.label() == m_host;
    case Filter::Reason:
        // Accepted outputs have no reason: "" never matches.
        return m_reason.isEmpty() || (sample.log ? sample.reason() : notInLogReason()) == m_reason;
    case Filter::Time: {
        const qint64 time = sample.timeMs();
        return !((m_fromMs >= 0 && time < m_fromMs) || (m_toMs >= 0 && time > m_toMs));
    }
    case Filter::Score: {
        if (!m_minScore && !m_maxScore)
            return true;
        if (!sample.log || !sample.log->clipScore)
            return false;
        const double score = *sample.log->clipScore;
        return !((m_minScore && score < *m_minScore) || (m_maxScore && score > *m_maxScore));
    }
    case Filter::Text: {
        if (m_text.isEmpty())
            return true;
        const auto has = [this](const QString &field) {
            return field.contains(m_text, Qt::CaseInsensitive);
        };
        return has(sample.fileName()) ||
               (sample.log && (has(sample.log->generationId) || has(sample.log->prompt) ||
                               has(sample.log->rejectionReason) || has(sample.log->taskType)));
    }
    }
    return true;
}

} // namespace qm
