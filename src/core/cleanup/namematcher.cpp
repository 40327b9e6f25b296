#include "namematcher.h"

#include <QCoreApplication>

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
        QRegularExpression expression = QRegularExpression::fromWildcard(
            pattern, Qt::CaseSensitive, QRegularExpression::DefaultWildcardConversion);
        if (!expression.isValid()) {
            *error = Text::tr("The pattern \"%1\" is not valid: %2")
                         .arg(pattern, expression.errorString());
            return false;
        }
        expression.optimize();
        m_expressions.append(expression);
        m_patterns.append(pattern);
    }
    return true;
}

bool NameMatcher::matches(const QString &name) const
{
    if (m_expressions.isEmpty())
        return true;
    // As in the shell (and the data categories): a wildcard does not match the
    // leading dot of a hidden file; only a pattern that starts with a dot does.
    const bool hidden = name.startsWith(QLatin1Char('.'));
    for (qsizetype i = 0; i < m_expressions.size(); ++i) {
        if (hidden && !m_patterns.at(i).startsWith(QLatin1Char('.')))
            continue;
        if (m_expressions.at(i).match(name).hasMatch())
            return true;
    }
    return false;
}

} // namespace qm
