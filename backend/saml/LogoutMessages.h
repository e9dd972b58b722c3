#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace castellan::saml {

/// The parts of a samlp:LogoutRequest (SAML core §3.7.1) the IdP acts on.
struct LogoutRequest
{
    std::string id;
    std::string issuer;
    std::int64_t issueInstant = 0;
    std::string nameId;
    std::vector<std::string> sessionIndexes;
};

/// The parts of a samlp:LogoutResponse (SAML core §3.7.2) an SP sends back.
struct LogoutResponse
{
    std::string id;
    std::string issuer;
    std::string inResponseTo;
    std::string statusCode; ///< the top-level StatusCode URN
    bool success() const { return statusCode == "urn:oasis:names:tc:SAML:2.0:status:Success"; }
};

/// Parses a LogoutRequest (XXE-safe); ErrorCode::InvalidInput with what is wrong otherwise.
Result<LogoutRequest> parseLogoutRequest(std::string_view xml);
/// Parses a LogoutResponse (XXE-safe), bare or in a SOAP envelope's Body (back channel).
Result<LogoutResponse> parseLogoutResponse(std::string_view xml);

/// A samlp:LogoutRequest from the IdP to an SP (SAML core §3.7.1) for the session `sessionIndex` of `nameId`.
std::string buildLogoutRequest(const std::string& idpEntityId, const std::string& destination,
                               const std::string& nameId, const std::string& nameIdFormat,
                               const std::string& sessionIndex, const std::string& id, std::int64_t now,
                               std::int64_t lifetimeSeconds = 300);

/// A samlp:LogoutResponse (SAML core §3.7.2) with status `statusCode` (a full URN) and the second-level
/// `subStatus` when not empty (PartialLogout).
std::string buildLogoutResponse(const std::string& idpEntityId, const std::string& destination,
                                const std::string& inResponseTo, const std::string& id, std::int64_t now,
                                const std::string& statusCode = "urn:oasis:names:tc:SAML:2.0:status:Success",
                                const std::string& subStatus = {});

} // namespace castellan::saml
