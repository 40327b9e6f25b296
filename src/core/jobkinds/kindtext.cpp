#include "kindtext.h"

namespace qm::kindtext {

QString ageText(int days)
{
    return days < 0 ? Details::tr("any age") : Details::tr("%n day(s)", nullptr, days);
}

} // namespace qm::kindtext
