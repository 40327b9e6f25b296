#pragma once

#include <condition_variable>
#include <mutex>
#include <optional>
#include <utility>

namespace qm {

/// One item at a time from a producing thread to a consuming one, so that the two
/// overlap (one reads the next batch while the other writes the last) and no more than
/// two batches are held. Either side may close it: put() then refuses and take() gives
/// what is left, then nothing.
template <typename T>
class Handoff
{
public:
    /// Waits until the slot is free; false (the item dropped) when the handoff is closed.
    bool put(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_item || m_closed; });
        if (m_closed)
            return false;
        m_item = std::move(item);
        m_changed.notify_all();
        return true;
    }

    /// Waits for an item; nothing once the handoff is closed and empty.
    std::optional<T> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_item.has_value() || m_closed; });
        std::optional<T> item = std::exchange(m_item, std::nullopt);
        m_changed.notify_all();
        return item;
    }

    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<T> m_item;
    bool m_closed = false;
};

} // namespace qm
