#include "logsfixture.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTime>

#include <array>
#include <cstdio>
#include <random>
#include <vector>

namespace qm::bench {

namespace {

constexpr int kWorkers = 200;
constexpr int kTasks = 50'000;
constexpr int kHosts = 20;                          // 10 workers a host
constexpr qint64 kSpanUs = 48LL * 3600 * 1'000'000; // 48 h
constexpr qint64 kLateUs = 2'000'000;               // lines up to 2 s out of order
constexpr qint64 kDayUs = 24LL * 3600 * 1'000'000;

QByteArray uuid(std::mt19937_64 &random)
{
    quint64 a = random();
    quint64 b = random();
    a = (a & ~0xF000ULL) | 0x4000ULL;                              // version 4
    b = (b & 0x3FFF'FFFF'FFFF'FFFFULL) | 0x8000'0000'0000'0000ULL; // variant 1
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%012llx", unsigned(a >> 32),
                  unsigned((a >> 16) & 0xFFFF), unsigned(a & 0xFFFF), unsigned(b >> 48),
                  static_cast<unsigned long long>(b & 0xFFFF'FFFF'FFFFULL));
    return QByteArray(text);
}

/// One of six messages with the numbers `a` and `b` in it.
void writeMessage(char *out, size_t size, unsigned which, int a, int b)
{
    switch (which) {
    case 0:
        std::snprintf(out, size, "processed batch %d in %d ms", a, b);
        break;
    case 1:
        std::snprintf(out, size, "uploaded %d files (%d MB) to storage", a, b);
        break;
    case 2:
        std::snprintf(out, size, "heartbeat: %d jobs running with %d queued", a, b);
        break;
    case 3:
        std::snprintf(out, size, "retrying the request after a timeout (attempt %d of %d)", a, b);
        break;
    case 4:
        std::snprintf(out, size, "task step %d finished with exit code %d", a, b);
        break;
    default:
        std::snprintf(out, size, "GPU %d temperature %d C", a, b);
        break;
    }
}

/// Appends `number` in decimal without a QByteArray temporary.
void appendNumber(QByteArray &out, qint64 number)
{
    char text[24];
    const int n = std::snprintf(text, sizeof text, "%lld", static_cast<long long>(number));
    out.append(text, n);
}

/// A writer that flushes its buffer to the file every few megabytes.
class BufferedFile
{
public:
    explicit BufferedFile(const QString &path)
        : m_file(path)
    {}
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    QByteArray &buffer() { return m_buffer; }
    bool flushIfFull() { return m_buffer.size() < (4 << 20) || flush(); }
    bool flush()
    {
        const bool ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }
    QString errorString() const { return m_file.errorString(); }

private:
    QFile m_file;
    QByteArray m_buffer;
};

} // namespace

bool writeLogsFixture(const QString &folder, qint64 lines, LogsFixture *fixture, QString *error)
{
    std::mt19937_64 random(23); // issue 23; a fixed seed: every run writes the same lines
    const QDate firstDay(2026, 12, 5);
    const qint64 baseUs = QDateTime(firstDay, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    std::array<QByteArray, 4> days;
    for (int d = 0; d < int(days.size()); ++d)
        days[d] = firstDay.addDays(d).toString(Qt::ISODate).toLatin1();

    std::vector<QByteArray> tasks;
    tasks.reserve(kTasks);
    for (int t = 0; t < kTasks; ++t)
        tasks.push_back(uuid(random));
    std::vector<QByteArray> workers;
    for (int w = 0; w < kWorkers; ++w)
        workers.push_back(QByteArray("worker-") + QByteArray::number(w).rightJustified(3, '0'));
    auto hostOf = [](int worker) -> QByteArray {
        return QByteArray("gpu-node-") +
               QByteArray::number(worker / (kWorkers / kHosts) + 1).rightJustified(2, '0');
    };

    fixture->jsonlPath = QDir(folder).filePath(QStringLiteral("logs.jsonl"));
    fixture->csvPath = QDir(folder).filePath(QStringLiteral("logs.csv"));
    fixture->lines = lines;
    fixture->firstUs = baseUs;
    fixture->lastUs = baseUs + kSpanUs + kLateUs;
    fixture->taskId = QString::fromLatin1(tasks[4242]);
    fixture->workerId = QString::fromLatin1(workers[42]);
    fixture->sourceId = QString::fromLatin1(hostOf(42));

    BufferedFile jsonl(fixture->jsonlPath);
    BufferedFile csv(fixture->csvPath);
    if (!jsonl.open() || !csv.open()) {
        *error = QStringLiteral("cannot write in %1").arg(folder);
        return false;
    }
    csv.buffer() += QByteArray(kLogColumns) + '\n';
    qint64 previousUs = baseUs;
    for (qint64 i = 0; i < lines; ++i) {
        qint64 timeUs =
            baseUs + kSpanUs * i / std::max<qint64>(lines, 1) + qint64(random() % kLateUs);
        timeUs -= timeUs % 1000; // to the millisecond, as most writers stamp them
        if (i % 1000 == 999)
            timeUs = previousUs; // a batch written in the same millisecond
        previousUs = timeUs;

        const qint64 offset = timeUs - baseUs;
        const qint64 inDay = offset % kDayUs;
        char timeText[40];
        std::snprintf(timeText, sizeof timeText, "%sT%02d:%02d:%02d.%06dZ",
                      days[offset / kDayUs].constData(), int(inDay / 3'600'000'000LL),
                      int(inDay / 60'000'000 % 60), int(inDay / 1'000'000 % 60),
                      int(inDay % 1'000'000));

        const int levelDraw = int(random() % 100);
        const char *level = levelDraw < 80   ? "INFO"
                            : levelDraw < 95 ? "WARNING"
                            : levelDraw < 99 ? "ERROR"
                                             : "CRITICAL";
        const int worker = int(random() % kWorkers);
        const int sourceDraw = int(random() % 100);
        QByteArray sourceType;
        QByteArray sourceId;
        QByteArray workerId;
        if (sourceDraw < 75) {
            sourceType = "worker";
            sourceId = hostOf(worker);
            workerId = workers[worker];
        } else if (sourceDraw < 93) {
            sourceType = "orchestrator";
            sourceId = "orchestrator-" + QByteArray::number(worker % 3 + 1);
        } else if (sourceDraw < 99) {
            sourceType = "scheduler";
            sourceId = "scheduler-1";
        } else {
            sourceType = "quartermaster";
            sourceId = "job:" + QByteArray::number(worker % 20 + 1);
        }
        const bool hasTask = random() % 100 < 85;
        const QByteArray task = hasTask ? tasks[random() % kTasks] : QByteArray();
        const int cycle = hasTask && random() % 100 < 80 ? int(random() % 500) + 1 : 0;
        QByteArray metadata;
        if (random() % 10 == 0) {
            metadata = "{\"gpu\":";
            appendNumber(metadata, qint64(random() % 8));
            metadata += ",\"duration_ms\":";
            appendNumber(metadata, qint64(random() % 100'000));
            metadata += ",\"host\":\"" + hostOf(worker) + "\"}";
        }
        char messageText[120];
        writeMessage(messageText, sizeof messageText, unsigned(random() % 6), int(random() % 1000),
                     int(random() % 5000));
        const QByteArray id = uuid(random);
        // Not the arrays themselves: QStringBuilder takes a char array for a literal of
        // its full size.
        const QByteArray time(timeText);
        const QByteArray message(messageText);

        QByteArray &j = jsonl.buffer();
        j += "{\"id\":\"" + id + "\",\"timestamp\":\"" + time + "\",\"source_type\":\"" +
             sourceType + "\",\"source_id\":\"" + sourceId + "\",\"log_level\":\"" + level +
             "\",\"message\":\"" + message + "\",\"task_id\":";
        j += hasTask ? QByteArray('"' + task + '"') : QByteArray("null");
        j += ",\"worker_id\":";
        j += workerId.isEmpty() ? QByteArray("null") : QByteArray('"' + workerId + '"');
        j += ",\"cycle_number\":";
        if (cycle > 0)
            appendNumber(j, cycle);
        else
            j += "null";
        j += ",\"metadata\":";
        j += metadata.isEmpty() ? QByteArray("null") : metadata;
        j += "}\n";

        // Empty fields are NULL for psql's \copy (and '' for sqlite3's .import).
        QByteArray &c = csv.buffer();
        c += id + ',' + time + ',' + sourceType + ',' + sourceId + ',' + level + ',' + message +
             ',' + task + ',' + workerId + ',';
        if (cycle > 0)
            appendNumber(c, cycle);
        c += ',';
        if (!metadata.isEmpty())
            c += '"' + QByteArray(metadata).replace('"', "\"\"") + '"';
        c += '\n';

        if (!jsonl.flushIfFull() || !csv.flushIfFull()) {
            *error = QStringLiteral("cannot write the lines: %1").arg(jsonl.errorString());
            return false;
        }
    }
    if (!jsonl.flush() || !csv.flush()) {
        *error = QStringLiteral("cannot write the lines: %1").arg(jsonl.errorString());
        return false;
    }
    return true;
}

} // namespace qm::bench
