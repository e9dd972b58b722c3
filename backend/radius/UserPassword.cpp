#include "radius/UserPassword.h"

#include "radius/RadiusDigest.h"

#include <algorithm>

namespace castellan {
namespace {

constexpr std::size_t kBlock = 16;

/// XORs `data` in place, block by block; `chainFromOutput` picks which block feeds the next key (hiding chains on
/// the ciphertext it writes, unhiding on the ciphertext it reads).
void applyKeystream(std::vector<std::uint8_t>& data, std::string_view secret,
                    const RadiusPacket::Authenticator& authenticator, bool chainFromOutput)
{
    std::vector<std::uint8_t> previous(authenticator.begin(), authenticator.end());
    for (std::size_t at = 0; at < data.size(); at += kBlock) {
        const auto key = RadiusDigest::md5({RadiusDigest::bytes(secret), previous});
        std::vector<std::uint8_t> cipher(data.begin() + static_cast<std::ptrdiff_t>(at),
                                         data.begin() + static_cast<std::ptrdiff_t>(at + kBlock));
        for (std::size_t i = 0; i < kBlock; ++i) {
            data[at + i] ^= key[i];
        }
        previous = chainFromOutput ? std::vector<std::uint8_t>(data.begin() + static_cast<std::ptrdiff_t>(at),
                                                               data.begin() + static_cast<std::ptrdiff_t>(at + kBlock))
                                   : cipher;
    }
}

} // namespace

Result<std::vector<std::uint8_t>> UserPassword::hide(std::string_view password, std::string_view secret,
                                                     const RadiusPacket::Authenticator& requestAuthenticator)
{
    if (password.size() > kMaxLength) {
        return Error::of(ErrorCode::InvalidInput, "User-Password longer than 128 bytes");
    }
    std::vector<std::uint8_t> data(password.begin(), password.end());
    data.resize(std::max<std::size_t>(kBlock, (data.size() + kBlock - 1) / kBlock * kBlock), 0);
    applyKeystream(data, secret, requestAuthenticator, true);
    return data;
}

Result<std::string> UserPassword::unhide(std::span<const std::uint8_t> hidden, std::string_view secret,
                                         const RadiusPacket::Authenticator& requestAuthenticator)
{
    if (hidden.empty() || hidden.size() % kBlock != 0 || hidden.size() > kMaxLength) {
        return Error::of(ErrorCode::InvalidInput, "User-Password of " + std::to_string(hidden.size()) +
                                                      " bytes is not a multiple of 16 from 16 to 128");
    }
    std::vector<std::uint8_t> data(hidden.begin(), hidden.end());
    applyKeystream(data, secret, requestAuthenticator, false);
    while (!data.empty() && data.back() == 0) {
        data.pop_back();
    }
    return std::string(data.begin(), data.end());
}

} // namespace castellan
