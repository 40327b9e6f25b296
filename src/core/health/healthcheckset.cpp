#include "healthcheckset.h"

#include "core/config/fleetconfig.h"
#include "core/config/yaml/document.h"
#include "core/config/yaml/pythonjson.h"
#include "core/config/yaml/value.h"
#include "core/health/healthmachine.h"
#include "core/hosts/hostprober.h"
#include "core/remote/fleetaccess.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HealthCheckSet)
};

/// The keys of the checks file, and which kinds read each; every kind reads these.
const QStringList kCommonKeys = {QStringLiteral("name"), QStringLiteral("kind"),
                                 QStringLiteral("hosts")};

QStringList keysOf(HealthCheckKind kind)
{
    switch (kind) {
    case HealthCheckKind::LogSuccess:
        return {QStringLiteral("file"), QStringLiteral("pattern"), QStringLiteral("within_hours"),
                QStringLiteral("tail_mb")};
    case HealthCheckKind::LogErrors:
        return {QStringLiteral("file"),  QStringLiteral("pattern"),   QStringLiteral("minutes"),
                QStringLiteral("lines"), QStringLiteral("max_count"), QStringLiteral("tail_mb")};
    case HealthCheckKind::FileSize:
        return {QStringLiteral("file"), QStringLiteral("dir"), QStringLiteral("max_mb"),
                QStringLiteral("max_gb")};
    case HealthCheckKind::Freshness:
        return {QStringLiteral("dir"), QStringLiteral("max_age_hours")};
    case HealthCheckKind::Process:
        return {QStringLiteral("pattern"), QStringLiteral("timeout")};
    case HealthCheckKind::Command:
        return {QStringLiteral("command"), QStringLiteral("timeout")};
    case HealthCheckKind::Endpoint:
        return {QStringLiteral("url"), QStringLiteral("tcp"), QStringLiteral("timeout")};
    }
    return {};
}

/// Reads the number at `key` (at least `min`) into `*to`; false, with `*error`, when it
/// is there but not such a number.
bool readNumber(const QJsonObject &object, const QString &key, double min, double *to,
                QString *error)
{
    if (!object.contains(key))
        return true;
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < min) {
        *error = Text::tr("“%1” must be a number of at least %2").arg(key).arg(min);
        return false;
    }
    *to = value.toDouble();
    return true;
}

bool readString(const QJsonObject &object, const QString &key, QString *to, QString *error)
{
    if (!object.contains(key))
        return true;
    if (!object.value(key).isString()) {
        *error = Text::tr("“%1” must be text").arg(key);
        return false;
    }
    *to = object.value(key).toString();
    return true;
}

/// A string, or a list of strings, at `key`.
bool readStrings(const QJsonObject &object, const QString &key, QStringList *to, QString *error)
{
    if (!object.contains(key))
        return true;
    const QJsonValue value = object.value(key);
    if (value.isString()) {
        *to = {value.toString()};
        return true;
    }
    QStringList strings;
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString()) {
            strings.clear();
            break;
        }
        strings << item.toString();
    }
    if (!value.isArray() || strings.size() != value.toArray().size() || strings.isEmpty()) {
        *error = Text::tr("“%1” must be text or a list of text").arg(key);
        return false;
    }
    *to = strings;
    return true;
}

/// A Python-JSON text as QJsonDocument reads it (it refuses Infinity and NaN, which no
/// check setting takes anyway).
std::optional<QJsonValue> jsonOf(const yaml::Value &value, QString *error)
{
    const QByteArray text = yaml::toPythonJson(value, error, -1, 16 * 1024 * 1024);
    if (text.isEmpty())
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Text::tr("a value that is not a number (Infinity or NaN)");
        return std::nullopt;
    }
    return document.array().first();
}

} // namespace

QJsonObject savedHealthCheckJson(const SavedHealthCheck &saved)
{
    const HealthCheck &check = saved.check;
    QJsonObject object{{QStringLiteral("name"), check.name},
                       {QStringLiteral("kind"), healthCheckKindKey(check.kind)},
                       {QStringLiteral("hosts"), QJsonArray::fromStringList(saved.hosts)}};
    const auto set = [&object, &check](const QString &key, const QJsonValue &value) {
        if (keysOf(check.kind).contains(key))
            object.insert(key, value);
    };
    if (!check.file.isEmpty())
        set(QStringLiteral("file"), check.file);
    if (!check.folder.isEmpty())
        set(QStringLiteral("dir"), check.folder);
    if (!check.pattern.isEmpty())
        set(QStringLiteral("pattern"), check.pattern);
    set(QStringLiteral("within_hours"), check.hours);
    set(QStringLiteral("max_age_hours"), check.hours);
    if (check.lastLines >= 0)
        set(QStringLiteral("lines"), check.lastLines);
    else
        set(QStringLiteral("minutes"), check.minutes);
    set(QStringLiteral("max_count"), check.maxCount);
    if (check.maxMegabytes >= 0 && !check.file.isEmpty())
        set(QStringLiteral("max_mb"), check.maxMegabytes);
    if (check.maxGigabytes >= 0 && !check.folder.isEmpty())
        set(QStringLiteral("max_gb"), check.maxGigabytes);
    if (check.maxTailBytes != HealthCheck().maxTailBytes)
        set(QStringLiteral("tail_mb"), double(check.maxTailBytes) / (1 << 20));
    if (!check.command.isEmpty())
        set(QStringLiteral("command"), QJsonArray::fromStringList(check.command));
    if (!check.url.isEmpty())
        set(QStringLiteral("url"), check.url);
    if (!check.tcp.isEmpty())
        set(QStringLiteral("tcp"), check.tcp);
    set(QStringLiteral("timeout"), check.timeoutSeconds);
    return object;
}

std::optional<SavedHealthCheck> savedHealthCheckFromJson(const QJsonObject &object, QString *error)
{
    SavedHealthCheck saved;
    HealthCheck &check = saved.check;
    const QString kindKey = object.value(QStringLiteral("kind")).toString();
    const std::optional<HealthCheckKind> kind = healthCheckKindFromKey(kindKey);
    if (!kind) {
        QStringList known;
        for (const HealthCheckKind each : healthCheckKinds())
            known << healthCheckKindKey(each);
        *error = kindKey.isEmpty()
                     ? Text::tr("no “kind” (one of %1)").arg(known.join(QStringLiteral(", ")))
                     : Text::tr("unknown kind “%1” (one of %2)")
                           .arg(kindKey, known.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    check.kind = *kind;
    const QStringList allowed = kCommonKeys + keysOf(*kind);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = Text::tr("“%1” is not a setting of a %2 check (it takes %3)")
                         .arg(it.key(), kindKey, allowed.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    double hours = check.hours;
    double minutes = check.minutes;
    double lines = -1;
    double maxCount = check.maxCount;
    double tailMb = double(check.maxTailBytes) / (1 << 20);
    double timeout = check.timeoutSeconds;
    if (!readString(object, QStringLiteral("name"), &check.name, error) ||
        !readStrings(object, QStringLiteral("hosts"), &saved.hosts, error) ||
        !readString(object, QStringLiteral("file"), &check.file, error) ||
        !readString(object, QStringLiteral("dir"), &check.folder, error) ||
        !readString(object, QStringLiteral("pattern"), &check.pattern, error) ||
        !readString(object, QStringLiteral("url"), &check.url, error) ||
        !readString(object, QStringLiteral("tcp"), &check.tcp, error) ||
        !readStrings(object, QStringLiteral("command"), &check.command, error) ||
        !readNumber(object, QStringLiteral("within_hours"), 0, &hours, error) ||
        !readNumber(object, QStringLiteral("max_age_hours"), 0, &hours, error) ||
        !readNumber(object, QStringLiteral("minutes"), 1, &minutes, error) ||
        !readNumber(object, QStringLiteral("lines"), 1, &lines, error) ||
        !readNumber(object, QStringLiteral("max_count"), 0, &maxCount, error) ||
        !readNumber(object, QStringLiteral("max_mb"), 0, &check.maxMegabytes, error) ||
        !readNumber(object, QStringLiteral("max_gb"), 0, &check.maxGigabytes, error) ||
        !readNumber(object, QStringLiteral("tail_mb"), 0.001, &tailMb, error) ||
        !readNumber(object, QStringLiteral("timeout"), 1, &timeout, error))
        return std::nullopt;
    check.name = check.name.trimmed();
    if (check.name.isEmpty()) {
        *error = Text::tr("no “name”");
        return std::nullopt;
    }
    check.hours = hours;
    check.minutes = int(std::min(minutes, 1e8));
    check.lastLines = lines < 0 ? -1 : int(std::min(lines, 1e9));
    check.maxCount = int(std::min(maxCount, 1e9));
    check.maxTailBytes = qint64(std::min(tailMb, 1e6) * (1 << 20));
    check.timeoutSeconds = int(std::min(timeout, 86400.0));
    if (const QString problem = healthCheckProblem(check); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    for (const QString &host : std::as_const(saved.hosts)) {
        if (host.trimmed().isEmpty() || host == QLatin1String("role:")) {
            *error = Text::tr("an empty entry in “hosts”");
            return std::nullopt;
        }
    }
    return saved;
}

std::optional<QList<HealthFileItem>> healthFileItems(const QByteArray &text, const QString &key,
                                                     QString *error)
{
    yaml::ParseError parseError;
    const std::optional<yaml::Document> document = yaml::parse(text, &parseError);
    if (!document) {
        *error = parseError.toString();
        return std::nullopt;
    }
    yaml::LoadError loadError;
    const yaml::Value root = yaml::construct(*document, &loadError);
    if (!root) {
        *error = loadError.toString();
        return std::nullopt;
    }
    const auto lineOf = [&document](const yaml::Value &value) {
        return value->node >= 0 ? document->node(value->node).start.line + 1 : 0;
    };
    yaml::Value list;
    bool known = false; // a mapping with "checks" or "daemons"
    if (root->type == yaml::ValueData::Type::Mapping) {
        for (const auto &[name, value] : root->pairs) {
            if (name->type != yaml::ValueData::Type::String)
                continue;
            known = known || name->string == QLatin1String("checks") ||
                    name->string == QLatin1String("daemons");
            if (name->string == key)
                list = value;
        }
    }
    if (!known || (list && list->type != yaml::ValueData::Type::Sequence &&
                   list->type != yaml::ValueData::Type::Null)) {
        *error = Text::tr("a checks file is a mapping whose “checks” (and “daemons”) are lists");
        return std::nullopt;
    }
    QList<HealthFileItem> items;
    for (const yaml::Value &item : list ? list->items : std::vector<yaml::Value>()) {
        QString why;
        std::optional<QJsonValue> json;
        if (item->type != yaml::ValueData::Type::Mapping)
            why = Text::tr("an entry is a mapping of settings");
        else
            json = jsonOf(item, &why);
        if (!json) {
            *error = Text::tr("line %1: %2").arg(lineOf(item)).arg(why);
            return std::nullopt;
        }
        items.append({json->toObject(), lineOf(item)});
    }
    return items;
}

std::optional<QList<SavedHealthCheck>> parseHealthChecksFile(const QByteArray &text, QString *error)
{
    const std::optional<QList<HealthFileItem>> items =
        healthFileItems(text, QStringLiteral("checks"), error);
    if (!items)
        return std::nullopt;
    QList<SavedHealthCheck> checks;
    QSet<QString> names;
    for (const HealthFileItem &item : *items) {
        QString why;
        std::optional<SavedHealthCheck> check = savedHealthCheckFromJson(item.object, &why);
        if (check && names.contains(check->check.name))
            why = Text::tr("a second check named “%1”").arg(check->check.name);
        if (!why.isEmpty()) {
            *error = Text::tr("line %1: %2").arg(item.line).arg(why);
            return std::nullopt;
        }
        names.insert(check->check.name);
        checks << *check;
    }
    return checks;
}

QList<SavedHealthCheck> mergeHealthChecks(QList<SavedHealthCheck> saved,
                                          const QList<SavedHealthCheck> &imported)
{
    for (const SavedHealthCheck &check : imported) {
        const auto at =
            std::find_if(saved.begin(), saved.end(), [&check](const SavedHealthCheck &s) {
                return s.check.name == check.check.name;
            });
        if (at == saved.end())
            saved << check;
        else
            *at = check;
    }
    return saved;
}

QByteArray healthChecksFileText(const QList<SavedHealthCheck> &checks)
{
    // JSON is YAML: each check as a flow mapping, one a line.
    QByteArray text = "checks:\n";
    for (const SavedHealthCheck &check : checks)
        text += "  - " + QJsonDocument(savedHealthCheckJson(check)).toJson(QJsonDocument::Compact) +
                '\n';
    return text;
}

QList<HealthRun> healthRunsFor(const QList<SavedHealthCheck> &checks, const FleetConfig *config,
                               const QStringList &onlyHosts, QStringList *problems)
{
    QList<HealthRun> runs;
    const auto wanted = [&onlyHosts](const QString &host) {
        return onlyHosts.isEmpty() ||
               onlyHosts.contains(host.isEmpty() ? QStringLiteral("local") : host);
    };
    for (const SavedHealthCheck &saved : checks) {
        QStringList machines; // "" for this machine
        for (const QString &target : saved.hosts) {
            QStringList matched;
            if (target == QLatin1String("local")) {
                matched << QString();
            } else if (target == QLatin1String("*") || target.startsWith(QLatin1String("role:"))) {
                const QString role = target.mid(5);
                for (const FleetHost &host : config ? config->hosts : QList<FleetHost>()) {
                    if (target == QLatin1String("*") || host.role == role)
                        matched << host.name;
                }
                if (matched.isEmpty() && problems)
                    *problems << Text::tr("%1: no host of the config matches “%2”")
                                     .arg(saved.check.name, target);
            } else if (config && std::any_of(config->hosts.cbegin(), config->hosts.cend(),
                                             [&target](const FleetHost &host) {
                                                 return host.name == target;
                                             })) {
                matched << target;
            } else if (problems) {
                *problems << Text::tr("%1: “%2” is not a host of the config")
                                 .arg(saved.check.name, target);
            }
            for (const QString &machine : std::as_const(matched)) {
                if (!machines.contains(machine) && wanted(machine))
                    machines << machine;
            }
        }
        for (const QString &machine : std::as_const(machines))
            runs.append({machine, saved.check});
    }
    return runs;
}

QList<HealthResult> runHealthChecks(const QList<HealthRun> &runs, const FleetAccess &fleet,
                                    qint64 nowMs, int parallel, const std::atomic<bool> *cancel,
                                    const std::function<void(const HealthResult &)> &done)
{
    QList<HealthResult> results(runs.size());
    // The runs of each machine, in order; one ssh connection shared by them.
    QList<QString> machines;
    QHash<QString, QList<qsizetype>> byMachine;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (!byMachine.contains(runs.at(i).host))
            machines << runs.at(i).host;
        byMachine[runs.at(i).host] << i;
    }
    FleetAccess shared = fleet;
    const std::unique_ptr<QTemporaryDir> control =
        fleet.ssh.controlDirectory.isEmpty() ? makeSshControlDirectory() : nullptr;
    if (control && control->isValid())
        shared.ssh.controlDirectory = control->path();
    QMutex reporting;
    const auto runMachine = [&](const QString &host) {
        QString error;
        std::unique_ptr<HealthMachine> machine =
            host.isEmpty() ? localHealthMachine() : hostHealthMachine(shared, host, &error);
        for (const qsizetype index : byMachine.value(host)) {
            HealthResult result;
            if (cancel && cancel->load()) {
                result.name = healthCheckDisplayName(runs.at(index).check);
                result.host = host;
                result.kind = runs.at(index).check.kind;
                result.checkedAtMs = nowMs;
                result.status = QStringLiteral("cancelled");
                result.summary = Text::tr("cancelled before it ran");
            } else if (!machine) {
                result.name = healthCheckDisplayName(runs.at(index).check);
                result.host = host;
                result.kind = runs.at(index).check.kind;
                result.checkedAtMs = nowMs;
                result.status = QStringLiteral("host-unreachable");
                result.summary = error;
            } else {
                result = runHealthCheck(runs.at(index).check, nowMs, *machine);
            }
            results[index] = result;
            if (done) {
                const QMutexLocker lock(&reporting);
                done(result);
            }
        }
        if (machine && !host.isEmpty() && control) { // only the connections made here
            if (const std::optional<HostAccess> access = shared.host(host))
                shared.transport(*access).closeSharedConnection();
        }
    };
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, parallel));
    for (const QString &host : std::as_const(machines))
        pool.start([&runMachine, host] { runMachine(host); });
    pool.waitForDone();
    return results;
}

} // namespace qm
