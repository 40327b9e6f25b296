// The Logs page's links from a line (to its timelines, its host, the Trends and the Jobs
// around its time) and to a job's lines.

#include "core/logs/jobeventlog.h"
#include "logsmodel.h"
#include "logspage.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>

namespace qm {

void LogsPage::showContextMenu(const QPoint &at)
{
    const LogLine *line = m_model->line(m_table->indexAt(at).row());
    if (!line)
        return;
    QMenu menu(this);
    addLineActions(&menu, *line);
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void LogsPage::addLineActions(QMenu *menu, const LogLine &line)
{
    // Copies: the model may read another page while the menu is open.
    const QString worker = line.workerId;
    const QString task = line.taskId;
    const QString host = hostOf(line);
    const qint64 atMs = line.timeUs / 1000;
    QAction *workerTimeline = menu->addAction(tr("Worker %1's Timeline").arg(worker));
    workerTimeline->setObjectName(QStringLiteral("logsWorkerTimeline"));
    workerTimeline->setEnabled(!worker.isEmpty());
    connect(workerTimeline, &QAction::triggered, this,
            [this, worker] { showTimeline(worker, QString()); });
    QAction *taskTimeline = menu->addAction(tr("Task's Timeline"));
    taskTimeline->setObjectName(QStringLiteral("logsTaskTimeline"));
    taskTimeline->setEnabled(!task.isEmpty());
    connect(taskTimeline, &QAction::triggered, this,
            [this, task] { showTimeline(QString(), task); });
    menu->addSeparator();
    QAction *showHost =
        menu->addAction(host.isEmpty() ? tr("Show Host") : tr("Show Host %1").arg(host));
    showHost->setObjectName(QStringLiteral("logsShowHost"));
    showHost->setEnabled(!host.isEmpty());
    if (host.isEmpty())
        showHost->setToolTip(tr("Neither the worker nor the source of this line is a host of "
                                "the open config"));
    connect(showHost, &QAction::triggered, this, [this, host] { Q_EMIT hostRequested(host); });
    QAction *trends = menu->addAction(tr("Trends at This Time"));
    trends->setObjectName(QStringLiteral("logsTrendsAtTime"));
    connect(trends, &QAction::triggered, this,
            [this, host, atMs] { Q_EMIT trendsRequested(host, atMs); });
    QAction *jobs = menu->addAction(tr("Jobs Around This Time"));
    jobs->setObjectName(QStringLiteral("logsJobsAroundTime"));
    connect(jobs, &QAction::triggered, this,
            [this, host, atMs] { Q_EMIT jobsRequested(host, atMs); });
    menu->setToolTipsVisible(true);
}

void LogsPage::setHosts(const QStringList &names)
{
    m_hosts = names;
}

QString LogsPage::hostOf(const LogLine &line) const
{
    for (const QString &named : {line.workerId, line.sourceId}) {
        if (named.isEmpty())
            continue;
        for (const QString &host : m_hosts)
            if (host.compare(named, Qt::CaseInsensitive) == 0)
                return host;
    }
    return {};
}

const LogLine *LogsPage::currentLine() const
{
    return m_model->line(m_table->currentIndex().row());
}

void LogsPage::showJobLines(qint64 jobId)
{
    for (QLineEdit *field : {m_worker, m_task, m_cycle, m_search, m_metadata})
        field->clear();
    m_sourceType->setText(kQuartermasterSourceType);
    m_sourceId->setText(jobLogSourceId(jobId));
    m_level->setCurrentIndex(0);
    m_range->setCurrentIndex(m_range->findData(qint64(-1)));
    m_customRange.reset();
    m_tabs->setCurrentIndex(0);
    if (!m_connection->currentData().toString().isEmpty()) {
        if (m_shown)
            connectTo(QString()); // reads the bar's filter once connected
        else
            reloadConnections(QString()); // connected to when first shown
        return;
    }
    applyFilter(); // nothing yet while connecting: the connection reads the bar then
}

} // namespace qm
