#include "safefixes.h"

#include "configeditor.h"
#include "core/config/configcheck.h"

#include <QCoreApplication>
#include <QHash>

namespace qm::edit {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SafeFixes)
};

/// The lists the fleet relies on: a set of fixes must not leave one of them empty.
enum class ReliedList { Voters, PriorityHosts };
constexpr ReliedList kReliedLists[] = {ReliedList::Voters, ReliedList::PriorityHosts};

qsizetype entries(const FleetConfig &config, ReliedList list)
{
    return list == ReliedList::Voters ? config.p2pVoters.size() : config.priorityHosts.size();
}

QString emptiedReason(ReliedList list)
{
    return list == ReliedList::Voters
               ? Text::tr("together with the other fixes it would leave p2p_voters empty: with "
                          "no voters no leader can be elected")
               : Text::tr("together with the other fixes it would leave "
                          "sync_routing.priority_hosts empty: no host would receive data first");
}

/// What makes two diagnostics the same problem, wherever the text moved it.
QString problemKey(const Diagnostic &diagnostic)
{
    return diagnostic.rule + QLatin1Char('\x1f') + severityKey(diagnostic.severity) +
           QLatin1Char('\x1f') + diagnostic.message;
}

/// Which fix is which across checks: the same problem, the same repair.
QString fixIdentity(const Diagnostic &diagnostic)
{
    return problemKey(diagnostic) + QLatin1Char('\x1f') + diagnostic.fix->description;
}

QHash<QString, int> problems(const CheckedFile &checked)
{
    QHash<QString, int> counts;
    for (const Diagnostic &diagnostic : checked.diagnostics)
        ++counts[problemKey(diagnostic)];
    return counts;
}

/// The problems `after` has more often than `before`, in its order.
QList<const Diagnostic *> added(const CheckedFile &before, const CheckedFile &after)
{
    const QHash<QString, int> had = problems(before);
    QHash<QString, int> seen;
    QList<const Diagnostic *> found;
    for (const Diagnostic &diagnostic : after.diagnostics) {
        const QString key = problemKey(diagnostic);
        if (++seen[key] > had.value(key))
            found.append(&diagnostic);
    }
    return found;
}

/// A problem `after` has more often than `before`, or nullptr.
const Diagnostic *addedProblem(const CheckedFile &before, const CheckedFile &after)
{
    const QList<const Diagnostic *> found = added(before, after);
    return found.isEmpty() ? nullptr : found.first();
}

struct Step
{
    AppliedFix fix;
    QString identity;
    QList<ReliedList> shrunk; ///< the relied-on lists it removed entries from
};

struct Attempt
{
    QByteArray text;
    std::shared_ptr<const FleetConfig> config;
    QList<Step> steps;
    QList<RefusedFix> refused;
};

/// One pass: applies, in file order, every fix not in `banned` that passes the checks of
/// a single step, starting from `original`.
Attempt applyOneByOne(const QString &path, const CheckedFile &original, const QByteArray &text,
                      const QHash<QString, RefusedFix> &banned)
{
    Attempt attempt;
    attempt.text = text;
    attempt.config = original.config;
    CheckedFile current = original;
    QHash<QString, bool> refused;
    for (;;) {
        const Diagnostic *next = nullptr;
        QString identity;
        for (const Diagnostic &diagnostic : current.diagnostics) {
            if (!diagnostic.fix)
                continue;
            identity = fixIdentity(diagnostic);
            if (!banned.contains(identity) && !refused.contains(identity)) {
                next = &diagnostic;
                break;
            }
        }
        if (!next)
            return attempt;
        const Diagnostic diagnostic = *next; // `current` is replaced below
        const qsizetype line = diagnostic.range.start.line + 1;
        const auto refuse = [&](const QString &reason) {
            refused.insert(identity, true);
            attempt.refused.append({diagnostic.rule, diagnostic.fix->description, line, reason});
        };
        const Applied applied =
            applyFix(*current.document, *diagnostic.fix, current.config != nullptr);
        if (!applied.ok()) {
            refuse(applied.error);
            continue;
        }
        CheckedFile after = checkConfigText(path, applied.text);
        if (after.unreadable || !after.config) {
            refuse(Text::tr("the result would not load"));
            continue;
        }
        if (const Diagnostic *added = addedProblem(current, after)) {
            refuse(Text::tr("it would add a problem: %1[%2] %3")
                       .arg(severityKey(added->severity), added->rule, added->message));
            continue;
        }
        if (problems(after).value(problemKey(diagnostic)) >=
            problems(current).value(problemKey(diagnostic))) {
            refuse(Text::tr("it would not resolve the problem"));
            continue;
        }
        Step step{{diagnostic.rule, diagnostic.fix->description, line}, identity, {}};
        for (const ReliedList list : kReliedLists) {
            if (entries(*after.config, list) < entries(*current.config, list))
                step.shrunk.append(list);
        }
        attempt.steps.append(step);
        attempt.text = applied.text;
        attempt.config = after.config;
        current = std::move(after);
    }
}

/// Puts the line numbers of `run` in the original text, which a person compares the
/// result with: a fix found after others removed lines was found further up.
void inOriginalLines(const CheckedFile &original, SafeFixRun *run)
{
    QHash<QString, QList<qsizetype>> lines; // by rule and description, in file order
    for (const Diagnostic &diagnostic : original.diagnostics) {
        if (diagnostic.fix)
            lines[diagnostic.rule + QLatin1Char('\x1f') + diagnostic.fix->description].append(
                diagnostic.range.start.line + 1);
    }
    QHash<QString, qsizetype> used;
    for (AppliedFix &fix : run->applied) {
        const QString key = fix.rule + QLatin1Char('\x1f') + fix.description;
        const QList<qsizetype> candidates = lines.value(key);
        if (used.value(key) < candidates.size())
            fix.line = candidates[used[key]++];
    }
    for (RefusedFix &fix : run->refused) {
        const QList<qsizetype> candidates =
            lines.value(fix.rule + QLatin1Char('\x1f') + fix.description);
        if (!candidates.isEmpty())
            fix.line = candidates.first();
    }
}

} // namespace

QList<Diagnostic> addedProblems(const CheckedFile &before, const CheckedFile &after)
{
    QList<Diagnostic> problems;
    for (const Diagnostic *diagnostic : added(before, after))
        problems.append(*diagnostic);
    return problems;
}

SafeFixRun applySafeFixes(const QString &path, const QByteArray &text)
{
    SafeFixRun run;
    run.text = text;
    const CheckedFile original = checkConfigText(path, text);
    if (original.unreadable) {
        run.unreadable = true;
        return run;
    }
    // Refused for what the fixes together would do; the run starts over without them.
    QHash<QString, RefusedFix> banned;
    QList<RefusedFix> bannedInOrder;
    for (;;) {
        const Attempt attempt = applyOneByOne(path, original, text, banned);
        bool again = false;
        for (const ReliedList list : kReliedLists) {
            if (!original.config || !attempt.config || entries(*original.config, list) == 0 ||
                entries(*attempt.config, list) > 0)
                continue;
            for (const Step &step : attempt.steps) {
                if (step.shrunk.contains(list) && !banned.contains(step.identity)) {
                    const RefusedFix refusal{step.fix.rule, step.fix.description, step.fix.line,
                                             emptiedReason(list)};
                    banned.insert(step.identity, refusal);
                    bannedInOrder.append(refusal);
                    again = true;
                }
            }
        }
        if (again)
            continue;
        // The whole set once more against the original (each step already held it to
        // its predecessor): nothing is written that adds a problem.
        if (!attempt.steps.isEmpty()) {
            const CheckedFile result = checkConfigText(path, attempt.text);
            const Diagnostic *added = result.unreadable ? nullptr : addedProblem(original, result);
            if (result.unreadable || added) {
                const QString reason =
                    added ? Text::tr("together with the other fixes it would add a problem: "
                                     "%1[%2] %3")
                                .arg(severityKey(added->severity), added->rule, added->message)
                          : Text::tr("together with the other fixes the result would not load");
                run.refused = bannedInOrder + attempt.refused;
                for (const Step &step : attempt.steps)
                    run.refused.append(
                        {step.fix.rule, step.fix.description, step.fix.line, reason});
                inOriginalLines(original, &run);
                return run;
            }
        }
        run.text = attempt.text;
        for (const Step &step : attempt.steps)
            run.applied.append(step.fix);
        run.refused = bannedInOrder + attempt.refused;
        inOriginalLines(original, &run);
        return run;
    }
}

} // namespace qm::edit
