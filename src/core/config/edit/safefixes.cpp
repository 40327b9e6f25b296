#include "safefixes.h"

#include "config/configcheck.h"
#include "configeditor.h"

#include <QSet>

namespace qm::edit {

SafeFixRun applySafeFixes(const QString &path, const QByteArray &text)
{
    SafeFixRun run;
    run.text = text;
    QSet<QString> tried;
    for (;;) {
        const CheckedFile checked = checkConfigText(path, run.text);
        if (checked.unreadable) {
            run.unreadable = run.applied.isEmpty();
            return run;
        }
        const Diagnostic *next = nullptr;
        QString identity;
        for (const Diagnostic &diagnostic : checked.diagnostics) {
            if (!diagnostic.fix)
                continue;
            identity = diagnostic.rule + QLatin1Char('\n') + diagnostic.fix->description;
            if (!tried.contains(identity)) {
                next = &diagnostic;
                break;
            }
        }
        if (!next)
            return run;
        tried.insert(identity);
        const Applied applied = applyFix(*checked.document, *next->fix, checked.config != nullptr);
        if (!applied.ok()) {
            run.refused.append(next->rule + QStringLiteral(": ") + next->fix->description +
                               QStringLiteral(": ") + applied.error);
            continue;
        }
        run.text = applied.text;
        run.applied.append(
            AppliedFix{next->rule, next->fix->description, next->range.start.line + 1});
    }
}

} // namespace qm::edit
