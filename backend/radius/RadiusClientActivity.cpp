#include "radius/RadiusClientActivity.h"

#include "radius/RadiusCode.h"

#include <algorithm>
#include <mutex>

namespace castellan {

RadiusClientActivity::Counters& RadiusClientActivity::counters(std::int64_t clientId)
{
    {
        std::shared_lock lock(m_mutex);
        if (auto it = m_clients.find(clientId); it != m_clients.end()) {
            return *it->second;
        }
    }
    std::unique_lock lock(m_mutex);
    auto& slot = m_clients[clientId];
    if (!slot) {
        slot = std::make_unique<Counters>();
    }
    return *slot;
}

void RadiusClientActivity::requestReceived(std::int64_t clientId, std::int64_t now)
{
    Counters& c = counters(clientId);
    c.requests.fetch_add(1, std::memory_order_relaxed);
    c.lastRequestAt.store(now, std::memory_order_relaxed);
}

void RadiusClientActivity::answered(std::int64_t clientId, std::uint8_t code)
{
    Counters& c = counters(clientId);
    switch (static_cast<RadiusCode>(code)) {
    case RadiusCode::AccessAccept:
        c.accepts.fetch_add(1, std::memory_order_relaxed);
        break;
    case RadiusCode::AccessReject:
        c.rejects.fetch_add(1, std::memory_order_relaxed);
        break;
    case RadiusCode::AccessChallenge:
        c.challenges.fetch_add(1, std::memory_order_relaxed);
        break;
    default:
        break;
    }
}

std::optional<RadiusClientTally> RadiusClientActivity::of(std::int64_t clientId) const
{
    std::shared_lock lock(m_mutex);
    auto it = m_clients.find(clientId);
    if (it == m_clients.end()) {
        return std::nullopt;
    }
    return tallyOf(*it->second);
}

std::vector<std::pair<std::int64_t, RadiusClientTally>> RadiusClientActivity::seenSince(std::int64_t since) const
{
    std::vector<std::pair<std::int64_t, RadiusClientTally>> seen;
    {
        std::shared_lock lock(m_mutex);
        for (const auto& [id, slot] : m_clients) {
            if (const RadiusClientTally tally = tallyOf(*slot); tally.lastRequestAt >= since) {
                seen.emplace_back(id, tally);
            }
        }
    }
    std::sort(seen.begin(), seen.end(), [](const auto& a, const auto& b) {
        return a.second.lastRequestAt != b.second.lastRequestAt ? a.second.lastRequestAt > b.second.lastRequestAt
                                                                : a.first < b.first;
    });
    return seen;
}

RadiusClientTally RadiusClientActivity::tallyOf(const Counters& c)
{
    return RadiusClientTally{c.lastRequestAt.load(std::memory_order_relaxed),
                             c.requests.load(std::memory_order_relaxed), c.accepts.load(std::memory_order_relaxed),
                             c.rejects.load(std::memory_order_relaxed), c.challenges.load(std::memory_order_relaxed)};
}

} // namespace castellan
