#include "diagnostic.h"

namespace qm {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

bool parseSeverity(const QString &key, Severity *severity)
{
    for (const Severity candidate : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (key == severityKey(candidate)) {
            *severity = candidate;
            return true;
        }
    }
    return false;
}

} // namespace qm
