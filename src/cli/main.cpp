// qmctl: Quartermaster's command-line twin. All logic lives in qmcli and qmcore.

#include "commands.h"
#include "core/i18n/translations.h"
#include "output.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Quartermaster"));
    QCoreApplication::setApplicationName(QStringLiteral("qmctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QM_VERSION));
    qm::installTranslators(app, QLocale());
    qm::cli::Output output;
    return qm::cli::run(QCoreApplication::arguments(), output);
}
