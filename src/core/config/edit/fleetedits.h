#pragma once

#include "core/config/diagnostic.h"
#include "core/config/fleetconfig.h"
#include "core/config/yaml/document.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace qm::edit {

/// The edits a person makes to a fleet config by name — a host's key, a host added or
/// removed, a sync_routing value, an item of a host list, an external storage flag — as
/// the Config page's forms and `qmctl config set` make them. Each builds a Fix on
/// `document` (through ConfigEditor, so everything else in the file stays byte for byte)
/// for applyFix() to verify, or returns nothing with `*why` (for a person) when the
/// place named is not there or cannot be edited safely. `config` is the model built from
/// `document`; both must outlive this object.
class FleetEdits
{
public:
    FleetEdits(const yaml::Document &document, const FleetConfig &config);

    /// Sets `key` of host `host` to the scalar `value` of YAML type `type` ("str",
    /// "int", "bool", "float"): in place when the key holds a scalar, appended to the
    /// host's mapping when it is absent.
    std::optional<Fix> setHostValue(const QString &host, const QString &key, const QString &value,
                                    const QString &type, QString *why) const;
    /// Sets `key` of host `host` from `value` as a person types it (`qmctl config set
    /// HOST.KEY VALUE`): typed as hostValueType() says, except that a key taking any
    /// single value that holds a string now stays a string (a quoted id stays quoted).
    /// Refused for a host the file does not have (with the closest name), and as
    /// hostValueType() and setHostValue() refuse.
    std::optional<Fix> setHostValueText(const QString &host, const QString &key,
                                        const QString &value, QString *why) const;
    /// Adds host `name` to `hosts` with `status: disabled`, so that nothing syncs to it
    /// before a person fills it in.
    std::optional<Fix> addHost(const QString &name, QString *why) const;
    /// Removes host `name`, with the lines its entry stands on.
    std::optional<Fix> removeHost(const QString &name, QString *why) const;
    /// Sets the scalar at `path` (mapping keys from the root, such as {"sync_routing",
    /// "replication_target"}), creating the mappings on the way.
    std::optional<Fix> setValueAt(const QStringList &path, const QString &value,
                                  const QString &type, QString *why) const;
    /// Appends the string `item` to the list at `path`, creating it when absent.
    std::optional<Fix> appendToList(const QStringList &path, const QString &item,
                                    QString *why) const;
    /// Removes the item at `index` of the list at `path`; refused when there is no
    /// such item (the list changed since it was shown).
    std::optional<Fix> removeListItem(const QStringList &path, int index, QString *why) const;
    /// Sets `receive_<kind>` ("games", "npz", "models") of the `index`th entry of
    /// `sync_routing.allowed_external_storage` to `on`.
    std::optional<Fix> setStorageReceives(int index, const QString &kind, bool on,
                                          QString *why) const;

private:
    const yaml::Document &m_document;
    const FleetConfig &m_config;
};

/// The YAML type the text `value` is written as when it becomes the value of the host
/// key `key`, as `qmctl config set HOST.KEY VALUE` types it: any text for a string key
/// ("str"), a whole number for an integer key ("int"), a number for a number key ("int"
/// or "float"), true/false (and YAML 1.1's yes/no/on/off) for a flag ("bool"), and for a
/// key that takes any single value, the type the text reads as plainly (str when it
/// would read as a date or null). Nothing, with `*why`, for a key the daemons do not
/// read, one that holds a list or a mapping, or a value that does not read as the key's
/// type.
std::optional<QString> hostValueType(const QString &key, const QString &value, QString *why);

} // namespace qm::edit
