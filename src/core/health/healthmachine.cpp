#include "healthmachine.h"

#include "core/remote/fleetaccess.h"
#include "core/remote/processrunner.h"
#include "core/sync/synccommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HealthMachine)
};

/// The status keys the host's open script prints, as LogFileStatus.
std::optional<LogFileStatus> statusFromKey(QByteArrayView key)
{
    for (const LogFileStatus status :
         {LogFileStatus::Ok, LogFileStatus::Missing, LogFileStatus::RotatedAway,
          LogFileStatus::Unreadable, LogFileStatus::NotAFile, LogFileStatus::Binary}) {
        if (logFileStatusKey(status).toLatin1() == key)
            return status;
    }
    return std::nullopt;
}

LogFile failedLog(const QString &path, LogFileStatus status, const QString &error)
{
    LogFile file;
    file.path = path;
    file.status = status;
    file.error = error;
    return file;
}

/// A GET of `url` or a TCP connect, from this machine.
EndpointAnswer tryLocalEndpoint(const QString &url, const QString &tcpHost, int tcpPort,
                                int timeoutMs)
{
    EndpointAnswer answer;
    QElapsedTimer clock;
    clock.start();
    const QString host = url.isEmpty() ? tcpHost : QUrl(url).host();
    if (SshTransport::isReservedInvalidName(host)) {
        answer.error = Text::tr("%1 is a reserved .invalid name: it is never looked up").arg(host);
        return answer;
    }
    if (url.isEmpty()) {
        QTcpSocket socket;
        socket.connectToHost(tcpHost, quint16(tcpPort));
        answer.reached = socket.waitForConnected(timeoutMs);
        answer.elapsedMs = clock.elapsed();
        if (!answer.reached)
            answer.error = socket.error() == QAbstractSocket::SocketTimeoutError
                               ? Text::tr("no connection within %1 s").arg(timeoutMs / 1000.0)
                               : socket.errorString();
        socket.abort();
        return answer;
    }
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    // The body is not wanted: only that an answer came, and its status.
    QObject::connect(reply, &QNetworkReply::readyRead, &loop,
                     [reply] { reply->skip(reply->bytesAvailable()); });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, [reply] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();
    answer.elapsedMs = clock.elapsed();
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.reached = answer.httpStatus > 0;
    if (!answer.reached)
        answer.error = reply->error() == QNetworkReply::OperationCanceledError
                           ? Text::tr("no answer within %1 s").arg(timeoutMs / 1000.0)
                           : reply->errorString();
    delete reply;
    return answer;
}

class LocalMachine final : public HealthMachine
{
public:
    QString host() const override { return {}; }
    bool reach(QString *) override { return true; }

    LogFile openLog(const QString &path, qint64) override
    {
        if (!isLogGlob(path))
            return openLocalLog(path);
        // The newest regular file whose name matches.
        const QFileInfo pattern(path);
        const QRegularExpression name(
            QRegularExpression::wildcardToRegularExpression(pattern.fileName()));
        QFileInfo newest;
        const QFileInfoList candidates =
            pattern.absoluteDir().entryInfoList(QDir::Files | QDir::Hidden);
        for (const QFileInfo &file : candidates) {
            if (name.match(file.fileName()).hasMatch() &&
                (!newest.exists() || file.lastModified() > newest.lastModified()))
                newest = file;
        }
        if (!newest.exists())
            return failedLog(path, LogFileStatus::Missing,
                             Text::tr("no file matches %1").arg(path));
        return openLocalLog(newest.filePath());
    }

    bool listFolder(const QString &folder,
                    const std::function<void(QByteArrayView, qint64, qint64)> &file,
                    ObjectListingStats *stats, QString *error) override
    {
        const std::optional<SyncEndpoint> location = SyncEndpoint::parse(folder, error);
        if (!location || location->kind != SyncEndpoint::Kind::Local) {
            if (error->isEmpty())
                *error = Text::tr("%1 is not a folder of this machine").arg(folder);
            return false;
        }
        return listObjects(*location, file, {}, stats, error);
    }

    RemoteResult run(const QStringList &argv, int timeoutMs) override
    {
        RemoteResult result;
        result.status = HostStatus::Ok;
        ProcessRequest request;
        request.program = argv.value(0).contains(u'/') ? argv.value(0) : findProgram(argv.value(0));
        if (request.program.isEmpty())
            request.program = argv.value(0);
        request.arguments = argv.mid(1);
        request.timeoutMs = timeoutMs;
        request.maxOutputBytes = 1 << 20;
        result.process = runProcess(request);
        return result;
    }

    EndpointAnswer tryEndpoint(const QString &url, const QString &tcpHost, int tcpPort,
                               int timeoutMs) override
    {
        return tryLocalEndpoint(url, tcpHost, tcpPort, timeoutMs);
    }
};

// The host's side of opening a log: $1 the path (a glob when $2 is 1), $3 how many bytes
// of its end to send at once. It prints the status key; for a readable file "ok SIZE
// MTIME INODE", a NUL, the path opened and a NUL, then the last bytes of the file as
// they were at that size. POSIX sh, GNU and BSD stat.
const char kOpenScript[] = R"sh(IFS=' '
f=$1
if [ "$2" = 1 ]; then
  IFS=
  b=
  for c in $f; do
    if [ -f "$c" ] && { [ -z "$b" ] || [ "$c" -nt "$b" ]; }; then b=$c; fi
  done
  IFS=' '
  if [ -z "$b" ]; then echo no-glob-match; exit 0; fi
  f=$b
fi
if [ ! -e "$f" ]; then
  if [ ! -L "$f" ]; then
    for r in "$f".* "$f"-*; do
      if [ -f "$r" ]; then echo rotated-away; exit 0; fi
    done
  fi
  echo missing; exit 0
fi
if [ ! -f "$f" ]; then echo not-a-file; exit 0; fi
if [ ! -r "$f" ]; then echo unreadable; exit 0; fi
m=$(stat -L -c '%s %Y %i' -- "$f" 2>/dev/null || stat -L -f '%z %m %i' -- "$f") || { echo unreadable; exit 0; }
set -- $m "$3"
printf 'ok %s %s %s\n' "$1" "$2" "$3"
printf '%s\0' "$f"
n=$4
if [ "$n" -gt "$1" ]; then n=$1; fi
if [ "$n" -gt 0 ]; then tail -c +$(($1 - n + 1)) -- "$f" | head -c "$n"; fi
)sh";

// A range of a log opened before: $1 the path, $2 its inode then, $3 the first byte
// (from 1), $4 how many. Exit 4 when the path is another file now.
const char kRangeScript[] =
    R"sh(i=$(stat -L -c '%i' -- "$1" 2>/dev/null || stat -L -f '%i' -- "$1") || exit 3
if [ "$i" != "$2" ]; then echo "replaced since it was opened" >&2; exit 4; fi
tail -c +"$3" -- "$1" | head -c "$4"
)sh";

// An endpoint from the host: $1 a URL (HTTP GET) or empty, then $2 $3 a TCP host and
// port, $4 seconds. Prints "http STATUS" or "tcp".
const char kEndpointScript[] = R"sh(if [ -n "$1" ]; then
  if command -v curl >/dev/null 2>&1; then
    curl -sS -o /dev/null -w 'http %{http_code}\n' --max-time "$4" -- "$1"; exit $?
  elif command -v wget >/dev/null 2>&1; then
    s=$(wget -S -q -O /dev/null -T "$4" -t 1 -- "$1" 2>&1 | awk '$1 ~ /^HTTP\// { c = $2 } END { print c }')
    if [ -n "$s" ]; then echo "http $s"; exit 0; fi
    echo "no answer from $1" >&2; exit 7
  fi
  echo "neither curl nor wget is installed" >&2; exit 127
fi
if command -v nc >/dev/null 2>&1; then nc -z -w "$4" "$2" "$3" && echo tcp; exit $?; fi
if command -v bash >/dev/null 2>&1; then bash -c 'exec 3<>"/dev/tcp/$1/$2"' qm "$2" "$3" && echo tcp; exit $?; fi
echo "neither nc nor bash is installed" >&2; exit 127
)sh";

/// The most bytes of a log's end sent with its opening: most success lines are there.
constexpr qint64 kFirstBytes = 256 * 1024;
/// Further ranges grow fourfold up to this.
constexpr qint64 kMostBytesAtOnce = 16 << 20;

class HostMachine final : public HealthMachine
{
public:
    HostMachine(const FleetAccess &fleet, QString host, SshTransport transport)
        : m_fleet(fleet)
        , m_host(std::move(host))
        , m_transport(std::move(transport))
    {}

    QString host() const override { return m_host; }

    bool reach(QString *error) override
    {
        if (!m_checked) {
            m_checked = true;
            m_reach = m_transport.check();
        }
        if (m_reach.status != HostStatus::Ok && error)
            *error = m_reach.error;
        return m_reach.status == HostStatus::Ok;
    }

    RemoteResult run(const QStringList &argv, int timeoutMs) override
    {
        QString error;
        if (!reach(&error))
            return m_reach;
        ProcessRequest request;
        request.timeoutMs = timeoutMs;
        request.maxOutputBytes = 1 << 20;
        RemoteResult result = m_transport.run(argv, request, true);
        // Reached a moment ago: a run that outlasts its limit is the command's doing.
        if (result.process.outcome == ProcessResult::Outcome::TimedOut)
            result.status = HostStatus::Ok;
        return result;
    }

    LogFile openLog(const QString &path, qint64 maxBytes) override
    {
        QString error;
        if (!reach(&error))
            return failedLog(path, LogFileStatus::Unreadable, error);
        ProcessRequest request;
        request.timeoutMs = 60'000;
        const qint64 first = std::min(std::max<qint64>(maxBytes, 1), kFirstBytes);
        request.maxOutputBytes = qsizetype(first + 64 * 1024);
        const RemoteResult opened = m_transport.run(
            {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kOpenScript),
             QStringLiteral("qm-health"), path,
             isLogGlob(path) ? QStringLiteral("1") : QStringLiteral("0"), QString::number(first)},
            request, true);
        const QByteArray &out = opened.process.standardOutput;
        if (opened.status != HostStatus::Ok || !opened.process.succeeded())
            return failedLog(path, LogFileStatus::Unreadable,
                             Text::tr("cannot read %1 on %2: %3")
                                 .arg(path, m_host,
                                      opened.error.isEmpty()
                                          ? firstOutputLine(opened.process.standardError)
                                          : opened.error));
        const qsizetype lineEnd = out.indexOf('\n');
        const QByteArray head = out.left(lineEnd < 0 ? out.size() : lineEnd);
        if (head == "no-glob-match")
            return failedLog(path, LogFileStatus::Missing,
                             Text::tr("no file matches %1 on %2").arg(path, m_host));
        const QList<QByteArray> fields = head.split(' ');
        const std::optional<LogFileStatus> status = statusFromKey(fields.value(0));
        if (!status)
            return failedLog(path, LogFileStatus::Unreadable,
                             Text::tr("cannot read %1 on %2: it answered “%3”")
                                 .arg(path, m_host, QString::fromUtf8(head.left(80))));
        if (*status != LogFileStatus::Ok)
            return failedLog(path, *status, statusText(*status, path));
        const qsizetype nameEnd = out.indexOf('\0', lineEnd + 1);
        bool sizeOk = false;
        bool timeOk = false;
        auto state = std::make_shared<RemoteLog>();
        state->fileBytes = fields.value(1).toLongLong(&sizeOk);
        const qint64 modified = fields.value(2).toLongLong(&timeOk);
        state->inode = QString::fromLatin1(fields.value(3));
        if (fields.size() != 4 || !sizeOk || !timeOk || nameEnd < 0)
            return failedLog(path, LogFileStatus::Unreadable,
                             Text::tr("cannot read %1 on %2: it answered “%3”")
                                 .arg(path, m_host, QString::fromUtf8(head.left(80))));
        state->path = QString::fromUtf8(out.mid(lineEnd + 1, nameEnd - lineEnd - 1));
        state->window = out.mid(nameEnd + 1);
        state->windowStart = state->fileBytes - state->window.size();
        state->floor = std::max<qint64>(0, state->fileBytes - std::max<qint64>(maxBytes, 1));
        if (state->window.size() != std::min(first, state->fileBytes))
            return failedLog(
                path, LogFileStatus::Unreadable,
                Text::tr("cannot read %1 on %2: it was cut short while read").arg(path, m_host));
        LogFile file;
        file.path = state->path;
        file.fileBytes = state->fileBytes;
        file.modifiedMs = modified * 1000;
        file.readAt = [this, state](char *to, qint64 bytes, qint64 offset, QString *why) {
            return readRange(*state, to, bytes, offset, why);
        };
        return file;
    }

    bool listFolder(const QString &folder,
                    const std::function<void(QByteArrayView, qint64, qint64)> &file,
                    ObjectListingStats *stats, QString *error) override
    {
        if (!reach(error))
            return false;
        SyncEndpoint location;
        location.kind = SyncEndpoint::Kind::Host;
        location.host = m_host;
        location.path = folder;
        location.text = m_host + u':' + folder;
        ObjectListingOptions options;
        options.fleet = &m_fleet;
        options.ssh = &m_transport;
        return listObjects(location, file, options, stats, error);
    }

    EndpointAnswer tryEndpoint(const QString &url, const QString &tcpHost, int tcpPort,
                               int timeoutMs) override
    {
        EndpointAnswer answer;
        const RemoteResult result =
            run({QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kEndpointScript),
                 QStringLiteral("qm-endpoint"), url, tcpHost,
                 tcpPort > 0 ? QString::number(tcpPort) : QString(),
                 QString::number(std::max(1, timeoutMs / 1000))},
                timeoutMs + 15'000);
        answer.commandLine = result.process.commandLine;
        answer.elapsedMs = result.process.elapsedMs;
        const QByteArray out = result.process.standardOutput.trimmed();
        if (result.status != HostStatus::Ok) {
            answer.machineReached = false;
            answer.error = result.error;
        } else if (out.startsWith("http ")) {
            answer.httpStatus = out.mid(5).toInt();
            answer.reached = answer.httpStatus > 0;
        } else {
            answer.reached = result.process.succeeded() && out == "tcp";
        }
        if (!answer.reached && answer.error.isEmpty())
            answer.error = result.process.outcome == ProcessResult::Outcome::TimedOut
                               ? Text::tr("no answer within %1 s").arg(timeoutMs / 1000.0)
                               : firstOutputLine(result.process.standardError);
        if (!answer.reached && answer.error.isEmpty())
            answer.error = Text::tr("no connection");
        return answer;
    }

private:
    /// A log of the host being read: the part of it fetched last.
    struct RemoteLog
    {
        QString path;
        QString inode;
        qint64 fileBytes = 0;
        qint64 floor = 0;
        QByteArray window;
        qint64 windowStart = 0;
        qint64 nextBytes = 4 * kFirstBytes;
    };

    QString statusText(LogFileStatus status, const QString &path) const
    {
        switch (status) {
        case LogFileStatus::Missing:
            return Text::tr("%1 is not there on %2").arg(path, m_host);
        case LogFileStatus::RotatedAway:
            return Text::tr("%1 is not there on %2, but rotated copies of it are")
                .arg(path, m_host);
        case LogFileStatus::NotAFile:
            return Text::tr("%1 on %2 is not a regular file").arg(path, m_host);
        case LogFileStatus::Unreadable:
            return Text::tr("%1 on %2 cannot be read (permissions)").arg(path, m_host);
        case LogFileStatus::Ok:
        case LogFileStatus::Binary:
            break;
        }
        return {};
    }

    /// Copies [offset, offset + bytes) from the window, fetching a new window when it is
    /// not there: going backwards, a larger range ending where the reader is.
    qint64 readRange(RemoteLog &log, char *to, qint64 bytes, qint64 offset, QString *why)
    {
        const qint64 end = std::min(offset + bytes, log.fileBytes);
        if (offset < log.windowStart || end > log.windowStart + log.window.size()) {
            qint64 from = offset;
            qint64 until = end;
            if (end <= log.windowStart) { // reading on backwards
                from = std::min(offset, std::max(log.floor, end - log.nextBytes));
                log.nextBytes = std::min(log.nextBytes * 4, kMostBytesAtOnce);
            }
            ProcessRequest request;
            request.timeoutMs = 120'000;
            request.maxOutputBytes = qsizetype(until - from);
            const RemoteResult fetched = m_transport.run(
                {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kRangeScript),
                 QStringLiteral("qm-health"), log.path, log.inode, QString::number(from + 1),
                 QString::number(until - from)},
                request, true);
            if (fetched.status != HostStatus::Ok || !fetched.process.succeeded()) {
                *why = fetched.error.isEmpty() ? firstOutputLine(fetched.process.standardError)
                                               : fetched.error;
                return -1;
            }
            log.window = fetched.process.standardOutput;
            log.windowStart = from;
        }
        const qint64 available =
            std::max<qint64>(0, std::min(end, log.windowStart + log.window.size()) - offset);
        std::memcpy(to, log.window.constData() + (offset - log.windowStart), size_t(available));
        return available;
    }

    const FleetAccess &m_fleet;
    QString m_host;
    SshTransport m_transport;
    bool m_checked = false;
    RemoteResult m_reach;
};

} // namespace

bool isLogGlob(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.contains(u'*') || name.contains(u'?') || name.contains(u'[');
}

std::unique_ptr<HealthMachine> localHealthMachine()
{
    return std::make_unique<LocalMachine>();
}

std::unique_ptr<HealthMachine> hostHealthMachine(const FleetAccess &fleet, const QString &host,
                                                 QString *error)
{
    std::optional<SshTransport> transport = hostTransport(&fleet, host, error);
    if (!transport)
        return nullptr;
    return std::make_unique<HostMachine>(fleet, host, std::move(*transport));
}

} // namespace qm
