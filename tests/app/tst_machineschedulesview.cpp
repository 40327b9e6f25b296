// The Health page's Schedules tab (docs/health.md, "What runs when"): a crontab's entries
// in the list, a line that cannot be read flagged and kept; the 24-hour timeline with
// every run in the window (96 for */15, though an entry lists only its next five), one
// mark at the right place for a daily run, none for @reboot, in the list's order, the
// current row shared both ways; and the tab reached on a Health page with no check saved.

#include "app/health/healthgridmodel.h"
#include "app/health/healthpage.h"
#include "app/health/machineschedulesview.h"
#include "app/health/scheduletimeline.h"
#include "core/health/healthscheduler.h"
#include "core/health/schedules.h"
#include "core/settings/settings.h"

#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

using namespace qm;

namespace {

/// Saturday 15 June 2024, 12:07 local time: no clock change within a day of it.
const qint64 kNow = QDateTime(QDate(2024, 6, 15), QTime(12, 7)).toMSecsSinceEpoch();
constexpr qint64 kMinuteMs = 60 * 1000;

} // namespace

class TestMachineSchedulesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listAndTimeline()
    {
        const QList<ScheduleEntry> entries =
            parseCrontab("# every quarter hour, nightly, at boot, and a typo\n"
                         "*/15 * * * * /opt/fleet/sync.sh\n"
                         "30 2 * * * /opt/fleet/backup.sh --full\n"
                         "@reboot /opt/fleet/start_daemons.sh\n"
                         "61 * * * * /opt/fleet/broken.sh\n",
                         QStringLiteral("crontab"), false, kNow);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[0].nextRunMs.size(), kNextRuns); // only the next five: not a day's

        MachineSchedulesView view(nullptr);
        view.resize(1200, 800);
        view.setEntries(entries, kNow);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // The list: every entry, the broken one flagged with why, not dropped.
        QTreeWidget *list = view.list();
        QCOMPARE(list->topLevelItemCount(), 4);
        QCOMPARE(list->topLevelItem(0)->text(MachineSchedulesView::Where),
                 QStringLiteral("crontab:2"));
        QCOMPARE(list->topLevelItem(0)->text(MachineSchedulesView::Expression),
                 QStringLiteral("*/15 * * * *"));
        QCOMPARE(list->topLevelItem(0)->text(MachineSchedulesView::Command),
                 QStringLiteral("/opt/fleet/sync.sh"));
        QVERIFY2(list->topLevelItem(0)
                     ->text(MachineSchedulesView::NextRun)
                     .endsWith(QStringLiteral("(in 8 min)")),
                 qPrintable(list->topLevelItem(0)->text(MachineSchedulesView::NextRun)));
        QVERIFY2(list->topLevelItem(1)
                         ->text(MachineSchedulesView::NextRun)
                         .contains(QStringLiteral("tomorrow")) &&
                     list->topLevelItem(1)
                         ->text(MachineSchedulesView::NextRun)
                         .endsWith(QStringLiteral("(in 14 h 23 min)")),
                 qPrintable(list->topLevelItem(1)->text(MachineSchedulesView::NextRun)));
        QCOMPARE(list->topLevelItem(2)->text(MachineSchedulesView::NextRun),
                 QStringLiteral("at boot"));
        QTreeWidgetItem *broken = list->topLevelItem(3);
        QCOMPARE(broken->text(MachineSchedulesView::Where), QStringLiteral("crontab:5"));
        QVERIFY(!broken->icon(MachineSchedulesView::Where).isNull());
        QVERIFY2(broken->text(MachineSchedulesView::NextRun).contains(QStringLiteral("“61”")),
                 qPrintable(broken->text(MachineSchedulesView::NextRun)));
        QVERIFY(broken->toolTip(MachineSchedulesView::Command).contains(QStringLiteral("“61”")));
        QCOMPARE(broken->foreground(MachineSchedulesView::Command).color(),
                 healthStateColor(HealthState::Critical));
        for (int row = 0; row < 3; ++row)
            QVERIFY(list->topLevelItem(row)->icon(MachineSchedulesView::Where).isNull());

        // The timeline: the same rows in the same order.
        ScheduleTimeline *timeline = view.timeline();
        QCOMPARE(timeline->rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(QStringLiteral("crontab:%1").arg(timeline->entryAt(row).line),
                     list->topLevelItem(row)->text(MachineSchedulesView::Where));
            QCOMPARE(timeline->rowLabel(row),
                     list->topLevelItem(row)->text(MachineSchedulesView::Command));
        }
        // */15: every run of the 24 hours, not the five the entry lists.
        const QList<qint64> quarter = timeline->runsOf(0);
        QCOMPARE(quarter.size(), 96);
        QCOMPARE(quarter.first(), kNow + 8 * kMinuteMs); // 12:15
        QVERIFY(quarter.last() < kNow + ScheduleTimeline::kWindowMs);
        for (qsizetype i = 1; i < quarter.size(); ++i)
            QCOMPARE(quarter[i] - quarter[i - 1], 15 * kMinuteMs);
        QCOMPARE(timeline->rowSummary(0), QStringLiteral("every 15 min"));
        // 30 2 * * *: once, tomorrow at 02:30, 14 h 23 min of the 24 h from the left.
        const qint64 nightly = QDateTime(QDate(2024, 6, 16), QTime(2, 30)).toMSecsSinceEpoch();
        QCOMPARE(timeline->runsOf(1), QList<qint64>{nightly});
        const QRect plot = timeline->plotArea();
        QVERIFY(plot.width() > 500);
        const int expectedX = plot.left() + qRound(plot.width() * (14 * 60 + 23) / (24.0 * 60));
        QVERIFY2(
            std::abs(timeline->xOf(nightly) - expectedX) <= 1,
            qPrintable(
                QStringLiteral("x %1, expected %2").arg(timeline->xOf(nightly)).arg(expectedX)));
        // @reboot and the broken line: rows without marks, saying why.
        QVERIFY(timeline->runsOf(2).isEmpty());
        QCOMPARE(timeline->rowSummary(2), QStringLiteral("at boot"));
        QVERIFY(timeline->runsOf(3).isEmpty());
        QVERIFY(timeline->rowSummary(3).contains(QStringLiteral("“61”")));

        // Hovering the nightly mark: its time and command.
        const QPoint mark(timeline->xOf(nightly), timeline->rowRect(1).center().y());
        QHelpEvent hover(QEvent::ToolTip, mark, timeline->mapToGlobal(mark));
        QApplication::sendEvent(timeline, &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("/opt/fleet/backup.sh --full")) &&
                     QToolTip::text().contains(QLocale().toString(
                         QDateTime::fromMSecsSinceEpoch(nightly), QLocale::LongFormat)),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // One current row for both, either way, and by keyboard in the timeline.
        list->setCurrentItem(list->topLevelItem(1));
        QCOMPARE(timeline->currentRow(), 1);
        timeline->setCurrentRow(3);
        QCOMPARE(list->currentItem(), list->topLevelItem(3));
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Up);
        QCOMPARE(timeline->currentRow(), 2);
        QCOMPARE(list->currentItem(), list->topLevelItem(2));
        QVERIFY(!timeline->grab().isNull());
    }

    void denseAndOtherSources()
    {
        // An entry every minute: all 1,440 runs, read as a band "every minute".
        QList<ScheduleEntry> entries =
            parseCrontab("* * * * * tick\n", QStringLiteral("crontab"), false, kNow);
        entries += parseSystemdTimer("[Timer]\nOnCalendar=*-*-* 04:00:00\nOnBootSec=5min\n",
                                     QStringLiteral("/etc/systemd/system/backup.timer"), kNow);
        entries += parseLaunchdPlist(
            "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict>"
            "<key>Label</key><string>hourly</string>"
            "<key>ProgramArguments</key><array><string>/usr/local/bin/hourly</string></array>"
            "<key>StartCalendarInterval</key><dict><key>Minute</key><integer>5</integer></dict>"
            "</dict></plist>",
            QStringLiteral("/Library/LaunchDaemons/hourly.plist"), kNow);
        QCOMPARE(entries.size(), 4);
        ScheduleTimeline timeline;
        timeline.resize(900, 300);
        timeline.setEntries(entries, kNow);
        QCOMPARE(timeline.runsOf(0).size(), 24 * 60);
        QCOMPARE(timeline.rowSummary(0), QStringLiteral("every minute"));
        // OnCalendar=: once, at 04:00 tomorrow; OnBootSec=: no clock time.
        QCOMPARE(timeline.runsOf(1),
                 QList<qint64>{QDateTime(QDate(2024, 6, 16), QTime(4, 0)).toMSecsSinceEpoch()});
        QVERIFY(timeline.runsOf(2).isEmpty());
        QVERIFY(timeline.rowSummary(2).contains(QStringLiteral("after boot")));
        // StartCalendarInterval {Minute=5}: each hour at :05.
        QCOMPARE(timeline.runsOf(3).size(), 24);
        QCOMPARE(timeline.runsOf(3).first(),
                 QDateTime(QDate(2024, 6, 15), QTime(13, 5)).toMSecsSinceEpoch());
        QCOMPARE(timeline.rowSummary(3), QStringLiteral("every 1 h"));
        QVERIFY(!timeline.grab().isNull());
    }

    void healthPageWithoutChecksReachesSchedules()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        HealthScheduler scheduler;
        HealthPage page(&settings, &scheduler);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(settings.healthChecks().isEmpty());
        // The empty message in the grid's place; the tabs below it all the same.
        QCOMPARE(page.findChild<QStackedWidget *>(QStringLiteral("healthStack"))->currentIndex(),
                 0);
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("healthTabs"));
        QVERIFY(tabs->isVisible());
        const int index = tabs->indexOf(page.schedulesView());
        QVERIFY(index >= 0);
        QCOMPARE(tabs->tabText(index), QStringLiteral("S&chedules"));
        // Reached by its mnemonic; this machine's schedules are read then, not before.
        QCOMPARE(page.schedulesView()->noteText(), QStringLiteral("Not looked at yet."));
        QSignalSpy read(page.schedulesView(), &MachineSchedulesView::schedulesRead);
        QTest::keyClick(&page, Qt::Key_C, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), index);
        QVERIFY(page.schedulesView()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 60000);
        QVERIFY2(page.schedulesView()->noteText().contains(QStringLiteral("this machine")),
                 qPrintable(page.schedulesView()->noteText()));
        QCOMPARE(page.schedulesView()->machine(), QString());
        QCOMPARE(page.schedulesView()->timeline()->rowCount(),
                 page.schedulesView()->list()->topLevelItemCount());
    }
};

QTEST_MAIN(TestMachineSchedulesView)
#include "tst_machineschedulesview.moc"
