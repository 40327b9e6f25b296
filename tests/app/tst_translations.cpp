// The German translation is embedded and used when the locale is German; English
// gets proper plural forms.

#include "app/dashboard/volumesmodel.h"
#include "app/mainwindow/mainwindow.h"
#include "core/i18n/translations.h"
#include "core/settings/settings.h"

#include <QApplication>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void germanIsEmbeddedAndUsed();
    void englishPluralForms();

private:
    void removeTranslators();
};

void TestTranslations::removeTranslators()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::cleanup()
{
    removeTranslators();
}

void TestTranslations::germanIsEmbeddedAndUsed()
{
    QVERIFY(qm::installTranslators(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    QTemporaryDir dir;
    qm::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    qm::MainWindow window(&settings);
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), QStringLiteral("&Datei"));
    qm::VolumesModel model;
    QCOMPARE(model.headerData(qm::VolumesModel::MountPoint, Qt::Horizontal).toString(),
             QStringLiteral("Einhängepunkt"));
}

void TestTranslations::englishPluralForms()
{
    QVERIFY(!qm::installTranslators(*qApp, QLocale(QLocale::Swahili)));
    QCOMPARE(QCoreApplication::translate("qm::DashboardPage", "%n volume(s)", nullptr, 1),
             QStringLiteral("1 volume"));
    QCOMPARE(QCoreApplication::translate("qm::DashboardPage", "%n volume(s)", nullptr, 3),
             QStringLiteral("3 volumes"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
