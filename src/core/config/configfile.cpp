#include "configfile.h"

#include <QCoreApplication>
#include <QFile>
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

    if (!info.exists()) {
        contents.error = Text::tr("Cannot open %1: the file does not exist.").arg(contents.path);
        return contents;
    }
    if (info.isDir()) {
        contents.error = Text::tr("Cannot open %1: it is a folder, not a file.").arg(contents.path);
        return contents;
    }
    QFile file(contents.path);
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error = Text::tr("Cannot read %1: %2").arg(contents.path, file.errorString());
        return contents;
    }
    if (file.size() > kMaxConfigFileBytes) {
        contents.error = Text::tr("Cannot open %1: the file is %2 bytes, more than the %3 bytes a "
                                  "fleet config may have.")
                             .arg(name)
                             .arg(file.size())
                             .arg(kMaxConfigFileBytes);
        return contents;
    }
    // read() up to the limit + 1 rather than readAll(): the size of a special file
    // (a FIFO, /dev/zero) is not known in advance.
    QByteArray bytes = file.read(kMaxConfigFileBytes + 1);
    if (bytes.size() > kMaxConfigFileBytes) {
        contents.error = Text::tr("Cannot open %1: the file is larger than the %2 bytes a fleet "
                                  "config may have.")
                             .arg(name)
                             .arg(kMaxConfigFileBytes);
        return contents;
    }
    if (file.error() != QFileDevice::NoError) {
        contents.error = Text::tr("Cannot read %1: %2").arg(contents.path, file.errorString());
        return contents;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes); // decoding happens on conversion
    if (decoder.hasError()) {
        contents.error =
            Text::tr("Cannot open %1: it is not UTF-8 text (a YAML config must be).").arg(name);
        return contents;
    }
    contents.bytes = std::move(bytes);
    return contents;
}

} // namespace qm
