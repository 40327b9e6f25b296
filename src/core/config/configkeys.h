#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

/// What the fleet's daemons expect a key of distributed_hosts.yaml to hold.
enum class KeyType { Number, Integer, Bool, String, Scalar, List, Mapping };

/// A key the daemons read, with the type they read it as.
struct KnownKey
{
    const char *name;
    KeyType type;
};

/// Every key of docs/formats.md ("distributed_hosts.yaml") and of the public template, with
/// the type the daemons use, section by section.
namespace knownkeys {

inline constexpr KnownKey kTopLevel[] = {{"sync_routing", KeyType::Mapping},
                                         {"auto_sync", KeyType::Mapping},
                                         {"elo_sync", KeyType::Mapping},
                                         {"p2p_voters", KeyType::List},
                                         {"hosts", KeyType::Mapping}};
inline constexpr KnownKey kSyncRouting[] = {
    {"max_disk_usage_percent", KeyType::Number}, {"target_disk_usage_percent", KeyType::Number},
    {"min_free_disk_percent", KeyType::Number},  {"replication_target", KeyType::Integer},
    {"excluded_hosts", KeyType::List},           {"allowed_external_storage", KeyType::List},
    {"priority_hosts", KeyType::List},           {"underserved_configs", KeyType::List}};
inline constexpr KnownKey kExclusion[] = {{"name", KeyType::String},
                                          {"receive_games", KeyType::Bool},
                                          {"receive_npz", KeyType::Bool},
                                          {"receive_models", KeyType::Bool}};
inline constexpr KnownKey kExternalStorage[] = {
    {"host", KeyType::String},         {"path", KeyType::String},
    {"receive_games", KeyType::Bool},  {"receive_npz", KeyType::Bool},
    {"receive_models", KeyType::Bool}, {"subdirs", KeyType::Mapping}};
inline constexpr KnownKey kAutoSync[] = {{"enabled", KeyType::Bool},
                                         {"interval_seconds", KeyType::Number},
                                         {"gossip_interval_seconds", KeyType::Number},
                                         {"skip_nfs_sync", KeyType::Bool},
                                         {"max_concurrent_syncs", KeyType::Integer},
                                         {"min_games_to_sync", KeyType::Integer},
                                         {"bandwidth_limit_mbps", KeyType::Number},
                                         {"exclude_hosts", KeyType::List},
                                         {"host_bandwidth_overrides", KeyType::Mapping}};
inline constexpr KnownKey kEloSync[] = {{"coordinator", KeyType::String},
                                        {"sync_port", KeyType::Integer},
                                        {"sync_interval", KeyType::Number},
                                        {"divergence_threshold", KeyType::Number},
                                        {"transports", KeyType::List}};
inline constexpr KnownKey kHost[] = {{"ssh_host", KeyType::String},
                                     {"ssh_port", KeyType::Integer},
                                     {"ssh_user", KeyType::String},
                                     {"ssh_key", KeyType::String},
                                     {"ringrift_path", KeyType::String},
                                     {"venv_activate", KeyType::String},
                                     {"storage_paths", KeyType::Mapping},
                                     {"role", KeyType::String},
                                     {"status", KeyType::String},
                                     {"selfplay_enabled", KeyType::Bool},
                                     {"training_enabled", KeyType::Bool},
                                     {"p2p_enabled", KeyType::Bool},
                                     {"nat_blocked", KeyType::Bool},
                                     {"is_ephemeral", KeyType::Bool},
                                     {"force_relay_mode", KeyType::Bool},
                                     {"memory_gb", KeyType::Number},
                                     {"cpus", KeyType::Integer},
                                     {"gpu", KeyType::Scalar},
                                     {"gpu_vram_gb", KeyType::Number},
                                     {"note", KeyType::Scalar},
                                     {"tailscale_ip", KeyType::String},
                                     {"data_dir", KeyType::String},
                                     {"node_exporter_url", KeyType::String},
                                     {"rsync_path", KeyType::String},
                                     {"region", KeyType::Scalar},
                                     {"vast_instance_id", KeyType::Scalar},
                                     {"runpod_id", KeyType::Scalar},
                                     {"nebius_id", KeyType::Scalar},
                                     {"hetzner_id", KeyType::Scalar},
                                     {"aws_instance_id", KeyType::Scalar}};

} // namespace knownkeys

/// The type of the host key `key` (`hosts.NAME.KEY`), or nothing for a key the daemons
/// do not read.
std::optional<KeyType> hostKeyType(const QString &key);
/// The names of the host keys, in the order of the table.
QStringList hostKeyNames();

} // namespace qm
