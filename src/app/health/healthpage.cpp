#include "healthpage.h"

#include "app/widgets/detailshtml.h"
#include "core/async/whenfinished.h"
#include "core/health/daemons.h"
#include "core/health/healthhistory.h"
#include "core/health/healthscheduler.h"
#include "core/history/historystore.h"
#include "core/settings/settings.h"
#include "healthchecksdialog.h"
#include "healthgridmodel.h"
#include "machineschedulesview.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace qm {

namespace {

/// Recent results of a cell shown under its evidence.
constexpr int kRecentResults = 12;

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QPushButton *button(const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setShortcut(key);
    b->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return b;
}

} // namespace

HealthPage::HealthPage(Settings *settings, HealthScheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_scheduler(scheduler)
    , m_model(new HealthGridModel(this))
    , m_stack(new QStackedWidget)
    , m_grid(new QTableView)
    , m_details(new QTextBrowser)
    , m_summary(new QLabel)
    , m_runNow(button(tr("&Run Now"), QKeySequence(Qt::CTRL | Qt::Key_R),
                      tr("Run every saved check on every machine now")))
    , m_rotate(button(tr("Ro&tate…"), QKeySequence(Qt::CTRL | Qt::Key_T),
                      tr("Rotate the log the selected size check watches: a log rotation job, "
                         "reviewed before it is queued or scheduled")))
    , m_daemons(new QTreeWidget)
    , m_daemonsNote(new QLabel)
    , m_schedules(new MachineSchedulesView(scheduler))
{
    auto *edit = button(tr("&Edit Checks…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                        tr("Add, change or remove checks, and try one before saving it"));
    auto *import = button(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                          tr("Add the checks of a checks file (YAML), as qmctl health import "
                             "does"));
    auto *bar = new QHBoxLayout;
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_rotate);
    bar->addWidget(import);
    bar->addWidget(edit);
    bar->addWidget(m_runNow);

    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->horizontalHeader()->setMinimumSectionSize(110);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a cell to see what the check found there."));

    auto *empty = new QLabel(
        tr("<h3>No health checks yet</h3><p>A check reads what a machine writes and says, "
           "with the evidence, whether it is fine: a success line within N hours, errors in "
           "a log, a log or folder grown too large, data gone stale, a process running, a "
           "command or an endpoint that answers.</p><p>Add one with <b>Edit Checks…</b>, or "
           "import a checks file kept beside the fleet's config with <b>Import…</b> "
           "(<tt>qmctl health import FILE</tt> does the same).</p>"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    empty->setMargin(24);
    // Below the grid: what the selected cell found, and the daemons that should run.
    auto *below = new QTabWidget;
    below->setObjectName(QStringLiteral("healthTabs"));
    below->addTab(m_details, tr("E&vidence"));
    auto *daemonsPage = new QWidget;
    auto *daemonsLayout = new QVBoxLayout(daemonsPage);
    m_daemons->setObjectName(QStringLiteral("daemonsView"));
    m_daemons->setHeaderLabels({tr("Daemon"), tr("Machine"), tr("State"), tr("Found")});
    m_daemons->setRootIsDecorated(false);
    m_daemons->setAllColumnsShowFocus(true);
    m_daemonsNote->setWordWrap(true);
    auto *daemonButtons = new QHBoxLayout;
    daemonButtons->addWidget(m_daemonsNote, 1);
    auto *look = new QPushButton(tr("&Look Again"));
    connect(look, &QPushButton::clicked, this, [this] { refreshDaemons(true); });
    daemonButtons->addWidget(look);
    for (const auto &[text, action] : {std::pair{tr("&Start…"), QStringLiteral("start")},
                                       std::pair{tr("Rest&art…"), QStringLiteral("restart")},
                                       std::pair{tr("St&op…"), QStringLiteral("stop")}}) {
        auto *b = new QPushButton(text);
        b->setObjectName(action + QStringLiteral("DaemonButton"));
        connect(b, &QPushButton::clicked, this, [this, key = action] { actOnSelectedDaemon(key); });
        daemonButtons->addWidget(b);
    }
    daemonsLayout->addWidget(m_daemons, 1);
    daemonsLayout->addLayout(daemonButtons);
    below->addTab(daemonsPage, tr("&Daemons"));
    // What runs when: no check is needed for it. (Alt+C: H is the Help menu's.)
    below->addTab(m_schedules, tr("S&chedules"));
    connect(below, &QTabWidget::currentChanged, this, [this, below, daemonsPage](int index) {
        if (below->widget(index) == daemonsPage)
            refreshDaemons();
        else if (below->widget(index) == m_schedules)
            m_schedules->ensureRead();
    });
    // With no check saved, the empty message takes the grid's place only: the tabs
    // below (the daemons, the schedules) do not depend on checks.
    m_stack->setObjectName(QStringLiteral("healthStack"));
    m_stack->addWidget(empty);
    m_stack->addWidget(m_grid);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_stack);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_runNow, &QPushButton::clicked, m_scheduler, &HealthScheduler::runNow);
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        double limit = -1;
        const QString log = rotatableLog(&limit);
        if (!log.isEmpty())
            Q_EMIT rotateRequested(log, limit);
    });
    connect(edit, &QPushButton::clicked, this, [this] { openChecksEditor(); });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Health Checks"), QString(), tr("Checks files (*.yaml *.yml)"));
        if (!path.isEmpty())
            importChecks(path);
    });
    connect(m_settings, &Settings::healthChecksChanged, this, &HealthPage::updateChecks);
    connect(m_settings, &Settings::daemonsChanged, this, [this] { refreshDaemons(); });
    connect(m_scheduler, &HealthScheduler::runStarted, this, [this](int checks) {
        m_running = true;
        m_summary->setText(tr("Running %n check(s)…", nullptr, checks));
    });
    connect(m_scheduler, &HealthScheduler::resultReady, this, [this](const HealthResult &result) {
        m_model->updateResult(result);
        updateDetails();
    });
    connect(m_scheduler, &HealthScheduler::latestChanged, this, [this] {
        m_model->setResults(m_scheduler->latest());
        updateSummary();
        updateDetails();
    });
    connect(
        m_scheduler, &HealthScheduler::runFinished, this,
        [this](const QList<HealthResult> &, const QString &historyError) {
            m_running = false;
            updateSummary();
            if (!historyError.isEmpty())
                Q_EMIT statusMessage(
                    tr("The health results were not kept in the history: %1").arg(historyError));
        });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HealthPage::updateDetails);
    updateChecks();
}

HealthPage::~HealthPage() = default;

void HealthPage::setConfig(const FleetConfig *config)
{
    m_config = config;
    m_schedules->setConfig(config);
    updateChecks();
}

void HealthPage::setHistoryPath(const QString &path)
{
    m_historyPath = path;
}

void HealthPage::updateChecks()
{
    const QModelIndex current = m_grid->currentIndex();
    const QString host = current.isValid() ? m_model->hostAt(current.row()) : QString();
    const SavedHealthCheck *check =
        current.isValid() ? m_model->checkAt(current.column()) : nullptr;
    const QString name = check ? check->check.name : QString();
    const QList<SavedHealthCheck> checks = m_settings->healthChecks();
    m_model->setChecks(checks, m_config);
    m_model->setResults(m_scheduler->latest());
    m_stack->setCurrentIndex(checks.isEmpty() ? 0 : 1);
    // The cell selected before, else the first that runs.
    QModelIndex select = m_model->indexOf(host, name);
    for (int row = 0; !select.isValid() && row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (m_model->runsAt(m_model->index(row, column))) {
                select = m_model->index(row, column);
                break;
            }
        }
    }
    if (select.isValid())
        m_grid->setCurrentIndex(select);
    updateSummary();
    updateDetails();
}

void HealthPage::updateSummary()
{
    if (m_running)
        return;
    const int checks = m_model->columnCount();
    if (checks == 0) {
        m_summary->setText(tr("No health checks"));
        return;
    }
    const std::array<int, 4> counts = m_model->stateCounts();
    QStringList parts{tr("%n check(s)", nullptr, checks) + QLatin1Char(' ') +
                      tr("on %n machine(s)", nullptr, m_model->rowCount())};
    for (const HealthState state :
         {HealthState::Critical, HealthState::Warning, HealthState::Unknown, HealthState::Ok}) {
        if (const int n = counts[size_t(state)])
            parts << QStringLiteral("%1 %2").arg(n).arg(healthStateTitle(state).toLower());
    }
    if (m_scheduler->lastRunMs() > 0)
        parts << tr("last run %1").arg(when(m_scheduler->lastRunMs()));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

QString HealthPage::summaryText() const
{
    return m_summary->text();
}

QString HealthPage::detailsText() const
{
    return m_details->toPlainText();
}

void HealthPage::refreshDaemons(bool everyHost)
{
    const QList<DaemonSpec> daemons = m_settings->daemons();
    if (daemons.isEmpty()) {
        m_daemons->clear();
        m_daemonsNote->setText(tr("No daemons are named yet: list them under “daemons” in a "
                                  "checks file and import it (Import…)."));
        return;
    }
    QList<SavedHealthCheck> checks;
    for (const DaemonSpec &daemon : daemons)
        checks.append({daemonCheck(daemon), daemon.hosts});
    QList<HealthRun> runs = healthRunsFor(checks, m_config, {}, nullptr);
    // The hosts are reached on request, or while periodic probing is on.
    const bool hosts = everyHost || m_scheduler->hostsEnabled();
    if (!hosts)
        runs.removeIf([](const HealthRun &run) { return !run.host.isEmpty(); });
    m_daemonsNote->setText(tr("Looking…"));
    const int request = ++m_daemonsRequest;
    const FleetAccess fleet = m_scheduler->fleetAccess();
    whenFinished(
        this, QtConcurrent::run([runs, fleet] {
            return runHealthChecks(runs, fleet, QDateTime::currentMSecsSinceEpoch(), 8);
        }),
        [this, request, hosts](const QList<HealthResult> &results) {
            if (request != m_daemonsRequest)
                return;
            m_daemons->clear();
            for (const HealthResult &result : results) {
                const QString state = result.state == HealthState::Ok         ? tr("running")
                                      : result.state == HealthState::Critical ? tr("stopped")
                                                                              : tr("unknown");
                auto *item = new QTreeWidgetItem(
                    m_daemons,
                    {result.name, result.host.isEmpty() ? tr("this machine") : result.host, state,
                     result.evidence.isEmpty() ? result.summary
                                               : result.evidence.join(QStringLiteral("; "))});
                item->setData(1, Qt::UserRole,
                              result.host.isEmpty() ? QStringLiteral("local") : result.host);
                item->setForeground(2, healthStateColor(result.state));
            }
            if (m_daemons->topLevelItemCount() > 0)
                m_daemons->setCurrentItem(m_daemons->topLevelItem(0));
            for (int column = 0; column < 3; ++column)
                m_daemons->resizeColumnToContents(column);
            const QString at = when(QDateTime::currentMSecsSinceEpoch());
            m_daemonsNote->setText(
                hosts ? tr("Looked at %1.").arg(at)
                      : tr("This machine's, looked at %1; Look Again reaches the hosts.").arg(at));
            Q_EMIT daemonsRead();
        });
}

void HealthPage::actOnSelectedDaemon(const QString &action, bool confirm)
{
    const QTreeWidgetItem *item = m_daemons->currentItem();
    if (!item)
        return;
    const QString name = item->text(0);
    const QString host = item->data(1, Qt::UserRole).toString();
    const QList<DaemonSpec> daemons = m_settings->daemons();
    const auto found = std::find_if(daemons.cbegin(), daemons.cend(),
                                    [&name](const DaemonSpec &d) { return d.name == name; });
    const std::optional<DaemonAction> act = daemonActionFromKey(action);
    if (found == daemons.cend() || !act)
        return;
    const QString verb = action == QLatin1String("start")     ? tr("Start")
                         : action == QLatin1String("restart") ? tr("Restart")
                                                              : tr("Stop");
    if (confirm && QMessageBox::question(
                       this, tr("Daemon"),
                       tr("%1 “%2” on %3?\n\nIt runs: %4\n\nThe job queue runs it, then looks "
                          "again until the daemon is as it should be.")
                           .arg(verb, name, item->text(1), daemonActionText(*found, *act))) !=
                       QMessageBox::Yes)
        return;
    Q_EMIT daemonActionRequested(host, name, action);
    Q_EMIT statusMessage(tr("Queued: %1 “%2” on %3").arg(verb, name, item->text(1)));
    // The job looks again for up to 10 s; the list follows a little later.
    QTimer::singleShot(std::chrono::seconds(13), this, [this] { refreshDaemons(true); });
}

QString HealthPage::rotatableLog(double *maxMegabytes) const
{
    const QModelIndex index = m_grid->currentIndex();
    const SavedHealthCheck *check = index.isValid() ? m_model->checkAt(index.column()) : nullptr;
    if (!check || !m_model->runsAt(index) || check->check.kind != HealthCheckKind::FileSize ||
        check->check.file.isEmpty())
        return {};
    if (maxMegabytes)
        *maxMegabytes = check->check.maxMegabytes;
    // A host's log is rotated there, by its own programs: HOST:/path, as the job takes it.
    const QString host = m_model->hostAt(index.row());
    return host.isEmpty() ? check->check.file : host + u':' + check->check.file;
}

void HealthPage::updateDetails()
{
    m_rotate->setEnabled(!rotatableLog().isEmpty());
    const QModelIndex index = m_grid->currentIndex();
    if (!index.isValid() || !m_model->runsAt(index)) {
        m_details->clear();
        return;
    }
    const SavedHealthCheck *check = m_model->checkAt(index.column());
    const QString host = m_model->hostAt(index.row());
    const QString machine =
        m_model->headerData(index.row(), Qt::Vertical, Qt::DisplayRole).toString();
    HealthCheck unnamed = check->check;
    unnamed.name.clear();
    QString text = QStringLiteral("<h3>%1 — %2</h3><table>")
                       .arg(html::esc(check->check.name), html::esc(machine));
    text += html::labelledRow(tr("Checks"), html::esc(healthCheckDisplayName(unnamed)));
    const std::optional<HealthResult> result = m_model->resultAt(index);
    if (result) {
        text += html::labelledRow(tr("State"),
                                  QStringLiteral("<span style='color:%1'><b>%2</b></span> (%3)")
                                      .arg(healthStateColor(result->state).name(),
                                           html::esc(healthStateTitle(result->state)),
                                           html::esc(result->status)));
        text += html::labelledRow(tr("Found"), html::esc(result->summary));
        text += html::labelledRow(tr("Checked"), html::esc(when(result->checkedAtMs)));
    } else {
        text += html::labelledRow(tr("State"), tr("not run on this machine yet"));
    }
    text += QStringLiteral("</table>");
    if (result && !result->evidence.isEmpty())
        text += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                    .arg(tr("Evidence"), html::esc(result->evidence.join(u'\n')));
    m_details->setHtml(text);
    if (m_historyPath.isEmpty() || !result)
        return;
    // The cell's recent results, read off the GUI thread.
    const int request = ++m_detailsRequest;
    const QString path = m_historyPath;
    const QString name = check->check.name;
    whenFinished(this, QtConcurrent::run([path, host, name] {
                     HistoryStore history;
                     QString error;
                     if (!QFileInfo::exists(path) || !history.open(path, &error))
                         return QList<HealthResult>();
                     return HealthResultStore(history.database())
                         .history(host, name,
                                  QDateTime::currentMSecsSinceEpoch() - kHealthResultsKeptMs);
                 }),
                 [this, request, text](const QList<HealthResult> &history) {
                     if (request != m_detailsRequest || history.size() < 2)
                         return;
                     QString rows;
                     for (qsizetype i = history.size() - 1;
                          i >= std::max<qsizetype>(0, history.size() - kRecentResults); --i) {
                         const HealthResult &r = history.at(i);
                         rows += html::cellsRow({html::esc(when(r.checkedAtMs)),
                                                 QStringLiteral("<span style='color:%1'>%2</span>")
                                                     .arg(healthStateColor(r.state).name(),
                                                          html::esc(healthStateTitle(r.state))),
                                                 html::esc(r.summary)});
                     }
                     m_details->setHtml(
                         text + QStringLiteral("<p><b>%1</b></p><table cellspacing='6'>%2</table>")
                                    .arg(tr("Recent results"), rows));
                 });
}

HealthChecksDialog *HealthPage::openChecksEditor()
{
    auto *dialog =
        new HealthChecksDialog(m_settings->healthChecks(), m_scheduler->fleetAccess(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_settings->setHealthChecks(dialog->checks());
        Q_EMIT statusMessage(tr("%n health check(s) saved", nullptr, int(dialog->checks().size())));
        m_scheduler->runNow();
    });
    dialog->open();
    return dialog;
}

void HealthPage::importChecks(const QString &path)
{
    struct Imported
    {
        QString error;
        std::optional<QList<SavedHealthCheck>> checks;
        std::optional<QList<DaemonSpec>> daemons;
    };
    // Read and parsed off the GUI thread: a checks file may be large, or on a slow disk.
    Q_EMIT statusMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    whenFinished(
        this, QtConcurrent::run([path] {
            Imported imported;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                imported.error = file.errorString();
                return imported;
            }
            const QByteArray text = file.read(64 * 1024 * 1024);
            imported.checks = parseHealthChecksFile(text, &imported.error);
            if (imported.checks)
                imported.daemons = parseDaemonsFile(text, &imported.error);
            return imported;
        }),
        [this, path](const Imported &imported) {
            // Nothing is saved unless all of it can be read.
            if (!imported.checks || !imported.daemons) {
                Q_EMIT statusMessage(
                    tr("Cannot import %1: %2").arg(QFileInfo(path).fileName(), imported.error));
                Q_EMIT checksImported(false);
                return;
            }
            m_settings->setHealthChecks(
                mergeHealthChecks(m_settings->healthChecks(), *imported.checks));
            m_settings->setDaemons(mergeDaemons(m_settings->daemons(), *imported.daemons));
            Q_EMIT statusMessage(
                tr("%n check(s) imported from %1", nullptr, int(imported.checks->size()))
                    .arg(QFileInfo(path).fileName()));
            Q_EMIT checksImported(true);
            m_scheduler->runNow();
        });
}

} // namespace qm
