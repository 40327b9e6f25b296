#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace qm {

/// The file name patterns of a cleanup rule (CleanupRule::patterns): shell-style globs
/// on a file's name, any of which may match; a wildcard does not match the leading dot
/// of a hidden name. No pattern matches every name.
class NameMatcher
{
public:
    /// Takes `patterns`; false, with `*error` for a person, when one cannot match a
    /// name (empty, holding a '/') or is not a valid glob.
    bool set(const QStringList &patterns, QString *error);
    bool matches(const QString &name) const;

private:
    QList<QRegularExpression> m_expressions;
    QStringList m_patterns; ///< the globs the expressions were made from
};

} // namespace qm
