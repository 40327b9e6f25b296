#pragma once

class QCoreApplication;
class QLocale;

namespace qm {

/// Installs Quartermaster's translation for `locale` (embedded under :/i18n) and Qt's
/// own (from Qt's translations directory, when installed) into `app`; other locales get
/// the English plural forms. Returns true when Quartermaster's own translation for the locale was
/// found.
bool installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace qm
