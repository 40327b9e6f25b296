#include "contenthash.h"

#include <new>
#include <xxhash.h>

namespace qm {

struct ContentHash::State
{
    XXH3_state_t *xxh = nullptr;
    ~State() { XXH3_freeState(xxh); }
};

namespace {

QByteArray canonical(XXH128_hash_t value)
{
    XXH128_canonical_t bytes;
    XXH128_canonicalFromHash(&bytes, value);
    return QByteArray(reinterpret_cast<const char *>(bytes.digest), sizeof bytes.digest);
}

} // namespace

ContentHash::ContentHash()
    : m_state(std::make_unique<State>())
{
    m_state->xxh = XXH3_createState();
    if (!m_state->xxh)
        throw std::bad_alloc();
    reset();
}

ContentHash::~ContentHash() = default;
ContentHash::ContentHash(ContentHash &&) noexcept = default;
ContentHash &ContentHash::operator=(ContentHash &&) noexcept = default;

void ContentHash::addData(QByteArrayView bytes)
{
    XXH3_128bits_update(m_state->xxh, bytes.data(), size_t(bytes.size()));
}

QByteArray ContentHash::result() const
{
    return canonical(XXH3_128bits_digest(m_state->xxh));
}

void ContentHash::reset()
{
    XXH3_128bits_reset(m_state->xxh);
}

QByteArray ContentHash::hash(QByteArrayView bytes)
{
    return canonical(XXH3_128bits(bytes.data(), size_t(bytes.size())));
}

} // namespace qm
