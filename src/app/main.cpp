// The GUI `quartermaster`: parses the command line, installs translations and shows
// the main window. Everything else lives in qmgui and qmcore.

#include "core/i18n/translations.h"
#include "core/settings/settings.h"
#include "dashboard/dashboardpage.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {

std::atomic<bool> g_quitRequested{false};

extern "C" void requestQuit(int)
{
    g_quitRequested.store(true);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Quartermaster"));
    QApplication::setApplicationName(QStringLiteral("quartermaster"));
    QApplication::setApplicationDisplayName(QStringLiteral("Quartermaster"));
    QApplication::setApplicationVersion(QStringLiteral(QM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(QM_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quartermaster.svg")));
    qm::installTranslators(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Desktop console for a fleet of data-producing hosts and their storage."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("config"),
        QApplication::translate("main", "Fleet config to open (distributed_hosts.yaml)."),
        QStringLiteral("[config]"));
    // For the start-up benchmark: print when the dashboard first painted volumes, then quit.
    QCommandLineOption exitAfterFirstPaint(QStringLiteral("exit-after-first-paint"));
    exitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitAfterFirstPaint);
    parser.process(app);

    qm::Settings settings;
    qm::MainWindow window(&settings);
    if (parser.isSet(exitAfterFirstPaint)) {
        QObject::connect(
            window.dashboardPage(), &qm::DashboardPage::firstVolumesPainted, &app, [&] {
                std::printf("first-paint-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
                std::fflush(stdout);
                QApplication::quit();
            });
    }
    // A `kill`, Ctrl-C or the end of the session quits the app properly: its running
    // jobs are stopped (their programs must not outlive it) and left to be resumed.
    std::signal(SIGTERM, requestQuit);
    std::signal(SIGINT, requestQuit);
#ifdef SIGHUP
    std::signal(SIGHUP, requestQuit);
#endif
    QTimer quitWatch;
    QObject::connect(&quitWatch, &QTimer::timeout, &app, [] {
        if (g_quitRequested.load())
            QApplication::quit();
    });
    quitWatch.start(250);

    window.show();
    if (const QStringList args = parser.positionalArguments(); !args.isEmpty())
        window.openConfig(args.first());
    return QApplication::exec();
}
