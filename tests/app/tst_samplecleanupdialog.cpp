// The sample cleanup dialog refuses, in the cleanup job's own words, a root the job
// would refuse (a protected folder: a system folder, a drive's root), and queues
// nothing then; an ordinary data directory is offered as before.

#include "app/samples/samplecleanupdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace qm;

namespace {

SampleRecord sample(const QString &host, const QString &dataDir)
{
    SampleRecord record;
    record.source = {host, dataDir};
    record.relativePath = QStringLiteral("ply_files/rejected_samples/g1_0000000000000001.ply");
    record.sizeBytes = 1000;
    record.modifiedMs = 1'700'000'000'000;
    return record;
}

} // namespace

class TestSampleCleanupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void protectedRootsAreRefused_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("dataDir");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        QTest::newRow("inside /usr, this machine")
            << QString() << QStringLiteral("/usr") << QStringLiteral("/usr/ply_files");
        QTest::newRow("inside /etc, a host")
            << QStringLiteral("gpu-1") << QStringLiteral("/etc/miner")
            << QStringLiteral("gpu-1:/etc/miner/ply_files");
        QTest::newRow("an ordinary data directory")
            << QString() << QStringLiteral("/data/miner") << QString();
    }

    void protectedRootsAreRefused()
    {
        QFETCH(QString, host);
        QFETCH(QString, dataDir);
        QFETCH(QString, refusal);
        std::unique_ptr<SampleCleanupDialog> dialog(
            SampleCleanupDialog::forSelection({sample(host, dataDir)}));
        const auto *summary = dialog->findChild<QLabel *>(QStringLiteral("cleanupSummary"));
        QVERIFY(summary);
        const QPushButton *queue =
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (refusal.isEmpty()) {
            QVERIFY2(!summary->text().contains(QStringLiteral("Refusing")),
                     qPrintable(summary->text()));
            QVERIFY(queue->isEnabled());
            return;
        }
        QVERIFY2(summary->text().startsWith(QStringLiteral("Refusing to act on ") + refusal),
                 qPrintable(summary->text()));
        QVERIFY(!queue->isEnabled());
    }
};

QTEST_MAIN(TestSampleCleanupDialog)
#include "tst_samplecleanupdialog.moc"
