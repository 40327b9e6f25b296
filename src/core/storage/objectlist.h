#pragma once

// Keys by the million, kept compactly: every key's bytes in one buffer, a small entry
// per key. What a listing of a bucket and a reference query hold while an orphan scan
// compares them (docs/orphans.md).

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace qm {

/// The objects a listing gave: key, size and modification time.
class ObjectList
{
public:
    void add(QByteArrayView key, qint64 bytes, qint64 modifiedMs);
    qsizetype size() const { return qsizetype(m_entries.size()); }
    QByteArrayView key(qsizetype i) const
    {
        return QByteArrayView(m_keys.constData() + m_entries[i].offset, m_entries[i].size);
    }
    qint64 bytes(qsizetype i) const { return m_entries[i].bytes; }
    qint64 modifiedMs(qsizetype i) const { return m_entries[i].modifiedMs; }
    /// Sorts by key (bytewise), and keeps one of keys listed twice.
    void sortByKey();

private:
    struct Entry
    {
        qint64 offset = 0;
        qint64 bytes = 0;
        qint64 modifiedMs = 0;
        int size = 0;
    };
    QByteArray m_keys;
    std::vector<Entry> m_entries;
};

/// A set of keys: added in any order, then sorted once (sortUnique()) and looked up.
class KeySet
{
public:
    void add(QByteArrayView key);
    qsizetype size() const { return qsizetype(m_entries.size()); }
    QByteArrayView key(qsizetype i) const
    {
        return QByteArrayView(m_keys.constData() + m_entries[i].offset, m_entries[i].size);
    }
    /// Sorts bytewise and drops repeated keys; contains() needs it done.
    void sortUnique();
    bool contains(QByteArrayView key) const;

private:
    struct Entry
    {
        qint64 offset = 0;
        int size = 0;
    };
    QByteArray m_keys;
    std::vector<Entry> m_entries;
};

} // namespace qm
