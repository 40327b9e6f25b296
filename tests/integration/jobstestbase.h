#pragma once

// What the job integration tests share: a real sshd on 127.0.0.1 (started once), a
// fresh folder per test case, the qmctl binary run with that case's jobs database and
// the server's ssh config, and a fleet config whose host node-a is that server.

#include "core/jobs/jobstore.h"
#include "testservers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <pwd.h>
#include <unistd.h>

namespace jobstest {

inline QString userName()
{
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}

inline void writeRandom(const QString &path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          size / sizeof(quint32));
    file.write(bytes);
}

/// Every file under `root` with its contents, by relative path.
inline QMap<QString, QByteArray> tree(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace jobstest

/// The base of a job integration test: call startServers() in initTestCase and
/// newCase() in init.
class JobsTestBase : public QObject
{
protected:
    void startServers()
    {
        QM_REQUIRE_SERVER(testservers::program(QStringLiteral("rsync")).isEmpty()
                              ? QStringLiteral("rsync is not installed")
                              : QString());
        QM_REQUIRE_SERVER(m_server.start());
        QVERIFY(m_work.isValid());
        // A data folder of its own, so the home trash the jobs use is the test's.
        QVERIFY(QDir().mkpath(m_work.filePath(QStringLiteral("xdg"))));
        qputenv("XDG_DATA_HOME", m_work.filePath(QStringLiteral("xdg")).toUtf8());
    }

    void newCase()
    {
        m_case.emplace();
        QVERIFY(m_case->isValid());
    }

    QString path(const QString &name) const { return m_case->filePath(name); }
    QString databasePath() const { return qm::jobsDatabasePath(path(QStringLiteral("data"))); }
    static QString qmctlPath() { return QStringLiteral(QM_BINARY_DIR "/bin/qmctl"); }

    QStringList arguments(const QStringList &jobArguments) const
    {
        return QStringList{QStringLiteral("jobs")} + jobArguments +
               QStringList{QStringLiteral("--data-dir"),    path(QStringLiteral("data")),
                           QStringLiteral("--ssh-config"),  m_server.clientConfig(),
                           QStringLiteral("--known-hosts"), m_server.knownHosts()};
    }

    jobstest::Run qmctl(const QStringList &jobArguments) const
    {
        QProcess process;
        process.start(qmctlPath(), arguments(jobArguments));
        process.waitForFinished(120'000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QJsonArray listJobs() const
    {
        return QJsonDocument::fromJson(
                   qmctl({QStringLiteral("list"), QStringLiteral("--format=json")}).out)
            .object()
            .value(QStringLiteral("jobs"))
            .toArray();
    }

    /// A config with host node-a on the test sshd; `megabytesPerSecond` > 0 limits syncs.
    QString writeConfig(int megabytesPerSecond) const
    {
        QFile file(path(QStringLiteral("hosts.yaml")));
        file.open(QIODevice::WriteOnly);
        QString text;
        if (megabytesPerSecond > 0)
            text +=
                QStringLiteral("auto_sync:\n  bandwidth_limit_mbps: %1\n").arg(megabytesPerSecond);
        text += QStringLiteral("hosts:\n  node-a:\n    ssh_host: 127.0.0.1\n    ssh_port: %1\n"
                               "    ssh_user: %2\n    ssh_key: %3\n")
                    .arg(m_server.port())
                    .arg(jobstest::userName(), m_server.path(QStringLiteral("user_key")));
        file.write(text.toUtf8());
        return file.fileName();
    }

    testservers::SshServer m_server;
    QTemporaryDir m_work;
    std::optional<QTemporaryDir> m_case;
};
