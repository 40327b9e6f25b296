#pragma once

#include "core/history/historyseries.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace qm {

class TrendsSource;
struct TrendsAnswer;
class Settings;
class TrendsChart;
class WhatGrewModel;
struct FleetConfig;
struct UserFileTarget;

/// The Trends page: how each host's volumes filled over time (used %, as df counts it:
/// used / (used + available); several hosts overlaid, with the config's max and target
/// thresholds and a dashed forecast), the data categories of the current host as
/// stacked areas, and "what grew". Ranges 24 h / 7 d / 30 d / 1 y / all (Alt+1..5),
/// zoom and pan with the mouse; every view is read at the chart's resolution (one
/// min/max pair per pixel column). A view that reaches the present runs on for a
/// quarter of its span, for the forecasts, with a line at "now"; the summary above the
/// charts names exactly the span the axis shows. The ticked volumes are kept in
/// `settings` (when given) and come back with the next page; volumes new to the
/// history (hosts probed or imported since) start ticked. Exports the chart as PNG and
/// its data as CSV.
class TrendsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Day, Week, Month, Year, All };

    /// `settings` (may be null: nothing is remembered) must outlive the page.
    explicit TrendsPage(Settings *settings = nullptr, QWidget *parent = nullptr);
    ~TrendsPage() override;

    /// The history database to read (default: historyDatabasePath()).
    void setHistoryPath(const QString &path);
    /// The open config: its max_disk_usage_percent and target_disk_usage_percent.
    void setConfig(const FleetConfig *config);

    void setRange(Range range);
    Range range() const { return m_range; }
    /// Checks exactly these volumes ("host", "mount" pairs) in the list.
    void showVolumes(const QList<QPair<QString, QString>> &volumes);
    /// Shows the span from `atMs - halfSpanMs` to `atMs + halfSpanMs` (ms since the
    /// epoch; cut at now when it reaches past it), as a zoom does, and ticks exactly the
    /// volumes of `host` (any case) when the history has any; with an empty or unknown
    /// host the ticked volumes stay. False when the history knows no such host (yet).
    bool showHostAround(const QString &host, qint64 atMs, qint64 halfSpanMs = 12 * 3'600'000);
    /// The span the charts show (ms since the epoch): from, to.
    QPair<qint64, qint64> span() const { return {m_fromMs, m_toMs}; }

    /// The volumes ticked in the list, in its order.
    QList<QPair<QString, QString>> checkedVolumes() const;

    /// Reads the history again (after probes); deferred while the page is hidden.
    void historyChanged();
    /// Reads the history and redraws, in the background (chartsUpdated follows).
    void reload();
    /// Whether a read of the history is under way: the charts, the list and what grew
    /// show the previous state until chartsUpdated.
    bool isReading() const;

    TrendsChart *usageChart() const { return m_usage; }
    TrendsChart *categoryChart() const { return m_categories; }
    WhatGrewModel *whatGrewModel() const { return m_grew; }

    /// Writes the usage chart as a PNG image, or its data (the buckets shown) as CSV,
    /// as a user's file (fsutil/userfile.h): anything but a regular file is refused,
    /// and a failed write leaves the old file whole.
    bool exportPng(const QString &path, QString *error) const;
    bool exportCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// Every read asked for has been answered and shown (isReading() is false).
    void chartsUpdated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// The source of the history (made at the first read): the reads run on its thread.
    TrendsSource *source();
    void answered(const TrendsAnswer &answer);
    /// Shows why nothing can be charted (no history yet, or it cannot be read).
    void showUnreadable(const QString &why);
    void fillVolumeList(const QList<QPair<QString, QStringList>> &mounts);
    void tickVolumes(const QList<QPair<QString, QString>> &volumes);
    /// The volumes of `host` (any case) in the list.
    QList<QPair<QString, QString>> volumesOf(const QString &host) const;
    /// Asks for the charts of the ticked volumes over the span; render() draws them.
    void drawCharts();
    void render(const TrendsAnswer &answer);
    void setSpan(qint64 fromMs, qint64 toMs);
    /// Remembers the ticked volumes (and those listed) in the settings.
    void saveVolumes();
    QString currentHost() const;
    void chooseExport(bool png);
    static bool writeExport(const UserFileTarget &target, const QByteArray &bytes, QString *error);

    Settings *m_settings;
    /// The volumes ticked and those listed when they were (see Settings::TrendVolumes).
    QList<QPair<QString, QString>> m_ticked;
    QList<QPair<QString, QString>> m_listed;
    std::unique_ptr<TrendsSource> m_source;
    quint64 m_catalogueSerial = 0; ///< the catalogue asked for and not answered yet
    quint64 m_chartSerial = 0;     ///< the charts asked for and not answered yet
    qint64 m_chartNowMs = 0;       ///< "now" as of the charts asked for
    bool m_catalogued = false;     ///< the list shows the catalogue of the history
    QHash<QPair<QString, QString>, qint64> m_oldest; ///< of each volume, for "All"
    /// What showVolumes() asked for before the list was read.
    std::optional<QList<QPair<QString, QString>>> m_pendingShow;
    /// What showHostAround() asked for before the list was read: its volumes then.
    std::optional<QString> m_pendingHost;
    bool m_zoomed = false; ///< the span was dragged or wheeled to, not a range's
    QString m_historyPath;
    std::optional<double> m_maxPercent;
    std::optional<double> m_targetPercent;
    Range m_range = Range::Week;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_dirty = true;

    QTreeWidget *m_volumes;
    QButtonGroup *m_ranges;
    QComboBox *m_window;
    QLabel *m_summary;
    TrendsChart *m_usage;
    TrendsChart *m_categories;
    WhatGrewModel *m_grew;
    QSortFilterProxyModel *m_grewProxy;
    QTableView *m_grewView;
    /// What the usage chart shows, per "host\nmount", for the CSV export.
    QList<QPair<QPair<QString, QString>, QList<UsageBucket>>> m_shown;
};

} // namespace qm
