#include "radius/SourceNetwork.h"

#include <arpa/inet.h>

#include <charconv>

namespace castellan {
namespace {

constexpr std::uint8_t kMappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

/// Parses an address into 4 or 16 bytes; an IPv4-mapped IPv6 address becomes IPv4.
bool parseAddress(std::string_view text, std::array<std::uint8_t, 16>& bytes, bool& ipv6)
{
    const std::string copy(text);
    if (inet_pton(AF_INET, copy.c_str(), bytes.data()) == 1) {
        ipv6 = false;
        return true;
    }
    if (inet_pton(AF_INET6, copy.c_str(), bytes.data()) != 1) {
        return false;
    }
    ipv6 = !std::equal(std::begin(kMappedPrefix), std::end(kMappedPrefix), bytes.begin());
    if (!ipv6) {
        std::copy(bytes.begin() + 12, bytes.end(), bytes.begin());
    }
    return true;
}

bool hostBitsClear(const std::array<std::uint8_t, 16>& bytes, int prefix, int width)
{
    for (int bit = prefix; bit < width; ++bit) {
        if (bytes[bit / 8] & (0x80 >> (bit % 8))) {
            return false;
        }
    }
    return true;
}

Error invalid(std::string_view field, std::string message)
{
    return Error::invalid({{std::string(field), std::move(message)}});
}

} // namespace

Result<SourceNetwork> SourceNetwork::parse(std::string_view text, std::string_view field)
{
    const std::size_t slash = text.find('/');
    SourceNetwork n;
    // Only the plain forms: an IPv4-mapped address would make an IPv6 network match IPv4 sources unexpectedly.
    if (text.find("::ffff:") != std::string_view::npos || !parseAddress(text.substr(0, slash), n.m_bytes, n.m_ipv6)) {
        return invalid(field, "must be an IPv4 or IPv6 address or network, such as 192.0.2.10, 10.0.0.0/8 or "
                              "2001:db8::/32");
    }
    const int width = n.m_ipv6 ? 128 : 32;
    n.m_prefix = width;
    if (slash != std::string_view::npos) {
        const std::string_view length = text.substr(slash + 1);
        const auto [end, ec] = std::from_chars(length.data(), length.data() + length.size(), n.m_prefix);
        if (length.empty() || ec != std::errc() || end != length.data() + length.size() || n.m_prefix < 0 ||
            n.m_prefix > width) {
            return invalid(field, "has a prefix length outside 0-" + std::to_string(width));
        }
    }
    if (!hostBitsClear(n.m_bytes, n.m_prefix, width)) {
        return invalid(field, "has host bits set beyond /" + std::to_string(n.m_prefix));
    }
    return n;
}

bool SourceNetwork::contains(std::string_view address) const
{
    std::array<std::uint8_t, 16> bytes{};
    bool ipv6 = false;
    if (!parseAddress(address, bytes, ipv6) || ipv6 != m_ipv6) {
        return false;
    }
    for (int bit = 0; bit < m_prefix; ++bit) {
        const std::uint8_t mask = 0x80 >> (bit % 8);
        if ((bytes[bit / 8] & mask) != (m_bytes[bit / 8] & mask)) {
            return false;
        }
    }
    return true;
}

std::string SourceNetwork::toString() const
{
    char text[INET6_ADDRSTRLEN] = {};
    inet_ntop(m_ipv6 ? AF_INET6 : AF_INET, m_bytes.data(), text, sizeof text);
    const int width = m_ipv6 ? 128 : 32;
    return m_prefix == width ? std::string(text) : std::string(text) + "/" + std::to_string(m_prefix);
}

} // namespace castellan
