#include "commands.h"
#include "core/health/healthmachine.h"
#include "core/health/schedules.h"
#include "core/remote/fleetaccess.h"
#include "exitcode.h"
#include "storagelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Schedules)
};

} // namespace

int runSchedules(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "What runs when on a machine: the user's crontab, /etc/crontab and /etc/cron.d, "
        "systemd timers and launchd agents, each with its next runs; a line that cannot be "
        "read is listed with why. HOST is a host of --config, or local for this machine; "
        "--file reads one crontab, cron.d file, .timer or .plist instead. Exit 0, 1 when a "
        "line could not be read, 2 on bad usage, 3 when the host cannot be reached."));
    parser.addPositionalArgument(QStringLiteral("HOST"),
                                 Text::tr("A host of the config, or local."),
                                 QStringLiteral("[HOST]"));
    const QCommandLineOption file(QStringLiteral("file"),
                                  Text::tr("Read this crontab, cron.d file, .timer or .plist."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption format = formatOption();
    FleetOptions fleetOptions;
    parser.addOptions({file, format});
    fleetOptions.addTo(parser);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("schedules"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(file) == (positional.size() == 1) || positional.size() > 1) {
        output.error(Text::tr("give a HOST (local for this machine) or --file FILE"));
        return UsageError;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<ScheduleEntry> entries;
    if (parser.isSet(file)) {
        QFile input(parser.value(file));
        if (!input.open(QIODevice::ReadOnly)) {
            output.error(Text::tr("cannot read %1: %2").arg(input.fileName(), input.errorString()));
            return UsageError;
        }
        entries = parseScheduleFile(input.read(16 << 20), input.fileName(), now);
    } else {
        const std::optional<FleetAccess> fleet = fleetOptions.read(parser, output);
        if (!fleet)
            return UsageError;
        std::unique_ptr<HealthMachine> machine;
        QString error;
        if (positional.first() == QLatin1String("local"))
            machine = localHealthMachine();
        else
            machine = hostHealthMachine(*fleet, positional.first(), &error);
        if (!machine) {
            output.error(error);
            return UsageError;
        }
        if (!readMachineSchedules(*machine, now, &entries, &error)) {
            output.error(error);
            return Incomplete;
        }
    }
    bool unreadable = false;
    for (const ScheduleEntry &entry : entries)
        unreadable = unreadable || !entry.error.isEmpty();
    if (output.format() == OutputFormat::Json) {
        QJsonArray array;
        for (const ScheduleEntry &entry : entries)
            array.append(entry.toJson());
        output.json({{QStringLiteral("schemaVersion"), 1}, {QStringLiteral("schedules"), array}});
    } else {
        const QLocale locale;
        for (const ScheduleEntry &entry : entries) {
            const QString where = entry.line > 0
                                      ? QStringLiteral("%1:%2").arg(entry.source).arg(entry.line)
                                      : entry.source;
            output.line(
                QStringLiteral("%1  %2  %3%4")
                    .arg(where, entry.expression.isEmpty() ? entry.text : entry.expression,
                         entry.user.isEmpty() ? QString() : entry.user + QStringLiteral("  "),
                         entry.command));
            if (!entry.error.isEmpty())
                output.line(QStringLiteral("    ") + Text::tr("NOT READ: %1").arg(entry.error));
            if (!entry.note.isEmpty())
                output.line(QStringLiteral("    ") +
                            QString(entry.note).replace(u'\n', QStringLiteral(" / ")));
            QStringList runs;
            for (const qint64 ms : entry.nextRunMs)
                runs << locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
            if (!runs.isEmpty())
                output.line(QStringLiteral("    ") +
                            Text::tr("next: %1").arg(runs.join(QStringLiteral(", "))));
        }
        if (entries.isEmpty())
            output.line(Text::tr("No schedules."));
    }
    return unreadable ? ProblemsFound : Success;
}

} // namespace qm::cli
