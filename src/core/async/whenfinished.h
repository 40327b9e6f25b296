#pragma once

// The one way the code waits for work it started on another thread: a QFutureWatcher
// owned by the object that waits. (QFuture::then with a context object asserts on
// Qt 6.4 when the future is cancelled or the context goes first; a watcher does not.)

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace qm {

/// Calls `handler(result)` on `context`'s thread when `future` (of a `T`) has finished,
/// unless `context` was destroyed first: then nothing is called. The watcher is a child
/// of `context` and deletes itself after the call.
template <typename T, typename Handler>
void whenFinished(QObject *context, QFuture<T> future, Handler &&handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::forward<Handler>(handler)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().isValid() && watcher->future().resultCount() > 0)
                             handler(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace qm
