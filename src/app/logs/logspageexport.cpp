// The Logs page's export of what the filter selects, in the session's thread.

#include "core/fsutil/userfile.h"
#include "core/logs/logstore.h"
#include "logspage.h"
#include "logssession.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <climits>

namespace qm {

LogFormat LogsPage::exportFormatOf(const QString &path, LogFormat fallback)
{
    // .jsonl, .json and .csv name their format (a file is never written as text).
    const std::optional<LogFormat> named = logFormat(QFileInfo(path).suffix().toLower());
    return named && *named != LogFormat::Text ? *named : fallback;
}

void LogsPage::chooseExport()
{
    if (isExporting()) {
        Q_EMIT statusMessage(tr("An export is already under way"));
        return;
    }
    if (!m_connected) {
        Q_EMIT statusMessage(tr("Nothing to export: not connected to a log database"));
        return;
    }
    const QString jsonl = tr("JSON Lines (*.jsonl)");
    const QString json = tr("JSON (*.json)");
    const QString csv = tr("CSV (*.csv)");
    QString chosen = jsonl;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Log Lines"), QDir::home().filePath(QStringLiteral("logs.jsonl")),
        QStringList{jsonl, json, csv}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    const LogFormat byType = chosen == csv    ? LogFormat::Csv
                             : chosen == json ? LogFormat::Json
                                              : LogFormat::Jsonl;
    // A name without a suffix gets the type's; a suffix that names a format wins.
    if (QFileInfo(path).suffix().isEmpty())
        path += byType == LogFormat::Csv    ? QStringLiteral(".csv")
                : byType == LogFormat::Json ? QStringLiteral(".json")
                                            : QStringLiteral(".jsonl");
    exportTo(path, exportFormatOf(path, byType));
}

bool LogsPage::exportTo(const QString &path, LogFormat format)
{
    if (isExporting() || !m_connected)
        return false;
    const LogFilter current = filter();
    if (const QString problem = LogStore::filterProblem(current); !problem.isEmpty()) {
        setState(problem, true);
        return false;
    }
    auto state = std::make_shared<ExportState>();
    state->path = path;
    m_export = state;
    m_exportAction->setEnabled(false);
    m_exportButton->setEnabled(false);
    showExportProgress();
    m_exportBar->show();
    m_exportTimer->start();
    settle(+1);
    using Done = std::pair<LogExportResult, QString>; // the result, the file written
    m_session->run<Done>(
        this,
        [state, current, format](LogStore &store, QString *) -> Done {
            // The user-file rules of qmctl: a link is followed, a device or a folder refused.
            // A few stat calls, here rather than on the GUI thread: a dead mount hangs them.
            const UserFileTarget target = userFileTarget(state->path);
            if (!target.ok())
                return {LogExportResult{0, target.error, false}, target.path};
            LogExportResult result = exportLogs(
                store, current, format, target.path,
                [state](qint64 lines) { state->lines = lines; }, &state->cancel);
            return {result, target.path};
        },
        [this, state](const Done &done, const QString &error) {
            settle(-1);
            if (m_export == state)
                m_export.reset();
            m_exportTimer->stop();
            m_exportBar->hide();
            m_exportAction->setEnabled(true);
            m_exportButton->setEnabled(true);
            const LogExportResult &result = done.first;
            const QString file = QDir::toNativeSeparators(done.second);
            QString why = error.isEmpty() ? result.error : error;
            if (result.cancelled)
                why = tr("Export cancelled; %1 is as it was").arg(file);
            if (!why.isEmpty()) {
                setState(why, true);
                Q_EMIT statusMessage(why);
            } else {
                const QString said = tr("%Ln line(s) written to %1", nullptr,
                                        int(std::min<qint64>(result.lines, INT_MAX)))
                                         .arg(file);
                setState(said);
                Q_EMIT statusMessage(said);
            }
            Q_EMIT exportFinished(result.lines, why, result.cancelled);
        });
    return true;
}

void LogsPage::cancelExport()
{
    if (!m_export)
        return;
    m_export->cancel = true;
    m_exportLabel->setText(
        tr("Cancelling the export to %1…").arg(QDir::toNativeSeparators(m_export->path)));
}

void LogsPage::showExportProgress()
{
    if (!m_export || m_export->cancel)
        return;
    const QString text = tr("Exporting to %1: %Ln line(s) written…", nullptr,
                            int(std::min<qint64>(m_export->lines.load(), INT_MAX)))
                             .arg(QDir::toNativeSeparators(m_export->path));
    m_exportLabel->setText(text);
    m_exportLabel->setToolTip(text);
}

} // namespace qm
