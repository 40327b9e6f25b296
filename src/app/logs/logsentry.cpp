// The Logs page in the sidebar: the fleet's central system_logs table.

#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "app/session/pagerequests.h"
#include "core/appdata/appdata.h"
#include "core/config/fleetconfig.h"
#include "logspage.h"

namespace qm {

namespace {

QStringList hostNames(const FleetConfig *config)
{
    QStringList names;
    if (config)
        for (const FleetHost &host : config->hosts)
            names.append(host.name);
    return names;
}

} // namespace

PageDescription logsPageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("logs");
    description.title = LogsPage::tr("Logs");
    description.icon = QStringLiteral(":/icons/logs.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new LogsPage(session.settings(), logsDatabasePath());
        session.showStatusMessagesOf(page);
        // A line's links to its host: the hosts of the open config, and the pages asked for.
        page->setHosts(hostNames(session.config().get()));
        QObject::connect(&session, &AppSession::configChanged, page,
                         [page, s = &session] { page->setHosts(hostNames(s->config().get())); });
        QObject::connect(
            page, &LogsPage::hostRequested, &session,
            [s = &session](const QString &host) { s->showPage(QStringLiteral("hosts"), host); });
        QObject::connect(page, &LogsPage::trendsRequested, &session,
                         [s = &session](const QString &host, qint64 atMs) {
                             s->showPage(QStringLiteral("trends"),
                                         QVariant::fromValue(HostMomentRequest{host, atMs}));
                         });
        QObject::connect(page, &LogsPage::jobsRequested, &session,
                         [s = &session](const QString &host, qint64 atMs) {
                             s->showPage(QStringLiteral("jobs"),
                                         QVariant::fromValue(HostMomentRequest{host, atMs}));
                         });
        return page;
    };
    // A job's lines, from the Jobs page.
    description.open = [](QWidget *page, const QVariant &argument) {
        if (argument.metaType() == QMetaType::fromType<JobLogLinesRequest>())
            static_cast<LogsPage *>(page)->showJobLines(argument.value<JobLogLinesRequest>().jobId);
    };
    return description;
}

} // namespace qm
