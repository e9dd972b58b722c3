#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace castellan {

/// How an attribute's value is written on the wire (RFC 8044 data types).
enum class RadiusDataType
{
    Text,        ///< UTF-8 text (RFC 8044 §3.4)
    Octets,      ///< opaque bytes (§3.5)
    Integer,     ///< 32-bit unsigned, network order (§3.1)
    Ipv4Address, ///< 4 bytes (§3.8)
    Ipv6Address, ///< 16 bytes (§3.9)
    Ipv6Prefix,  ///< reserved, prefix length, prefix bytes (§3.10)
    Date,        ///< 32-bit seconds since 1970 (§3.3)
    Vsa,         ///< Vendor-Specific container (RFC 2865 §5.26)
};

/// A named value of an integer attribute (Service-Type = Framed-User).
struct RadiusNamedValue
{
    std::string_view name;
    std::uint32_t value;
};

/// One dictionary entry. `vendor` is 0 for the standard attributes and the SMI enterprise number for attributes
/// carried inside Vendor-Specific (RFC 2865 §5.26, with one-byte vendor type and length).
struct RadiusAttributeDefinition
{
    std::string_view name;
    std::uint32_t vendor;
    std::uint8_t type;
    RadiusDataType dataType;
    std::span<const RadiusNamedValue> values;
};

/// Attribute numbers the server itself reads or writes.
namespace RadiusAttr {
constexpr std::uint8_t UserName = 1;
constexpr std::uint8_t UserPassword = 2;
constexpr std::uint8_t ChapPassword = 3;
constexpr std::uint8_t NasIpAddress = 4;
constexpr std::uint8_t FramedIpAddress = 8;
constexpr std::uint8_t ReplyMessage = 18;
constexpr std::uint8_t State = 24;
constexpr std::uint8_t Class = 25;
constexpr std::uint8_t VendorSpecific = 26;
constexpr std::uint8_t SessionTimeout = 27;
constexpr std::uint8_t CallingStationId = 31;
constexpr std::uint8_t NasIdentifier = 32;
constexpr std::uint8_t ProxyState = 33;
constexpr std::uint8_t AcctStatusType = 40;
constexpr std::uint8_t AcctSessionId = 44;
constexpr std::uint8_t EapMessage = 79;
constexpr std::uint8_t MessageAuthenticator = 80;
} // namespace RadiusAttr

/// The standard attributes of RFC 2865, 2866, 2868, 2869, 3162 and 4818, and common vendor attributes
/// (Cisco, Juniper, Fortinet, Palo Alto, Aruba, MikroTik) with the names and numbers FreeRADIUS uses.
class RadiusDictionary
{
public:
    /// The entry named `name` (case-insensitive), or null.
    static const RadiusAttributeDefinition* byName(std::string_view name);
    /// The entry for a vendor (0: standard) and type, or null.
    static const RadiusAttributeDefinition* byType(std::uint32_t vendor, std::uint8_t type);
    /// Every entry, standard ones first.
    static std::span<const RadiusAttributeDefinition> all();
    /// The vendor's name ("Cisco"), or empty.
    static std::string_view vendorName(std::uint32_t vendor);
};

} // namespace castellan
