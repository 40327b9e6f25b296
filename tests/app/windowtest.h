#pragma once

// What the GUI tests of the whole window share: a real MainWindow, shown offscreen, over
// a temporary folder of its own (its history, alerts and job queue under XDG_DATA_HOME
// there, its settings in a file there), never the user's.

#include "app/mainwindow/mainwindow.h"
#include "core/settings/settings.h"

#include <QFile>
#include <QLocale>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace qmtest {

class WindowTest : public QObject
{
protected:
    /// Opens the window (call it from init()): false when it could not be shown.
    bool openWindow()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_dir = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("data"))));
        m_settings =
            std::make_unique<qm::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<qm::MainWindow>(m_settings.get());
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    /// Closes the window and removes its folder (call it from cleanup()).
    void closeWindow()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<qm::Settings> m_settings;
    std::unique_ptr<qm::MainWindow> m_window;
};

} // namespace qmtest
