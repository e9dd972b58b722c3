#pragma once

#include "core/Clock.h"
#include "radius/RadiusPacket.h"

#include <compare>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace castellan {

/// Duplicate detection for RADIUS over UDP (RFC 5080 §2.2.2): a request is identified by its source address and
/// port, Identifier and Request Authenticator. A retransmission of a request still being worked on is ignored (the
/// NAS will retransmit again); one that was answered gets the same answer again, without running the pipeline a
/// second time (which would count a second failure or spend a one-time code twice). Entries live a few seconds,
/// the cache holds a bounded number of them, and the oldest go first.
class DuplicateCache
{
public:
    struct Key
    {
        std::string address;
        std::uint16_t port = 0;
        std::uint8_t identifier = 0;
        RadiusPacket::Authenticator authenticator{};
        auto operator<=>(const Key&) const = default;
    };

    enum class State
    {
        New,        ///< first sighting: now in progress, the caller works on it
        InProgress, ///< a duplicate of a request not answered yet
        Answered,   ///< a duplicate of an answered request: `answer` holds the bytes to send again
    };

    struct Lookup
    {
        State state = State::New;
        std::vector<std::uint8_t> answer;
    };

    static constexpr std::int64_t kLifetimeSeconds = 5;
    static constexpr std::size_t kCapacity = 65536;

    explicit DuplicateCache(const Clock& clock = SystemClock::instance(),
                            std::int64_t lifetimeSeconds = kLifetimeSeconds, std::size_t capacity = kCapacity);

    /// Looks `key` up; a new key is recorded as in progress.
    Lookup begin(const Key& key);
    /// Records the answer sent for `key`.
    void complete(const Key& key, std::vector<std::uint8_t> answer);
    /// Forgets `key` (the request was dropped: a retransmission is worked on afresh).
    void abandon(const Key& key);
    std::size_t size();

private:
    struct Entry
    {
        bool answered = false;
        std::vector<std::uint8_t> answer;
        std::int64_t expiresAt = 0;
    };
    void expire(std::int64_t now);

    const Clock& m_clock;
    const std::int64_t m_lifetime;
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::map<Key, Entry> m_entries;
    std::deque<std::pair<std::int64_t, Key>> m_order; ///< (expiry, key) in insertion order
};

} // namespace castellan
