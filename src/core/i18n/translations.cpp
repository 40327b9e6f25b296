#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace qm {

bool installTranslators(QCoreApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    const bool found = own->load(locale, QStringLiteral("quartermaster"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    if (found)
        app.installTranslator(own);
    else
        delete own;

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace qm
