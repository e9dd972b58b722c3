#pragma once

#include "core/Result.h"
#include "radius/RadiusPacket.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// User-Password hiding (RFC 2865 §5.2): the password, padded with NULs to a multiple of 16 bytes (at most 128),
/// XORed block by block with MD5(secret + previous block), the first previous block being the Request
/// Authenticator.
class UserPassword
{
public:
    static constexpr std::size_t kMaxLength = 128;

    /// The hidden form of `password` (at most 128 bytes; InvalidInput when longer).
    static Result<std::vector<std::uint8_t>> hide(std::string_view password, std::string_view secret,
                                                  const RadiusPacket::Authenticator& requestAuthenticator);
    /// The password in `hidden` with the trailing NUL padding removed; InvalidInput when its length is not a
    /// multiple of 16 from 16 to 128.
    static Result<std::string> unhide(std::span<const std::uint8_t> hidden, std::string_view secret,
                                      const RadiusPacket::Authenticator& requestAuthenticator);
};

} // namespace castellan
