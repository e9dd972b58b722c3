#include "otp/TotpVerifier.h"

#include "crypto/ConstantTime.h"
#include "otp/Hotp.h"
#include "otp/Totp.h"

#include <algorithm>
#include <string>

namespace castellan {

std::optional<std::uint64_t> findTotpStep(std::span<const std::uint8_t> secret, std::string_view code,
                                          std::int64_t unixTime, const TotpParameters& p)
{
    if (static_cast<int>(code.size()) != p.digits ||
        !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    if (unixTime < p.t0) {
        return std::nullopt;
    }
    const std::uint64_t current = totpStep(unixTime, p.period, p.t0);
    std::optional<std::uint64_t> match;
    // Every candidate is computed and compared, so timing does not tell which step matched.
    for (int offset = 0; offset <= p.window; ++offset) {
        for (int sign : {+1, -1}) {
            if (offset == 0 && sign < 0) {
                continue;
            }
            const std::int64_t delta = static_cast<std::int64_t>(offset) * sign;
            if (delta < 0 && current < static_cast<std::uint64_t>(-delta)) {
                continue;
            }
            const std::uint64_t step = current + delta;
            if (ConstantTime::equals(hotp(secret, step, p.digits, p.algorithm), code) && !match) {
                match = step;
            }
        }
    }
    return match;
}

} // namespace castellan
