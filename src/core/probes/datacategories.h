#pragma once

#include "core/text/globpattern.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace qm {

/// A kind of data under a host's data roots, defined by glob patterns.
struct DataCategory
{
    QString name;         ///< stable key ("games", "ply_rejected"): JSON and settings
    QStringList patterns; ///< "*.db", "ply_files/rejected_samples/*.ply", ...
    friend bool operator==(const DataCategory &, const DataCategory &) = default;
};

/// The categories of these fleets: games `*.db`, training data `*.npz`, models
/// `*.pt *.pth *.safetensors`, accepted PLY `ply_files/*.ply`, rejected PLY samples
/// `ply_files/rejected_samples/*.ply`, images, logs.
QList<DataCategory> defaultDataCategories();

/// The category's name in the user's words (translated); the key itself for
/// categories the user defined.
QString dataCategoryTitle(const QString &name);

/// Reads "name: pattern pattern ..." lines (the settings form; a name may be a glob,
/// for rules by role or host name); false and `error`
/// (naming the line) on a line that is not one.
bool parseDataCategories(const QString &text, QList<DataCategory> *categories, QString *error);
/// The settings form of `categories`, one per line.
QString formatDataCategories(const QList<DataCategory> &categories);

/// Appends the non-empty '/'-separated components of `path` to `parts` (views into
/// `path`, which must outlive them).
void splitPath(QByteArrayView path, std::vector<QByteArrayView> *parts);

/// Decides which category a file belongs to, fast enough to run on every file of a
/// walk. A pattern without '/' matches the file name in any folder; a pattern with
/// '/' matches the last components of the path (`ply_files/*.ply` matches
/// `a/ply_files/x.ply` but not `ply_files/rejected_samples/x.ply`). Each component is a
/// shell glob as fnmatch(3) reads it with FNM_PATHNAME | FNM_PERIOD
/// (GlobPattern::posixFnmatch()): `*` and `?` never match '/', nor the leading dot of a
/// folder. A hidden file counts only in a category that names it literally (`.env`),
/// never through a wildcard, not even `.*`. A file belongs to the first category with
/// a matching pattern.
class CategoryMatcher
{
public:
    explicit CategoryMatcher(const QList<DataCategory> &categories);

    int categoryCount() const { return int(m_names.size()); }
    const QString &name(int category) const { return m_names[size_t(category)]; }

    /// The category of the file `name` in the folder whose path components, relative
    /// to the root and deepest last, are `folders`; -1 when none matches.
    int match(const std::vector<QByteArrayView> &folders, QByteArrayView name) const;
    /// The same for a '/'-separated relative or absolute path.
    int matchPath(QByteArrayView path) const;
    /// Whether some pattern needs the folder names (has a '/').
    bool needsFolders() const { return m_needsFolders; }

private:
    struct Pattern
    {
        int category = 0;
        std::vector<GlobPattern> components; ///< last one matches the file name
    };
    std::vector<Pattern> m_patterns;
    std::vector<QString> m_names;
    bool m_needsFolders = false;
};

} // namespace qm
