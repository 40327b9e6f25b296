#pragma once

#include "core/fsutil/userfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace qm {

/// What saving a config did.
struct ConfigSaveResult
{
    QString error;          ///< empty on success; otherwise exactly which step failed and why
    QString backupPath;     ///< the backup of the previous contents, when one was made
    QString savedPath;      ///< the file written: the target of `path` when it is a symlink
    bool unchanged = false; ///< the file already held these bytes: nothing was written
    /// Saved, but flushing the folder entry failed: a crash now could bring the old
    /// file back. Empty normally.
    QString warning;

    bool ok() const { return error.isEmpty(); }
};

/// Saves `bytes` as the config at `path`, so that the file on disk is either exactly
/// the old contents or exactly `bytes`, never something between:
/// 1. a symlink is followed to the file it names, which is what gets replaced;
/// 2. the current contents are copied to `.config_backups/NAME_YYYYMMDD_HHMMSS.EXT` in
///    the folder of `path` (created 0700; the backup 0600, never overwriting another);
/// 3. `bytes` are written to a temporary file beside the target, every write checked,
///    with the target's mode and owner; the file is fsynced, read back and compared;
/// 4. the temporary file is renamed over the target, and the folder fsynced
/// (steps 1, 3 and 4 are replaceUserFile's, which every user file goes through). A
/// path that is not a regular file (a device, a FIFO, a folder) is refused untouched.
/// On any failure the temporary file and the new backup are removed, the original is
/// untouched, and `error` names the step, the file and the system's reason. (Only a
/// failure to fsync the folder after the rename comes as a `warning`: the new file is
/// in place by then.) A file that
/// already holds `bytes` is left alone (`unchanged`, no backup). Blocking: call it off
/// the GUI thread for a file on a slow mount. `now` names the backup.
ConfigSaveResult saveConfigFile(const QString &path, const QByteArray &bytes,
                                const QDateTime &now = QDateTime::currentDateTime(),
                                const SaveFileOps &ops = SaveFileOps::system());

/// The backup folder of the config at `path`: `.config_backups` beside it.
QString configBackupDirectory(const QString &path);

} // namespace qm

Q_DECLARE_METATYPE(qm::ConfigSaveResult)
