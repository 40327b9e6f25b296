#include "guithread.h"

#include <QCoreApplication>
#include <QThread>

namespace qm {

bool isGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread() && app->inherits("QGuiApplication");
}

void warnIfGuiThread(const char *message)
{
    if (isGuiThread())
        qWarning("%s", message);
}

} // namespace qm
