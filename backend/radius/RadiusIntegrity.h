#pragma once

#include "core/Result.h"
#include "radius/RadiusPacket.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace castellan {

/// Authenticators over wire bytes with a shared secret:
/// - Message-Authenticator, HMAC-MD5 over the packet with its own value zeroed (RFC 2869 §5.14, RFC 3579 §3.2);
///   in responses computed with the Request Authenticator in the header; in Accounting-Request and the
///   Accounting-Response to it with zeros there (as FreeRADIUS computes them);
/// - Response Authenticator, MD5(Code + Identifier + Length + Request Authenticator + Attributes + Secret)
///   (RFC 2865 §3);
/// - Accounting-Request's Request Authenticator, the same MD5 over sixteen zero bytes (RFC 2866 §3).
/// Every comparison of an authenticator is constant-time.
class RadiusIntegrity
{
public:
    enum class Check
    {
        Absent,  ///< no Message-Authenticator
        Valid,   ///< exactly one, 16 bytes, matching
        Invalid, ///< wrong value, wrong length, or more than one
    };

    /// The Message-Authenticator of a received request (`bytes` cut to its Length).
    static Check messageAuthenticator(std::span<const std::uint8_t> bytes, std::string_view secret);
    /// Whether an Accounting-Request's Request Authenticator is right.
    static bool accountingRequestValid(std::span<const std::uint8_t> bytes, std::string_view secret);

    /// The wire form of a response: a Message-Authenticator is put first (BlastRADIUS, CVE-2024-3596), then both
    /// authenticators are computed against the request's authenticator.
    static Result<std::vector<std::uint8_t>> signResponse(RadiusPacket response, const RadiusPacket& request,
                                                          std::string_view secret);
    /// The wire form of a request as a NAS sends it (tests and load generators): Access-Request and Status-Server
    /// keep their authenticator and get a Message-Authenticator first when `messageAuthenticator`;
    /// Accounting-Request gets its computed Request Authenticator (after the Message-Authenticator, if any).
    static Result<std::vector<std::uint8_t>> signRequest(RadiusPacket request, std::string_view secret,
                                                         bool messageAuthenticator);
    /// Whether a response carries the right Response Authenticator and, when present, Message-Authenticator.
    static bool responseValid(std::span<const std::uint8_t> bytes, const RadiusPacket& request,
                              std::string_view secret);

private:
    /// What the authenticator field holds while a response's Message-Authenticator is computed.
    static RadiusPacket::Authenticator macHeader(std::uint8_t responseCode, const RadiusPacket& request);
    /// Offsets of each Message-Authenticator's value in well-formed `bytes`.
    static std::vector<std::size_t> messageAuthenticatorOffsets(std::span<const std::uint8_t> bytes);
    /// Writes the HMAC into the (single) Message-Authenticator of `bytes`, computed with `header` in the
    /// authenticator field.
    static void fillMessageAuthenticator(std::vector<std::uint8_t>& bytes, std::size_t offset,
                                         const RadiusPacket::Authenticator& header, std::string_view secret);
};

} // namespace castellan
