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
    // Without a translation (the C locale, a language not translated yet), the English
    // plural forms still apply: "1 volume", not "1 volume(s)".
    if (found || own->load(QStringLiteral(":/i18n/quartermaster_en.qm")))
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
