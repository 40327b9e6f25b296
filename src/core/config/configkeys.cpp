#include "configkeys.h"

namespace qm {

std::optional<KeyType> hostKeyType(const QString &key)
{
    for (const KnownKey &known : knownkeys::kHost) {
        if (key == QLatin1StringView(known.name))
            return known.type;
    }
    return std::nullopt;
}

QStringList hostKeyNames()
{
    QStringList names;
    for (const KnownKey &known : knownkeys::kHost)
        names.append(QString::fromLatin1(known.name));
    return names;
}

} // namespace qm
