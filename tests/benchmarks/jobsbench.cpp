// bench_jobs [JOBS]
//
// Queue overhead (issue 7): JOBS no-op jobs (default 10,000) are added to a new jobs
// database and run by a JobRunner to the last one; each job is claimed, run in a
// worker thread, and finished, every step stored with synchronous=FULL. Prints the
// time per job for adding and for running, against the goal of 1 ms per job; the peer
// is the same number of empty transactions on a SQLite database with the same
// settings, the floor any durable queue pays for one write per step on this disk.

#include "core/jobkinds/jobkinds.h"
#include "core/jobs/jobrunner.h"
#include "core/jobs/jobstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10'000;
    QTemporaryDir dir;
    if (!dir.isValid() || count <= 0)
        return 2;
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));

    // The peer: a durable write per step, nothing else.
    double floorMs = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(dir.filePath(QStringLiteral("floor.sqlite")));
        if (!db.open())
            return 2;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, state TEXT)"));
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < count; ++i) {
            q.exec(QStringLiteral("INSERT INTO t (state) VALUES ('queued')"));
            q.exec(QStringLiteral("UPDATE t SET state = 'running' WHERE id = %1").arg(i + 1));
            q.exec(QStringLiteral("UPDATE t SET state = 'succeeded' WHERE id = %1").arg(i + 1));
        }
        floorMs = double(clock.nsecsElapsed()) / 1e6 / count;
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));

    QElapsedTimer clock;
    double addMs = 0;
    {
        qm::JobStore store;
        QString error;
        if (!store.open(path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        qm::JobSpec spec;
        spec.kind = qm::kProbeJobKind;
        clock.start();
        for (int i = 0; i < count; ++i) {
            spec.source = QStringLiteral("no-op %1").arg(i);
            if (store.add(spec, QDateTime::currentMSecsSinceEpoch(), &error) < 0) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 2;
            }
        }
        addMs = double(clock.nsecsElapsed()) / 1e6 / count;
    }

    qm::JobRunner::Options options;
    options.databasePath = path;
    qm::JobRunner runner(options);
    runner.setJobFunction(qm::kProbeJobKind,
                          [](qm::JobContext &) { return qm::JobOutcome::succeeded(); });
    int finished = 0;
    QEventLoop loop;
    QObject::connect(&runner, &qm::JobRunner::jobFinished, &loop, [&] {
        if (++finished == count)
            loop.quit();
    });
    QString error;
    clock.restart();
    if (!runner.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    loop.exec();
    const double runMs = double(clock.nsecsElapsed()) / 1e6 / count;
    runner.stop();

    std::printf("jobs: %d no-op jobs\n", count);
    std::printf("add: %.3f ms per job\n", addMs);
    std::printf("run (claim, worker thread, finish): %.3f ms per job\n", runMs);
    std::printf("peer: 3 durable SQLite writes per job: %.3f ms per job\n", floorMs);
    std::printf("queue overhead per job (add + run): %.3f ms = %.2fx the 1 ms goal, %.2fx the "
                "peer\n",
                addMs + runMs, addMs + runMs, (addMs + runMs) / floorMs);
    return 0;
}
