#include "pagedescription.h"

namespace qm {

// Each is defined in its page's folder (<page>entry.cpp). A new page: its folder, its
// description, and one line here and in the list below.
PageDescription dashboardPageDescription();
PageDescription hostsPageDescription();
PageDescription configPageDescription();
PageDescription trendsPageDescription();
PageDescription alertsPageDescription();
PageDescription healthPageDescription();
PageDescription jobsPageDescription();
PageDescription replicationPageDescription();
PageDescription samplesPageDescription();
PageDescription spacePageDescription();
PageDescription logsPageDescription();
PageDescription storagePageDescription();

QList<PageDescription> sidebarPages()
{
    return {dashboardPageDescription(), hostsPageDescription(),       configPageDescription(),
            trendsPageDescription(),    alertsPageDescription(),      healthPageDescription(),
            jobsPageDescription(),      replicationPageDescription(), samplesPageDescription(),
            spacePageDescription(),     storagePageDescription(),     logsPageDescription()};
}

} // namespace qm
