#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <unordered_map>
#include <utility>
#include <vector>

namespace castellan {

/// What one RADIUS client asked of this node since it started.
struct RadiusClientTally
{
    std::int64_t lastRequestAt = 0; ///< seconds since 1970; 0: no request yet
    std::uint64_t requests = 0;     ///< every packet from its address, answered or dropped
    std::uint64_t accepts = 0;
    std::uint64_t rejects = 0;
    std::uint64_t challenges = 0;
};

/// Per-client request counts, kept in memory on each node and never written to the database: the RADIUS hot path
/// pays one shared lock and a few relaxed atomic increments, and a node's counts start again when it restarts
/// (`countingSince`). A client seen for the first time takes the exclusive lock once.
class RadiusClientActivity
{
public:
    explicit RadiusClientActivity(std::int64_t countingSince) : m_since(countingSince) {}

    /// A packet from client `clientId` arrived at `now`.
    void requestReceived(std::int64_t clientId, std::int64_t now);
    /// The node answered the client's request with RADIUS code `code` (RFC 2865 §3).
    void answered(std::int64_t clientId, std::uint8_t code);
    /// The client's tally, or nothing when it sent nothing to this node.
    std::optional<RadiusClientTally> of(std::int64_t clientId) const;
    /// The clients whose last request arrived at or after `since`, with their tallies, the latest first.
    std::vector<std::pair<std::int64_t, RadiusClientTally>> seenSince(std::int64_t since) const;
    std::int64_t countingSince() const { return m_since; }

private:
    struct Counters
    {
        std::atomic<std::int64_t> lastRequestAt{0};
        std::atomic<std::uint64_t> requests{0};
        std::atomic<std::uint64_t> accepts{0};
        std::atomic<std::uint64_t> rejects{0};
        std::atomic<std::uint64_t> challenges{0};
    };
    Counters& counters(std::int64_t clientId);
    static RadiusClientTally tallyOf(const Counters& counters);

    const std::int64_t m_since;
    mutable std::shared_mutex m_mutex;
    std::unordered_map<std::int64_t, std::unique_ptr<Counters>> m_clients;
};

} // namespace castellan
