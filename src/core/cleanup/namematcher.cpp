#include "namematcher.h"

#include <QCoreApplication>

#include <algorithm>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Cleanup)
};

} // namespace

bool NameMatcher::set(const QStringList &patterns, QString *error)
{
    for (const QString &pattern : patterns) {
        if (pattern.isEmpty() || pattern.contains(QLatin1Char('/'))) {
            *error = Text::tr("The pattern \"%1\" cannot match a file name: patterns "
                              "match names, without folders")
                         .arg(pattern);
            return false;
        }
        GlobPattern glob(pattern, GlobPattern::shellFileName());
        if (!glob.isValid()) {
            *error =
                Text::tr("The pattern \"%1\" is not valid: %2").arg(pattern, glob.errorString());
            return false;
        }
        m_globs.push_back(std::move(glob));
    }
    return true;
}

bool NameMatcher::matches(const QString &name) const
{
    // As in the shell (and the data categories): a wildcard does not match the leading
    // dot of a hidden file; only a pattern that starts with a dot does (the option set's
    // ExplicitLeadingDot).
    return m_globs.empty() ||
           std::any_of(m_globs.cbegin(), m_globs.cend(),
                       [&](const GlobPattern &glob) { return glob.matches(QStringView(name)); });
}

} // namespace qm
