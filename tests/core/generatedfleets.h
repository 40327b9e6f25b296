#pragma once

// Fleet configs made up from a seed, for tests that must hold for every config: each
// mixes what the routing model decides on — statuses, plain and mapping exclusions,
// external storage (of ready hosts, hosts that are not, hosts `hosts` does not define,
// without a path, with and without flags and subdirs), auto_sync exclusions, priority
// hosts, ringrift_path set, null or absent, partial storage_paths, and sometimes a
// replication_target. Host names never contain a data kind's name ("games", "npz",
// "models"), so messages can be searched for the kinds.

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>

namespace qm::testing {

inline QByteArray generatedFleet(quint32 seed)
{
    QRandomGenerator random(seed);
    const auto chance = [&](int percent) { return int(random.bounded(100)) < percent; };
    const auto flag = [&] { return chance(50) ? QByteArray("true") : QByteArray("false"); };
    const int count = 2 + int(random.bounded(6));
    QList<QByteArray> names;
    for (int i = 0; i < count; ++i)
        names.append("h" + QByteArray::number(i));
    const auto anyName = [&] {
        return chance(10) ? QByteArray("ghost") : names[int(random.bounded(count))];
    };
    const char *kinds[] = {"games", "npz", "models"};

    QByteArray text = "sync_routing:\n";
    if (chance(75))
        text += "  replication_target: " + QByteArray::number(random.bounded(5)) + "\n";
    text += "  excluded_hosts:";
    QByteArray list;
    for (const QByteArray &name : std::as_const(names)) {
        if (!chance(25))
            continue;
        if (chance(50)) {
            list += "\n    - " + name;
            continue;
        }
        list += "\n    - name: " + name;
        for (const char *kind : kinds) {
            if (chance(60))
                list += "\n      receive_" + QByteArray(kind) + ": " + flag();
        }
    }
    text += (list.isEmpty() ? QByteArray(" []") : list) + "\n";
    text += "  allowed_external_storage:";
    list.clear();
    for (int i = int(random.bounded(3)); i > 0; --i) {
        list += "\n    - host: " + anyName();
        if (chance(85))
            list += "\n      path: /Volumes/ext" + QByteArray::number(random.bounded(3));
        for (const char *kind : kinds) {
            if (chance(60))
                list += "\n      receive_" + QByteArray(kind) + ": " + flag();
        }
        if (chance(50))
            list += "\n      subdirs: {games: raw, npz: canonical}";
    }
    text += (list.isEmpty() ? QByteArray(" []") : list) + "\n";
    text += "  priority_hosts: [";
    QByteArrayList priority;
    for (int i = int(random.bounded(3)); i > 0; --i)
        priority.append(anyName());
    text += priority.join(", ") + "]\n";
    text += "auto_sync:\n  exclude_hosts: [";
    QByteArrayList quiet;
    for (const QByteArray &name : std::as_const(names)) {
        if (chance(15))
            quiet.append(name);
    }
    text += quiet.join(", ") + "]\n";
    text += "hosts:\n";
    const char *statuses[] = {"ready", "ready", "ready", "disabled", "offline", "proxy_only"};
    for (const QByteArray &name : std::as_const(names)) {
        text += "  " + name + ":\n    ssh_host: " + name + ".example.invalid\n";
        if (chance(80))
            text += "    status: " + QByteArray(statuses[random.bounded(6)]) + "\n";
        const int root = int(random.bounded(4));
        if (root == 0)
            text += "    ringrift_path: ~/ringrift/ai-service\n";
        else if (root == 1)
            text += "    ringrift_path: null\n";
        else if (root == 2)
            text += "    ringrift_path: /srv/" + name + "\n";
        if (chance(40)) {
            text += "    storage_paths:\n";
            if (chance(50))
                text += "      games: /data/" + name + "/g\n";
            if (chance(40))
                text += chance(50) ? "      training_data: /data/t\n" : "      npz: /data/n\n";
            if (chance(40))
                text += "      models: /data/m\n";
            text += "      logs: /data/logs\n";
        }
        if (chance(20))
            text += "    is_ephemeral: true\n";
    }
    return text;
}

} // namespace qm::testing
