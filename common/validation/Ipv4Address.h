#pragma once

#include "core/Result.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace castellan {

/// IPv4 addresses given to users as RADIUS Framed-IP-Address (RFC 2865 §5.8), written only in the dotted-decimal
/// form of four parts 0–255 (RFC 1123 §2.1). Parts with leading zeros are refused because some parsers read
/// them as octal (010 = 8); 0.0.0.0 and 255.255.255.255 are refused as they name no single host
/// (255.255.255.255 would also tell the NAS to let the user choose an address).
class Ipv4Address
{
public:
    using Octets = std::array<std::uint8_t, 4>;

    /// The four octets of `text` (no white space allowed). Fails with InvalidInput and one FieldError on `field`.
    static Result<Octets> parse(std::string_view text, std::string_view field = "framed_ip");

    /// The dotted-decimal form of `octets`.
    static std::string toString(const Octets& octets);
};

} // namespace castellan
