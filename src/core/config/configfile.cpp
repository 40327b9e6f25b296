#include "configfile.h"

#include "core/fsutil/inputfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

namespace qm {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ConfigFile)
};
} // namespace

qsizetype ConfigFileContents::lineCount() const
{
    if (bytes.isEmpty())
        return 0;
    return bytes.count('\n') + (bytes.endsWith('\n') ? 0 : 1);
}

ConfigFileContents readConfigFile(const QString &path)
{
    ConfigFileContents contents;
    const QFileInfo info(path);
    contents.path = info.absoluteFilePath();
    const QString name = info.fileName();

    // Only a regular file: a FIFO or a device is refused at once, never waited on.
    InputFile file;
    if (!file.open(contents.path, &contents.error))
        return contents;
    if (file.size() > kMaxConfigFileBytes) {
        contents.error = Text::tr("Cannot open %1: the file is %2 bytes, more than the %3 bytes a "
                                  "fleet config may have.")
                             .arg(name)
                             .arg(file.size())
                             .arg(kMaxConfigFileBytes);
        return contents;
    }
    std::optional<QByteArray> bytes = file.readAll(kMaxConfigFileBytes, &contents.error);
    if (!bytes)
        return contents;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(*bytes); // decoding happens on conversion
    if (decoder.hasError()) {
        contents.error =
            Text::tr("Cannot open %1: it is not UTF-8 text (a YAML config must be).").arg(name);
        return contents;
    }
    contents.bytes = std::move(*bytes);
    return contents;
}

} // namespace qm
