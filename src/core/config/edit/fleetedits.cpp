#include "fleetedits.h"

#include "configeditor.h"
#include "core/config/configkeys.h"
#include "core/config/yaml/value.h"

#include <QCoreApplication>

namespace qm::edit {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::FleetEdits)
};

std::optional<Fix> refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

} // namespace

FleetEdits::FleetEdits(const yaml::Document &document, const FleetConfig &config)
    : m_document(document)
    , m_config(config)
{}

std::optional<Fix> FleetEdits::setHostValue(const QString &host, const QString &key,
                                            const QString &value, const QString &type,
                                            QString *why) const
{
    const FleetHost *entry = m_config.host(host);
    if (!entry)
        return refuse(why, Text::tr("There is no host '%1' any more.").arg(host));
    return ConfigEditor(m_document)
        .setValue(entry->valueNode, key, TreeNode::scalar(value, type), why);
}

std::optional<Fix> FleetEdits::setHostValueText(const QString &host, const QString &key,
                                                const QString &value, QString *why) const
{
    const FleetHost *entry = m_config.host(host);
    if (!entry) {
        QStringList names;
        for (const FleetHost &known : m_config.hosts)
            names.append(known.name);
        const QString near = closestMatch(host, names);
        return refuse(why, near.isEmpty()
                               ? Text::tr("there is no host '%1' in the file").arg(host)
                               : Text::tr("there is no host '%1' in the file; did you mean '%2'?")
                                     .arg(host, near));
    }
    std::optional<QString> type = hostValueType(key, value, why);
    if (!type)
        return std::nullopt;
    const int current = ConfigEditor(m_document).valueOf(entry->valueNode, key);
    if (hostKeyType(key) == KeyType::Scalar && current >= 0 &&
        m_document.node(current).kind == yaml::NodeKind::Scalar &&
        scalarType(m_document.node(current)) == u"str")
        type = QStringLiteral("str");
    return setHostValue(host, key, value, *type, why);
}

std::optional<Fix> FleetEdits::addHost(const QString &name, QString *why) const
{
    return ConfigEditor(m_document).addStubHost(m_config.hostsKeyNode, name, why);
}

std::optional<Fix> FleetEdits::removeHost(const QString &name, QString *why) const
{
    const FleetHost *host = m_config.host(name);
    if (!host)
        return refuse(why, Text::tr("There is no host '%1' any more.").arg(name));
    return ConfigEditor(m_document).removeEntry(host->keyNode, why);
}

std::optional<Fix> FleetEdits::setValueAt(const QStringList &path, const QString &value,
                                          const QString &type, QString *why) const
{
    return ConfigEditor(m_document).setAt(path, TreeNode::scalar(value, type), why);
}

std::optional<Fix> FleetEdits::appendToList(const QStringList &path, const QString &item,
                                            QString *why) const
{
    return ConfigEditor(m_document).appendAt(path, TreeNode::scalar(item), why);
}

std::optional<Fix> FleetEdits::removeListItem(const QStringList &path, int index,
                                              QString *why) const
{
    const ConfigEditor editor(m_document);
    const int list = editor.nodeAt(path);
    if (list < 0 || index < 0 || m_document.node(list).kind != yaml::NodeKind::Sequence ||
        size_t(index) >= m_document.node(list).children.size())
        return refuse(why, Text::tr("The list changed; nothing was removed."));
    return editor.removeEntry(m_document.node(list).children[size_t(index)], why);
}

std::optional<Fix> FleetEdits::setStorageReceives(int index, const QString &kind, bool on,
                                                  QString *why) const
{
    if (index < 0 || index >= m_config.externalStorage.size())
        return refuse(why, Text::tr("The external storage list changed; nothing was changed."));
    const int entry = m_config.externalStorage[index].entryNode;
    const QString key = QStringLiteral("receive_") + kind;
    const QString value = on ? QStringLiteral("true") : QStringLiteral("false");
    return ConfigEditor(m_document)
        .setValue(entry, key, TreeNode::scalar(value, QStringLiteral("bool")), why);
}

std::optional<QString> hostValueType(const QString &key, const QString &value, QString *why)
{
    const std::optional<KeyType> type = hostKeyType(key);
    if (!type) {
        const QString near = closestMatch(key, hostKeyNames());
        if (why)
            *why = near.isEmpty()
                       ? Text::tr("'%1' is not a host key the fleet reads").arg(key)
                       : Text::tr("'%1' is not a host key the fleet reads; did you mean '%2'?")
                             .arg(key, near);
        return std::nullopt;
    }
    const QString plain = yaml::resolvePlainScalar(value);
    const auto wrong = [&](const QString &expected) -> std::optional<QString> {
        if (why)
            *why = Text::tr("%1 takes %2; '%3' is not one").arg(key, expected, value);
        return std::nullopt;
    };
    switch (*type) {
    case KeyType::String:
        return QStringLiteral("str");
    case KeyType::Integer:
        if (plain != u"int")
            return wrong(Text::tr("a whole number"));
        return plain;
    case KeyType::Number:
        if (plain != u"int" && plain != u"float")
            return wrong(Text::tr("a number"));
        return plain;
    case KeyType::Bool:
        if (plain != u"bool")
            return wrong(Text::tr("true or false"));
        return plain;
    case KeyType::Scalar:
        if (plain == u"int" || plain == u"float" || plain == u"bool")
            return plain;
        return QStringLiteral("str");
    case KeyType::List:
    case KeyType::Mapping:
        if (why)
            *why = Text::tr("%1 holds a list or a mapping, not a single value: edit it in the file "
                            "or on the Config page")
                       .arg(key);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace qm::edit
