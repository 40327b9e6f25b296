#pragma once

// The keys a database (or a file) still references: one side of an orphan scan
// (docs/orphans.md, "References").

#include "core/sql/sqllocation.h"
#include "core/storage/objectlist.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace qm {

/// Where the referenced keys come from, and how its values become listed keys.
struct ReferenceSource
{
    enum class Kind { Sql, File };
    Kind kind = Kind::Sql;

    SqlLocation database;     ///< Sql: an SQLite file or a PostgreSQL server
    QString sql;              ///< Sql: a query returning one key a row, in its first column
    int timeoutSeconds = 300; ///< Sql: the longest the query may run (PostgreSQL)

    QString file;   ///< File: one key a line, or a CSV file when `column` is set
    QString column; ///< File: the header of the CSV column that holds the keys

    /// Applied to every value, in this order: a value starting with `stripPrefix` loses
    /// it, then `addPrefix` goes in front (a database's "s3://bucket/models/x" against a
    /// listing's "models/x").
    QString stripPrefix;
    QString addPrefix;

    /// For people (and the plan): the query or file, the database without a password.
    QString displayName() const;
};

/// `source` as a plan's JSON file and a lifecycle rule keep it: the database without its
/// password (it comes from ~/.pgpass, PGSERVICE or the environment when read again),
/// the query or the file and column, the mapping.
QJsonObject referenceSourceJson(const ReferenceSource &source);
/// The source referenceSourceJson() wrote; nothing, with `*error` for a person, when
/// `json` names none or its database does not read.
std::optional<ReferenceSource> referenceSourceFromJson(const QJsonObject &json, QString *error);

/// Reads every key `source` references into `*keys` (not sorted). False, with `*error`
/// for a person, when the source cannot be read, the query fails or runs past its time,
/// or it gives no key at all: an empty answer is never taken for "nothing is
/// referenced" (a database outage must not make everything look orphaned). The query
/// runs in a read-only transaction on PostgreSQL; an SQLite file is opened read-only.
bool readReferences(const ReferenceSource &source, KeySet *keys, QString *error,
                    const std::atomic<bool> *cancel = nullptr);

/// Which of `keys` (listed keys) `source` references now, added to `*referenced`: the
/// check just before a cleanup acts. An SQL source runs its query narrowed to the values
/// that map to those keys (one parameter), after making sure it still gives a row at all;
/// a file is read again. False with `*error` when the source cannot be read or gives no
/// row any more: the cleanup stops then.
bool readReferencesAmong(const ReferenceSource &source, const QList<QByteArray> &keys,
                         KeySet *referenced, QString *error,
                         const std::atomic<bool> *cancel = nullptr);

} // namespace qm
