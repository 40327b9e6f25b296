// "What runs when" (docs/health.md): crontabs with comments, environment lines, % and odd
// spacing, names, ranges and steps, nicknames, a cron.d user field, lines that cannot be
// read kept with why; systemd timers (OnCalendar shorthands and forms, relative times);
// launchd property lists (StartCalendarInterval as a dict and an array, StartInterval,
// RunAtLoad); each with its next runs from a fixed time.

#include "core/health/schedules.h"

#include <QDateTime>
#include <QTest>

using namespace qm;

namespace {

/// Monday 7 December 2026, 10:07 local time.
const qint64 kNow = QDateTime(QDate(2026, 12, 7), QTime(10, 7)).toMSecsSinceEpoch();

qint64 at(int month, int day, int hour, int minute, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toMSecsSinceEpoch();
}

} // namespace

class TestSchedules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crontab()
    {
        const QList<ScheduleEntry> entries = parseCrontab(
            "# m h dom mon dow command\n"
            "MAILTO=ops@example.invalid\n"
            "  PATH = /usr/bin:/bin\n"
            "\n"
            "*/15 * * * * /opt/fleet/sync.sh >> /var/log/sync.log 2>&1\n"
            "0\t3  *  *  mon-fri   /opt/fleet/backup.sh   --full\n"
            "@reboot /opt/fleet/start_daemons.sh\n"
            "@weekly rotate-logs\n"
            "30 2 1,15 * * echo \"100\\% done\" | mail -s report ops%first line%second\n"
            "61 * * * * broken\n"
            "0 4 * * 5-7 weekend\n"
            "0 0 29 2 * leap\n"
            "5 */6 * JAN,jul sun half-yearly\n"
            "@often nonsense\n",
            QStringLiteral("crontab"), false, kNow);
        QCOMPARE(entries.size(), 10);
        QCOMPARE(entries[0].line, 5);
        QCOMPARE(entries[0].command,
                 QStringLiteral("/opt/fleet/sync.sh >> /var/log/sync.log 2>&1"));
        QCOMPARE(entries[0].nextRunMs.first(), at(12, 7, 10, 15));
        QCOMPARE(entries[0].nextRunMs.size(), kNextRuns);
        QCOMPARE(entries[0].nextRunMs[1], at(12, 7, 10, 30));
        // Tabs and runs of spaces between fields; the command keeps its own spacing.
        QCOMPARE(entries[1].expression, QStringLiteral("0 3 * * mon-fri"));
        QCOMPARE(entries[1].command, QStringLiteral("/opt/fleet/backup.sh   --full"));
        QCOMPARE(entries[1].nextRunMs.mid(0, 5),
                 (QList<qint64>{at(12, 8, 3, 0), at(12, 9, 3, 0), at(12, 10, 3, 0),
                                at(12, 11, 3, 0), at(12, 14, 3, 0)}));
        QVERIFY(entries[2].nextRunMs.isEmpty());
        QCOMPARE(entries[2].note, QStringLiteral("at boot"));
        QCOMPARE(entries[3].nextRunMs.first(), at(12, 13, 0, 0)); // Sunday midnight
        // \% is a percent sign; the first % ends the command, the rest is its input.
        QCOMPARE(entries[4].command, QStringLiteral("echo \"100% done\" | mail -s report ops"));
        QCOMPARE(entries[4].note, QStringLiteral("input: first line\nsecond"));
        QCOMPARE(entries[4].nextRunMs.first(), at(12, 15, 2, 30));
        // Kept, and flagged.
        QCOMPARE(entries[5].line, 10);
        QVERIFY(entries[5].error.contains(QStringLiteral("61")));
        QVERIFY(entries[5].nextRunMs.isEmpty());
        // 5-7: Friday to Sunday (7 is Sunday too).
        QCOMPARE(entries[6].nextRunMs.mid(0, 3),
                 (QList<qint64>{at(12, 11, 4, 0), at(12, 12, 4, 0), at(12, 13, 4, 0)}));
        QCOMPARE(entries[7].nextRunMs.first(), at(2, 29, 0, 0, 2028));
        // Day of the month "*" and a weekday: Sundays in January and July, every 6 h.
        QCOMPARE(entries[8].nextRunMs.first(), at(1, 3, 0, 5, 2027));
        QCOMPARE(entries[8].nextRunMs[1], at(1, 3, 6, 5, 2027));
        QVERIFY(!entries[9].error.isEmpty());
    }

    void dayOfMonthOrWeekday()
    {
        // Both restricted: either one matching will do (cron's rule).
        const QList<ScheduleEntry> entries =
            parseCrontab("0 12 1 * fri payday\n", QStringLiteral("crontab"), false, kNow);
        QCOMPARE(entries.first().nextRunMs.mid(0, 3),
                 (QList<qint64>{at(12, 11, 12, 0), at(12, 18, 12, 0), at(12, 25, 12, 0)}));
        QCOMPARE(entries.first().nextRunMs[3], at(1, 1, 12, 0, 2027));
    }

    void cronDFile()
    {
        const QList<ScheduleEntry> entries =
            parseScheduleFile("SHELL=/bin/sh\n"
                              "30 3 * * 0 root test -x /usr/sbin/x && /usr/sbin/x\n"
                              "*/5 * * * * miner\n",
                              QStringLiteral("/etc/cron.d/miner"), kNow);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].user, QStringLiteral("root"));
        QCOMPARE(entries[0].command, QStringLiteral("test -x /usr/sbin/x && /usr/sbin/x"));
        QVERIFY(!entries[1].error.isEmpty()); // a user, but no command
    }

    void systemdTimer()
    {
        const QList<ScheduleEntry> entries =
            parseScheduleFile("[Unit]\nDescription=S3 backup\n\n[Timer]\n"
                              "OnCalendar=*-*-* 03:00:00\n"
                              "OnCalendar=Mon..Fri *-*-* 9,17:30\n"
                              "OnCalendar=weekly\n"
                              "OnCalendar=*:0/20\n"
                              "OnCalendar=*-*-1..7 Sat 04:00\n"
                              "OnCalendar=*-*~1 00:00\n"
                              "OnBootSec=15min\n"
                              "OnUnitActiveSec=1d\n"
                              "Unit=s3-backup.service\n"
                              "[Install]\nWantedBy=timers.target\n",
                              QStringLiteral("/etc/systemd/system/s3-backup.timer"), kNow);
        QCOMPARE(entries.size(), 8);
        for (const ScheduleEntry &e : entries)
            QCOMPARE(e.command, QStringLiteral("s3-backup.service"));
        QCOMPARE(entries[0].nextRunMs.first(), at(12, 8, 3, 0));
        QCOMPARE(entries[1].nextRunMs.mid(0, 3),
                 (QList<qint64>{at(12, 7, 17, 30), at(12, 8, 9, 30), at(12, 8, 17, 30)}));
        QCOMPARE(entries[2].nextRunMs.first(), at(12, 14, 0, 0));
        QCOMPARE(entries[3].nextRunMs.mid(0, 2),
                 (QList<qint64>{at(12, 7, 10, 20), at(12, 7, 10, 40)}));
        // systemd: the weekday AND the days (the first Saturday of a month).
        QCOMPARE(entries[4].nextRunMs.first(), at(1, 2, 4, 0, 2027));
        QVERIFY(!entries[5].error.isEmpty()); // ~ kept, flagged
        QVERIFY(entries[6].note.contains(QStringLiteral("after boot")));
        QVERIFY(entries[7].nextRunMs.isEmpty());
        // A timer with no time at all is said to be one.
        QVERIFY(!parseSystemdTimer("[Timer]\nPersistent=true\n", QStringLiteral("x.timer"), kNow)
                     .first()
                     .error.isEmpty());
    }

    void launchdPlist()
    {
        const QList<ScheduleEntry> entries = parseScheduleFile(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
            "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            "<plist version=\"1.0\"><dict>\n"
            "<key>Label</key><string>com.fleet.s3backup</string>\n"
            "<key>ProgramArguments</key><array><string>/usr/local/bin/python3</string>"
            "<string>s3_backup_daemon.py</string></array>\n"
            "<key>StartCalendarInterval</key><array>\n"
            "  "
            "<dict><key>Hour</key><integer>3</integer><key>Minute</key><integer>15</integer></"
            "dict>\n"
            "  <dict><key>Weekday</key><integer>7</integer><key>Hour</key><integer>12</integer>"
            "<key>Minute</key><integer>0</integer></dict>\n"
            "</array>\n"
            "<key>StartInterval</key><integer>3600</integer>\n"
            "<key>RunAtLoad</key><true/>\n"
            "</dict></plist>\n",
            QStringLiteral("/Users/ops/Library/LaunchAgents/com.fleet.s3backup.plist"), kNow);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[0].command, QStringLiteral("/usr/local/bin/python3 s3_backup_daemon.py"));
        QCOMPARE(entries[0].nextRunMs.first(), at(12, 8, 3, 15));
        QCOMPARE(entries[1].nextRunMs.first(), at(12, 13, 12, 0)); // Weekday 7: Sunday
        QCOMPARE(entries[2].expression, QStringLiteral("StartInterval=3600"));
        QCOMPARE(entries[3].expression, QStringLiteral("RunAtLoad"));
        // A dict alone, and garbage.
        const QList<ScheduleEntry> one = parseLaunchdPlist(
            "<plist><dict><key>Label</key><string>x</string><key>StartCalendarInterval</key>"
            "<dict><key>Minute</key><integer>30</integer></dict></dict></plist>",
            QStringLiteral("x.plist"), kNow);
        QCOMPARE(one.first().nextRunMs.first(), at(12, 7, 10, 30));
        QVERIFY(!parseLaunchdPlist("<plist><dict>", QStringLiteral("y.plist"), kNow)
                     .first()
                     .error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchedules)
#include "tst_schedules.moc"
