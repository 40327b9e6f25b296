#include "kindtext.h"

#include <QCoreApplication>

namespace qm::kindtext {

namespace {

// The context the job details were translated under.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobDetails)
};

} // namespace

QString ageText(int days)
{
    return days < 0 ? Text::tr("any age") : Text::tr("%n day(s)", nullptr, days);
}

} // namespace qm::kindtext
