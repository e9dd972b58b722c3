#include "radius/RadiusValue.h"

#include <arpa/inet.h>

#include <charconv>

namespace castellan {
namespace {

Error invalid(std::string message)
{
    return Error::of(ErrorCode::InvalidInput, std::move(message));
}

std::vector<std::uint8_t> bigEndian(std::uint32_t v)
{
    return {static_cast<std::uint8_t>(v >> 24), static_cast<std::uint8_t>(v >> 16), static_cast<std::uint8_t>(v >> 8),
            static_cast<std::uint8_t>(v)};
}

std::uint32_t fromBigEndian(std::span<const std::uint8_t> b)
{
    return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8) | b[3];
}

Result<std::vector<std::uint8_t>> parseHex(std::string_view text)
{
    if (text.size() < 2 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X') || text.size() % 2 != 0) {
        return invalid("must be 0x followed by an even number of hex digits");
    }
    std::vector<std::uint8_t> out;
    for (std::size_t i = 2; i < text.size(); i += 2) {
        std::uint8_t byte = 0;
        const auto [end, ec] = std::from_chars(text.data() + i, text.data() + i + 2, byte, 16);
        if (ec != std::errc() || end != text.data() + i + 2) {
            return invalid("must be 0x followed by an even number of hex digits");
        }
        out.push_back(byte);
    }
    return out;
}

Result<std::vector<std::uint8_t>> parseInteger(const RadiusAttributeDefinition& d, std::string_view text)
{
    for (const RadiusNamedValue& v : d.values) {
        if (v.name == text) {
            return bigEndian(v.value);
        }
    }
    std::uint32_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
        return invalid(
            "must be a whole number from 0 to 4294967295" +
            std::string(d.values.empty() ? "" : " or a value name such as " + std::string(d.values[0].name)));
    }
    return bigEndian(value);
}

Result<std::vector<std::uint8_t>> parseAddress(int family, std::string_view text)
{
    const std::string copy(text);
    std::vector<std::uint8_t> out(family == AF_INET ? 4 : 16);
    if (inet_pton(family, copy.c_str(), out.data()) != 1) {
        return invalid(family == AF_INET ? "must be an IPv4 address such as 192.0.2.10"
                                         : "must be an IPv6 address such as 2001:db8::10");
    }
    return out;
}

// RFC 3162 §2.3: reserved (0), prefix length, then the prefix's significant bytes.
Result<std::vector<std::uint8_t>> parsePrefix(std::string_view text)
{
    const std::size_t slash = text.find('/');
    unsigned length = 0;
    const std::string_view lengthText = slash == std::string_view::npos ? "" : text.substr(slash + 1);
    const auto [end, ec] = std::from_chars(lengthText.data(), lengthText.data() + lengthText.size(), length);
    if (lengthText.empty() || ec != std::errc() || end != lengthText.data() + lengthText.size() || length > 128) {
        return invalid("must be an IPv6 prefix such as 2001:db8::/32");
    }
    auto address = parseAddress(AF_INET6, text.substr(0, slash));
    if (!address) {
        return invalid("must be an IPv6 prefix such as 2001:db8::/32");
    }
    std::vector<std::uint8_t> out{0, static_cast<std::uint8_t>(length)};
    out.insert(out.end(), address->begin(), address->begin() + (length + 7) / 8);
    return out;
}

std::string formatAddress(int family, std::span<const std::uint8_t> bytes)
{
    char text[INET6_ADDRSTRLEN] = {};
    inet_ntop(family, bytes.data(), text, sizeof text);
    return text;
}

std::string formatPrefix(std::span<const std::uint8_t> bytes)
{
    std::uint8_t full[16] = {};
    std::copy(bytes.begin() + 2, bytes.end(), full);
    return formatAddress(AF_INET6, full) + "/" + std::to_string(bytes[1]);
}

std::string formatInteger(const RadiusAttributeDefinition& d, std::uint32_t value)
{
    for (const RadiusNamedValue& v : d.values) {
        if (v.value == value) {
            return std::string(v.name);
        }
    }
    return std::to_string(value);
}

bool fits(RadiusDataType type, std::span<const std::uint8_t> b)
{
    switch (type) {
    case RadiusDataType::Integer:
    case RadiusDataType::Date:
    case RadiusDataType::Ipv4Address:
        return b.size() == 4;
    case RadiusDataType::Ipv6Address:
        return b.size() == 16;
    case RadiusDataType::Ipv6Prefix:
        return b.size() >= 2 && b.size() <= 18 && b[0] == 0 && b[1] <= 128 && b.size() - 2 >= (b[1] + 7u) / 8u;
    default:
        return true;
    }
}

} // namespace

std::string RadiusValue::hex(std::span<const std::uint8_t> bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out = "0x";
    for (std::uint8_t b : bytes) {
        out.push_back(kDigits[b >> 4]);
        out.push_back(kDigits[b & 0xf]);
    }
    return out;
}

std::string RadiusValue::quote(std::span<const std::uint8_t> bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out = "'";
    for (std::uint8_t b : bytes) {
        if (b == '\\' || b == '\'') {
            out.push_back('\\');
            out.push_back(static_cast<char>(b));
        } else if (b >= 0x20 && b < 0x7f) {
            out.push_back(static_cast<char>(b));
        } else {
            out += "\\x";
            out.push_back(kDigits[b >> 4]);
            out.push_back(kDigits[b & 0xf]);
        }
    }
    out.push_back('\'');
    return out;
}

Result<std::vector<std::uint8_t>> RadiusValue::parse(const RadiusAttributeDefinition& d, std::string_view text)
{
    switch (d.dataType) {
    case RadiusDataType::Text:
        return std::vector<std::uint8_t>(text.begin(), text.end());
    case RadiusDataType::Octets:
    case RadiusDataType::Vsa:
        // Octets such as Class are usually text an administrator types; 0x introduces raw bytes.
        if (text.substr(0, 2) == "0x" || text.substr(0, 2) == "0X") {
            return parseHex(text);
        }
        return std::vector<std::uint8_t>(text.begin(), text.end());
    case RadiusDataType::Integer:
    case RadiusDataType::Date:
        return parseInteger(d, text);
    case RadiusDataType::Ipv4Address:
        return parseAddress(AF_INET, text);
    case RadiusDataType::Ipv6Address:
        return parseAddress(AF_INET6, text);
    case RadiusDataType::Ipv6Prefix:
        return parsePrefix(text);
    }
    return invalid("has an unknown data type");
}

std::string RadiusValue::format(const RadiusAttributeDefinition& d, std::span<const std::uint8_t> bytes)
{
    if (!fits(d.dataType, bytes)) {
        return hex(bytes);
    }
    switch (d.dataType) {
    case RadiusDataType::Text:
        return quote(bytes);
    case RadiusDataType::Integer:
    case RadiusDataType::Date:
        return formatInteger(d, fromBigEndian(bytes));
    case RadiusDataType::Ipv4Address:
        return formatAddress(AF_INET, bytes);
    case RadiusDataType::Ipv6Address:
        return formatAddress(AF_INET6, bytes);
    case RadiusDataType::Ipv6Prefix:
        return formatPrefix(bytes);
    default:
        return hex(bytes);
    }
}

} // namespace castellan
