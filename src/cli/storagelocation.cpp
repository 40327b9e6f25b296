#include "storagelocation.h"

#include "core/appdata/appdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Storage)
};

} // namespace

std::optional<SyncEndpoint> locationArgument(const QStringList &positional, Output &output)
{
    if (positional.size() != 1) {
        output.error(positional.isEmpty()
                         ? Text::tr("give LOCATION: /path or rclone:REMOTE:bucket/prefix")
                         : Text::tr("unexpected argument '%1'").arg(positional.at(1)));
        return std::nullopt;
    }
    // A folder named relative to here is the folder a person means.
    QString text = positional.first();
    if (!text.contains(u':') && !QDir::isAbsolutePath(text) && QFileInfo(text).isDir())
        text = QFileInfo(text).absoluteFilePath();
    QString error;
    const std::optional<SyncEndpoint> location = SyncEndpoint::parse(text, &error);
    if (!location) {
        output.error(error);
        return std::nullopt;
    }
    if (location->kind == SyncEndpoint::Kind::Host) {
        output.error(Text::tr("%1: give a local folder (/path) or an rclone remote "
                              "(rclone:REMOTE:bucket/prefix)")
                         .arg(location->text));
        return std::nullopt;
    }
    return location;
}

QCommandLineOption rcloneConfigOption()
{
    return {QStringLiteral("rclone-config"),
            Text::tr("An rclone config file instead of the user's."), QStringLiteral("FILE")};
}

QCommandLineOption dataDirOption()
{
    return {QStringLiteral("data-dir"),
            Text::tr("The app's data folder (default %1).").arg(defaultDataDirectory()),
            QStringLiteral("DIR")};
}

QCommandLineOption formatOption()
{
    return {QStringLiteral("format"), Text::tr("Output format: text (default) or json."),
            QStringLiteral("text|json"), QStringLiteral("text")};
}

} // namespace qm::cli
