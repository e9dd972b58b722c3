#pragma once

#include "otp/OtpAlgorithm.h"

#include <cstdint>
#include <span>
#include <string>

namespace castellan {

/// Fewest digits of a code: RFC 4226 §5.3 requires at least 6.
inline constexpr int kOtpMinDigits = 6;
/// Most digits of a code we issue or accept (oathtool and authenticator apps stop at 8).
inline constexpr int kOtpMaxDigits = 8;

/// The HOTP code for `counter` (RFC 4226 §5.3): HMAC over the 8-byte big-endian counter, dynamic
/// truncation to 31 bits, then the last `digits` decimal digits, zero-padded.
/// Throws std::invalid_argument if `digits` is outside [kOtpMinDigits, kOtpMaxDigits].
std::string hotp(std::span<const std::uint8_t> secret, std::uint64_t counter, int digits, OtpAlgorithm algorithm);

} // namespace castellan
