#include "configrules.h"
#include "edit/configeditor.h"

#include <QCoreApplication>
#include <QHash>

namespace qm {

namespace {

/// What makes two keys equal: the text for strings (no copy), a tagged text otherwise;
/// a null string for keys that may repeat (merge keys, collections).
QString keyIdentity(const yaml::Document &document, int keyIndex)
{
    const yaml::Node &key = document.node(document.resolved(keyIndex));
    if (key.kind != yaml::NodeKind::Scalar)
        return {};
    if (key.tag.isEmpty() && key.style == yaml::ScalarStyle::Plain) {
        const QString tag = yaml::resolvePlainScalar(key.scalar);
        if (tag == QLatin1String("merge"))
            return {}; // several merge keys are allowed
        if (tag != QLatin1String("str"))
            return QLatin1Char('\x01') + tag + QLatin1Char(':') + key.scalar;
    }
    return key.scalar.isNull() ? QStringLiteral("") : key.scalar;
}

} // namespace

QList<Diagnostic> duplicateKeys(const yaml::Document &document)
{
    QList<Diagnostic> diagnostics;
    const edit::ConfigEditor editor(document);
    for (const yaml::Node &mapping : document.nodes) {
        if (mapping.kind != yaml::NodeKind::Mapping)
            continue;
        QHash<QString, int> first;
        first.reserve(qsizetype(mapping.children.size() / 2));
        for (size_t i = 0; i + 1 < mapping.children.size(); i += 2) {
            const int key = mapping.children[i];
            const QString identity = keyIdentity(document, key);
            if (identity.isNull())
                continue;
            const auto it = first.constFind(identity);
            if (it == first.cend()) {
                first.insert(identity, key);
                continue;
            }
            const yaml::Node &keyNode = document.node(key);
            Diagnostic d;
            d.rule = QStringLiteral("QM006");
            d.severity = Severity::Error;
            d.message = QCoreApplication::translate(
                            "qm::ConfigRules",
                            "duplicate key '%1': this definition silently replaces the first")
                            .arg(keyNode.scalar);
            d.range = rangeOf(document, key);
            d.related.append(RelatedLocation{
                rangeOf(document, *it),
                QCoreApplication::translate("qm::ConfigRules", "first defined here")});
            std::optional<Fix> fix = editor.removeEntry(key, nullptr);
            if (fix) {
                fix->description = QCoreApplication::translate(
                                       "qm::ConfigRules", "Remove the second definition of '%1'")
                                       .arg(keyNode.scalar);
                d.fix = fix;
            }
            diagnostics.append(d);
        }
    }
    return diagnostics;
}

} // namespace qm
