#pragma once

#include <QHashFunctions>
#include <QString>

#include <utility>

namespace qm {

/// What a job does, named by its kind's key: the stable name stored in the database and
/// printed by `qmctl` ("sync"; never translated).
///
/// The job framework (jobs/) lists no kinds. Each kind's constant lives with its code
/// (kSyncJobKind in sync/syncjob.h, kProbeJobKind in jobkinds/jobkinds.h, …) and its
/// record in the catalogue (jobkinds/jobkindcatalogue.h) says everything else about
/// it. A kind read from the database keeps its key even when no record knows it (a job
/// written by a newer Quartermaster): it is shown as its key and the runner fails it.
class JobKind
{
public:
    /// No kind: an empty key.
    JobKind() = default;
    /// The kind whose key is `key`, whether or not a record knows it.
    explicit JobKind(QString key)
        : m_key(std::move(key))
    {}

    const QString &key() const { return m_key; }
    bool isNull() const { return m_key.isEmpty(); }

    friend bool operator==(const JobKind &a, const JobKind &b) { return a.m_key == b.m_key; }
    friend bool operator!=(const JobKind &a, const JobKind &b) { return a.m_key != b.m_key; }
    /// By key, for ordered containers.
    friend bool operator<(const JobKind &a, const JobKind &b) { return a.m_key < b.m_key; }
    friend size_t qHash(const JobKind &kind, size_t seed = 0) noexcept
    {
        return qHash(kind.m_key, seed);
    }

private:
    QString m_key;
};

} // namespace qm
