#pragma once

#include "core/text/globpattern.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace qm {

/// The file name patterns of a cleanup rule (CleanupRule::patterns): shell-style globs
/// on a file's name (GlobPattern::shellFileName()), any of which may match; a wildcard
/// does not match the leading dot of a hidden name. No pattern matches every name.
class NameMatcher
{
public:
    /// Takes `patterns`; false, with `*error` for a person, when one cannot match a
    /// name (empty, holding a '/') or is not a valid glob (a '[' without its ']', a
    /// range written backwards, an unknown class).
    bool set(const QStringList &patterns, QString *error);
    bool matches(const QString &name) const;

private:
    std::vector<GlobPattern> m_globs;
};

} // namespace qm
