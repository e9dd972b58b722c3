#include "otp/Hotp.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <stdexcept>

namespace castellan {

namespace {

const EVP_MD* digestOf(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return EVP_sha1();
    case OtpAlgorithm::Sha256:
        return EVP_sha256();
    case OtpAlgorithm::Sha512:
        return EVP_sha512();
    }
    throw std::invalid_argument("unknown OTP algorithm");
}

// RFC 4226 §5.3 step 2: the low nibble of the last byte picks where 4 bytes are read; the top bit is
// dropped so the value is the same whether read as signed or unsigned.
std::uint32_t dynamicTruncation(std::span<const std::uint8_t> mac)
{
    const std::size_t offset = mac.back() & 0x0f;
    return (std::uint32_t{mac[offset]} & 0x7f) << 24 | std::uint32_t{mac[offset + 1]} << 16 |
           std::uint32_t{mac[offset + 2]} << 8 | std::uint32_t{mac[offset + 3]};
}

} // namespace

std::string hotp(std::span<const std::uint8_t> secret, std::uint64_t counter, int digits, OtpAlgorithm algorithm)
{
    if (digits < kOtpMinDigits || digits > kOtpMaxDigits) {
        throw std::invalid_argument("HOTP digits must be between 6 and 8");
    }
    // RFC 4226 §5.2: the counter is hashed as 8 bytes, most significant first.
    std::array<std::uint8_t, 8> message{};
    for (std::size_t i = 0; i < message.size(); ++i) {
        message[i] = static_cast<std::uint8_t>(counter >> (56 - 8 * i));
    }
    // OpenSSL refuses a null key pointer, even with length 0.
    static const std::uint8_t s_emptyKey = 0;
    const void* key = secret.empty() ? &s_emptyKey : secret.data();

    std::array<std::uint8_t, EVP_MAX_MD_SIZE> mac{};
    unsigned int macLength = 0;
    if (HMAC(digestOf(algorithm), key, static_cast<int>(secret.size()), message.data(), message.size(), mac.data(),
             &macLength) == nullptr) {
        throw std::runtime_error("HMAC failed while computing an HOTP code");
    }
    std::uint32_t code = dynamicTruncation(std::span(mac.data(), macLength));

    std::string text(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0; --i) {
        text[static_cast<std::size_t>(i)] = static_cast<char>('0' + code % 10);
        code /= 10;
    }
    return text;
}

} // namespace castellan
