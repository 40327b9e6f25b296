// The main window at its default size (1100 × 700, what a first start shows): on every
// page, with a config open, at the platform's font and at the 11- and 13-point fonts
// desktops commonly use, no tool or push button is narrower than it wants to be (no label cut to
// "Prob…") and no toolbar hides actions in its overflow menu.

#include "app/config/configdocument.h"
#include "app/config/configpage.h"
#include "app/mainwindow/mainwindow.h"
#include "core/settings/settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using qm::MainWindow;

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void defaultSize();
    void nothingClippedOnAnyPage_data();
    void nothingClippedOnAnyPage();

private:
    QTemporaryDir m_dir;
    QFont m_platformFont;
    std::unique_ptr<qm::Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The history, jobs and caches of this test, not the user's.
    for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"})
        qputenv(name, QFile::encodeName(m_dir.filePath(QString::fromLatin1(name))));
    m_platformFont = QApplication::font();
    m_settings = std::make_unique<qm::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // A config open, so that the Config page shows its editor and toolbar. Its hosts are
    // .invalid names, never probed.
    QSignalSpy checked(m_window->configPage()->document(), &qm::ConfigDocument::checked);
    m_window->openConfig(
        QStringLiteral(QM_SOURCE_DIR "/tests/data/distributed_hosts.template.yaml"));
    QVERIFY(checked.wait(10000));
}

void TestLayout::cleanupTestCase()
{
    m_window.reset();
    m_settings.reset();
    QApplication::setFont(m_platformFont);
}

void TestLayout::defaultSize()
{
    QCOMPARE(m_window->size(), QSize(1100, 700));
}

void TestLayout::nothingClippedOnAnyPage_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("points"); ///< of the application font; 0: the platform's
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QVERIFY(navigation->count() >= 8);
    for (const int points : {0, 11, 13})
        for (int row = 0; row < navigation->count(); ++row) {
            const QString page = navigation->item(row)->data(Qt::UserRole).toString();
            QTest::addRow("%s, %s", qPrintable(page),
                          points == 0 ? "platform font"
                                      : qPrintable(QStringLiteral("%1 pt").arg(points)))
                << row << points;
        }
}

void TestLayout::nothingClippedOnAnyPage()
{
    QFETCH(int, row);
    QFETCH(int, points);
    QFont font = m_platformFont;
    if (points > 0)
        font.setPointSize(points);
    if (QApplication::font() != font)
        QApplication::setFont(font);
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    navigation->setCurrentRow(row);
    QWidget *page = stack->currentWidget();
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QTest::qWait(100); // the layouts settle
    QCOMPARE(m_window->size(), QSize(1100, 700));

    // The page's tool and push buttons (those of its toolbars and button rows).
    int checked = 0;
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(m_window.get()) ||
            button->objectName() == QLatin1String("qt_toolbar_ext_button") ||
            !(qobject_cast<QToolButton *>(button) || qobject_cast<QPushButton *>(button)))
            continue;
        // A button of a view (a header's, a scroll bar's) is not a button of the page.
        if (!qobject_cast<QToolBar *>(button->parentWidget()) && button->text().isEmpty())
            continue;
        ++checked;
        QVERIFY2(button->width() >= button->sizeHint().width(),
                 qPrintable(QStringLiteral("“%1” is %2 px wide, wants %3")
                                .arg(button->text())
                                .arg(button->width())
                                .arg(button->sizeHint().width())));
    }
    for (QToolBar *toolbar : page->findChildren<QToolBar *>()) {
        if (!toolbar->isVisibleTo(m_window.get()))
            continue;
        // Every action is on the bar itself, none in the overflow menu.
        const auto *more =
            toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY2(!more || !more->isVisibleTo(m_window.get()),
                 qPrintable(toolbar->objectName() + QStringLiteral(" hides actions")));
        for (QAction *action : toolbar->actions()) {
            QWidget *widget = toolbar->widgetForAction(action);
            if (action->isVisible() && widget)
                QVERIFY2(widget->isVisibleTo(m_window.get()),
                         qPrintable(action->text() + QStringLiteral(" is not on its toolbar")));
        }
    }
    QVERIFY(checked > 0 || page->findChildren<QToolBar *>().isEmpty());
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
