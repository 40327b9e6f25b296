#pragma once

// The checks a person keeps: each with a name and the machines it runs on, saved in
// Preferences and imported from a small YAML file a fleet keeps in git
// (docs/health.md, "Saved checks"), and run together, host by host.

#include "core/health/healthcheck.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

struct FleetAccess;
struct FleetConfig;

/// A check as saved: what it looks at, and where.
struct SavedHealthCheck
{
    HealthCheck check; ///< its name is set and unique among the saved checks
    /// Where it runs: "local" (this machine), a host of the config, "role:ROLE" (every
    /// host of the config with that role) or "*" (every host of the config). Never empty.
    QStringList hosts{QStringLiteral("local")};

    friend bool operator==(const SavedHealthCheck &, const SavedHealthCheck &) = default;
};

/// `check` as the checks file and the settings write it: snake_case keys, only those
/// its kind reads ({"name", "kind", "hosts", "file", "pattern", "within_hours", …}).
QJsonObject savedHealthCheckJson(const SavedHealthCheck &check);

/// The check `object` describes; nothing, with `*error` for a person, for an unknown
/// kind or key, a value of the wrong type, or a setting the kind needs left out.
std::optional<SavedHealthCheck> savedHealthCheckFromJson(const QJsonObject &object, QString *error);

/// The checks of a checks file: a mapping with `checks:`, a list of mappings as
/// savedHealthCheckFromJson reads them. Nothing, with `*error` (its line), for a file
/// that is not YAML, a check that cannot be read, or two checks of one name.
std::optional<QList<SavedHealthCheck>> parseHealthChecksFile(const QByteArray &text,
                                                             QString *error);

/// One entry of a section of a checks file, as JSON, with its line.
struct HealthFileItem
{
    QJsonObject object;
    qsizetype line = 0;
};

/// The entries of section `key` ("checks", "daemons") of a checks file; an empty list when
/// the file has no such section. Nothing, with `*error` (its line), for a file that is not
/// YAML, not a mapping with `checks` or `daemons`, or an entry that is not a mapping.
std::optional<QList<HealthFileItem>> healthFileItems(const QByteArray &text, const QString &key,
                                                     QString *error);

/// `saved` with each of `imported` put in: one of the same name replaced where it stands,
/// a new one added at the end.
QList<SavedHealthCheck> mergeHealthChecks(QList<SavedHealthCheck> saved,
                                          const QList<SavedHealthCheck> &imported);

/// `checks` as a checks file that parseHealthChecksFile reads back.
QByteArray healthChecksFileText(const QList<SavedHealthCheck> &checks);

/// One check on one machine.
struct HealthRun
{
    QString host; ///< the config's name for it; empty: this machine
    HealthCheck check;
};

/// Where each of `checks` runs, by the hosts of `config` (null: "local" only). With
/// `onlyHosts`, only those machines ("local" for this one). A host or role the config
/// does not have is named in `*problems`, never run.
QList<HealthRun> healthRunsFor(const QList<SavedHealthCheck> &checks, const FleetConfig *config,
                               const QStringList &onlyHosts, QStringList *problems);

/// Runs `runs` at `nowMs`: the checks of one machine one after another over one shared
/// ssh connection, up to `parallel` machines at once. `done` (when set) is told of each
/// result as it comes, from a worker thread. Results are in the order of `runs`; a run
/// skipped by `cancel` is Unknown ("cancelled").
QList<HealthResult> runHealthChecks(const QList<HealthRun> &runs, const FleetAccess &fleet,
                                    qint64 nowMs, int parallel,
                                    const std::atomic<bool> *cancel = nullptr,
                                    const std::function<void(const HealthResult &)> &done = {});

} // namespace qm
