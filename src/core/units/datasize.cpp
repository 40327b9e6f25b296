#include "datasize.h"

namespace qm {

QString formatDataSize(qint64 bytes, const QLocale &locale)
{
    if (bytes < 0)
        return QStringLiteral("—");
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

std::optional<qint64> parseDataSize(const QString &text)
{
    const QString trimmed = text.trimmed();
    qsizetype split = 0;
    while (split < trimmed.size() && (trimmed.at(split).isDigit() || trimmed.at(split) == u'.'))
        ++split;
    bool ok = false;
    const double number = trimmed.left(split).toDouble(&ok);
    if (!ok || split == 0)
        return std::nullopt;
    const QString unit = trimmed.mid(split).trimmed().toUpper();
    if (unit.isEmpty() && trimmed.contains(u'.'))
        return std::nullopt; // a fraction of a byte
    static const QString prefixes = QStringLiteral("KMGTP");
    double factor = 1;
    if (!unit.isEmpty() && unit != QLatin1String("B")) {
        const qsizetype power = prefixes.indexOf(unit.at(0)) + 1;
        const QString rest = unit.mid(1);
        if (power == 0)
            return std::nullopt;
        double base = 0;
        if (rest.isEmpty() || rest == QLatin1String("IB"))
            base = 1024;
        else if (rest == QLatin1String("B"))
            base = 1000;
        else
            return std::nullopt;
        for (qsizetype i = 0; i < power; ++i)
            factor *= base;
    }
    const double bytes = number * factor;
    if (!(bytes >= 0) || bytes >= 9.2e18)
        return std::nullopt;
    return qint64(bytes);
}

} // namespace qm
