#pragma once

namespace qm {

/// Whether the calling thread is the GUI thread of a graphical application (the main
/// thread of a QGuiApplication), where nothing may block. qmctl's main thread is not one.
bool isGuiThread();

/// Warns (qWarning) with `message` when called on the GUI thread. Blocking work that
/// must never run there calls it first, so a test's message handler can fail on it
/// (tst_configpage does for "parsed on the GUI thread").
void warnIfGuiThread(const char *message);

} // namespace qm
