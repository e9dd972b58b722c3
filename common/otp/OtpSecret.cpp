#include "otp/OtpSecret.h"

#include "crypto/Random.h"

#include <stdexcept>

namespace castellan {

std::vector<std::uint8_t> generateOtpSecret(std::size_t bytes)
{
    return generateOtpSecret(Random::system(), bytes);
}

std::vector<std::uint8_t> generateOtpSecret(const Random& random, std::size_t bytes)
{
    if (bytes < kOtpMinSecretBytes) {
        throw std::invalid_argument("an OTP secret must have at least 128 bits (RFC 4226 section 4, R6)");
    }
    return random.bytes(bytes);
}

} // namespace castellan
