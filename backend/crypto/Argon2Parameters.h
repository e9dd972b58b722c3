#pragma once

#include <cstdint>

namespace castellan {

/// Cost of one Argon2id password hash (RFC 9106). The defaults are OWASP's minimum for Argon2id
/// (m = 19 MiB, t = 2, p = 1), about 21 ms on one core of the reference machine (NOTES).
struct Argon2Parameters
{
    std::uint32_t memoryKiB = 19456;
    std::uint32_t iterations = 2;
    std::uint32_t parallelism = 1;
    /// Accept parameters below the OWASP minimum; only for tests that need fast hashes.
    bool allowBelowMinimum = false;

    bool operator==(const Argon2Parameters&) const = default;
};

} // namespace castellan
