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

/// Parses a LogoutRequest (XXE-safe); ErrorCode::InvalidInput with what is wrong otherwise.
Result<LogoutRequest> parseLogoutRequest(std::string_view xml);

/// A samlp:LogoutResponse (SAML core §3.7.2) with status `statusCode` (a full URN).
std::string buildLogoutResponse(const std::string& idpEntityId, const std::string& destination,
                                const std::string& inResponseTo, const std::string& id, std::int64_t now,
                                const std::string& statusCode = "urn:oasis:names:tc:SAML:2.0:status:Success");

} // namespace castellan::saml
