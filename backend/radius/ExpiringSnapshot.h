#pragma once

#include "core/Clock.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>

namespace castellan {

/// A value loaded on demand and kept for a few seconds: for configuration read on every RADIUS request (clients,
/// profiles), which may be stale briefly (DESIGN §6: never used for counters). invalidate() makes the next get()
/// load again, so a change made through this node's REST API applies at once.
template <typename T> class ExpiringSnapshot
{
public:
    using Loader = std::function<T()>;

    ExpiringSnapshot(Loader loader, const Clock& clock, std::int64_t lifetimeSeconds)
        : m_loader(std::move(loader)), m_clock(clock), m_lifetime(lifetimeSeconds)
    {}

    /// The current value, loaded again when older than the lifetime. Exceptions from the loader propagate.
    std::shared_ptr<const T> get()
    {
        const std::int64_t now = m_clock.nowSeconds();
        std::lock_guard lock(m_mutex);
        if (!m_value || now >= m_loadedAt + m_lifetime || now < m_loadedAt) {
            m_value = std::make_shared<const T>(m_loader());
            m_loadedAt = now;
        }
        return m_value;
    }

    void invalidate()
    {
        std::lock_guard lock(m_mutex);
        m_value.reset();
    }

private:
    Loader m_loader;
    const Clock& m_clock;
    const std::int64_t m_lifetime;
    std::mutex m_mutex;
    std::shared_ptr<const T> m_value;
    std::int64_t m_loadedAt = 0;
};

} // namespace castellan
