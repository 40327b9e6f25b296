// The Logs page offscreen, on an SQLite file of generated lines (the same store code
// reads PostgreSQL; tst_logstore runs both): it reads the newest lines of the last 24
// hours, filters by level and text, narrows to a time range dragged on the histogram,
// jumps to the next error, follows new and late lines (each shown once), summarises
// errors by signature, offers to create a missing table, and fits the default window.

#include "app/logs/loghistogram.h"
#include "app/logs/logsmodel.h"
#include "app/logs/logspage.h"
#include "core/logs/logstore.h"
#include "core/settings/settings.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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
