#include "radius/RadiusDictionary.h"

#include <algorithm>
#include <cctype>

namespace castellan {
namespace {

// Named values, as in FreeRADIUS's dictionary files (RFC 2865 §5.6, §5.7, §5.41; RFC 2866 §5.1, §5.6, §5.10;
// RFC 2868 §3.1, §3.2 with RFC 3580 §3.31 for VLAN).
constexpr RadiusNamedValue kServiceType[] = {
    {"Login-User", 1},          {"Framed-User", 2},         {"Callback-Login-User", 3},     {"Callback-Framed-User", 4},
    {"Outbound-User", 5},       {"Administrative-User", 6}, {"NAS-Prompt-User", 7},         {"Authenticate-Only", 8},
    {"Callback-NAS-Prompt", 9}, {"Call-Check", 10},         {"Callback-Administrative", 11}};
constexpr RadiusNamedValue kFramedProtocol[] = {
    {"PPP", 1}, {"SLIP", 2}, {"ARAP", 3}, {"Gandalf-SLML", 4}, {"Xylogics-IPX-SLIP", 5}, {"X.75-Synchronous", 6}};
constexpr RadiusNamedValue kAcctStatusType[] = {{"Start", 1},         {"Stop", 2},           {"Interim-Update", 3},
                                                {"Accounting-On", 7}, {"Accounting-Off", 8}, {"Failed", 15}};
constexpr RadiusNamedValue kAcctAuthentic[] = {{"RADIUS", 1}, {"Local", 2}, {"Remote", 3}, {"Diameter", 4}};
constexpr RadiusNamedValue kAcctTerminateCause[] = {
    {"User-Request", 1},    {"Lost-Carrier", 2},    {"Lost-Service", 3},         {"Idle-Timeout", 4},
    {"Session-Timeout", 5}, {"Admin-Reset", 6},     {"Admin-Reboot", 7},         {"Port-Error", 8},
    {"NAS-Error", 9},       {"NAS-Request", 10},    {"NAS-Reboot", 11},          {"Port-Unneeded", 12},
    {"Port-Preempted", 13}, {"Port-Suspended", 14}, {"Service-Unavailable", 15}, {"Callback", 16},
    {"User-Error", 17},     {"Host-Request", 18}};
constexpr RadiusNamedValue kNasPortType[] = {
    {"Async", 0},           {"Sync", 1},  {"ISDN", 2},   {"Virtual", 5},
    {"Ethernet", 15},       {"xDSL", 16}, {"Cable", 17}, {"Wireless-Other", 18},
    {"Wireless-802.11", 19}};
constexpr RadiusNamedValue kTunnelType[] = {{"PPTP", 1}, {"L2F", 2},       {"L2TP", 3},   {"ATMP", 4}, {"VTP", 5},
                                            {"AH", 6},   {"IP", 7},        {"MIN-IP", 8}, {"ESP", 9},  {"GRE", 10},
                                            {"DVS", 11}, {"IP-in-IP", 12}, {"VLAN", 13}};
constexpr RadiusNamedValue kTunnelMediumType[] = {{"IPv4", 1},     {"IPv6", 2},  {"NSAP", 3}, {"HDLC", 4},
                                                  {"IEEE-802", 6}, {"E.163", 7}, {"E.164", 8}};

constexpr RadiusAttributeDefinition kDefinitions[] = {
    {"User-Name", 0, 1, RadiusDataType::Text, {}},
    {"User-Password", 0, 2, RadiusDataType::Octets, {}},
    {"CHAP-Password", 0, 3, RadiusDataType::Octets, {}},
    {"NAS-IP-Address", 0, 4, RadiusDataType::Ipv4Address, {}},
    {"NAS-Port", 0, 5, RadiusDataType::Integer, {}},
    {"Service-Type", 0, 6, RadiusDataType::Integer, kServiceType},
    {"Framed-Protocol", 0, 7, RadiusDataType::Integer, kFramedProtocol},
    {"Framed-IP-Address", 0, 8, RadiusDataType::Ipv4Address, {}},
    {"Framed-IP-Netmask", 0, 9, RadiusDataType::Ipv4Address, {}},
    {"Framed-Routing", 0, 10, RadiusDataType::Integer, {}},
    {"Filter-Id", 0, 11, RadiusDataType::Text, {}},
    {"Framed-MTU", 0, 12, RadiusDataType::Integer, {}},
    {"Framed-Compression", 0, 13, RadiusDataType::Integer, {}},
    {"Login-IP-Host", 0, 14, RadiusDataType::Ipv4Address, {}},
    {"Login-Service", 0, 15, RadiusDataType::Integer, {}},
    {"Login-TCP-Port", 0, 16, RadiusDataType::Integer, {}},
    {"Reply-Message", 0, 18, RadiusDataType::Text, {}},
    {"Callback-Number", 0, 19, RadiusDataType::Text, {}},
    {"Callback-Id", 0, 20, RadiusDataType::Text, {}},
    {"Framed-Route", 0, 22, RadiusDataType::Text, {}},
    {"Framed-IPX-Network", 0, 23, RadiusDataType::Ipv4Address, {}},
    {"State", 0, 24, RadiusDataType::Octets, {}},
    {"Class", 0, 25, RadiusDataType::Octets, {}},
    {"Vendor-Specific", 0, 26, RadiusDataType::Vsa, {}},
    {"Session-Timeout", 0, 27, RadiusDataType::Integer, {}},
    {"Idle-Timeout", 0, 28, RadiusDataType::Integer, {}},
    {"Termination-Action", 0, 29, RadiusDataType::Integer, {}},
    {"Called-Station-Id", 0, 30, RadiusDataType::Text, {}},
    {"Calling-Station-Id", 0, 31, RadiusDataType::Text, {}},
    {"NAS-Identifier", 0, 32, RadiusDataType::Text, {}},
    {"Proxy-State", 0, 33, RadiusDataType::Octets, {}},
    {"Login-LAT-Service", 0, 34, RadiusDataType::Text, {}},
    {"Login-LAT-Node", 0, 35, RadiusDataType::Text, {}},
    {"Login-LAT-Group", 0, 36, RadiusDataType::Octets, {}},
    {"Framed-AppleTalk-Link", 0, 37, RadiusDataType::Integer, {}},
    {"Framed-AppleTalk-Network", 0, 38, RadiusDataType::Integer, {}},
    {"Framed-AppleTalk-Zone", 0, 39, RadiusDataType::Text, {}},
    {"Acct-Status-Type", 0, 40, RadiusDataType::Integer, kAcctStatusType},
    {"Acct-Delay-Time", 0, 41, RadiusDataType::Integer, {}},
    {"Acct-Input-Octets", 0, 42, RadiusDataType::Integer, {}},
    {"Acct-Output-Octets", 0, 43, RadiusDataType::Integer, {}},
    {"Acct-Session-Id", 0, 44, RadiusDataType::Text, {}},
    {"Acct-Authentic", 0, 45, RadiusDataType::Integer, kAcctAuthentic},
    {"Acct-Session-Time", 0, 46, RadiusDataType::Integer, {}},
    {"Acct-Input-Packets", 0, 47, RadiusDataType::Integer, {}},
    {"Acct-Output-Packets", 0, 48, RadiusDataType::Integer, {}},
    {"Acct-Terminate-Cause", 0, 49, RadiusDataType::Integer, kAcctTerminateCause},
    {"Acct-Multi-Session-Id", 0, 50, RadiusDataType::Text, {}},
    {"Acct-Link-Count", 0, 51, RadiusDataType::Integer, {}},
    {"Acct-Input-Gigawords", 0, 52, RadiusDataType::Integer, {}},
    {"Acct-Output-Gigawords", 0, 53, RadiusDataType::Integer, {}},
    {"Event-Timestamp", 0, 55, RadiusDataType::Date, {}},
    {"CHAP-Challenge", 0, 60, RadiusDataType::Octets, {}},
    {"NAS-Port-Type", 0, 61, RadiusDataType::Integer, kNasPortType},
    {"Port-Limit", 0, 62, RadiusDataType::Integer, {}},
    {"Login-LAT-Port", 0, 63, RadiusDataType::Text, {}},
    {"Tunnel-Type", 0, 64, RadiusDataType::Integer, kTunnelType},
    {"Tunnel-Medium-Type", 0, 65, RadiusDataType::Integer, kTunnelMediumType},
    {"Tunnel-Client-Endpoint", 0, 66, RadiusDataType::Text, {}},
    {"Tunnel-Server-Endpoint", 0, 67, RadiusDataType::Text, {}},
    {"Acct-Tunnel-Connection", 0, 68, RadiusDataType::Text, {}},
    {"Tunnel-Password", 0, 69, RadiusDataType::Octets, {}},
    {"ARAP-Password", 0, 70, RadiusDataType::Octets, {}},
    {"ARAP-Features", 0, 71, RadiusDataType::Octets, {}},
    {"ARAP-Zone-Access", 0, 72, RadiusDataType::Integer, {}},
    {"ARAP-Security", 0, 73, RadiusDataType::Integer, {}},
    {"ARAP-Security-Data", 0, 74, RadiusDataType::Text, {}},
    {"Password-Retry", 0, 75, RadiusDataType::Integer, {}},
    {"Prompt", 0, 76, RadiusDataType::Integer, {}},
    {"Connect-Info", 0, 77, RadiusDataType::Text, {}},
    {"Configuration-Token", 0, 78, RadiusDataType::Text, {}},
    {"EAP-Message", 0, 79, RadiusDataType::Octets, {}},
    {"Message-Authenticator", 0, 80, RadiusDataType::Octets, {}},
    {"Tunnel-Private-Group-Id", 0, 81, RadiusDataType::Text, {}},
    {"Tunnel-Assignment-Id", 0, 82, RadiusDataType::Text, {}},
    {"Tunnel-Preference", 0, 83, RadiusDataType::Integer, {}},
    {"ARAP-Challenge-Response", 0, 84, RadiusDataType::Octets, {}},
    {"Acct-Interim-Interval", 0, 85, RadiusDataType::Integer, {}},
    {"Acct-Tunnel-Packets-Lost", 0, 86, RadiusDataType::Integer, {}},
    {"NAS-Port-Id", 0, 87, RadiusDataType::Text, {}},
    {"Framed-Pool", 0, 88, RadiusDataType::Text, {}},
    {"Tunnel-Client-Auth-Id", 0, 90, RadiusDataType::Text, {}},
    {"Tunnel-Server-Auth-Id", 0, 91, RadiusDataType::Text, {}},
    {"NAS-IPv6-Address", 0, 95, RadiusDataType::Ipv6Address, {}},
    {"Framed-Interface-Id", 0, 96, RadiusDataType::Octets, {}},
    {"Framed-IPv6-Prefix", 0, 97, RadiusDataType::Ipv6Prefix, {}},
    {"Login-IPv6-Host", 0, 98, RadiusDataType::Ipv6Address, {}},
    {"Framed-IPv6-Route", 0, 99, RadiusDataType::Text, {}},
    {"Framed-IPv6-Pool", 0, 100, RadiusDataType::Text, {}},
    {"Delegated-IPv6-Prefix", 0, 123, RadiusDataType::Ipv6Prefix, {}},
    // Vendor-Specific attributes (RFC 2865 §5.26), numbers from FreeRADIUS's dictionary.<vendor>.
    {"Cisco-AVPair", 9, 1, RadiusDataType::Text, {}},
    {"Cisco-Account-Info", 9, 250, RadiusDataType::Text, {}},
    {"Juniper-Local-User-Name", 2636, 1, RadiusDataType::Text, {}},
    {"Fortinet-Group-Name", 12356, 1, RadiusDataType::Text, {}},
    {"Aruba-User-Role", 14823, 1, RadiusDataType::Text, {}},
    {"Mikrotik-Group", 14988, 3, RadiusDataType::Text, {}},
    {"Mikrotik-Rate-Limit", 14988, 8, RadiusDataType::Text, {}},
    {"PaloAlto-Admin-Role", 25461, 1, RadiusDataType::Text, {}},
    {"PaloAlto-User-Group", 25461, 5, RadiusDataType::Text, {}},
};

struct Vendor
{
    std::uint32_t number;
    std::string_view name;
};
constexpr Vendor kVendors[] = {{9, "Cisco"},     {2636, "Juniper"},   {12356, "Fortinet"},
                               {14823, "Aruba"}, {14988, "Mikrotik"}, {25461, "PaloAlto"}};

bool sameName(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

const RadiusAttributeDefinition* RadiusDictionary::byName(std::string_view name)
{
    for (const RadiusAttributeDefinition& d : kDefinitions) {
        if (sameName(d.name, name)) {
            return &d;
        }
    }
    return nullptr;
}

const RadiusAttributeDefinition* RadiusDictionary::byType(std::uint32_t vendor, std::uint8_t type)
{
    for (const RadiusAttributeDefinition& d : kDefinitions) {
        if (d.vendor == vendor && d.type == type) {
            return &d;
        }
    }
    return nullptr;
}

std::span<const RadiusAttributeDefinition> RadiusDictionary::all()
{
    return kDefinitions;
}

std::string_view RadiusDictionary::vendorName(std::uint32_t vendor)
{
    for (const Vendor& v : kVendors) {
        if (v.number == vendor) {
            return v.name;
        }
    }
    return {};
}

} // namespace castellan
