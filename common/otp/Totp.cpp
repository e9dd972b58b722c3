#include "otp/Totp.h"

#include "otp/Hotp.h"

#include <stdexcept>

namespace castellan {

std::uint64_t totpStep(std::int64_t unixTime, int period, std::int64_t t0)
{
    if (period <= 0) {
        throw std::invalid_argument("TOTP period must be positive");
    }
    if (unixTime < t0) {
        throw std::invalid_argument("TOTP time is before T0");
    }
    // Subtracting in unsigned arithmetic cannot overflow even for extreme int64 values, and with
    // unixTime >= t0 the division is the floor that RFC 6238 §4.2 asks for.
    const std::uint64_t elapsed = static_cast<std::uint64_t>(unixTime) - static_cast<std::uint64_t>(t0);
    return elapsed / static_cast<std::uint64_t>(period);
}

std::string totp(std::span<const std::uint8_t> secret, std::int64_t unixTime, int digits, OtpAlgorithm algorithm,
                 int period, std::int64_t t0)
{
    return hotp(secret, totpStep(unixTime, period, t0), digits, algorithm);
}

} // namespace castellan
