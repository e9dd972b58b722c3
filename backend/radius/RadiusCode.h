#pragma once

#include <cstdint>
#include <string>

namespace castellan {

/// RADIUS packet codes this server speaks (RFC 2865 §3, RFC 2866 §3, RFC 5997 §2).
enum class RadiusCode : std::uint8_t
{
    AccessRequest = 1,
    AccessAccept = 2,
    AccessReject = 3,
    AccountingRequest = 4,
    AccountingResponse = 5,
    AccessChallenge = 11,
    StatusServer = 12,
};

/// The RFC name of a packet code ("Access-Request"), or "Code-N" for others.
std::string radiusCodeName(std::uint8_t code);

} // namespace castellan
