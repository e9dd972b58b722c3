#pragma once

#include "core/Result.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace castellan {

/// The address or network a RADIUS client sends from: an IPv4 or IPv6 address, or a network in CIDR notation
/// (RFC 4632 §3.1, RFC 4291 §2.3). IPv4-mapped IPv6 sources (::ffff:192.0.2.1, seen on a dual-stack socket)
/// match IPv4 networks.
class SourceNetwork
{
public:
    /// `text` as a network; a network with host bits set ("10.0.0.1/8") is refused, so what an administrator
    /// reads back is what matches. Fails with InvalidInput and a FieldError on `field`.
    static Result<SourceNetwork> parse(std::string_view text, std::string_view field = "source");

    /// Whether `address` (an IPv4 or IPv6 address in text) lies in this network; false for anything else.
    bool contains(std::string_view address) const;
    /// 32 or 128 for a single address.
    int prefixLength() const { return m_prefix; }
    bool isIpv6() const { return m_ipv6; }
    /// Canonical text: a single address without a prefix length, a network as address/length.
    std::string toString() const;

private:
    std::array<std::uint8_t, 16> m_bytes{};
    int m_prefix = 0;
    bool m_ipv6 = false;
};

} // namespace castellan
