#include "objectlist.h"

#include <algorithm>
#include <string_view>

namespace qm {

namespace {

template <typename Entry>
std::string_view keyOf(const QByteArray &keys, const Entry &entry)
{
    return std::string_view(keys.constData() + entry.offset, size_t(entry.size));
}

/// Sorts `entries` bytewise by their keys in `keys` and drops repeated keys.
template <typename Entry>
void sortUnique(std::vector<Entry> &entries, const QByteArray &keys)
{
    std::sort(entries.begin(), entries.end(),
              [&keys](const Entry &a, const Entry &b) { return keyOf(keys, a) < keyOf(keys, b); });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [&keys](const Entry &a, const Entry &b) {
                                  return keyOf(keys, a) == keyOf(keys, b);
                              }),
                  entries.end());
}

} // namespace

void ObjectList::add(QByteArrayView key, qint64 bytes, qint64 modifiedMs)
{
    m_entries.push_back(Entry{m_keys.size(), bytes, modifiedMs, int(key.size())});
    m_keys.append(key);
}

void ObjectList::sortByKey()
{
    sortUnique(m_entries, m_keys);
}

void KeySet::add(QByteArrayView key)
{
    m_entries.push_back(Entry{m_keys.size(), int(key.size())});
    m_keys.append(key);
}

void KeySet::sortUnique()
{
    qm::sortUnique(m_entries, m_keys);
}

bool KeySet::contains(QByteArrayView key) const
{
    const std::string_view wanted(key.data(), size_t(key.size()));
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), wanted,
                                     [this](const Entry &entry, std::string_view value) {
                                         return keyOf(m_keys, entry) < value;
                                     });
    return it != m_entries.end() && keyOf(m_keys, *it) == wanted;
}

} // namespace qm
