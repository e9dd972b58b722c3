#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace castellan {

/// What the RADIUS listeners did, counted since start (for the log at shutdown, tests and later /metrics).
struct RadiusCounters
{
    std::atomic<std::uint64_t> received{0};
    std::atomic<std::uint64_t> malformed{0};            ///< not a RADIUS packet, or an attribute that cannot be read
    std::atomic<std::uint64_t> unknownClient{0};        ///< source address of no enabled client
    std::atomic<std::uint64_t> badAuthenticator{0};     ///< wrong Message-Authenticator or Request Authenticator
    std::atomic<std::uint64_t> missingAuthenticator{0}; ///< Message-Authenticator required but absent
    std::atomic<std::uint64_t> unexpectedCode{0};       ///< a code this port does not serve
    std::atomic<std::uint64_t> duplicates{0};           ///< retransmissions ignored or answered from the cache
    std::atomic<std::uint64_t> shed{0};                 ///< dropped because the workers were saturated
    std::atomic<std::uint64_t> accepts{0};
    std::atomic<std::uint64_t> rejects{0};
    std::atomic<std::uint64_t> challenges{0};
    std::atomic<std::uint64_t> accounting{0};

    /// All counters as `name=value` pairs on one line.
    std::string summary() const;
};

} // namespace castellan
