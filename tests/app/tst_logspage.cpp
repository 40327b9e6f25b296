// The Logs page offscreen, on an SQLite file of generated lines (the same store code
// reads PostgreSQL; tst_logstore runs both): it reads the newest lines of the last 24
// hours, filters by level and text, narrows to a time range dragged on the histogram,
// jumps to the next error, follows new and late lines (each shown once), summarises
// errors by signature, offers to create a missing table, exports what the filter selects
// (JSON Lines, CSV; a cancelled export leaves the file as it was), and fits the default
// window.

#include "app/logs/loghistogram.h"
#include "app/logs/logsmodel.h"
#include "app/logs/logspage.h"
#include "app/logs/logssession.h"
#include "core/logs/logcsv.h"
#include "core/logs/logexport.h"
#include "core/logs/logjsonl.h"
#include "core/logs/logstore.h"
#include "core/settings/settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>

using namespace qm;

namespace {

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

LogLine makeLine(qint64 timeUs, const QString &level, const QString &message,
                 const QString &worker = QStringLiteral("gpu-1"))
{
    LogLine line;
    line.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    line.timeUs = timeUs;
    line.sourceType = QStringLiteral("worker");
    line.sourceId = worker;
    line.workerId = worker;
    line.level = level;
    line.message = message;
    return line;
}

bool addLines(const QString &path, const QList<LogLine> &lines)
{
    LogStore store(QStringLiteral("test-writer"));
    SqlLocation location;
    location.path = path;
    QString error;
    if (!store.open(location, &error, true) || store.insert(lines, &error) != lines.size()) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

/// The lines `filter` selects in the file `path`, newest first, as the store reads them.
QList<LogLine> selected(const QString &path, const LogFilter &filter)
{
    LogStore store(QStringLiteral("test-reader"));
    SqlLocation location;
    location.path = path;
    QString error;
    QList<LogLine> lines;
    if (!store.open(location, &error, true) ||
        !forEachLogPage(store, filter, LogDirection::Older, -1, [&](const QList<LogLine> &page) {
             lines += page;
             return true;
         }).isEmpty())
        qWarning("%s", qPrintable(error));
    return lines;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

/// Waits until the page has nothing in flight.
bool settle(LogsPage &page)
{
    QTest::qWait(50);
    return QTest::qWaitFor([&] { return !page.isBusy(); }, 20'000);
}

} // namespace

class TestLogsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    QString m_path;
    QList<LogLine> m_lines;

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_path = m_dir.filePath(
            QStringLiteral("logs-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128)));
        // 1,500 lines over the last 30 hours, one in ten an error, the rest info.
        m_lines.clear();
        const qint64 now = nowUs();
        for (int i = 0; i < 1500; ++i) {
            const bool error = i % 10 == 3;
            m_lines << makeLine(now - qint64(i) * 72'000'000 - 1'000'000,
                                error ? QStringLiteral("ERROR") : QStringLiteral("INFO"),
                                error ? QStringLiteral("Sync failed for /data/g%1.db").arg(i)
                                      : QStringLiteral("game %1 finished").arg(i),
                                QStringLiteral("gpu-%1").arg(i % 4));
        }
        QVERIFY(addLines(m_path, m_lines));
    }

    void readsFiltersAndJumps()
    {
        LogsPage page(m_settings.get(), m_path);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        LogsModel *model = page.model();
        // Last 24 hours: 1,200 lines; the first page of them, newest first.
        QCOMPARE(model->rowCount(), LogsModel::kPageRows);
        QCOMPARE(model->line(0)->id, m_lines[0].id);
        QVERIFY(model->hasOlder());
        while (model->canFetchMore({})) {
            model->fetchMore({});
            QVERIFY(settle(page));
        }
        QCOMPARE(model->rowCount(), 1200);

        // A line shows whole in the details.
        page.table()->setCurrentIndex(model->index(3, LogsModel::MessageColumn));
        QVERIFY(page.details()->toPlainText().contains(m_lines[3].message));

        // Errors and worse.
        auto *level = page.findChild<QComboBox *>(QStringLiteral("logsLevel"));
        level->setCurrentIndex(level->findData(logLevelRank(u"ERROR")));
        Q_EMIT level->activated(level->currentIndex());
        QVERIFY(settle(page));
        QCOMPARE(model->rowCount(), 120);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->line(row)->level, QStringLiteral("ERROR"));

        // The text filter, literal and case ignored.
        level->setCurrentIndex(0);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("logsSearch"));
        search->setText(QStringLiteral("/G3.DB"));
        Q_EMIT search->returnPressed();
        QVERIFY(settle(page));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->line(0)->message, QStringLiteral("Sync failed for /data/g3.db"));
        search->clear();
        Q_EMIT search->returnPressed();
        QVERIFY(settle(page));

        // Next error from the top: the newest error, then the one after it.
        page.table()->setCurrentIndex(model->index(0, 0));
        page.nextError();
        QVERIFY(settle(page));
        QCOMPARE(page.model()->line(page.table()->currentIndex().row())->id, m_lines[3].id);
        page.nextError();
        QVERIFY(settle(page));
        QCOMPARE(page.model()->line(page.table()->currentIndex().row())->id, m_lines[13].id);
        page.previousError();
        QVERIFY(settle(page));
        QCOMPARE(page.model()->line(page.table()->currentIndex().row())->id, m_lines[3].id);

        // The histogram holds every line of the range; a drag across its first half reads
        // that part of it only.
        LogHistogram *histogram = page.histogram();
        qint64 counted = 0;
        for (const auto &bucket : histogram->counts())
            for (const qint64 n : bucket)
                counted += n;
        QCOMPARE(counted, qint64(1200));
        const int y = histogram->height() / 2;
        QTest::mousePress(histogram, Qt::LeftButton, {}, QPoint(4, y));
        QTest::mouseMove(histogram, QPoint(histogram->width() / 2, y));
        QTest::mouseRelease(histogram, Qt::LeftButton, {}, QPoint(histogram->width() / 2, y));
        QVERIFY(settle(page));
        const LogFilter chosen = page.filter();
        QVERIFY(chosen.fromUs > 0 && chosen.toUs > chosen.fromUs);
        QVERIFY(model->rowCount() > 0 && model->rowCount() < 1200);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->line(row)->timeUs >= chosen.fromUs);
            QVERIFY(model->line(row)->timeUs < chosen.toUs);
        }
    }

    void followsNewAndLateLinesOnce()
    {
        LogsPage page(m_settings.get(), m_path);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        page.setFollowing(true);
        QVERIFY(settle(page));
        const LogLine fresh =
            makeLine(nowUs(), QStringLiteral("INFO"), QStringLiteral("fresh line"));
        // Late: written after, stamped before the newest line shown (a writer's batch).
        const LogLine late = makeLine(m_lines[0].timeUs - 5'000'000, QStringLiteral("WARNING"),
                                      QStringLiteral("late line"));
        QVERIFY(addLines(m_path, {fresh, late}));
        LogsModel *model = page.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(fresh.id) >= 0 && model->rowOf(late.id) >= 0, 10'000);
        QCOMPARE(model->rowOf(fresh.id), 0);
        QCOMPARE(model->line(model->rowOf(late.id) - 1)->id, m_lines[0].id);
        // Later polls add neither again.
        QTest::qWait(4500);
        int seen = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            seen += model->line(row)->id == late.id || model->line(row)->id == fresh.id;
        QCOMPARE(seen, 2);
        page.setFollowing(false);
    }

    void errorsAreSummarised()
    {
        LogsPage page(m_settings.get(), m_path);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        page.findChild<QTabWidget *>()->setCurrentIndex(1);
        QVERIFY(settle(page));
        QTreeWidget *summary = page.summary();
        QCOMPARE(summary->topLevelItemCount(), 1);
        QCOMPARE(summary->topLevelItem(0)->text(1), QStringLiteral("Sync failed for <path>"));
        QCOMPARE(summary->topLevelItem(0)->text(0), QLocale().toString(120));
        QCOMPARE(summary->topLevelItem(0)->text(4), QStringLiteral("gpu-1, gpu-3"));
    }

    void aMissingTableCanBeCreated()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            // An SQLite file without the table (not the embedded one, which is ours).
            LogStore store(QStringLiteral("test-empty"));
            SqlLocation location;
            location.path = other;
            QString error;
            QVERIFY(store.open(location, &error, false));
        }
        LogsPage page(m_settings.get(), m_path);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        page.connectTo(QStringLiteral("sqlite:") + other);
        QTRY_VERIFY(page.state().contains(QLatin1String("there is no table system_logs")));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("createTable"))->isVisible());
    }

    void exportsWhatTheFilterSelects()
    {
        LogsPage page(m_settings.get(), m_path);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        // Errors of gpu-3 over all time: 75 of the 1,500 lines.
        auto *range = page.findChild<QComboBox *>(QStringLiteral("logsRange"));
        range->setCurrentIndex(range->findData(qint64(-1)));
        Q_EMIT range->activated(range->currentIndex());
        auto *level = page.findChild<QComboBox *>(QStringLiteral("logsLevel"));
        level->setCurrentIndex(level->findData(logLevelRank(u"ERROR")));
        Q_EMIT level->activated(level->currentIndex());
        auto *worker = page.findChild<QLineEdit *>(QStringLiteral("logsWorker"));
        worker->setText(QStringLiteral("gpu-3"));
        Q_EMIT worker->returnPressed();
        QVERIFY(settle(page));
        const QList<LogLine> expected = selected(m_path, page.filter());
        QCOMPARE(expected.size(), 75);
        QCOMPARE(expected.first().id, m_lines[3].id);

        // The action and its shortcut, beside the filter.
        auto *action = page.findChild<QAction *>(QStringLiteral("actionExportLogs"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(page.findChild<QToolButton *>(QStringLiteral("logsExport"))->isVisible());

        // JSON Lines: one object per line the filter selects, newest first.
        QSignalSpy finished(&page, &LogsPage::exportFinished);
        const QString jsonl = m_dir.filePath(QStringLiteral("errors.jsonl"));
        QCOMPARE(LogsPage::exportFormatOf(jsonl, LogFormat::Csv), LogFormat::Jsonl);
        QVERIFY(page.exportTo(jsonl, LogFormat::Jsonl));
        QVERIFY(page.isExporting());
        QVERIFY(!page.exportTo(jsonl, LogFormat::Jsonl)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        QCOMPARE(finished[0][0].toLongLong(), qint64(75));
        QCOMPARE(finished[0][1].toString(), QString());
        QCOMPARE(finished[0][2].toBool(), false);
        QVERIFY(!page.isExporting());
        QVERIFY2(
            page.state().contains(
                QStringLiteral("75 line(s) written to %1").arg(QDir::toNativeSeparators(jsonl))),
            qPrintable(page.state()));
        const QList<QByteArray> rows = contentsOf(jsonl).split('\n');
        QCOMPARE(rows.size(), 76); // and the empty rest after the last newline
        QVERIFY(rows.last().isEmpty());
        for (int i = 0; i < expected.size(); ++i) {
            QString error;
            const std::optional<LogLine> line = logLineFromJson(rows[i], &error);
            QVERIFY2(line, qPrintable(error));
            QCOMPARE(line->id, expected[i].id);
            QCOMPARE(line->message, expected[i].message);
            QCOMPARE(line->workerId, QStringLiteral("gpu-3"));
        }

        // CSV, the format told by the file's suffix: the header, then the same lines.
        const QString csv = m_dir.filePath(QStringLiteral("errors.csv"));
        QCOMPARE(LogsPage::exportFormatOf(csv, LogFormat::Jsonl), LogFormat::Csv);
        QVERIFY(page.exportTo(csv, LogsPage::exportFormatOf(csv, LogFormat::Jsonl)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20'000);
        QCOMPARE(finished[1][0].toLongLong(), qint64(75));
        QByteArray bytes = logCsvHeader();
        for (const LogLine &line : expected)
            bytes += logLineToCsv(line);
        QCOMPARE(contentsOf(csv), bytes);

        // JSON: one document.
        const QString json = m_dir.filePath(QStringLiteral("errors.json"));
        QVERIFY(page.exportTo(json, LogsPage::exportFormatOf(json, LogFormat::Jsonl)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20'000);
        const QJsonDocument document = QJsonDocument::fromJson(contentsOf(json));
        QCOMPARE(document[QStringLiteral("logs")].toArray().size(), 75);
        QCOMPARE(document[QStringLiteral("logs")][0][QStringLiteral("id")].toString(),
                 expected.first().id);

        // A folder is not a file to replace: refused, nothing written.
        QVERIFY(page.exportTo(m_dir.path(), LogFormat::Jsonl));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 20'000);
        QVERIFY(!finished[3][1].toString().isEmpty());
    }

    void aCancelledExportLeavesTheFileAsItWas()
    {
        LogsPage page(m_settings.get(), m_path);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        const QString path = m_dir.filePath(QStringLiteral("kept.jsonl"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("what was there before\n");
        }
        // The session's thread held up, so that Cancel comes before the first page.
        QSemaphore gate;
        // Released however the test ends, before the page waits for its thread.
        const auto unblock = qScopeGuard([&gate] { gate.release(); });
        page.session()->run<bool>(
            &page,
            [&gate](LogStore &, QString *) {
                gate.acquire();
                return true;
            },
            [](bool, const QString &) {});
        QSignalSpy finished(&page, &LogsPage::exportFinished);
        QVERIFY(page.exportTo(path, LogFormat::Jsonl));
        auto *bar = page.findChild<QWidget *>(QStringLiteral("logsExportBar"));
        QVERIFY(bar->isVisible());
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("logsCancelExport")),
                          Qt::LeftButton);
        gate.release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        QCOMPARE(finished[0][2].toBool(), true);
        QVERIFY(!finished[0][1].toString().isEmpty());
        QVERIFY(!bar->isVisible());
        QCOMPARE(contentsOf(path), QByteArray("what was there before\n"));
        // No half file beside it.
        const QStringList beside =
            QDir(m_dir.path()).entryList({QStringLiteral("kept*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(beside, QStringList{QStringLiteral("kept.jsonl")});
        QVERIFY(page.state().contains(QStringLiteral("cancelled")));
    }

    void fitsTheDefaultWindow()
    {
        // The main window opens at 1100 × 700 with a sidebar of about 170 pixels.
        LogsPage page(m_settings.get(), m_path);
        QVERIFY2(page.minimumSizeHint().width() <= 900,
                 qPrintable(QString::number(page.minimumSizeHint().width())));
    }
};

QTEST_MAIN(TestLogsPage)
#include "tst_logspage.moc"
