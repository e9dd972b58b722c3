#include "radius/DuplicateCache.h"

namespace castellan {

DuplicateCache::DuplicateCache(const Clock& clock, std::int64_t lifetimeSeconds, std::size_t capacity)
    : m_clock(clock), m_lifetime(lifetimeSeconds), m_capacity(capacity)
{}

void DuplicateCache::expire(std::int64_t now)
{
    while (!m_order.empty() && (m_order.front().first <= now || m_entries.size() >= m_capacity)) {
        const auto& [expiresAt, key] = m_order.front();
        auto it = m_entries.find(key);
        // An entry completed later has a later expiry; only the record that matches it removes it.
        if (it != m_entries.end() && (it->second.expiresAt == expiresAt || m_entries.size() >= m_capacity)) {
            m_entries.erase(it);
        }
        m_order.pop_front();
    }
}

DuplicateCache::Lookup DuplicateCache::begin(const Key& key)
{
    const std::int64_t now = m_clock.nowSeconds();
    std::lock_guard lock(m_mutex);
    expire(now);
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        return it->second.answered ? Lookup{State::Answered, it->second.answer} : Lookup{State::InProgress, {}};
    }
    m_entries.emplace(key, Entry{false, {}, now + m_lifetime});
    m_order.emplace_back(now + m_lifetime, key);
    return Lookup{State::New, {}};
}

void DuplicateCache::complete(const Key& key, std::vector<std::uint8_t> answer)
{
    const std::int64_t now = m_clock.nowSeconds();
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        return;
    }
    it->second.answered = true;
    it->second.answer = std::move(answer);
    it->second.expiresAt = now + m_lifetime;
    m_order.emplace_back(now + m_lifetime, key);
}

void DuplicateCache::abandon(const Key& key)
{
    std::lock_guard lock(m_mutex);
    m_entries.erase(key);
}

std::size_t DuplicateCache::size()
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

} // namespace castellan
