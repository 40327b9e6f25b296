// A system keychain of the test's own: a private D-Bus session bus and a
// gnome-keyring-daemon (its Secret Service only, its login keyring made and unlocked with
// a throwaway password), both in a temporary folder — the user's keychain is never
// touched, and tests running side by side each have theirs. start() points this process
// at that bus (DBUS_SESSION_BUS_ADDRESS), so it must run before anything in the process
// uses the session bus. Under CI (CI=true) a missing program is a failure
// (QM_REQUIRE_SERVER).
#pragma once

#include "integration/testservers.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace testservers {

class TestKeychain
{
public:
    ~TestKeychain() { stop(); }

    /// Empty on success, else why the keychain could not start.
    QString start()
    {
        const QString bus = program(QStringLiteral("dbus-daemon"));
        if (bus.isEmpty())
            return QStringLiteral("dbus-daemon is not installed (Debian: dbus-daemon)");
        const QString keyring = program(QStringLiteral("gnome-keyring-daemon"));
        if (keyring.isEmpty())
            return QStringLiteral("gnome-keyring-daemon is not installed (Debian: gnome-keyring)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        for (const QString &folder : {QStringLiteral("home"), QStringLiteral("data"),
                                      QStringLiteral("config"), QStringLiteral("runtime")})
            if (!QDir(m_dir.path()).mkdir(folder) ||
                !QFile::setPermissions(path(folder),
                                       QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                return QStringLiteral("cannot make %1").arg(path(folder));

        // A bus that starts no service by itself: only the keyring started here answers.
        QFile config(path(QStringLiteral("bus.conf")));
        if (!config.open(QIODevice::WriteOnly) ||
            config.write(
                QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                               "Configuration 1.0//EN\"\n"
                               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                               "<busconfig>\n  <type>session</type>\n"
                               "  <listen>unix:path=%1</listen>\n  <auth>EXTERNAL</auth>\n"
                               "  <policy context=\"default\">\n"
                               "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                               "    <allow eavesdrop=\"true\"/>\n    <allow own=\"*\"/>\n"
                               "  </policy>\n</busconfig>\n")
                    .arg(path(QStringLiteral("bus")))
                    .toUtf8()) < 0)
            return QStringLiteral("cannot write bus.conf");
        config.close();
        m_bus.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_bus.start(bus, {QStringLiteral("--config-file=") + path(QStringLiteral("bus.conf")),
                          QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!m_bus.waitForStarted(10000))
            return QStringLiteral("dbus-daemon did not start: ") + m_bus.errorString();
        while (!m_bus.canReadLine() && m_bus.waitForReadyRead(10000)) {
        }
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        if (m_address.isEmpty())
            return QStringLiteral("dbus-daemon printed no address");

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
        environment.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        m_keyring.setProcessEnvironment(environment);
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.start(keyring,
                        {QStringLiteral("--foreground"), QStringLiteral("--components=secrets"),
                         QStringLiteral("--unlock")});
        if (!m_keyring.waitForStarted(10000))
            return QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
        // --unlock reads the password until standard input closes.
        m_keyring.write("throwaway-keyring-password");
        m_keyring.waitForBytesWritten(5000);
        m_keyring.closeWriteChannel();

        // Ready once the Secret Service's name is on the bus.
        const QString name = QStringLiteral("qm-test-keychain-%1").arg(quintptr(this));
        bool ready = false;
        {
            QDBusConnection connection = QDBusConnection::connectToBus(m_address, name);
            for (int waited = 0; waited < 20000 && !ready; waited += 100) {
                ready = connection.isConnected() && connection.interface()->isServiceRegistered(
                                                        QStringLiteral("org.freedesktop.secrets"));
                if (!ready)
                    QThread::msleep(100);
            }
        }
        QDBusConnection::disconnectFromBus(name);
        if (!ready)
            return QStringLiteral("gnome-keyring-daemon's Secret Service did not appear on %1 "
                                  "(the daemon %2)")
                .arg(m_address, m_keyring.state() == QProcess::Running
                                    ? QStringLiteral("runs")
                                    : QStringLiteral("exited with %1: %2")
                                          .arg(m_keyring.exitCode())
                                          .arg(QString::fromLocal8Bit(m_keyring.readAll())));
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        return QString();
    }

    /// Stops the keyring (the bus stays): the keychain then fails as one that is not
    /// running does.
    void stopKeyring() { stopProcess(m_keyring); }

    void stop()
    {
        stopProcess(m_keyring);
        stopProcess(m_bus);
    }

    QString address() const { return m_address; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    static void stopProcess(QProcess &process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(5000);
    }

    // Under /tmp: the bus's socket path must stay short.
    QTemporaryDir m_dir{QStringLiteral("/tmp/qm-keychain-XXXXXX")};
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

} // namespace testservers
