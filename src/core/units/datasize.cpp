#include "datasize.h"

namespace qm {

QString formatDataSize(qint64 bytes, const QLocale &locale)
{
    if (bytes < 0)
        return QStringLiteral("—");
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace qm
