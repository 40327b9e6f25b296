// The archive engine: a plan picks exactly the old files, never follows a symlink and never
// leaves the root; archives read back equal to the files; and every failure — a damaged
// read-back, a full filesystem, a cancel, a file changed underneath — keeps the originals
// and leaves no partial archive behind. Archives are read back here with libarchive on
// its own, not through the engine's verification.

#include "core/archive/archive.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/mount.h>
#endif

using qm::ArchiveCallbacks;
using qm::ArchiveFormat;
using qm::ArchiveItem;
using qm::ArchivePlan;
using qm::ArchiveRequest;
using qm::ArchiveResult;

Q_DECLARE_METATYPE(qm::ArchiveFormat)

namespace {

constexpr qint64 kDayMs = 86'400'000;
using Contents = QMap<QString, QByteArray>;

/// Sets the modification time of `path` itself (a symlink, not its target).
bool setModified(const QString &path, qint64 ms)
{
    struct timespec times[2];
    times[0].tv_sec = time_t(ms / 1000);
    times[0].tv_nsec = long(ms % 1000) * 1'000'000;
    times[1] = times[0];
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW) ==
           0;
}

bool writeFile(const QString &path, const QByteArray &content, qint64 modifiedMs)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return setModified(path, modifiedMs);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Incompressible bytes, the same for the same seed.
QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes;
    bytes.reserve(size + 4);
    while (bytes.size() < size) {
        const quint32 word = generator.generate();
        bytes.append(reinterpret_cast<const char *>(&word), sizeof word);
    }
    bytes.truncate(size);
    return bytes;
}

/// The entries of an archive as libarchive reads it with every format and filter it
/// knows: name → content; one entry "<unreadable>" when it cannot be read to its end.
Contents readArchive(const QString &path, bool raw)
{
    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    if (raw)
        archive_read_support_format_raw(a);
    else
        archive_read_support_format_all(a);
    std::optional<Contents> result;
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) == ARCHIVE_OK) {
        Contents entries;
        struct archive_entry *entry = nullptr;
        int r = ARCHIVE_OK;
        while ((r = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
            QByteArray data;
            char buffer[65536];
            la_ssize_t n = 0;
            while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
                data.append(buffer, n);
            if (n < 0)
                break;
            entries.insert(QString::fromUtf8(archive_entry_pathname_utf8(entry)), data);
        }
        if (r == ARCHIVE_EOF)
            result = entries;
    }
    archive_read_free(a);
    return result.value_or(Contents{{QStringLiteral("<unreadable>"), QByteArray()}});
}

/// Writes `entries` as a valid .tar.zst at `path`, replacing it.
bool writeTarZst(const QString &path, const Contents &entries)
{
    struct archive *a = archive_write_new();
    bool ok = archive_write_set_format_pax_restricted(a) == ARCHIVE_OK &&
              archive_write_add_filter_zstd(a) == ARCHIVE_OK &&
              archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (auto it = entries.cbegin(); ok && it != entries.cend(); ++it) {
        struct archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, it.key().toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, it.value().size());
        ok = archive_write_header(a, entry) == ARCHIVE_OK &&
             archive_write_data(a, it.value().constData(), size_t(it.value().size())) ==
                 it.value().size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

/// Every file and symlink below `folder`, hidden ones too, relative and sorted.
QStringList filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A private trash: QFile::moveToTrash uses $XDG_DATA_HOME/Trash.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
    }

    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_root = m_dir->filePath(QStringLiteral("data"));
        m_outside = m_dir->filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(QDir().mkpath(m_outside));
        m_now = QDateTime::currentMSecsSinceEpoch();
        m_removals = 0;
    }

    void cleanup()
    {
#ifdef Q_OS_LINUX
        for (const QString &mountPoint : std::as_const(m_mounts))
            ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH);
#endif
        m_mounts.clear();
        // QTemporaryDir cannot remove a name that is not valid UTF-8.
        ::unlink(QByteArray(QFile::encodeName(m_root) + "/bad\xff.log").constData());
        m_dir.reset();
    }

    void formatKeys()
    {
        QCOMPARE(qm::archiveFormatKey(ArchiveFormat::TarZst), QStringLiteral("zst"));
        QCOMPARE(qm::archiveFormatKey(ArchiveFormat::TarGz), QStringLiteral("gz"));
        QVERIFY(qm::archiveFormatFromKey(QStringLiteral("zst")) == ArchiveFormat::TarZst);
        QVERIFY(qm::archiveFormatFromKey(QStringLiteral("gz")) == ArchiveFormat::TarGz);
        QVERIFY(!qm::archiveFormatFromKey(QStringLiteral("xz")));
    }

    void planPicksExactlyTheOldFiles()
    {
        const qint64 cutoff = m_now - 30 * kDayMs;
        QVERIFY(writeFile(path(u"old.log"), "old", daysAgo(40)));
        QVERIFY(writeFile(path(u"sub/deep/old.bin"), "older", daysAgo(400)));
        QVERIFY(writeFile(path(u"sub/just-old.txt"), "x", cutoff - 1));
        QVERIFY(writeFile(path(u"sub/at-cutoff.txt"), "x", cutoff)); // not older: stays
        QVERIFY(writeFile(path(u"new.log"), "new", daysAgo(1)));
        QVERIFY(writeFile(path(u".hidden"), "h", daysAgo(90)));
        QVERIFY(writeFile(path(u"archives/earlier.tar.zst"), "a", daysAgo(90))); // output folder
        QVERIFY(writeFile(path(u".Trash-0/files/trashed.log"), "t", daysAgo(90)));
        QVERIFY(writeFile(path(u"sub/.Trash/files/trashed.log"), "t", daysAgo(90)));
        // The name the plan would pick is taken: it picks the next one.
        const QString stamp = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC)
                                  .toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QVERIFY(writeFile(path(u"archives/data-" + stamp + u".tar.zst"), "taken", daysAgo(90)));

        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(
            relativePaths(*plan),
            (QStringList{QStringLiteral(".hidden"), QStringLiteral("old.log"),
                         QStringLiteral("sub/deep/old.bin"), QStringLiteral("sub/just-old.txt")}));
        QCOMPARE(plan->totalBytes, qint64(1 + 3 + 5 + 1));
        QCOMPARE(plan->items.at(1).sizeBytes, qint64(3));
        QCOMPARE(plan->items.at(1).modifiedMs, daysAgo(40));
        QVERIFY(!plan->singleFile);
        QCOMPARE(plan->root, m_root);
        QCOMPARE(plan->cutoffMs, cutoff);
        QCOMPARE(plan->archivePath, path(u"archives/data-" + stamp + u"-2.tar.zst"));
        QCOMPARE(plan->skippedSymlinks, 0);

        // An output folder inside the root is not archived either; nor is a name that is
        // not valid UTF-8 (it could not be opened again by name).
        QVERIFY(writeFile(path(u"out/earlier.tar.gz"), "o", daysAgo(90)));
        const QByteArray badName = QFile::encodeName(m_root) + "/bad\xff.log";
        const int fd = ::open(badName.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
        QVERIFY(fd >= 0);
        ::close(fd);
        struct timespec old[2] = {{time_t(daysAgo(90) / 1000), 0}, {time_t(daysAgo(90) / 1000), 0}};
        QCOMPARE(::utimensat(AT_FDCWD, badName.constData(), old, 0), 0);
        auto elsewhere = request(m_root);
        elsewhere.outputDirectory = path(u"out");
        const auto inside = qm::planArchive(elsewhere, nullptr, &error);
        QVERIFY2(inside, qPrintable(error));
        QCOMPARE(relativePaths(*inside), relativePaths(*plan));
        QCOMPARE(inside->skippedSpecial, 1);
        QVERIFY(inside->archivePath.startsWith(path(u"out/data-")));

        auto gz = request(m_root);
        gz.format = ArchiveFormat::TarGz;
        QVERIFY(qm::planArchive(gz, nullptr, &error)->archivePath.endsWith(stamp + u".tar.gz"));
        // Planning changed nothing.
        QVERIFY(QFile::exists(path(u"old.log")));
    }

    void planRefusesBadRequests()
    {
        QString error;
        QVERIFY(!qm::planArchive(request(path(u"missing")), nullptr, &error));
        QVERIFY(error.contains(path(u"missing")));

        QVERIFY(QFile::link(m_root, m_dir->filePath(QStringLiteral("link-to-data"))));
        QVERIFY(!qm::planArchive(request(m_dir->filePath(QStringLiteral("link-to-data"))), nullptr,
                                 &error));
        QVERIFY2(error.contains(u"symbolic link"), qPrintable(error));

        auto missingOutput = request(m_root);
        missingOutput.outputDirectory = path(u"nowhere");
        QVERIFY(!qm::planArchive(missingOutput, nullptr, &error));
        QVERIFY2(error.contains(path(u"nowhere")), qPrintable(error));

        auto negative = request(m_root);
        negative.olderThanDays = -1;
        QVERIFY(!qm::planArchive(negative, nullptr, &error));

        std::atomic<bool> cancel{true};
        QVERIFY(!qm::planArchive(request(m_root), &cancel, &error));
    }

    // A symlink to a folder outside the root and a symlink to a file outside it are never
    // followed: not listed, not archived, not removed.
    void symlinksAreNeverFollowed()
    {
        QVERIFY(writeFile(path(u"real.log"), "real", daysAgo(40)));
        QVERIFY(writeFile(m_outside + u"/secret/precious.db", "precious", daysAgo(400)));
        QVERIFY(writeFile(m_outside + u"/lonely.txt", "lonely", daysAgo(400)));
        QVERIFY(QFile::link(m_outside + u"/secret", path(u"link-to-folder")));
        QVERIFY(QDir().mkpath(path(u"sub")));
        QVERIFY(QFile::link(m_outside + u"/lonely.txt", path(u"sub/link-to-file")));
        QVERIFY(setModified(path(u"link-to-folder"), daysAgo(400)));
        QVERIFY(setModified(path(u"sub/link-to-file"), daysAgo(400)));

        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(relativePaths(*plan), QStringList{QStringLiteral("real.log")});
        QCOMPARE(plan->skippedSymlinks, 2);

        const ArchiveResult result = qm::executeArchive(*plan, countingCallbacks());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readArchive(result.archivePath, false),
                 (Contents{{QStringLiteral("real.log"), "real"}}));
        QCOMPARE(readFile(m_outside + u"/secret/precious.db"), QByteArray("precious"));
        QCOMPARE(readFile(m_outside + u"/lonely.txt"), QByteArray("lonely"));
        QVERIFY(QFileInfo(path(u"link-to-folder")).isSymLink());
        QVERIFY(QFileInfo(path(u"sub/link-to-file")).isSymLink());
    }

    // A folder swapped for a symlink between planning and execution leads nowhere: the
    // files behind the link are not archived and not removed, even with the same names,
    // sizes and times as planned.
    void folderSwappedForSymlinkAfterPlanning()
    {
        QVERIFY(writeFile(path(u"top.log"), "top", daysAgo(40)));
        QVERIFY(writeFile(path(u"sub/a.log"), "aaaa", daysAgo(40)));
        QVERIFY(writeFile(m_outside + u"/a.log", "AAAA", daysAgo(40)));
        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->items.size(), qsizetype(2));

        QVERIFY(QDir().rename(path(u"sub"), path(u"sub-moved")));
        QVERIFY(QFile::link(m_outside, path(u"sub")));
        const ArchiveResult result = qm::executeArchive(*plan, countingCallbacks());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.filesArchived, 1);
        QCOMPARE(result.filesLeftOut, 1);
        QCOMPARE(readArchive(result.archivePath, false),
                 (Contents{{QStringLiteral("top.log"), "top"}}));
        QCOMPARE(readFile(m_outside + u"/a.log"), QByteArray("AAAA"));
        QCOMPARE(readFile(path(u"sub-moved/a.log")), QByteArray("aaaa"));
    }

    void anotherFilesystemIsNotEntered()
    {
#ifdef Q_OS_LINUX
        QVERIFY(writeFile(path(u"here.log"), "here", daysAgo(40)));
        if (!mountTmpfs(path(u"mnt"), QByteArrayLiteral("size=1m")))
            return;
        QVERIFY(writeFile(path(u"mnt/there.log"), "there", daysAgo(40)));
        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(relativePaths(*plan), QStringList{QStringLiteral("here.log")});
        QCOMPARE(plan->skippedMounts, 1);
#else
        QSKIP("mounting a test filesystem needs Linux");
#endif
    }

    void roundTrip_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("tar.zst") << ArchiveFormat::TarZst << QByteArray("\x28\xb5\x2f\xfd");
        QTest::newRow("tar.gz") << ArchiveFormat::TarGz << QByteArray("\x1f\x8b");
    }

    void roundTrip()
    {
        QFETCH(ArchiveFormat, format);
        QFETCH(QByteArray, magic);
        const Contents files{
            {QStringLiteral("a.log"), QByteArray("a line of a log\n").repeated(20000)},
            {QStringLiteral("empty.txt"), QByteArray()},
            {QStringLiteral("sub/deep/random.bin"), randomBytes(3 * 1024 * 1024 + 5, 1)},
            {QStringLiteral("café/naïve résumé.txt"), "accents"},
            {QStringLiteral("long/") + QString(120, u'x') + u".txt", "a name past ustar's 100"},
        };
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QVERIFY(writeFile(path(it.key()), it.value(), daysAgo(60)));
        QVERIFY(writeFile(path(u"new.log"), "recent", daysAgo(1)));
        auto req = request(m_root);
        req.format = format;
        QString error;
        const auto plan = qm::planArchive(req, nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->items.size(), files.size());
        // Left by an interrupted run: replaced, never in the way.
        QVERIFY(writeFile(qm::archivePartialPath(plan->archivePath), "stale", m_now));

        QStringList lines;
        qint64 lastDone = -1, lastTotal = -1;
        ArchiveCallbacks callbacks; // default removal: the trash
        callbacks.log = [&](const QString &line) { lines.append(line); };
        callbacks.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        };
        const QStringList trashBefore = filesBelow(m_home.path());
        const ArchiveResult result = qm::executeArchive(*plan, callbacks);
        QVERIFY2(result.ok, qPrintable(result.error + u'\n' + lines.join(u'\n')));
        QCOMPARE(result.archivePath, plan->archivePath);
        QCOMPARE(result.filesArchived, int(files.size()));
        QCOMPARE(result.bytesArchived, plan->totalBytes);
        QCOMPARE(result.originalsRemoved, int(files.size()));
        QCOMPARE(result.originalsKept, 0);
        QCOMPARE(lastDone, 2 * plan->totalBytes);
        QCOMPARE(lastTotal, 2 * plan->totalBytes);
        QVERIFY(result.archiveBytes < plan->totalBytes); // the log compresses
        QCOMPARE(QFileInfo(result.archivePath).size(), result.archiveBytes);
        QVERIFY(readFile(result.archivePath).startsWith(magic));
        QCOMPARE(readArchive(result.archivePath, false), files);

        // The originals are in the trash, the recent file and every folder stay.
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QVERIFY2(!QFile::exists(path(it.key())), qPrintable(it.key()));
        QCOMPARE(readFile(path(u"new.log")), QByteArray("recent"));
        QVERIFY(QFileInfo(path(u"sub/deep")).isDir());
        QVERIFY(QFileInfo(path(u"café")).isDir());
        QStringList trashed;
        for (const QString &file : filesBelow(m_home.path())) {
            if (!trashBefore.contains(file) && file.startsWith(u"Trash/files/"))
                trashed.append(file);
        }
        QCOMPARE(trashed.size(), files.size());
        QByteArrayList trashedContents, expectedContents = files.values();
        for (const QString &file : std::as_const(trashed))
            trashedContents.append(readFile(m_home.filePath(file)));
        std::sort(trashedContents.begin(), trashedContents.end());
        std::sort(expectedContents.begin(), expectedContents.end());
        QVERIFY(trashedContents == expectedContents);
        QCOMPARE(filesBelow(path(u"archives")),
                 QStringList{QFileInfo(result.archivePath).fileName()});
        QVERIFY(result.archivePath.endsWith(format == ArchiveFormat::TarZst ? u".tar.zst"
                                                                            : u".tar.gz"));
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.last().contains(u"Archived"), qPrintable(lines.last()));
        QVERIFY(result.archivePath.startsWith(path(u"archives/")));
        // Read-only for others: an archive may hold files they could not read.
        QVERIFY(!(QFileInfo(result.archivePath).permissions() & QFileDevice::ReadOther));
        QVERIFY(!QFile::exists(qm::archivePartialPath(result.archivePath)));
    }

    void singleFile_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        QTest::addColumn<bool>("otherFolder");
        QTest::newRow("zst beside") << ArchiveFormat::TarZst << false;
        QTest::newRow("gz beside") << ArchiveFormat::TarGz << false;
        QTest::newRow("zst elsewhere") << ArchiveFormat::TarZst << true;
    }

    void singleFile()
    {
        QFETCH(ArchiveFormat, format);
        QFETCH(bool, otherFolder);
        const QByteArray content =
            QByteArray("CREATE TABLE t;").repeated(1000) + randomBytes(2 << 20, 7);
        QVERIFY(writeFile(path(u"merged.db"), content, daysAgo(100)));
        auto req = request(path(u"merged.db"));
        req.format = format;
        if (otherFolder)
            req.outputDirectory = m_outside;
        QString error;
        const auto plan = qm::planArchive(req, nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(plan->singleFile);
        const QString extension =
            format == ArchiveFormat::TarZst ? QStringLiteral(".zst") : QStringLiteral(".gz");
        const QString expected =
            (otherFolder ? m_outside + u"/merged.db" : path(u"merged.db")) + extension;
        QCOMPARE(plan->archivePath, expected);
        QCOMPARE(relativePaths(*plan), QStringList{QStringLiteral("merged.db")});

        const ArchiveResult result = qm::executeArchive(*plan, countingCallbacks());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.archivePath, expected);
        QCOMPARE(m_removals, 1);
        QVERIFY(!QFile::exists(path(u"merged.db")));
        // A bare compressed stream: it decompresses to the file itself.
        const Contents entries = readArchive(expected, true);
        QCOMPARE(entries.size(), qsizetype(1));
        QVERIFY(entries.first() == content);

        // An archive already there is never replaced, and a file too young is left alone.
        QVERIFY(writeFile(path(u"merged.db"), "again", daysAgo(100)));
        QVERIFY(!qm::planArchive(req, nullptr, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(writeFile(path(u"young.db"), "young", daysAgo(2)));
        const auto young = qm::planArchive(request(path(u"young.db")), nullptr, &error);
        QVERIFY2(young, qPrintable(error));
        QVERIFY(young->items.isEmpty());
        const ArchiveResult nothing = qm::executeArchive(*young, countingCallbacks());
        QVERIFY(nothing.ok);
        QVERIFY(nothing.archivePath.isEmpty());
        QVERIFY(!QFile::exists(young->archivePath));
        QCOMPARE(readFile(path(u"young.db")), QByteArray("young"));
    }

    // A file changed (or gone) between planning and writing is left out and untouched.
    void fileChangedAfterPlanningIsLeftOut()
    {
        QVERIFY(writeFile(path(u"a.log"), "aaa", daysAgo(40)));
        QVERIFY(writeFile(path(u"b.log"), "bbb", daysAgo(40)));
        QVERIFY(writeFile(path(u"c.log"), "ccc", daysAgo(40)));
        QVERIFY(writeFile(path(u"d.log"), "ddd", daysAgo(40)));
        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->items.size(), qsizetype(4));

        QVERIFY(writeFile(path(u"b.log"), "bbb and more", daysAgo(40))); // size differs
        QVERIFY(setModified(path(u"d.log"), daysAgo(41)));               // time differs
        QVERIFY(QFile::remove(path(u"c.log")));
        QStringList lines;
        ArchiveCallbacks callbacks = countingCallbacks();
        callbacks.log = [&](const QString &line) { lines.append(line); };
        const ArchiveResult result = qm::executeArchive(*plan, callbacks);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.filesArchived, 1);
        QCOMPARE(result.filesLeftOut, 3);
        QCOMPARE(result.originalsRemoved, 1);
        QCOMPARE(readArchive(result.archivePath, false),
                 (Contents{{QStringLiteral("a.log"), "aaa"}}));
        QVERIFY(!QFile::exists(path(u"a.log")));
        QCOMPARE(readFile(path(u"b.log")), QByteArray("bbb and more"));
        QCOMPARE(readFile(path(u"d.log")), QByteArray("ddd"));
        QVERIFY(lines.join(u'\n').contains(path(u"b.log")));
    }

    // A file changed after it went into the archive (here: before verification) is kept.
    void fileChangedAfterArchivingIsKept()
    {
        QVERIFY(writeFile(path(u"a.log"), "aaa", daysAgo(40)));
        QVERIFY(writeFile(path(u"b.log"), "bbb", daysAgo(40)));
        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        ArchiveCallbacks callbacks = countingCallbacks();
        callbacks.beforeVerify = [this](const QString &) {
            QVERIFY(writeFile(path(u"a.log"), "AAA", daysAgo(39))); // same size, new content
        };
        const ArchiveResult result = qm::executeArchive(*plan, callbacks);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.filesArchived, 2);
        QCOMPARE(result.originalsRemoved, 1);
        QCOMPARE(result.originalsKept, 1);
        QCOMPARE(readFile(path(u"a.log")), QByteArray("AAA"));
        QVERIFY(!QFile::exists(path(u"b.log")));
    }

    void corruptedReadBackKeepsOriginals_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        QTest::addColumn<bool>("truncate");
        QTest::newRow("zst, a byte flipped") << ArchiveFormat::TarZst << false;
        QTest::newRow("gz, a byte flipped") << ArchiveFormat::TarGz << false;
        QTest::newRow("zst, cut short") << ArchiveFormat::TarZst << true;
        QTest::newRow("gz, cut short") << ArchiveFormat::TarGz << true;
    }

    void corruptedReadBackKeepsOriginals()
    {
        QFETCH(ArchiveFormat, format);
        QFETCH(bool, truncate);
        const Contents files = threeFiles();
        auto req = request(m_root);
        req.format = format;
        QString error;
        const auto plan = qm::planArchive(req, nullptr, &error);
        QVERIFY2(plan, qPrintable(error));

        ArchiveCallbacks callbacks = countingCallbacks();
        bool damaged = false;
        callbacks.beforeVerify = [&](const QString &archivePath) {
            QFile file(archivePath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 middle = file.size() / 2; // inside big.bin, which is most of it
            if (truncate) {
                QVERIFY(file.resize(middle));
            } else {
                QVERIFY(file.seek(middle));
                const char byte = file.read(1).at(0);
                QVERIFY(file.seek(middle));
                QCOMPARE(file.write(QByteArray(1, char(byte ^ 0x20))), 1);
            }
            damaged = true;
        };
        const ArchiveResult result = qm::executeArchive(*plan, callbacks);
        QVERIFY(damaged);
        QVERIFY(!result.ok);
        qInfo().noquote() << result.error;
        QVERIFY2(result.error.contains(u"Verification") && result.error.contains(u"big.bin"),
                 qPrintable(result.error));
        QVERIFY(result.archivePath.isEmpty());
        QVERIFY(!QFile::exists(plan->archivePath));
        QCOMPARE(filesBelow(path(u"archives")), QStringList());
        QCOMPARE(m_removals, 0);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QCOMPARE(readFile(path(it.key())), it.value());
    }

    // A well-formed archive that lacks a written file, or holds one more, fails too.
    void verificationNeedsExactlyTheWrittenEntries_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("named");
        QTest::newRow("one missing") << QStringLiteral("drop") << QStringLiteral("b.log");
        QTest::newRow("one extra") << QStringLiteral("add") << QStringLiteral("intruder.txt");
    }

    void verificationNeedsExactlyTheWrittenEntries()
    {
        QFETCH(QString, change);
        QFETCH(QString, named);
        const Contents files = threeFiles();
        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        ArchiveCallbacks callbacks = countingCallbacks();
        callbacks.beforeVerify = [&](const QString &archivePath) {
            Contents entries = readArchive(archivePath, false);
            QCOMPARE(entries, files);
            if (change == u"drop")
                entries.remove(named);
            else
                entries.insert(named, "not written by the engine");
            QVERIFY(writeTarZst(archivePath, entries));
        };
        const ArchiveResult result = qm::executeArchive(*plan, callbacks);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"Verification") && result.error.contains(named),
                 qPrintable(result.error));
        QVERIFY(!QFile::exists(plan->archivePath));
        QCOMPARE(m_removals, 0);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QCOMPARE(readFile(path(it.key())), it.value());
    }

    // A full filesystem: the write fails, the partial archive goes, the originals stay.
    void fullFilesystemKeepsOriginals_data()
    {
        QTest::addColumn<bool>("singleFile");
        QTest::newRow("folder") << false;
        QTest::newRow("single file") << true;
    }

    void fullFilesystemKeepsOriginals()
    {
        QFETCH(bool, singleFile);
        const QString output = m_dir->filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(output));
        int expectedErrno = ENOSPC;
        bool limited = false;
        if (!mountTmpfs(output, QByteArrayLiteral("size=512k"), /*required=*/false)) {
            // Not allowed to mount: a file size limit fails the same writes (EFBIG).
            if (qEnvironmentVariable("CI") == u"true")
                QFAIL("cannot mount a small tmpfs to fill up");
            expectedErrno = EFBIG;
            limited = true;
        }
        const Contents files = singleFile
                                   ? Contents{{QStringLiteral("big.db"), randomBytes(3 << 20, 3)}}
                                   : threeFiles();
        if (singleFile)
            QVERIFY(writeFile(path(u"big.db"), files.first(), daysAgo(40)));
        auto req = request(singleFile ? path(u"big.db") : m_root);
        req.outputDirectory = output;
        QString error;
        const auto plan = qm::planArchive(req, nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(plan->totalBytes > 2 << 20);

        struct rlimit saved = {};
        if (limited) {
            ::signal(SIGXFSZ, SIG_IGN);
            ::getrlimit(RLIMIT_FSIZE, &saved);
            struct rlimit small = saved;
            small.rlim_cur = 512 * 1024;
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        }
        const ArchiveResult result = qm::executeArchive(*plan, countingCallbacks());
        if (limited)
            ::setrlimit(RLIMIT_FSIZE, &saved);
        QVERIFY(!result.ok);
        qInfo().noquote() << result.error;
        QVERIFY2(result.error.contains(errnoText(expectedErrno)) &&
                     result.error.contains(plan->archivePath) &&
                     result.error.contains(u"nothing was removed"),
                 qPrintable(result.error));
        QCOMPARE(filesBelow(output), QStringList());
        QCOMPARE(m_removals, 0);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QCOMPARE(readFile(path(it.key())), it.value());
    }

    void cancelWhileWritingKeepsOriginals()
    {
        const Contents files = threeFiles();
        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        std::atomic<bool> cancel{false};
        qint64 doneWhenCancelled = -1;
        QStringList lines;
        ArchiveCallbacks callbacks = countingCallbacks();
        callbacks.cancel = &cancel;
        callbacks.progressIntervalMs = 0;
        callbacks.log = [&](const QString &line) { lines.append(line); };
        callbacks.progress = [&](qint64 done, qint64) {
            if (done > 0 && !cancel) {
                doneWhenCancelled = done;
                cancel = true;
            }
        };
        const ArchiveResult result = qm::executeArchive(*plan, callbacks);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"Cancelled while writing"), qPrintable(result.error));
        QVERIFY(doneWhenCancelled > 0 && doneWhenCancelled < plan->totalBytes);
        QVERIFY(!lines.join(u'\n').contains(u"Verified"));
        QCOMPARE(filesBelow(path(u"archives")), QStringList());
        QCOMPARE(m_removals, 0);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QCOMPARE(readFile(path(it.key())), it.value());
    }

    // Cancelled during removal: the verified archive stays, the rest of the originals too.
    void cancelWhileRemovingKeepsArchive()
    {
        const Contents files = threeFiles();
        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        std::atomic<bool> cancel{false};
        ArchiveCallbacks callbacks = countingCallbacks();
        callbacks.cancel = &cancel;
        callbacks.removeOriginal = [&](const QString &file, QString *) {
            cancel = true;
            return QFile::remove(file);
        };
        const ArchiveResult result = qm::executeArchive(*plan, callbacks);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"Cancelled"), qPrintable(result.error));
        QCOMPARE(result.archivePath, plan->archivePath);
        QCOMPARE(readArchive(result.archivePath, false), files);
        QCOMPARE(result.originalsRemoved, 1);
        QCOMPARE(result.originalsKept, 2);
        QCOMPARE(filesBelow(m_root).size(), qsizetype(3)); // two originals and the archive
    }

    void removalFailureIsReportedAndKeepsTheFile()
    {
        const Contents files = threeFiles();
        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        ArchiveCallbacks callbacks = countingCallbacks();
        callbacks.removeOriginal = [](const QString &file, QString *why) {
            if (file.endsWith(u"b.log")) {
                *why = QStringLiteral("the trash is full");
                return false;
            }
            return QFile::remove(file);
        };
        const ArchiveResult result = qm::executeArchive(*plan, callbacks);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(path(u"b.log")) &&
                     result.error.contains(u"the trash is full"),
                 qPrintable(result.error));
        QCOMPARE(result.archivePath, plan->archivePath); // verified: it stays
        QCOMPARE(readArchive(result.archivePath, false), files);
        QCOMPARE(result.originalsRemoved, 2);
        QCOMPARE(result.originalsKept, 1);
        QVERIFY(QFile::exists(path(u"b.log")));
    }

    void existingArchiveIsNeverReplaced()
    {
        const Contents files = threeFiles();
        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(writeFile(plan->archivePath, "precious", m_now));
        const ArchiveResult result = qm::executeArchive(*plan, countingCallbacks());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(plan->archivePath), qPrintable(result.error));
        QCOMPARE(readFile(plan->archivePath), QByteArray("precious"));
        QCOMPARE(filesBelow(path(u"archives")),
                 QStringList{QFileInfo(plan->archivePath).fileName()});
        QCOMPARE(m_removals, 0);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QCOMPARE(readFile(path(it.key())), it.value());
    }

    void planJsonRoundTrip()
    {
        QVERIFY(writeFile(path(u"a.log"), "aaa", daysAgo(40) + 123));
        QVERIFY(writeFile(path(u"sub/é.log"), "bbbb", daysAgo(50)));
        QVERIFY(QFile::link(m_outside, path(u"link")));
        QString error;
        const auto plan = qm::planArchive(request(m_root), nullptr, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->skippedSymlinks, 1);
        const QJsonObject json = plan->toJson();
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("totalBytes")).toInteger(), qint64(7));
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("zst"));
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const auto back = ArchivePlan::fromJson(reread, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, *plan);

        // A damaged plan is refused, naming what is wrong; a path out of the root above all.
        const auto withItemPath = [&](const QString &itemPath) {
            QJsonObject damaged = json;
            QJsonArray items = damaged.value(QStringLiteral("items")).toArray();
            QJsonObject first = items.at(0).toObject();
            first.insert(QStringLiteral("path"), itemPath);
            items.replace(0, first);
            damaged.insert(QStringLiteral("items"), items);
            return damaged;
        };
        for (const QString &bad : {QStringLiteral("../escape"), QStringLiteral("/etc/passwd"),
                                   QStringLiteral("a//b"), QStringLiteral("sub/./x")}) {
            QVERIFY2(!ArchivePlan::fromJson(withItemPath(bad), &error), qPrintable(bad));
            QVERIFY2(error.contains(u"items[0].path"), qPrintable(error));
        }
        QVERIFY(!ArchivePlan::fromJson(withItemPath(QStringLiteral("sub/é.log")), &error));
        QVERIFY2(error.contains(u"items[1].path"), qPrintable(error)); // twice: refused
        QJsonObject noRoot = json;
        noRoot.remove(QStringLiteral("root"));
        QVERIFY(!ArchivePlan::fromJson(noRoot, &error));
        QVERIFY(error.contains(u"root"));
        QJsonObject badFormat = json;
        badFormat.insert(QStringLiteral("format"), QStringLiteral("xz"));
        QVERIFY(!ArchivePlan::fromJson(badFormat, &error));
        QJsonObject badTotal = json;
        badTotal.insert(QStringLiteral("totalBytes"), 1);
        QVERIFY(!ArchivePlan::fromJson(badTotal, &error));

        // A host's plan keeps its host, quarantine run folder and stat flavour; a plan of
        // this machine says no host at all (as plans saved before hosts could be archived).
        QVERIFY(!json.contains(QStringLiteral("host")));
        ArchivePlan remote = *plan;
        remote.host = QStringLiteral("gpu-1");
        remote.runFolder = QStringLiteral("20261123T101500Z-5f3a09c2");
        remote.gnuStat = false;
        const auto remoteBack = ArchivePlan::fromJson(remote.toJson(), &error);
        QVERIFY2(remoteBack, qPrintable(error));
        QCOMPARE(*remoteBack, remote);
        for (const QString &bad : {QString(), QStringLiteral("../../etc"),
                                   QStringLiteral("20261123T101500Z-5f3a09c2/x")}) {
            QJsonObject badRun = remote.toJson();
            badRun.insert(QStringLiteral("runFolder"), bad);
            QVERIFY2(!ArchivePlan::fromJson(badRun, &error), qPrintable(bad));
            QVERIFY(error.contains(u"runFolder"));
        }
    }

private:
    QString path(QStringView relative) const
    {
        return m_root + u'/' + relative;
    }
    QString path(const QString &relative) const
    {
        return m_root + u'/' + relative;
    }
    qint64 daysAgo(int days) const
    {
        return m_now - days * kDayMs;
    }

    ArchiveRequest request(const QString &root) const
    {
        ArchiveRequest request;
        request.root = root;
        request.olderThanDays = 30;
        request.nowMs = m_now;
        return request;
    }

    static QStringList relativePaths(const ArchivePlan &plan)
    {
        QStringList paths;
        for (const ArchiveItem &item : plan.items)
            paths.append(item.relativePath);
        return paths;
    }

    /// Callbacks whose removal deletes the file outright and counts the calls.
    ArchiveCallbacks countingCallbacks()
    {
        ArchiveCallbacks callbacks;
        callbacks.removeOriginal = [this](const QString &file, QString *error) {
            ++m_removals;
            QFile victim(file);
            if (victim.remove())
                return true;
            *error = victim.errorString();
            return false;
        };
        return callbacks;
    }

    /// Two small logs and 3 MiB of random data (most of any archive of them), all old.
    Contents threeFiles()
    {
        const Contents files{{QStringLiteral("a.log"), QByteArray("log line\n").repeated(1000)},
                             {QStringLiteral("b.log"), "bbb"},
                             {QStringLiteral("big.bin"), randomBytes(3 << 20, 5)}};
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!writeFile(path(it.key()), it.value(), daysAgo(40)))
                qFatal("cannot write the test files");
        }
        return files;
    }

    /// Mounts a fresh tmpfs on `folder` (unmounted in cleanup). False where mounting is not
    /// allowed (not root, no CAP_SYS_ADMIN); then, when `required`, the test is skipped —
    /// or failed under CI=true, where the tests run as root.
    bool mountTmpfs(const QString &folder, const QByteArray &options, bool required = true)
    {
#ifdef Q_OS_LINUX
        QDir().mkpath(folder);
        if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0,
                    options.constData()) == 0) {
            m_mounts.append(folder);
            return true;
        }
        const QString why = errnoText(errno);
#else
        const QString why = QStringLiteral("not Linux");
#endif
        if (required) {
            if (qEnvironmentVariable("CI") == u"true")
                QTest::qFail(qPrintable(u"cannot mount a tmpfs: " + why), __FILE__, __LINE__);
            else
                QTest::qSkip(qPrintable(u"cannot mount a tmpfs: " + why), __FILE__, __LINE__);
        }
        return false;
    }

    QTemporaryDir m_home;
    std::optional<QTemporaryDir> m_dir;
    QString m_root;
    QString m_outside;
    QStringList m_mounts;
    qint64 m_now = 0;
    int m_removals = 0;
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
