#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace castellan {

/// How a hardware token's seed is written: base32 (RFC 4648, as in otpauth URIs) or hexadecimal (as most token
/// vendors ship seed files).
enum class SeedEncoding
{
    Base32,
    Hex,
};

/// Largest seed accepted: 64 bytes (an HMAC-SHA-512 block's worth of key is already more than any token uses).
inline constexpr std::size_t kTokenSeedMaxBytes = 64;

/// Decodes a token seed and checks its size: at least 128 bits (RFC 4226 §4 R6), at most kTokenSeedMaxBytes.
/// White space between characters is ignored (vendors group hex digits). InvalidInput with a message fit to
/// show under the field: "must be base32 (RFC 4648)", "must be hexadecimal", "must be at least 128 bits...".
Result<std::vector<std::uint8_t>> decodeTokenSeed(std::string_view text, SeedEncoding encoding);

} // namespace castellan
