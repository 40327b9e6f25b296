#include "kindtext.h"

namespace qm::kindtext {

QString ageText(int days)
{
    return days < 0 ? Details::tr("any age") : Details::tr("%n day(s)", nullptr, days);
}

QString unknownHost(const QString &host, bool haveConfig)
{
    return haveConfig
               ? Arguments::tr("“%1” is not a host of the config").arg(host)
               : Arguments::tr("“%1” is not a host of the config (give --config FILE)").arg(host);
}

} // namespace qm::kindtext
