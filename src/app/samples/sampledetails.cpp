#include "sampledetails.h"

#include "app/widgets/detailshtml.h"
#include "core/async/whenfinished.h"
#include "core/samples/plyfile.h"
#include "core/samples/splatrenderer.h"
#include "core/units/datasize.h"
#include "samplesmodel.h"
#include "splatpreview.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <climits>

namespace qm {

/// What reading a sample's file gave.
struct SampleDetails::Loaded
{
    std::shared_ptr<const SplatCloud> cloud;
    PlyStatistics stats;
    SplatFraming framing; ///< where the body is, for the camera
    SplatCamera home;
    QString format;
    QString error;
};

namespace {

/// A JSON value as a person reads it.
QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 6);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    return QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                           : QJsonDocument(value.toObject()))
                                 .toJson(QJsonDocument::Compact));
}

QString configTable(const QJsonObject &config)
{
    QString rows;
    for (auto it = config.constBegin(); it != config.constEnd(); ++it)
        rows += qm::html::labelledRow(it.key(), valueText(it.value()).toHtmlEscaped());
    return QStringLiteral("<table>") + rows + QStringLiteral("</table>");
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

} // namespace

SampleDetails::SampleDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sampleDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical);
    m_preview = new SplatPreview;
    m_preview->setMinimumSize(240, 180);
    auto *previewBox = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_preview, 1);
    auto *fetchRow = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("sampleFetchProgress"));
    m_progress->setTextVisible(true);
    m_cancelButton = new QToolButton;
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop fetching this sample"));
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        cancelWork();
        m_preview->setMessage(tr("Fetching cancelled"));
    });
    fetchRow->addWidget(m_progress, 1);
    fetchRow->addWidget(m_cancelButton);
    previewLayout->addLayout(fetchRow);
    m_progress->hide();
    m_cancelButton->hide();
    m_text = new QTextBrowser;
    m_text->setObjectName(QStringLiteral("sampleDetailsText"));
    m_text->setOpenLinks(false);
    splitter->addWidget(previewBox);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    setSample(std::nullopt);
}

SampleDetails::~SampleDetails()
{
    cancelWork();
}

void SampleDetails::setAccess(const FleetAccess &access)
{
    m_access = access;
}

void SampleDetails::setCache(std::shared_ptr<const SampleCache> cache)
{
    m_cache = std::move(cache);
}

QString SampleDetails::detailsHtml() const
{
    return m_text->toHtml();
}

void SampleDetails::cancelWork()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_progress->hide();
    m_cancelButton->hide();
}

void SampleDetails::setSample(const std::optional<SampleRecord> &sample,
                              const MinerConfigHistory &configHistory)
{
    cancelWork();
    ++m_generation;
    m_sample = sample;
    m_configSection.clear();
    if (!sample) {
        m_text->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("Select a sample to see why it was rejected.").toHtmlEscaped()));
        m_preview->setCloud(nullptr, {});
        return;
    }
    const QJsonObject configThen = configHistory.configAt(sample->timeMs());
    if (!configThen.isEmpty())
        m_configSection = QStringLiteral("<h4>%1</h4>")
                              .arg(tr("Configuration in force then (miner_config_history.jsonl)")
                                       .toHtmlEscaped()) +
                          configTable(configThen);
    else if (!configHistory.isEmpty())
        m_configSection =
            QStringLiteral("<p>%1</p>")
                .arg(tr("miner_config_history.jsonl has no record that old.").toHtmlEscaped());
    showDetails(QStringLiteral("<p>%1</p>").arg(tr("Reading the file…").toHtmlEscaped()));

    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = m_generation;
    if (sample->source.host.isEmpty()) {
        load(sample->absolutePath(), generation);
        return;
    }
    if (!m_cache) {
        m_preview->setMessage(tr("No sample cache: the sample cannot be fetched"));
        return;
    }
    // Fetched or not, the cache is looked at in the worker: no file is touched here. The
    // bar appears with the first bytes fetched; a copy already cached shows none.
    m_preview->setMessage(tr("Fetching %1 from %2…").arg(sample->fileName(), sample->source.host));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    const QPointer<SampleDetails> self(this);
    auto report = [self, generation, lastShown = qint64(-1)](qint64 done, qint64 total) mutable {
        // At most a few hundred updates, whatever the size.
        const qint64 step = std::max<qint64>(total / 200, 1);
        if (done != total && lastShown >= 0 && done - lastShown < step)
            return;
        lastShown = done;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, done, total] {
                if (self)
                    self->fetchProgress(generation, done, total);
            },
            Qt::QueuedConnection);
    };
    whenFinished(this,
                 QtConcurrent::run([cache = m_cache, access = m_access, record = *sample,
                                    cancel = m_cancel, report]() mutable {
                     QString error;
                     const std::optional<QString> path =
                         cache->fetch(record, access, cancel.get(), report, &error);
                     return std::pair{path.value_or(QString()), error};
                 }),
                 [this, generation, record = *sample](const std::pair<QString, QString> &result) {
                     if (generation != m_generation)
                         return;
                     m_progress->hide();
                     m_cancelButton->hide();
                     if (result.first.isEmpty()) {
                         m_preview->setMessage(result.second);
                         showDetails(
                             QStringLiteral("<p>%1</p>").arg(result.second.toHtmlEscaped()));
                         return;
                     }
                     Q_EMIT fetched(record.source.host, record.absolutePath(), result.first);
                     load(result.first, generation);
                 });
}

void SampleDetails::fetchProgress(quint64 generation, qint64 done, qint64 total)
{
    if (generation != m_generation)
        return;
    m_progress->show();
    m_cancelButton->show();
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_progress->setFormat(tr("%1 of %2").arg(formatDataSize(done), formatDataSize(total)));
}

void SampleDetails::load(const QString &localPath, quint64 generation)
{
    m_preview->setMessage(tr("Reading %1…").arg(m_sample ? m_sample->fileName() : localPath));
    whenFinished(
        this, QtConcurrent::run([localPath] {
            Loaded loaded;
            PlyFile file;
            PlyError error;
            std::optional<SplatCloud> cloud;
            if (file.open(localPath, &error))
                cloud = file.decode(&error);
            if (!cloud) {
                loaded.error =
                    tr("Cannot read the file at byte %1: %2").arg(error.offset).arg(error.message);
                return loaded;
            }
            loaded.format = plyFormatKey(file.header().format);
            loaded.stats = plyStatistics(*cloud);
            loaded.framing = frameSplats(*cloud);
            loaded.home = framingCamera(loaded.framing);
            loaded.cloud = std::make_shared<const SplatCloud>(std::move(*cloud));
            return loaded;
        }),
        [this, generation](const Loaded &loaded) {
            if (generation != m_generation)
                return;
            if (!loaded.cloud) {
                m_preview->setMessage(loaded.error);
                showDetails(QStringLiteral("<p style='color:#c0392b'>%1</p>")
                                .arg(loaded.error.toHtmlEscaped()));
                return;
            }
            m_preview->setCloud(loaded.cloud, loaded.home);
            const PlyStatistics &s = loaded.stats;
            const QLocale locale;
            QString rows = qm::html::labelledRow(tr("Splats"), locale.toString(s.count));
            rows += qm::html::labelledRow(
                tr("Layout"),
                (loaded.cloud->isGaussianSplat ? tr("Gaussian splat, %1") : tr("point cloud, %1"))
                    .arg(loaded.format)
                    .toHtmlEscaped());
            if (s.count > s.nonFinite) {
                rows += qm::html::labelledRow(tr("Bounding box"),
                                              tr("(%1, %2, %3) to (%4, %5, %6)")
                                                  .arg(number(s.bboxMin[0]), number(s.bboxMin[1]),
                                                       number(s.bboxMin[2]), number(s.bboxMax[0]),
                                                       number(s.bboxMax[1]), number(s.bboxMax[2])));
                rows += qm::html::labelledRow(tr("Extent"),
                                              tr("%1 × %2 × %3")
                                                  .arg(number(s.bboxMax[0] - s.bboxMin[0]),
                                                       number(s.bboxMax[1] - s.bboxMin[1]),
                                                       number(s.bboxMax[2] - s.bboxMin[2])));
            }
            if (loaded.framing.outliers > 0)
                rows += qm::html::labelledRow(
                    tr("Far outliers"),
                    tr("%n splat(s) far from the rest: drawn, but the view is framed on "
                       "the other %1",
                       nullptr, int(std::min<qsizetype>(loaded.framing.outliers, INT_MAX)))
                        .arg(locale.toString(qint64(loaded.framing.framed)))
                        .toHtmlEscaped());
            if (s.nonFinite > 0)
                rows += qm::html::labelledRow(
                    tr("Broken vertices"),
                    tr("%1 with a NaN or infinite coordinate").arg(locale.toString(s.nonFinite)));
            if (s.alpha)
                rows += qm::html::labelledRow(
                    tr("Opacity"),
                    tr("mean %1 (min %2, max %3)")
                        .arg(number(s.alpha->mean), number(s.alpha->min), number(s.alpha->max)));
            if (s.scale)
                rows += qm::html::labelledRow(
                    tr("Scale"),
                    tr("mean %1 (min %2, max %3)")
                        .arg(number(s.scale->mean), number(s.scale->min), number(s.scale->max)));
            showDetails(QStringLiteral("<h4>%1</h4><table>%2</table>")
                            .arg(tr("The file").toHtmlEscaped(), rows));
        });
}

void SampleDetails::showDetails(const QString &fileSection)
{
    if (!m_sample)
        return;
    const SampleRecord &sample = *m_sample;
    const QLocale locale;
    QString rows;
    const QString where = sample.source.host.isEmpty()
                              ? sample.absolutePath()
                              : sample.source.host + QLatin1Char(':') + sample.absolutePath();
    rows += qm::html::labelledRow(tr("File"), where.toHtmlEscaped());
    rows += qm::html::labelledRow(tr("Size"), formatDataSize(sample.sizeBytes).toHtmlEscaped());
    rows +=
        qm::html::labelledRow(tr("Set"), sample.set == SampleSet::Rejected ? tr("rejected sample")
                                                                           : tr("accepted output"));
    QString logSection;
    if (const std::optional<GenerationEntry> &log = sample.log) {
        const QJsonObject &config = log->minerConfig;
        const auto withThreshold = [&](const QString &value, const char *key) {
            const QJsonValue threshold = config.value(QLatin1String(key));
            return threshold.isUndefined()
                       ? value
                       : tr("%1 (threshold %2)").arg(value, valueText(threshold));
        };
        rows += qm::html::labelledRow(tr("Generation"), log->generationId.toHtmlEscaped());
        if (log->createdMs >= 0)
            rows += qm::html::labelledRow(
                tr("Made"),
                locale.toString(QDateTime::fromMSecsSinceEpoch(log->createdMs), QLocale::LongFormat)
                    .toHtmlEscaped());
        rows += qm::html::labelledRow(
            tr("Reason"),
            QStringLiteral("<b>%1</b>")
                .arg((log->rejectionReason.isEmpty() ? tr("none given") : log->rejectionReason)
                         .toHtmlEscaped()));
        if (log->clipScore)
            rows += qm::html::labelledRow(
                tr("CLIP score"),
                withThreshold(locale.toString(*log->clipScore, 'f', 4), "clip_threshold")
                    .toHtmlEscaped());
        if (log->numGaussians)
            rows += qm::html::labelledRow(
                tr("Gaussians"),
                withThreshold(locale.toString(*log->numGaussians), "gaussian_threshold")
                    .toHtmlEscaped());
        if (const QStringList failed = SamplesModel::failedCheckTexts(*log); !failed.isEmpty()) {
            QStringList lines;
            for (const QString &check : failed)
                lines.append(check.toHtmlEscaped());
            rows += qm::html::labelledRow(tr("Failed checks"), lines.join(QStringLiteral("<br>")));
        }
        if (!log->taskType.isEmpty())
            rows += qm::html::labelledRow(tr("Task"), log->taskType.toHtmlEscaped());
        if (!log->prompt.isEmpty())
            rows += qm::html::labelledRow(tr("Prompt"), log->prompt.toHtmlEscaped());
        if (!log->minerVersion.isEmpty())
            rows += qm::html::labelledRow(tr("Miner version"), log->minerVersion.toHtmlEscaped());
        if (!log->errorType.isEmpty())
            rows += qm::html::labelledRow(tr("Error"), log->errorType.toHtmlEscaped());
        if (!config.isEmpty())
            logSection =
                QStringLiteral("<h4>%1</h4>").arg(tr("Miner config of the entry").toHtmlEscaped()) +
                configTable(config);
    } else {
        rows += qm::html::labelledRow(
            tr("Log"), tr("generation_history.jsonl has no entry for this sample: its "
                          "time is the file's")
                           .toHtmlEscaped());
        rows += qm::html::labelledRow(
            tr("Made"),
            locale.toString(QDateTime::fromMSecsSinceEpoch(sample.modifiedMs), QLocale::LongFormat)
                .toHtmlEscaped());
    }
    m_text->setHtml(QStringLiteral("<table>") + rows + QStringLiteral("</table>") + fileSection +
                    logSection + m_configSection);
}

} // namespace qm
