// bench_logs [--lines N] [--only sqlite|postgresql]
//                            (default 10,000,000 lines, both back ends; QM_BENCH_KEEP=1
//                            keeps the files)
//
// Issue 23: the fleet's system_logs table, in an SQLite file and in a PostgreSQL server
// started on 127.0.0.1 (tests/integration/testservers.h), each figure beside a peer
// measured in the same run on the same generated lines (logsfixture.h):
// 1. ingest of JSON Lines (ingestLogs(), as `qmctl logs ingest` does) against psql's
//    `\copy ... FROM` / sqlite3's `.import --csv` of the same lines as CSV into an
//    identical empty table; goal ≥ 0.8× the peer;
// 2. the first page (500 lines) of each single indexed filter, against the same SQL in
//    psql (its \timing: the query's round trip and result, without psql's start-up) or
//    sqlite3 (the tool's wall time, less that of `SELECT 1`); goal ≤ 10 ms;
// 3. a page from a cursor at 20 random times (jump to a time); goal ≤ 20 ms;
// 4. the Logs page's model scrolled through 100 pages: what it keeps, against a model
//    that keeps every line scrolled past; goal ≤ 10 MB;
// 5. the Logs page's first screen, against lnav opening the JSON Lines file headless
//    (`lnav -n -q -c ':goto 0' FILE`: it indexes the whole file, then prints nothing);
//    no goal was set: faster than lnav is what is checked;
// 6. exportLogs() to JSON Lines of every line, against psql `COPY (SELECT row_to_json
//    ...) TO STDOUT` / sqlite3 json_object() into a file, each run twice, alternating (the
//    better run of each counts); goal ≥ 0.8× the peer.

#include "app/logs/logsmodel.h"
#include "app/logs/logssession.h"
#include "core/logs/logexport.h"
#include "core/logs/logingest.h"
#include "core/logs/logjsonl.h"
#include "core/logs/logstore.h"
#include "logsfixture.h"
#include "logspeer.h"
#include "testservers.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using qm::LogCursor;
using qm::LogDirection;
using qm::LogFilter;
using qm::LogLine;
using qm::LogStore;
using qm::SqlLocation;
using qm::bench::Peer;
using qm::bench::ToolRun;

namespace {

constexpr int kPage = 500;
constexpr int kRuns = 7;

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double secondsOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

/// One line of the closing summary.
struct Figure
{
    QString name;
    QString ours;
    QString peer;
    double ratio = -1; ///< ours against the peer; negative: no peer
    QString goal;
    bool met = false;
};
std::vector<Figure> g_figures;

void addFigure(const QString &name, const QString &ours, const QString &peer, double ratio,
               const QString &goal, bool met)
{
    g_figures.push_back({name, ours, peer, ratio, goal, met});
    std::printf("goal: %s — %s\n", qPrintable(goal), met ? "met" : "NOT met");
}

struct Backend
{
    QString name; ///< "SQLite" or "PostgreSQL"
    bool postgres = false;
    SqlLocation location;
    Peer peer;
    QString peerName; ///< "sqlite3" or "psql"
};

QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

/// LogStore::page()'s SQL for `where`, with literals, for the peer tools.
QByteArray pageSql(const Backend &backend, const QString &where)
{
    const QString columns =
        backend.postgres
            ? QStringLiteral("id::text, round(extract(epoch from timestamp) * 1000000)::bigint, "
                             "source_type, source_id, log_level, message, task_id::text, "
                             "worker_id, cycle_number, metadata::text")
            : QStringLiteral("id, timestamp, source_type, source_id, log_level, message, "
                             "task_id, worker_id, cycle_number, metadata");
    return QStringLiteral("SELECT %1 FROM system_logs%2 ORDER BY timestamp DESC, id DESC "
                          "LIMIT %3;\n")
        .arg(columns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
        .arg(kPage)
        .toUtf8();
}

/// The peer's time for each of `queries`, in milliseconds: psql's \timing in one session,
/// or sqlite3's wall time for each in a process of its own less that of `SELECT 1`.
std::vector<double> peerQueryMs(const Backend &backend, const QList<QByteArray> &queries)
{
    std::vector<double> times;
    if (backend.peer.program.isEmpty())
        return times;
    if (backend.postgres) {
        QByteArray script = "\\timing on\n\\o /dev/null\n";
        for (const QByteArray &query : queries)
            script += query;
        const ToolRun run = backend.peer.run(script);
        static const QRegularExpression time(QStringLiteral("^Time: ([0-9.]+) ms"),
                                             QRegularExpression::MultilineOption);
        auto match = time.globalMatch(QString::fromUtf8(run.out));
        while (match.hasNext())
            times.push_back(match.next().captured(1).toDouble());
        if (times.size() != size_t(queries.size())) {
            std::fprintf(stderr, "bench_logs: psql printed %zu times for %lld queries\n",
                         times.size(), static_cast<long long>(queries.size()));
            times.clear();
        }
        return times;
    }
    std::vector<double> baseline;
    for (int run = 0; run < kRuns; ++run)
        baseline.push_back(backend.peer.run("SELECT 1;\n", QStringLiteral("/dev/null")).seconds);
    const double startUp = median(baseline);
    for (const QByteArray &query : queries)
        times.push_back(
            std::max(0.0, backend.peer.run(query, QStringLiteral("/dev/null")).seconds - startUp) *
            1000);
    return times;
}

/// The schema and an empty peer table, then the peer's bulk load of the CSV: its seconds.
double peerIngest(const Backend &backend, const qm::bench::LogsFixture &fixture,
                  const QString &sqlitePeerFile)
{
    if (backend.peer.program.isEmpty())
        return -1;
    const QByteArray schema = LogStore::schemaSql(backend.postgres ? SqlLocation::Kind::Postgres
                                                                   : SqlLocation::Kind::Sqlite)
                                  .toUtf8();
    if (backend.postgres) {
        // The same table in a schema of its own, so that it starts empty.
        if (!backend.peer
                 .run("SET client_min_messages = warning;\nCREATE SCHEMA peer;\n"
                      "SET search_path = peer;\n" +
                      schema)
                 .ok)
            return -1;
        Peer peer = backend.peer;
        peer.environment.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c search_path=peer"));
        const ToolRun load = peer.run(
            QStringLiteral("\\copy system_logs(%1) FROM %2 WITH (FORMAT csv, HEADER true)\n")
                .arg(QLatin1String(qm::bench::kLogColumns), literal(fixture.csvPath))
                .toUtf8());
        backend.peer.run(
            "SET client_min_messages = warning;\nDROP SCHEMA peer CASCADE;\n"); // its disk back for
                                                                                // what follows
        return load.ok ? load.seconds : -1;
    }
    Peer peer = backend.peer;
    peer.arguments = {sqlitePeerFile};
    if (!peer.run("PRAGMA journal_mode=WAL;\n" + schema, QStringLiteral("/dev/null")).ok)
        return -1;
    const ToolRun load = peer.run(
        QStringLiteral(".import --csv --skip 1 %1 system_logs\n").arg(fixture.csvPath).toUtf8());
    QFile::remove(sqlitePeerFile);
    return load.ok ? load.seconds : -1;
}

bool ingest(const Backend &backend, const qm::bench::LogsFixture &fixture, const QString &folder)
{
    std::printf("\n== %s ==\n1. ingest of %lld lines\n", qPrintable(backend.name),
                static_cast<long long>(fixture.lines));
    LogStore store(QStringLiteral("ingest"));
    QString error;
    if (!store.open(backend.location, &error, true) ||
        (backend.postgres && !store.createSchema(&error))) {
        std::fprintf(stderr, "bench_logs: %s\n", qPrintable(error));
        return false;
    }
    QFile file(fixture.jsonlPath);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_logs: cannot read %s\n", qPrintable(fixture.jsonlPath));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const qm::LogIngestResult result = qm::ingestLogs(store, &file);
    if (!result.readError.isEmpty() || !result.storeError.isEmpty()) {
        std::fprintf(stderr, "bench_logs: %s\n", qPrintable(result.readError + result.storeError));
        return false;
    }
    const qint64 inserted = result.inserted;
    const auto &rejected = result.rejected;
    const double ours = secondsOf(timer);
    const double ourRate = double(inserted) / ours;
    std::printf("ours (ingestLogs, batches of %d): %lld lines in %.2f s: "
                "%.0f lines/s (%lld rejected)\n",
                qm::kLogIngestBatch, static_cast<long long>(inserted), ours, ourRate,
                static_cast<long long>(rejected.size()));
    const double peer =
        peerIngest(backend, fixture, QDir(folder).filePath(QStringLiteral("peer.sqlite")));
    const QString peerWhat = backend.postgres ? QStringLiteral("psql \\copy FROM csv")
                                              : QStringLiteral("sqlite3 .import --csv");
    if (peer <= 0) {
        std::printf("peer %s: skipped (not installed or failed)\n", qPrintable(peerWhat));
        addFigure(backend.name + QStringLiteral(" ingest"),
                  QStringLiteral("%1 lines/s").arg(ourRate, 0, 'f', 0), QStringLiteral("-"), -1,
                  QStringLiteral("≥ 0.8× the peer"), false);
        return true;
    }
    const double peerRate = double(fixture.lines) / peer;
    std::printf("peer %s into an identical empty table: %.2f s: %.0f lines/s\n",
                qPrintable(peerWhat), peer, peerRate);
    std::printf("ratio ours / peer: %.2f\n", ourRate / peerRate);
    addFigure(backend.name + QStringLiteral(" ingest"),
              QStringLiteral("%1 lines/s").arg(ourRate, 0, 'f', 0),
              QStringLiteral("%1 lines/s (%2)").arg(peerRate, 0, 'f', 0).arg(peerWhat),
              ourRate / peerRate, QStringLiteral("≥ 0.8× the peer"), ourRate / peerRate >= 0.8);
    return true;
}

/// Milliseconds of one LogStore::page() call.
double pageMs(LogStore &store, const LogFilter &filter, const std::optional<LogCursor> &cursor)
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    const std::optional<QList<LogLine>> page =
        store.page(filter, cursor, LogDirection::Older, kPage, &error);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!page)
        std::fprintf(stderr, "bench_logs: %s\n", qPrintable(error));
    return ms;
}

void firstPages(const Backend &backend, LogStore &store, const qm::bench::LogsFixture &fixture)
{
    std::printf("2. first page (%d lines) of each single indexed filter, median of %d\n", kPage,
                kRuns);
    const QString peerHow = backend.postgres
                                ? QStringLiteral("psql \\timing")
                                : QStringLiteral("sqlite3 wall time less its start-up");
    const QString task = backend.postgres
                             ? QStringLiteral("CAST(%1 AS uuid)").arg(literal(fixture.taskId))
                             : literal(fixture.taskId);
    const qint64 hourUs = 3600LL * 1'000'000;
    const qint64 fromUs = fixture.firstUs + 20 * hourUs;
    QStringList levels;
    for (const QString &spelling : qm::logLevelSpellingsFrom(3))
        levels << literal(spelling);
    auto timeSql = [&](qint64 us) {
        return backend.postgres
                   ? QStringLiteral("CAST(%1 AS timestamptz)").arg(literal(qm::logTimeText(us)))
                   : literal(qm::logTimeText(us));
    };
    struct Case
    {
        QString name;
        LogFilter filter;
        QString where;
    };
    std::vector<Case> cases(7);
    cases[0] = {QStringLiteral("level ≥ ERROR"),
                {},
                QStringLiteral("log_level IN (%1)").arg(levels.join(u','))};
    cases[0].filter.minLevelRank = 3;
    cases[1] = {QStringLiteral("source_type"),
                {},
                QStringLiteral("source_type = ") + literal(fixture.sourceType)};
    cases[1].filter.sourceType = fixture.sourceType;
    cases[2] = {QStringLiteral("source_id"),
                {},
                QStringLiteral("source_id = ") + literal(fixture.sourceId)};
    cases[2].filter.sourceId = fixture.sourceId;
    cases[3] = {
        QStringLiteral("worker"), {}, QStringLiteral("worker_id = ") + literal(fixture.workerId)};
    cases[3].filter.workerId = fixture.workerId;
    cases[4] = {QStringLiteral("task"), {}, QStringLiteral("task_id = ") + task};
    cases[4].filter.taskId = fixture.taskId;
    cases[5] = {
        QStringLiteral("cycle"), {}, QStringLiteral("cycle_number = %1").arg(fixture.cycle)};
    cases[5].filter.cycle = fixture.cycle;
    cases[6] = {QStringLiteral("time range (1 h)"),
                {},
                QStringLiteral("timestamp >= %1 AND timestamp < %2")
                    .arg(timeSql(fromUs), timeSql(fromUs + hourUs))};
    cases[6].filter.fromUs = fromUs;
    cases[6].filter.toUs = fromUs + hourUs;

    double worstOurs = 0;
    double worstPeer = 0;
    for (const Case &c : cases) {
        std::vector<double> ours;
        pageMs(store, c.filter, std::nullopt); // warm, as the peer's first run is
        for (int run = 0; run < kRuns; ++run)
            ours.push_back(pageMs(store, c.filter, std::nullopt));
        QList<QByteArray> queries(kRuns + 1, pageSql(backend, c.where));
        std::vector<double> peer = peerQueryMs(backend, queries);
        if (!peer.empty())
            peer.erase(peer.begin()); // the warm-up
        const double o = median(ours);
        const double p = median(peer);
        worstOurs = std::max(worstOurs, o);
        worstPeer = std::max(worstPeer, p);
        if (p > 0)
            std::printf("  %-18s ours %7.2f ms   %s %7.2f ms   ratio %.2f\n", qPrintable(c.name), o,
                        qPrintable(backend.peerName), p, o / p);
        else
            std::printf("  %-18s ours %7.2f ms   %s: -\n", qPrintable(c.name), o,
                        qPrintable(backend.peerName));
    }
    std::printf("peer measured as: %s\n", qPrintable(peerHow));
    addFigure(backend.name + QStringLiteral(" first page, slowest filter"),
              QStringLiteral("%1 ms").arg(worstOurs, 0, 'f', 2),
              QStringLiteral("%1 ms (%2)").arg(worstPeer, 0, 'f', 2).arg(peerHow),
              worstPeer > 0 ? worstOurs / worstPeer : -1, QStringLiteral("≤ 10 ms"),
              worstOurs <= 10);

    std::printf("3. jump to a time: a page from a cursor at 20 random times\n");
    std::mt19937_64 random(2323);
    std::vector<double> ours;
    QList<QByteArray> queries;
    const QString zero = QStringLiteral("00000000-0000-0000-0000-000000000000");
    for (int i = 0; i < 20; ++i) {
        const qint64 at =
            fixture.firstUs + qint64(random() % quint64(fixture.lastUs - fixture.firstUs));
        ours.push_back(pageMs(store, {}, LogCursor{at, zero}));
        const QString id = backend.postgres ? QStringLiteral("CAST(%1 AS uuid)").arg(literal(zero))
                                            : literal(zero);
        queries << pageSql(
            backend,
            QStringLiteral("timestamp <= %1 AND (timestamp < %1 OR id < %2)").arg(timeSql(at), id));
    }
    const std::vector<double> peer = peerQueryMs(backend, queries);
    const double worst = *std::max_element(ours.begin(), ours.end());
    std::printf("ours: median %.2f ms, worst %.2f ms\n", median(ours), worst);
    if (!peer.empty())
        std::printf("peer (same SQL, %s): median %.2f ms, worst %.2f ms\n", qPrintable(peerHow),
                    median(peer), *std::max_element(peer.begin(), peer.end()));
    addFigure(
        backend.name + QStringLiteral(" jump to a time, worst of 20"),
        QStringLiteral("%1 ms (median %2)").arg(worst, 0, 'f', 2).arg(median(ours), 0, 'f', 2),
        peer.empty() ? QStringLiteral("-")
                     : QStringLiteral("%1 ms (median %2)")
                           .arg(*std::max_element(peer.begin(), peer.end()), 0, 'f', 2)
                           .arg(median(peer), 0, 'f', 2),
        peer.empty() ? -1 : worst / *std::max_element(peer.begin(), peer.end()),
        QStringLiteral("≤ 20 ms"), worst <= 20);
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : -1;
}

/// What a line takes in memory: the struct and its strings' and metadata's buffers.
qint64 lineBytes(const LogLine &line)
{
    qint64 bytes = sizeof(LogLine);
    for (const QString *text : {&line.id, &line.sourceType, &line.sourceId, &line.level,
                                &line.message, &line.taskId, &line.workerId})
        bytes += text->capacity() * 2;
    return bytes + line.metadata.capacity();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 600'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

/// lnav's time to open the JSON Lines file headless, in ms (measured once); negative
/// when lnav is not installed.
double lnavMs(const qm::bench::LogsFixture &fixture)
{
    static double ms = [&] {
        const QString lnav = QStandardPaths::findExecutable(QStringLiteral("lnav"));
        if (lnav.isEmpty())
            return -1.0;
        // lnav indexes the whole file before it runs a command; HOME apart, so that it
        // leaves no configuration behind.
        QTemporaryDir home;
        Peer peer{lnav, {}};
        peer.environment.insert(QStringLiteral("HOME"), home.path());
        const ToolRun run =
            peer.run({}, QStringLiteral("/dev/null"),
                     {QStringLiteral("-n"), QStringLiteral("-q"), QStringLiteral("-c"),
                      QStringLiteral(":goto 0"), fixture.jsonlPath});
        if (!run.ok)
            std::printf("lnav failed: %s\n", run.err.constData());
        return run.ok ? run.seconds * 1000 : -1.0;
    }();
    return ms;
}

void modelBench(const Backend &backend, const qm::bench::LogsFixture &fixture)
{
    std::printf("4. the Logs page's model scrolled through 100 pages\n");
    const qint64 residentBefore = residentBytes();
    qm::LogsSession session;
    bool connected = false;
    session.connectTo(
        backend.location, false, [&](const QString &error, const QString &problem, bool) {
            if (!error.isEmpty() || !problem.isEmpty())
                std::fprintf(stderr, "bench_logs: %s%s\n", qPrintable(error), qPrintable(problem));
            connected = true;
        });
    waitUntil([&] { return connected; });
    qm::LogsModel model(&session);
    qint64 scrolled = 0;
    QObject::connect(&model, &qm::LogsModel::pageArrived, &model,
                     [&](int rows) { scrolled += rows; });
    QElapsedTimer timer;
    timer.start();
    model.setFilter({});
    waitUntil([&] { return !model.isLoading() && model.rowCount() > 0; });
    const double firstScreenMs = double(timer.nsecsElapsed()) / 1e6;
    for (int i = 0; i < 100 && model.canFetchMore({}); ++i) {
        model.fetchMore({});
        waitUntil([&] { return !model.isLoading(); });
    }
    qint64 kept = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        kept += lineBytes(*model.line(row));
    const double perLine = model.rowCount() > 0 ? double(kept) / model.rowCount() : 0;
    const qint64 all = qint64(perLine * double(scrolled));
    const qint64 residentDelta = residentBytes() - residentBefore;
    std::printf("lines read: %lld; rows kept: %d, about %.2f MB (%.0f bytes a line); process "
                "resident memory grew %.2f MB\n",
                static_cast<long long>(scrolled), model.rowCount(), kept / 1e6, perLine,
                residentDelta / 1e6);
    std::printf("peer, a model keeping every line scrolled past: about %.2f MB\n", all / 1e6);
    addFigure(
        backend.name + QStringLiteral(" model after 100 pages"),
        QStringLiteral("%1 rows, %2 MB").arg(model.rowCount()).arg(kept / 1e6, 0, 'f', 2),
        QStringLiteral("%1 MB (keeping all %2 lines)").arg(all / 1e6, 0, 'f', 2).arg(scrolled),
        all > 0 ? double(kept) / double(all) : -1, QStringLiteral("≤ 10 MB"), kept <= 10'000'000);

    std::printf("5. first screen: setFilter() to the first %d lines shown: %.1f ms\n", kPage,
                firstScreenMs);
    const double peerMs = lnavMs(fixture);
    if (peerMs < 0) {
        std::printf("lnav not installed: skipped\n");
        return;
    }
    std::printf("peer: lnav -n -q -c ':goto 0' on the JSON Lines file (once a run): %.1f ms\n",
                peerMs);
    addFigure(backend.name + QStringLiteral(" first screen"),
              QStringLiteral("%1 ms").arg(firstScreenMs, 0, 'f', 1),
              QStringLiteral("%1 ms (lnav -n, whole file)").arg(peerMs, 0, 'f', 1),
              firstScreenMs / peerMs, QStringLiteral("faster than lnav"), firstScreenMs < peerMs);
}

void exportBench(const Backend &backend, LogStore &store, const QString &folder)
{
    std::printf("6. export of every line to JSON Lines, newest first\n");
    // Ours and the peer read the same file, pair by pair, twice: whichever ran first would
    // otherwise pay for reading a table larger than the page cache from disk (10 million
    // lines: 8.5 GB). The better run of each is reported.
    const QString path = QDir(folder).filePath(QStringLiteral("export.jsonl"));
    qm::LogExportResult result;
    double ours = 0;
    qint64 bytes = 0;
    const auto runOurs = [&] {
        QElapsedTimer timer;
        timer.start();
        result = qm::exportLogs(store, {}, qm::LogFormat::Jsonl, path);
        const double seconds = secondsOf(timer);
        ours = ours > 0 ? std::min(ours, seconds) : seconds;
        bytes = QFileInfo(path).size();
        QFile::remove(path);
    };
    QString peerWhat;
    ToolRun run;
    const QString peerPath = QDir(folder).filePath(QStringLiteral("peer-export.jsonl"));
    qint64 peerBytes = 0;
    const auto runPeer = [&] {
        ToolRun once;
        if (backend.peer.program.isEmpty()) {
        } else if (backend.postgres) {
            peerWhat = QStringLiteral("psql COPY (SELECT row_to_json ...) TO STDOUT");
            once = backend.peer.run("COPY (SELECT row_to_json(l) FROM system_logs l ORDER BY "
                                    "l.timestamp DESC, l.id DESC) TO STDOUT;\n",
                                    peerPath);
        } else {
            peerWhat = QStringLiteral("sqlite3 SELECT json_object(...)");
            once = backend.peer.run(
                "SELECT json_object('id', id, 'timestamp', timestamp, 'source_type', "
                "source_type, 'source_id', source_id, 'log_level', log_level, 'message', "
                "message, 'task_id', task_id, 'worker_id', worker_id, 'cycle_number', "
                "cycle_number, 'metadata', json(metadata)) FROM system_logs ORDER BY timestamp "
                "DESC, id DESC;\n",
                peerPath);
        }
        if (once.ok && (!run.ok || once.seconds < run.seconds))
            run = once;
        peerBytes = QFileInfo(peerPath).size();
        QFile::remove(peerPath);
    };
    runOurs();
    runPeer();
    runOurs();
    runPeer();
    if (!result.error.isEmpty())
        std::fprintf(stderr, "bench_logs: %s\n", qPrintable(result.error));
    const double ourRate = double(result.lines) / ours;
    std::printf("ours (exportLogs, the better of two runs): %lld lines, %.0f MB in %.2f s: "
                "%.0f lines/s\n",
                static_cast<long long>(result.lines), bytes / 1e6, ours, ourRate);
    if (!run.ok) {
        std::printf("peer: skipped\n");
        addFigure(backend.name + QStringLiteral(" export JSONL"),
                  QStringLiteral("%1 lines/s").arg(ourRate, 0, 'f', 0), QStringLiteral("-"), -1,
                  QStringLiteral("≥ 0.8× the peer"), false);
        return;
    }
    const double peerRate = double(result.lines) / run.seconds;
    std::printf("peer %s > file (the better of two runs, each after one of ours): %.0f MB in "
                "%.2f s: %.0f lines/s\n",
                qPrintable(peerWhat), peerBytes / 1e6, run.seconds, peerRate);
    std::printf("ratio ours / peer: %.2f\n", ourRate / peerRate);
    addFigure(backend.name + QStringLiteral(" export JSONL"),
              QStringLiteral("%1 lines/s").arg(ourRate, 0, 'f', 0),
              QStringLiteral("%1 lines/s (%2)").arg(peerRate, 0, 'f', 0).arg(peerWhat),
              ourRate / peerRate, QStringLiteral("≥ 0.8× the peer"), ourRate / peerRate >= 0.8);
}

bool runBackend(const Backend &backend, const qm::bench::LogsFixture &fixture,
                const QString &folder)
{
    if (!ingest(backend, fixture, folder))
        return false;
    LogStore store(QStringLiteral("bench"));
    QString error;
    if (!store.open(backend.location, &error)) {
        std::fprintf(stderr, "bench_logs: %s\n", qPrintable(error));
        return false;
    }
    if (backend.postgres) // fresh statistics, as autovacuum would have after a bulk load
        QSqlQuery(store.database()).exec(QStringLiteral("ANALYZE system_logs"));
    firstPages(backend, store, fixture);
    modelBench(backend, fixture);
    exportBench(backend, store, folder);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    qint64 lines = 10'000'000;
    const QStringList arguments = app.arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--lines"));
        at >= 0 && at + 1 < arguments.size())
        lines = arguments[at + 1].toLongLong();
    QString only;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--only"));
        at >= 0 && at + 1 < arguments.size())
        only = arguments[at + 1];
    if (lines <= 0 || !(only.isEmpty() || only == QLatin1String("sqlite") ||
                        only == QLatin1String("postgresql"))) {
        std::fprintf(stderr, "usage: bench_logs [--lines N] [--only sqlite|postgresql]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_logs: cannot create a temporary folder\n");
        return 1;
    }
    if (qEnvironmentVariableIsSet("QM_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        std::printf("files kept in %s\n", qPrintable(dir.path()));
    }
    QElapsedTimer total;
    total.start();
    qm::bench::LogsFixture fixture;
    QString error;
    if (!qm::bench::writeLogsFixture(dir.path(), lines, &fixture, &error)) {
        std::fprintf(stderr, "bench_logs: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("bench_logs: %lld lines over 48 h (%.0f MB of JSON Lines, %.0f MB of CSV) "
                "written in %.1f s\n",
                static_cast<long long>(lines), QFileInfo(fixture.jsonlPath).size() / 1e6,
                QFileInfo(fixture.csvPath).size() / 1e6, secondsOf(total));

    if (only != QLatin1String("postgresql")) {
        Backend sqlite;
        sqlite.name = QStringLiteral("SQLite");
        sqlite.location.path = dir.filePath(QStringLiteral("logs.sqlite"));
        sqlite.peerName = QStringLiteral("sqlite3");
        sqlite.peer.program = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        sqlite.peer.arguments = {sqlite.location.path};
        if (!runBackend(sqlite, fixture, dir.path()))
            return 1;
        for (const char *suffix : {"", "-wal", "-shm"}) // the disk back for PostgreSQL
            QFile::remove(sqlite.location.path + QLatin1String(suffix));
    }

    testservers::PostgresServer server;
    if (only == QLatin1String("sqlite")) {
        // PostgreSQL not asked for
    } else if (const QString problem = server.start(); !problem.isEmpty()) {
        std::printf("\nPostgreSQL skipped: %s\n", qPrintable(problem));
    } else {
        Backend postgres;
        postgres.name = QStringLiteral("PostgreSQL");
        postgres.postgres = true;
        postgres.location.kind = SqlLocation::Kind::Postgres;
        postgres.location.host = QStringLiteral("127.0.0.1");
        postgres.location.port = server.port();
        postgres.location.database = QStringLiteral("qm");
        postgres.location.user = QStringLiteral("qm");
        postgres.location.password = QString::fromLatin1(testservers::PostgresServer::password());
        postgres.peerName = QStringLiteral("psql");
        postgres.peer.program = testservers::program(QStringLiteral("psql"));
        postgres.peer.arguments = {QStringLiteral("-X"), QStringLiteral("-q"),
                                   QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                   QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                   QStringLiteral("-p"), QString::number(server.port()),
                                   QStringLiteral("-U"), QStringLiteral("qm"),
                                   QStringLiteral("-d"), QStringLiteral("qm")};
        postgres.peer.environment.insert(
            QStringLiteral("PGPASSWORD"),
            QString::fromLatin1(testservers::PostgresServer::password()));
        if (!runBackend(postgres, fixture, dir.path()))
            return 1;
    }

    std::printf("\n== summary: %lld lines, %.0f s in all ==\n", static_cast<long long>(lines),
                secondsOf(total));
    std::printf("%-44s %-30s %-58s %7s  %s\n", "figure", "ours", "peer", "ratio", "goal");
    for (const Figure &f : g_figures)
        std::printf("%-44s %-30s %-58s %7s  %s: %s\n", qPrintable(f.name), qPrintable(f.ours),
                    qPrintable(f.peer),
                    f.ratio < 0 ? "-" : qPrintable(QString::number(f.ratio, 'f', 2)),
                    qPrintable(f.goal), f.met ? "met" : "NOT met");
    return 0;
}
