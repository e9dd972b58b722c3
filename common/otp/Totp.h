#pragma once

#include "otp/OtpAlgorithm.h"

#include <cstdint>
#include <span>
#include <string>

namespace castellan {

/// Default TOTP time step in seconds (RFC 6238 §5.2).
inline constexpr int kTotpDefaultPeriod = 30;

/// The TOTP counter T = floor((unixTime - t0) / period) of RFC 6238 §4.2.
/// Throws std::invalid_argument if `period` is not positive or `unixTime` is before `t0`.
std::uint64_t totpStep(std::int64_t unixTime, int period = kTotpDefaultPeriod, std::int64_t t0 = 0);

/// The TOTP code at `unixTime` (RFC 6238 §4): hotp(secret, totpStep(unixTime, period, t0), digits, algorithm).
/// Throws std::invalid_argument for the reasons of totpStep and hotp.
std::string totp(std::span<const std::uint8_t> secret, std::int64_t unixTime, int digits, OtpAlgorithm algorithm,
                 int period = kTotpDefaultPeriod, std::int64_t t0 = 0);

} // namespace castellan
