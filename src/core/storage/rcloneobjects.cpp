#include "rcloneobjects.h"

#include "core/logs/logline.h"
#include "core/remote/processrunner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::RcloneObjects)
};

/// Reads `rclone lsjson`'s output: "[", then one object a line ending in ",", then "]".
class LsjsonReader
{
public:
    explicit LsjsonReader(const std::function<void(QByteArrayView, qint64, qint64)> &object)
        : m_object(object)
    {}

    void feed(QByteArrayView chunk)
    {
        m_pending.append(chunk);
        qsizetype start = 0;
        for (qsizetype end; (end = m_pending.indexOf('\n', start)) >= 0; start = end + 1)
            line(QByteArrayView(m_pending).sliced(start, end - start));
        m_pending.remove(0, start);
    }
    /// The end of the output: false when it was not a whole listing.
    bool finish()
    {
        if (!m_pending.trimmed().isEmpty())
            line(m_pending);
        return m_closed && m_bad == 0;
    }
    qint64 bad() const { return m_bad; }

private:
    void line(QByteArrayView text)
    {
        text = text.trimmed();
        if (text == "[" || text.isEmpty())
            return;
        if (text == "]") {
            m_closed = true;
            return;
        }
        if (text.endsWith(','))
            text.chop(1);
        const QJsonObject entry = QJsonDocument::fromJson(text.toByteArray()).object();
        const QString path = entry.value(QLatin1String("Path")).toString();
        const QJsonValue size = entry.value(QLatin1String("Size"));
        const std::optional<qint64> modifiedUs =
            logTimeFromText(entry.value(QLatin1String("ModTime")).toString());
        if (path.isEmpty() || !size.isDouble() || size.toDouble() < 0 || !modifiedUs) {
            ++m_bad;
            return;
        }
        if (entry.value(QLatin1String("IsDir")).toBool())
            return;
        m_object(path.toUtf8(), qint64(size.toDouble()), *modifiedUs / 1000);
    }

    const std::function<void(QByteArrayView, qint64, qint64)> &m_object;
    QByteArray m_pending;
    bool m_closed = false;
    qint64 m_bad = 0;
};

/// An rclone run with the user's (or the given) config; false with `*error` when
/// rclone is not there.
bool prepare(const ObjectListingOptions &options, ProcessRequest *request, QString *error)
{
    request->program = options.rcloneProgram.isEmpty() ? findProgram(QStringLiteral("rclone"))
                                                       : options.rcloneProgram;
    if (request->program.isEmpty()) {
        *error = Text::tr("rclone is not installed (Debian: rclone; Homebrew: rclone)");
        return false;
    }
    if (!options.rcloneConfig.isEmpty())
        request->arguments << QStringLiteral("--config") << options.rcloneConfig;
    request->environment = options.environment;
    request->cancel = options.cancel;
    return true;
}

QString failureText(const ProcessResult &result)
{
    if (result.outcome == ProcessResult::Outcome::Cancelled)
        return Text::tr("cancelled");
    return result.errorString.isEmpty() ? firstOutputLine(result.standardError)
                                        : result.errorString;
}

/// Keys one a line for `--files-from-raw -`, and apart those that cannot be (a line
/// break in them).
QByteArray keyList(const QList<QByteArray> &keys, QList<QByteArray> *alone)
{
    QByteArray list;
    for (const QByteArray &key : keys) {
        if (key.contains('\n') || key.contains('\r')) {
            alone->append(key);
            continue;
        }
        list += key;
        list += '\n';
    }
    return list;
}

/// One rclone command changing objects (move, delete), retries off: rclone must not
/// repeat a deletion by itself.
bool runChange(const QStringList &arguments, const ObjectListingOptions &options,
               const QByteArray &standardInput, QString *error)
{
    ProcessRequest request;
    if (!prepare(options, &request, error))
        return false;
    request.arguments << QStringLiteral("--retries") << QStringLiteral("1") << arguments;
    request.standardInput = standardInput;
    request.timeoutMs = 6 * 3600 * 1000;
    const ProcessResult result = runProcess(request);
    if (!result.succeeded()) {
        *error = failureText(result);
        return false;
    }
    return true;
}

/// `path` (an rclone remote path) joined with `key`.
QString joinKey(const QString &path, const QByteArray &key)
{
    if (path.endsWith(u':') || path.endsWith(u'/'))
        return path + QString::fromUtf8(key);
    return path + u'/' + QString::fromUtf8(key);
}

} // namespace

QString rcloneRemotePath(const SyncEndpoint &location, const QString &relative)
{
    const QString path = location.remote + u':' + location.path;
    return relative.isEmpty() ? path : joinKey(path, relative.toUtf8());
}

bool rcloneListJson(const QString &remotePath, const QStringList &flags,
                    const std::function<void(QByteArrayView, qint64, qint64)> &object,
                    const ObjectListingOptions &options, QString *error,
                    const QByteArray &standardInput)
{
    ProcessRequest request;
    if (!prepare(options, &request, error))
        return false;
    // Files only, no MIME types (a lookup per object), the whole tree.
    request.arguments << QStringLiteral("lsjson") << QStringLiteral("--recursive")
                      << QStringLiteral("--files-only") << QStringLiteral("--no-mimetype") << flags
                      << QStringLiteral("--") << remotePath;
    request.standardInput = standardInput;
    request.timeoutMs = 24 * 3600 * 1000; // a bucket of millions lists for a long time
    LsjsonReader reader(object);
    request.onOutput = [&reader](QByteArrayView chunk) {
        reader.feed(chunk);
        return true;
    };
    const ProcessResult result = runProcess(request);
    if (!result.succeeded()) {
        *error =
            result.outcome == ProcessResult::Outcome::Cancelled
                ? Text::tr("the listing was cancelled")
                : Text::tr("rclone could not list %1: %2").arg(remotePath, failureText(result));
        return false;
    }
    if (!reader.finish()) {
        *error = Text::tr("rclone's listing of %1 was not whole (%n entry(s) could not be read)",
                          nullptr, int(reader.bad()))
                     .arg(remotePath);
        return false;
    }
    return true;
}

bool rcloneStatKeys(const QString &remotePath, const QList<QByteArray> &keys,
                    QHash<QByteArray, ListedObject> *found, const ObjectListingOptions &options,
                    QString *error)
{
    QList<QByteArray> alone;
    const QByteArray list = keyList(keys, &alone);
    const auto keep = [found](QByteArrayView key, qint64 bytes, qint64 modifiedMs) {
        found->insert(key.toByteArray(), ListedObject{bytes, modifiedMs});
    };
    if (!list.isEmpty() &&
        !rcloneListJson(remotePath, {QStringLiteral("--files-from-raw"), QStringLiteral("-")}, keep,
                        options, error, list))
        return false;
    for (const QByteArray &key : alone) {
        // A file's own path given to lsjson lists it under its name alone.
        const qsizetype slash = key.lastIndexOf('/');
        const auto keepOne = [&](QByteArrayView name, qint64 bytes, qint64 modifiedMs) {
            if (name == key.mid(slash + 1))
                found->insert(key, ListedObject{bytes, modifiedMs});
        };
        QString why;
        if (!rcloneListJson(joinKey(remotePath, key), {}, keepOne, options, &why)) {
            // A key that is not there lists as an error ("directory not found").
            if (!why.contains(QLatin1String("not found"), Qt::CaseInsensitive)) {
                *error = why;
                return false;
            }
        }
    }
    return true;
}

bool rcloneMoveKeys(const QString &fromPath, const QString &toPath, const QList<QByteArray> &keys,
                    const ObjectListingOptions &options, QString *error)
{
    QList<QByteArray> alone;
    const QByteArray list = keyList(keys, &alone);
    if (!list.isEmpty() &&
        !runChange({QStringLiteral("move"), QStringLiteral("--files-from-raw"), QStringLiteral("-"),
                    QStringLiteral("--no-traverse"), QStringLiteral("--"), fromPath, toPath},
                   options, list, error))
        return false;
    for (const QByteArray &key : alone) {
        if (!runChange({QStringLiteral("moveto"), QStringLiteral("--"), joinKey(fromPath, key),
                        joinKey(toPath, key)},
                       options, {}, error))
            return false;
    }
    return true;
}

bool rcloneDeleteKeys(const QString &remotePath, const QList<QByteArray> &keys,
                      const ObjectListingOptions &options, QString *error)
{
    QList<QByteArray> alone;
    const QByteArray list = keyList(keys, &alone);
    if (!list.isEmpty() && !runChange({QStringLiteral("delete"), QStringLiteral("--files-from-raw"),
                                       QStringLiteral("-"), QStringLiteral("--"), remotePath},
                                      options, list, error))
        return false;
    for (const QByteArray &key : alone) {
        if (!runChange(
                {QStringLiteral("deletefile"), QStringLiteral("--"), joinKey(remotePath, key)},
                options, {}, error))
            return false;
    }
    return true;
}

} // namespace qm
