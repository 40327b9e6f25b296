// The peer of the start-up benchmark: a bare QMainWindow with a one-row tree view. Prints
// "first-paint-ms N" once the view has painted its row, then quits; the same protocol as
// `quartermaster --exit-after-first-paint`.

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(const QElapsedTimer &sinceStart)
        : m_sinceStart(sinceStart)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QTimer::singleShot(0, qApp, [this] {
                std::printf("first-paint-ms %lld\n",
                            static_cast<long long>(m_sinceStart.elapsed()));
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceStart;
    bool m_reported = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model;
    model.appendRow(new QStandardItem(QStringLiteral("/")));
    auto *view = new QTreeView;
    view->setModel(&model);
    window.setCentralWidget(view);
    PaintWatcher watcher(sinceStart);
    view->viewport()->installEventFilter(&watcher);
    window.resize(1100, 700);
    window.show();
    return QApplication::exec();
}
