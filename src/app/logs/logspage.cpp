#include "logspage.h"

#include "core/logs/logstore.h"
#include "core/settings/settings.h"
#include "databasepasswords.h"
#include "loghistogram.h"
#include "logsmodel.h"
#include "logssession.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace qm {

namespace {

constexpr int kHistogramBuckets = 60;
constexpr qint64 kHourUs = 3'600'000'000;

struct RangePreset
{
    const char *title;
    qint64 spanUs; ///< -1: all time
};

QString timeText(qint64 us)
{
    return logDateTime(us).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

QLineEdit *filterField(const QString &placeholder, const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setPlaceholderText(placeholder);
    field->setObjectName(name);
    field->setClearButtonEnabled(true);
    return field;
}

} // namespace

LogsPage::LogsPage(Settings *settings, const QString &embeddedPath, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_embeddedPath(embeddedPath)
    , m_session(new LogsSession(this))
    , m_model(new LogsModel(m_session, this))
    , m_keychain(new DatabasePasswords(this))
{
    auto *layout = new QVBoxLayout(this);

    // Where the lines are.
    auto *top = new QHBoxLayout;
    m_connection = new QComboBox(this);
    m_connection->setObjectName(QStringLiteral("logsConnection"));
    m_connection->setMinimumContentsLength(24);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *connectionLabel = new QLabel(tr("&Database:"), this);
    connectionLabel->setBuddy(m_connection);
    m_addConnection = new QToolButton(this);
    m_addConnection->setObjectName(QStringLiteral("logsAddConnection"));
    m_addConnection->setText(tr("Add…"));
    m_addConnection->setToolTip(tr("Add a PostgreSQL database or an SQLite file"));
    m_removeConnection = new QToolButton(this);
    m_removeConnection->setText(tr("Remove"));
    m_removeConnection->setObjectName(QStringLiteral("logsRemoveConnection"));
    m_removeConnection->setToolTip(
        tr("Forget this database, and its password in the system keychain"));
    m_createTable = new QPushButton(tr("Create the Table…"), this);
    m_createTable->setObjectName(QStringLiteral("createTable"));
    m_createTable->hide();
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("logsState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long state (an error from the server) never widens the page; its tooltip has it whole.
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    top->addWidget(connectionLabel);
    top->addWidget(m_connection);
    top->addWidget(m_addConnection);
    top->addWidget(m_removeConnection);
    top->addWidget(m_createTable);
    top->addWidget(m_state, 1);
    layout->addLayout(top);
    // What the system keychain could not do with a password (store, read, delete).
    m_passwordNote = new QLabel(this);
    m_passwordNote->setObjectName(QStringLiteral("logsPasswordNote"));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passwordNote->setStyleSheet(QStringLiteral("color: #b9770e"));
    m_passwordNote->hide();
    layout->addWidget(m_passwordNote);

    buildFilterBar(layout);

    // An export under way: the lines written so far, and Cancel.
    m_exportBar = new QWidget(this);
    m_exportBar->setObjectName(QStringLiteral("logsExportBar"));
    auto *exportLayout = new QHBoxLayout(m_exportBar);
    exportLayout->setContentsMargins(0, 0, 0, 0);
    m_exportLabel = new QLabel(m_exportBar);
    m_exportLabel->setObjectName(QStringLiteral("logsExportProgress"));
    m_exportLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_exportProgress = new QProgressBar(m_exportBar);
    m_exportProgress->setRange(0, 0); // how many lines there are is not read first
    m_exportProgress->setMaximumWidth(160);
    auto *cancelExportButton = new QPushButton(tr("Cancel Export"), m_exportBar);
    cancelExportButton->setObjectName(QStringLiteral("logsCancelExport"));
    exportLayout->addWidget(m_exportProgress);
    exportLayout->addWidget(m_exportLabel, 1);
    exportLayout->addWidget(cancelExportButton);
    m_exportBar->hide();
    layout->addWidget(m_exportBar);
    m_exportTimer = new QTimer(this);
    m_exportTimer->setInterval(250);
    connect(m_exportTimer, &QTimer::timeout, this, &LogsPage::showExportProgress);
    connect(cancelExportButton, &QPushButton::clicked, this, &LogsPage::cancelExport);

    m_tabs = new QTabWidget(this);
    auto *lines = new QSplitter(Qt::Vertical, m_tabs);
    m_histogram = new LogHistogram(lines);
    m_histogram->setObjectName(QStringLiteral("logsHistogram"));
    auto *tableAndDetails = new QSplitter(Qt::Horizontal, lines);
    m_table = new QTableView(tableAndDetails);
    m_table->setObjectName(QStringLiteral("logsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    const QFontMetrics metrics = fontMetrics();
    m_table->setColumnWidth(LogsModel::TimeColumn,
                            metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) +
                                16);
    m_table->setColumnWidth(LogsModel::LevelColumn,
                            metrics.horizontalAdvance(QStringLiteral("CRITICAL")) + 16);
    m_table->setColumnWidth(LogsModel::SourceColumn, metrics.horizontalAdvance(u'x') * 12);
    m_table->setColumnWidth(LogsModel::WorkerColumn, metrics.horizontalAdvance(u'x') * 10);
    m_table->setColumnWidth(LogsModel::TaskColumn, metrics.horizontalAdvance(u'x') * 10);
    m_table->setColumnWidth(LogsModel::CycleColumn, metrics.horizontalAdvance(u'x') * 6);
    m_details = new QPlainTextEdit(tableAndDetails);
    m_details->setObjectName(QStringLiteral("logsDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a line to read it whole, with its metadata."));
    tableAndDetails->addWidget(m_table);
    tableAndDetails->addWidget(m_details);
    tableAndDetails->setStretchFactor(0, 4);
    tableAndDetails->setStretchFactor(1, 1);
    lines->addWidget(m_histogram);
    lines->addWidget(tableAndDetails);
    lines->setStretchFactor(0, 0);
    lines->setStretchFactor(1, 1);
    m_tabs->addTab(lines, tr("&Lines"));

    auto *summaryTab = new QWidget(m_tabs);
    auto *summaryLayout = new QVBoxLayout(summaryTab);
    auto *summaryNote = new QLabel(
        tr("Lines of level ERROR and worse (or the level chosen) under the filter, grouped by "
           "their message with numbers, ids, paths and quoted values masked. Double-click one "
           "to read its lines."),
        summaryTab);
    summaryNote->setWordWrap(true);
    m_summary = new QTreeWidget(summaryTab);
    m_summary->setObjectName(QStringLiteral("logsSummary"));
    m_summary->setRootIsDecorated(false);
    m_summary->setHeaderLabels(
        {tr("Lines"), tr("Signature"), tr("First"), tr("Last"), tr("Sources"), tr("Example")});
    m_summary->setSortingEnabled(false);
    summaryLayout->addWidget(summaryNote);
    summaryLayout->addWidget(m_summary);
    m_tabs->addTab(summaryTab, tr("Error &Summary"));

    m_statistics = new QTreeWidget(m_tabs);
    m_statistics->setObjectName(QStringLiteral("logsStatistics"));
    m_statistics->setHeaderLabels({tr("What"), tr("Lines")});
    m_statistics->header()->setStretchLastSection(false);
    m_tabs->addTab(m_statistics, tr("S&tatistics"));
    layout->addWidget(m_tabs, 1);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(400);
    connect(m_filterTimer, &QTimer::timeout, this, &LogsPage::applyFilter);
    m_followTimer = new QTimer(this);
    m_followTimer->setInterval(2000);
    connect(m_followTimer, &QTimer::timeout, m_model, &LogsModel::poll);

    // Actions and their shortcuts, on the page.
    const auto action = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *act = new QAction(text, this);
        act->setShortcut(keys);
        act->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(act, &QAction::triggered, this, slot);
        addAction(act);
        return act;
    };
    action(tr("Next Error"), QKeySequence(Qt::Key_F8), &LogsPage::nextError);
    action(tr("Previous Error"), QKeySequence(Qt::SHIFT | Qt::Key_F8), &LogsPage::previousError);
    action(tr("Refresh"), QKeySequence::Refresh, &LogsPage::refresh);
    action(tr("Search"), QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_exportAction =
        action(tr("Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), &LogsPage::chooseExport);
    m_exportAction->setObjectName(QStringLiteral("actionExportLogs"));
    connect(m_exportButton, &QToolButton::clicked, m_exportAction, &QAction::trigger);

    connect(m_model, &LogsModel::pageArrived, this, [this](int) {
        if (!m_selectAfterLoad.isEmpty()) {
            const QString id = std::exchange(m_selectAfterLoad, QString());
            selectLine(id);
        }
        if (m_follow->isChecked())
            m_table->scrollToTop();
        setState(tr("%1 — %Ln line(s) read%2", nullptr, m_model->rowCount())
                     .arg(m_session->displayName(),
                          m_model->hasOlder() ? tr(", more as you scroll") : QString()));
        Q_EMIT settled();
    });
    connect(m_model, &LogsModel::failed, this, [this](const QString &error) {
        setState(error, true);
        Q_EMIT settled();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogsPage::showDetails);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_table->verticalScrollBar()->minimum() && m_model->hasNewer())
            m_model->fetchNewer();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &LogsPage::showContextMenu);
    // The details' menu: copying, and the links of the line they show.
    m_details->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_details, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        std::unique_ptr<QMenu> menu(m_details->createStandardContextMenu(at));
        if (const LogLine *line = currentLine()) {
            menu->addSeparator();
            addLineActions(menu.get(), *line);
        }
        menu->exec(m_details->viewport()->mapToGlobal(at));
    });
    connect(m_histogram, &LogHistogram::rangeSelected, this, [this](qint64 from, qint64 to) {
        m_customRange = std::pair{from, to};
        const QSignalBlocker blocker(m_range);
        m_range->setCurrentIndex(m_range->count() - 1);
        m_range->setItemText(m_range->count() - 1, tr("%1 – %2").arg(timeText(from), timeText(to)));
        applyFilter();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &LogsPage::tabChanged);
    connect(m_summary, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        // The longest part of the signature that is written as it is, as the search.
        const QString signature = item->text(1);
        QString longest;
        static const QRegularExpression masked(QStringLiteral("<uuid>|<path>|<hex>|<n>|\"…\"|'…'"));
        for (const QString &part : signature.split(masked))
            if (part.trimmed().size() > longest.size())
                longest = part.trimmed();
        m_search->setText(longest);
        m_tabs->setCurrentIndex(0);
        applyFilter();
    });
    connect(m_connection, &QComboBox::activated, this,
            [this] { connectTo(m_connection->currentData().toString()); });
    connect(m_addConnection, &QToolButton::clicked, this, &LogsPage::addConnection);
    connect(m_removeConnection, &QToolButton::clicked, this, &LogsPage::removeConnection);
    connect(m_createTable, &QPushButton::clicked, this, [this] {
        const SqlLocation::Kind kind =
            m_session->isPostgres() ? SqlLocation::Kind::Postgres : SqlLocation::Kind::Sqlite;
        QMessageBox box(
            QMessageBox::Question, tr("Create system_logs"),
            tr("Create the table system_logs, its indexes%1 in %2?")
                .arg(m_session->isPostgres() ? tr(" and func_cleanup_old_logs(hours)") : QString(),
                     m_session->displayName()),
            QMessageBox::Cancel, this);
        box.setDetailedText(LogStore::schemaSql(kind));
        QPushButton *create = box.addButton(tr("Create"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() != create)
            return;
        m_session->run<bool>(
            this, [](LogStore &store, QString *error) { return store.createSchema(error); },
            [this](bool ok, const QString &error) {
                if (!ok) {
                    setState(error, true);
                    return;
                }
                m_createTable->hide();
                m_connected = true;
                refresh();
            });
    });
    reloadConnections(QString());
}

LogsPage::~LogsPage()
{
    // The session's thread is waited for as the page goes: an export stops at its next page.
    if (m_export)
        m_export->cancel = true;
}

void LogsPage::buildFilterBar(QVBoxLayout *layout)
{
    auto *row1 = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("logsRange"));
    static const RangePreset presets[] = {{QT_TR_NOOP("Last hour"), kHourUs},
                                          {QT_TR_NOOP("Last 24 hours"), 24 * kHourUs},
                                          {QT_TR_NOOP("Last 48 hours"), 48 * kHourUs},
                                          {QT_TR_NOOP("Last 7 days"), 7 * 24 * kHourUs},
                                          {QT_TR_NOOP("All time"), -1}};
    for (const RangePreset &preset : presets)
        m_range->addItem(tr(preset.title), preset.spanUs);
    m_range->addItem(tr("Chosen on the histogram"), -2);
    m_range->setCurrentIndex(1);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("logsLevel"));
    m_level->addItem(tr("Any level"), -1);
    for (int rank = 1; rank < logLevels().size(); ++rank)
        m_level->addItem(tr("%1 and worse").arg(logLevels()[rank]), rank);
    m_sourceType = filterField(tr("source type"), QStringLiteral("logsSourceType"), this);
    m_sourceId = filterField(tr("source id"), QStringLiteral("logsSourceId"), this);
    m_worker = filterField(tr("worker"), QStringLiteral("logsWorker"), this);
    m_task = filterField(tr("task (UUID)"), QStringLiteral("logsTask"), this);
    m_cycle = filterField(tr("cycle"), QStringLiteral("logsCycle"), this);
    m_cycle->setValidator(new QIntValidator(0, std::numeric_limits<int>::max(), m_cycle));
    m_cycle->setMaximumWidth(fontMetrics().horizontalAdvance(u'0') * 10);
    row1->addWidget(m_range);
    row1->addWidget(m_level);
    row1->addWidget(m_sourceType);
    row1->addWidget(m_sourceId);
    row1->addWidget(m_worker);
    row1->addWidget(m_task);
    row1->addWidget(m_cycle);

    auto *row2 = new QHBoxLayout;
    m_search = filterField(tr("message contains (literal, case ignored) — Ctrl+F"),
                           QStringLiteral("logsSearch"), this);
    m_metadata = filterField(tr("metadata key=value"), QStringLiteral("logsMetadata"), this);
    m_follow = new QToolButton(this);
    m_follow->setObjectName(QStringLiteral("logsFollow"));
    m_follow->setText(tr("&Follow"));
    m_follow->setCheckable(true);
    m_follow->setToolTip(tr("Show new lines as they arrive (every 2 s), late ones included"));
    auto *previous = new QToolButton(this);
    previous->setText(tr("◀ Error"));
    previous->setToolTip(tr("Previous (newer) error (Shift+F8)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Error ▶"));
    next->setToolTip(tr("Next (older) error (F8)"));
    row2->addWidget(m_search, 3);
    row2->addWidget(m_metadata, 1);
    row2->addWidget(previous);
    row2->addWidget(next);
    row2->addWidget(m_follow);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("logsExport"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(
        tr("Write the lines the filter selects to a JSON Lines, JSON or CSV file (Ctrl+E)"));
    row2->addWidget(m_exportButton);
    layout->addLayout(row1);
    layout->addLayout(row2);

    connect(previous, &QToolButton::clicked, this, &LogsPage::previousError);
    connect(next, &QToolButton::clicked, this, &LogsPage::nextError);
    connect(m_follow, &QToolButton::toggled, this, &LogsPage::setFollowing);
    connect(m_range, &QComboBox::activated, this, [this] {
        if (m_range->currentData().toLongLong() != -2)
            m_customRange.reset();
        applyFilter();
    });
    connect(m_level, &QComboBox::activated, this, &LogsPage::applyFilter);
    for (QLineEdit *field :
         {m_sourceType, m_sourceId, m_worker, m_task, m_cycle, m_search, m_metadata}) {
        connect(field, &QLineEdit::textEdited, this, &LogsPage::scheduleFilter);
        connect(field, &QLineEdit::returnPressed, this, &LogsPage::applyFilter);
    }
}

LogFilter LogsPage::filter() const
{
    LogFilter filter;
    const qint64 span = m_range->currentData().toLongLong();
    if (span == -2 && m_customRange) {
        filter.fromUs = m_customRange->first;
        filter.toUs = m_customRange->second;
    } else if (span > 0) {
        filter.fromUs = nowUs() - span;
    }
    filter.minLevelRank = m_level->currentData().toInt();
    filter.sourceType = m_sourceType->text().trimmed();
    filter.sourceId = m_sourceId->text().trimmed();
    filter.workerId = m_worker->text().trimmed();
    filter.taskId = m_task->text().trimmed();
    if (!m_cycle->text().trimmed().isEmpty())
        filter.cycle = m_cycle->text().trimmed().toInt();
    filter.text = m_search->text();
    const QString metadata = m_metadata->text().trimmed();
    if (const qsizetype equals = metadata.indexOf(u'='); equals > 0) {
        filter.metadataKey = metadata.left(equals).trimmed();
        filter.metadataValue = metadata.mid(equals + 1).trimmed();
    }
    return filter;
}

void LogsPage::showTimeline(const QString &workerId, const QString &taskId)
{
    for (QLineEdit *field : {m_sourceType, m_sourceId, m_cycle, m_search, m_metadata})
        field->clear();
    m_worker->setText(workerId);
    m_task->setText(taskId);
    m_level->setCurrentIndex(0);
    m_range->setCurrentIndex(m_range->findData(qint64(-1)));
    m_customRange.reset();
    m_tabs->setCurrentIndex(0);
    applyFilter();
}

void LogsPage::scheduleFilter()
{
    m_filterTimer->start();
}

void LogsPage::applyFilter()
{
    m_filterTimer->stop();
    if (!m_connected)
        return;
    const LogFilter current = filter();
    if (const QString problem = LogStore::filterProblem(current); !problem.isEmpty()) {
        setState(problem, true);
        return;
    }
    m_details->clear();
    m_model->setFilter(current);
    readHistogram();
    tabChanged();
}

void LogsPage::refresh()
{
    applyFilter();
}

void LogsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        connectTo(m_connection->currentData().toString());
    }
}

void LogsPage::settle(int delta)
{
    m_pending += delta;
    if (m_pending == 0)
        Q_EMIT settled();
}

bool LogsPage::isBusy() const
{
    return m_pending > 0 || m_model->isLoading();
}

void LogsPage::readHistogram()
{
    const LogFilter current = filter();
    const quint64 serial = ++m_readSerial;
    settle(+1);
    using Range = std::pair<QList<std::array<qint64, 5>>, std::pair<qint64, qint64>>;
    m_session->run<std::optional<Range>>(
        this,
        [current](LogStore &store, QString *error) -> std::optional<Range> {
            qint64 from = current.fromUs;
            qint64 to = current.toUs >= 0 ? current.toUs : nowUs();
            if (from < 0) { // all time: from the oldest line the filter selects
                const auto oldest =
                    store.page(current, std::nullopt, LogDirection::Newer, 1, error);
                if (!oldest)
                    return std::nullopt;
                if (oldest->isEmpty())
                    return Range{{}, {0, 0}};
                from = oldest->constFirst().timeUs;
            }
            const auto counts = store.histogram(current, from, to, kHistogramBuckets, error);
            if (!counts)
                return std::nullopt;
            return Range{*counts, {from, to}};
        },
        [this, serial](const std::optional<Range> &result, const QString &error) {
            settle(-1);
            if (serial != m_readSerial)
                return;
            if (!result) {
                m_histogram->clear();
                setState(error, true);
                return;
            }
            m_histogram->setCounts(result->first, result->second.first, result->second.second);
        });
}

void LogsPage::tabChanged()
{
    if (!m_connected)
        return;
    if (m_tabs->currentIndex() == 1)
        readSummary();
    else if (m_tabs->currentIndex() == 2)
        readStatistics();
}

void LogsPage::readSummary()
{
    const LogFilter current = filter();
    m_summary->clear();
    settle(+1);
    m_session->run<std::optional<QList<LogSignatureCount>>>(
        this,
        [current](LogStore &store, QString *error) { return summarizeLogs(store, current, error); },
        [this](const std::optional<QList<LogSignatureCount>> &summary, const QString &error) {
            settle(-1);
            if (!summary) {
                setState(error, true);
                return;
            }
            m_summary->clear();
            for (const LogSignatureCount &count : *summary) {
                auto *item = new QTreeWidgetItem(m_summary);
                item->setText(0, QLocale().toString(count.count));
                item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
                item->setText(1, count.signature);
                item->setToolTip(1, count.signature);
                item->setText(2, timeText(count.firstUs));
                item->setText(3, timeText(count.lastUs));
                item->setText(4, count.sources.join(QStringLiteral(", ")));
                item->setText(5, count.example.left(300));
                item->setToolTip(5, count.example);
            }
            for (int column = 0; column < 5; ++column)
                m_summary->resizeColumnToContents(column);
            m_summary->setColumnWidth(1, std::min(m_summary->columnWidth(1), 480));
        });
}

void LogsPage::readStatistics()
{
    const LogFilter current = filter();
    m_statistics->clear();
    settle(+1);
    m_session->run<std::optional<LogStats>>(
        this, [current](LogStore &store, QString *error) { return store.stats(current, error); },
        [this](const std::optional<LogStats> &stats, const QString &error) {
            settle(-1);
            if (!stats) {
                setState(error, true);
                return;
            }
            m_statistics->clear();
            const auto group = [this](const QString &title,
                                      const QList<std::pair<QString, qint64>> &counts) {
                auto *parent = new QTreeWidgetItem(m_statistics, {title});
                qint64 total = 0;
                for (const auto &[name, count] : counts) {
                    auto *item = new QTreeWidgetItem(
                        parent, {name.isEmpty() ? tr("(none)") : name, QLocale().toString(count)});
                    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                    total += count;
                }
                parent->setText(1, QLocale().toString(total));
                parent->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                parent->setExpanded(true);
            };
            group(tr("By level"), stats->byLevel);
            group(tr("By source (the 50 with most lines)"), stats->bySource);
            group(tr("By worker (the 50 with most lines)"), stats->byWorker);
            auto *size =
                new QTreeWidgetItem(m_statistics, {tr("Size of the table"),
                                                   QLocale().formattedDataSize(stats->tableBytes)});
            size->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (stats->oldestUs) {
                auto *oldest = new QTreeWidgetItem(
                    m_statistics, {tr("Oldest line of the table"), timeText(*stats->oldestUs)});
                oldest->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            }
            m_statistics->resizeColumnToContents(0);
            m_statistics->resizeColumnToContents(1);
        });
}

void LogsPage::showDetails()
{
    const LogLine *line = m_model->line(m_table->currentIndex().row());
    if (!line) {
        m_details->clear();
        return;
    }
    QString text = tr("%1 (%2 UTC)\n%3  %4/%5")
                       .arg(logDateTime(line->timeUs)
                                .toLocalTime()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                            logTimeText(line->timeUs).mid(11, 15), line->level, line->sourceType,
                            line->sourceId);
    if (!line->workerId.isEmpty())
        text += tr("\nworker %1").arg(line->workerId);
    if (!line->taskId.isEmpty())
        text += tr("\ntask %1").arg(line->taskId);
    if (line->cycle)
        text += tr("\ncycle %1").arg(*line->cycle);
    text += tr("\nid %1\n\n").arg(line->id);
    text += line->message;
    if (!line->metadata.isEmpty()) {
        const QJsonDocument metadata = QJsonDocument::fromJson(line->metadata);
        text += QStringLiteral("\n\n") + tr("metadata:") + u'\n' +
                (metadata.isNull() ? QString::fromUtf8(line->metadata)
                                   : QString::fromUtf8(metadata.toJson(QJsonDocument::Indented)));
    }
    m_details->setPlainText(text);
}

void LogsPage::nextError()
{
    jumpToError(LogDirection::Older);
}

void LogsPage::previousError()
{
    jumpToError(LogDirection::Newer);
}

void LogsPage::jumpToError(LogDirection direction)
{
    if (!m_connected)
        return;
    LogFilter errors = filter();
    errors.minLevelRank = std::max(errors.minLevelRank, logLevelRank(u"ERROR"));
    std::optional<LogCursor> cursor;
    if (const LogLine *current = m_model->line(m_table->currentIndex().row()))
        cursor = LogCursor{current->timeUs, current->id};
    else if (direction == LogDirection::Newer)
        return; // nothing is newer than the top
    settle(+1);
    m_session->run<std::optional<QList<LogLine>>>(
        this,
        [errors, cursor, direction](LogStore &store, QString *error) {
            return store.page(errors, cursor, direction, 1, error);
        },
        [this, direction](const std::optional<QList<LogLine>> &found, const QString &error) {
            settle(-1);
            if (!found) {
                setState(error, true);
                return;
            }
            if (found->isEmpty()) {
                Q_EMIT statusMessage(direction == LogDirection::Older ? tr("No older error")
                                                                      : tr("No newer error"));
                return;
            }
            const LogLine &line = found->constFirst();
            if (m_model->rowOf(line.id) >= 0) {
                selectLine(line.id);
                return;
            }
            // Outside the window: read from that line on.
            m_selectAfterLoad = line.id;
            m_model->setFilter(m_model->filter(), line);
        });
}

void LogsPage::selectLine(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, LogsModel::MessageColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LogsPage::setFollowing(bool following)
{
    if (m_follow->isChecked() != following)
        m_follow->setChecked(following);
    if (following) {
        m_model->poll();
        m_followTimer->start();
    } else {
        m_followTimer->stop();
    }
}

QString LogsPage::state() const
{
    return m_state->text();
}

void LogsPage::setState(const QString &text, bool error)
{
    m_state->setText(text);
    m_state->setToolTip(text);
    m_state->setStyleSheet(error ? QStringLiteral("color: #c0392b") : QString());
}

} // namespace qm
