#include "backuplink.h"

#include "core/sync/synccommand.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::BackupLink)
};

} // namespace

QString backupLinkText(const BackupLink &link)
{
    return QStringLiteral("%1/%2=%3").arg(link.host, dataKindKey(link.kind), link.location);
}

std::optional<BackupLink> parseBackupLink(const QString &text, QString *error)
{
    const qsizetype equals = text.indexOf(u'=');
    const qsizetype slash = equals < 0 ? -1 : text.left(equals).lastIndexOf(u'/');
    if (equals < 0 || slash <= 0) {
        *error = Text::tr("“%1” is not HOST/KIND=LOCATION (e.g. gpu-1/models=rclone:s3:backup/"
                          "gpu-1/models)")
                     .arg(text);
        return std::nullopt;
    }
    BackupLink link;
    link.host = text.left(slash).trimmed();
    const QString kind = text.mid(slash + 1, equals - slash - 1).trimmed();
    link.location = text.mid(equals + 1).trimmed();
    const std::optional<DataKind> known = dataKindFromKey(kind);
    if (!known) {
        *error = Text::tr("“%1” is not a data kind: games, npz or models").arg(kind);
        return std::nullopt;
    }
    link.kind = *known;
    QString why;
    if (!SyncEndpoint::parse(link.location, &why)) {
        *error = Text::tr("the backup location “%1” does not read: %2").arg(link.location, why);
        return std::nullopt;
    }
    return link;
}

QJsonArray backupLinksToJson(const QList<BackupLink> &links)
{
    QJsonArray array;
    for (const BackupLink &link : links)
        array.append(QJsonObject{{QStringLiteral("host"), link.host},
                                 {QStringLiteral("kind"), dataKindKey(link.kind)},
                                 {QStringLiteral("location"), link.location}});
    return array;
}

QList<BackupLink> backupLinksFromJson(const QJsonArray &json)
{
    QList<BackupLink> links;
    for (const QJsonValue &value : json) {
        const QJsonObject o = value.toObject();
        const std::optional<DataKind> kind =
            dataKindFromKey(o.value(QStringLiteral("kind")).toString());
        BackupLink link{o.value(QStringLiteral("host")).toString(), kind.value_or(DataKind::Games),
                        o.value(QStringLiteral("location")).toString()};
        if (kind && !link.host.isEmpty() && !link.location.isEmpty())
            links.append(link);
    }
    return links;
}

} // namespace qm
