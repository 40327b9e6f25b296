#include "configrules.h"

namespace qm {

QRegularExpression fnmatchExpression(const QString &pattern)
{
    // Translate like Python's fnmatch.translate, anchored on both ends.
    QString regex;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('*')) {
            regex += QStringLiteral(".*");
        } else if (c == QLatin1Char('?')) {
            regex += QLatin1Char('.');
        } else if (c == QLatin1Char('[')) {
            qsizetype j = i + 1;
            if (j < pattern.size() && pattern[j] == QLatin1Char('!'))
                ++j;
            if (j < pattern.size() && pattern[j] == QLatin1Char(']'))
                ++j;
            while (j < pattern.size() && pattern[j] != QLatin1Char(']'))
                ++j;
            if (j >= pattern.size()) {
                regex += QStringLiteral("\\[");
            } else {
                QString set = pattern.mid(i + 1, j - i - 1);
                set.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
                if (set.startsWith(QLatin1Char('!')))
                    set[0] = QLatin1Char('^');
                regex += QLatin1Char('[') + set + QLatin1Char(']');
                i = j;
            }
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QStringLiteral("\\A(?:") + regex + QStringLiteral(")\\z"),
                              QRegularExpression::DotMatchesEverythingOption);
}

bool fnmatch(const QString &name, const QString &pattern)
{
    const QRegularExpression re = fnmatchExpression(pattern);
    return re.isValid() && re.match(name).hasMatch();
}

} // namespace qm
